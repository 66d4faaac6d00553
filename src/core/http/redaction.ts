// Secrets never reach a log line or an error message. Two layers, because each catches what the other cannot:
// by *name* (a `token=` query parameter, a `"password": …` JSON field, an Authorization-like header) before we
// know any value, and by *value* (the password and every token this client has seen) for anything else that might
// echo them — a server's error description, a library's message. Each client has its own `SecretScrubber`; every
// value it learns is also told to the process-wide one in knownSecrets.ts, which the places that show or store
// text (error construction, the command line's output, the report files, VS Code's notifications and log) use.

export const REDACTED = '***';

/** Query parameters and JSON keys whose value is a secret, whatever the vendor. */
const SECRET_NAMES = ['token', 'access_token', 'refresh_token', 'accesstoken', 'refreshtoken', 'password', 'smskey', 'authenticatortoken'];

/** Headers that carry credentials: Authorization, X-Authorization, Proxy-Authorization, Cookie… */
const SECRET_HEADER = /(authorization|cookie|token|api-key|apikey|password)/i;

/** Shorter values are not worth scrubbing by value: they would mangle ordinary words. */
const MINIMUM_SECRET_LENGTH = 4;

const SECRET_PARAMETER = new RegExp(`([?&;](?:${SECRET_NAMES.join('|')})=)[^&#\\s]*`, 'gi');

/** `"password": "…"` in JSON a server quotes back (a request body in its error message), escaped quotes included. */
const SECRET_JSON_FIELD = new RegExp(`("(?:${SECRET_NAMES.join('|')})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');

/** `/roaming/region?token=ABC&limit=5` → `/roaming/region?token=***&limit=5`. */
export function redactQuerySecrets(pathOrUrl: string): string {
  return pathOrUrl.replace(SECRET_PARAMETER, `$1${REDACTED}`);
}

/** `{"password":"s3cret"}` → `{"password":"***"}`. */
export function redactSecretJsonFields(text: string): string {
  return text.replace(SECRET_JSON_FIELD, `$1"${REDACTED}"`);
}

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/** A copy of the headers with every credential-carrying value replaced, for anything that displays them. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, isSecretHeader(name) ? REDACTED : value]));
}

/** Whatever learns secret values: a scrubber, or a filtered view of the process-wide one. */
export interface SecretSink {
  rememberPassword(password: string | undefined): void;
  rememberTokens(...values: readonly (string | undefined)[]): void;
}

export interface SecretScrubberOptions {
  /** Tokens kept; default 128. */
  readonly maxTokens?: number;
  /** Passwords kept; default all (a client has one, and a few mistyped ones). */
  readonly maxPasswords?: number;
  /** Told every value this one learns: the process-wide registry (knownSecrets.ts). */
  readonly alsoInto?: SecretSink;
}

/** Adds `value` as the newest, forgetting the oldest beyond `max`; true when the set changed. */
function rememberNewest(values: Set<string>, value: string, max: number): boolean {
  const known = values.has(value);
  values.delete(value);
  values.add(value);
  for (const oldest of values) {
    if (values.size <= max) break;
    values.delete(oldest);
  }
  return !known;
}

/**
 * Remembers the secret values one connection has used (its password, each token it received) and removes them
 * from any text. Values are kept only in memory, for as long as the scrubber lives.
 */
export class SecretScrubber implements SecretSink {
  private readonly passwords = new Set<string>();
  /** Newest last; a session that refreshes hourly for weeks must not make every log line slower. */
  private readonly tokens = new Set<string>();
  /** Every spelling of every secret (raw, URL-encoded, inside a JSON string), longest first; rebuilt only when a secret is added. */
  private ordered: string[] | undefined;
  private readonly maxTokens: number;
  private readonly maxPasswords: number;

  constructor(private readonly options: SecretScrubberOptions = {}) {
    this.maxTokens = options.maxTokens ?? 128;
    this.maxPasswords = options.maxPasswords ?? Number.POSITIVE_INFINITY;
  }

  rememberPassword(password: string | undefined): void {
    if (password === undefined || password.length < MINIMUM_SECRET_LENGTH) return;
    if (rememberNewest(this.passwords, password, this.maxPasswords)) this.ordered = undefined;
    this.options.alsoInto?.rememberPassword(password);
  }

  /** Tokens: the oldest are forgotten beyond `maxTokens` (they are never sent again, so cannot be echoed). */
  rememberTokens(...values: readonly (string | undefined)[]): void {
    for (const value of values) {
      if (value === undefined || value.length < MINIMUM_SECRET_LENGTH) continue;
      if (rememberNewest(this.tokens, value, this.maxTokens)) this.ordered = undefined;
    }
    this.options.alsoInto?.rememberTokens(...values);
  }

  /** Both layers: secrets by name (query parameters, JSON fields), then every remembered value wherever it appears. */
  scrub(text: string): string {
    let result = redactSecretJsonFields(redactQuerySecrets(text));
    // Longest first, so a secret that contains another is removed whole.
    this.ordered ??= [...new Set([...this.passwords, ...this.tokens].flatMap(spellingsOf))].sort((a, b) => b.length - a.length);
    for (const spelling of this.ordered) {
      if (result.includes(spelling)) result = result.split(spelling).join(REDACTED);
    }
    return result;
  }
}

/** How a secret may be written in a text: as is, URL-encoded (a query), escaped inside a JSON string (a report). */
function spellingsOf(secret: string): string[] {
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
}
