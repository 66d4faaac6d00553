// Secrets never reach a log line or an error message. Two layers, because each catches what the other cannot:
// by *name* (a `token=` query parameter, an Authorization-like header) before we know any value, and by *value*
// (the password and every token this client has seen) for anything else that might echo them — a server's
// error description, a library's message.

export const REDACTED = '***';

/** Query parameters and JSON keys whose value is a secret, whatever the vendor. */
const SECRET_NAMES = ['token', 'access_token', 'refresh_token', 'accesstoken', 'refreshtoken', 'password', 'smskey', 'authenticatortoken'];

/** Headers that carry credentials: Authorization, X-Authorization, Proxy-Authorization, Cookie… */
const SECRET_HEADER = /(authorization|cookie|token|api-key|apikey|password)/i;

/** Shorter values are not worth scrubbing by value: they would mangle ordinary words. */
const MINIMUM_SECRET_LENGTH = 4;

const SECRET_PARAMETER = new RegExp(`([?&;](?:${SECRET_NAMES.join('|')})=)[^&#\\s]*`, 'gi');

/** `/roaming/region?token=ABC&limit=5` → `/roaming/region?token=***&limit=5`. */
export function redactQuerySecrets(pathOrUrl: string): string {
  return pathOrUrl.replace(SECRET_PARAMETER, `$1${REDACTED}`);
}

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/** A copy of the headers with every credential-carrying value replaced, for anything that displays them. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, isSecretHeader(name) ? REDACTED : value]));
}

/**
 * Remembers the secret values one connection has used (its password, each token it received) and removes them
 * from any text. Values are kept only in memory, for as long as the client lives.
 */
export class SecretScrubber {
  private readonly passwords = new Set<string>();
  /** Newest last; a session that refreshes hourly for weeks must not make every log line slower. */
  private readonly tokens = new Set<string>();
  /** Every secret with its URL-encoded form, longest first; rebuilt only when a secret is added. */
  private ordered: Array<{ secret: string; encoded: string }> | undefined;

  constructor(private readonly maxTokens = 128) {}

  /** Passwords are few and always kept. */
  rememberPassword(password: string | undefined): void {
    if (password !== undefined && password.length >= MINIMUM_SECRET_LENGTH && !this.passwords.has(password)) {
      this.passwords.add(password);
      this.ordered = undefined;
    }
  }

  /** Tokens: the oldest are forgotten beyond `maxTokens` (they are never sent again, so cannot be echoed). */
  rememberTokens(...values: readonly (string | undefined)[]): void {
    for (const value of values) {
      if (value === undefined || value.length < MINIMUM_SECRET_LENGTH) continue;
      this.tokens.delete(value);
      this.tokens.add(value);
      this.ordered = undefined;
    }
    for (const oldest of this.tokens) {
      if (this.tokens.size <= this.maxTokens) break;
      this.tokens.delete(oldest);
    }
  }

  /** Both layers: secret parameters by name, then every remembered value wherever it appears. */
  scrub(text: string): string {
    let result = redactQuerySecrets(text);
    // Longest first, so a secret that contains another is removed whole.
    this.ordered ??= [...this.passwords, ...this.tokens].sort((a, b) => b.length - a.length)
      .map((secret) => ({ secret, encoded: encodeURIComponent(secret) }));
    for (const { secret, encoded } of this.ordered) {
      if (result.includes(secret)) result = result.split(secret).join(REDACTED);
      if (encoded !== secret && result.includes(encoded)) result = result.split(encoded).join(REDACTED);
    }
    return result;
  }
}
