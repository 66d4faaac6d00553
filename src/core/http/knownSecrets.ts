// The secret values this process has seen — every client's password and tokens — so that text built anywhere can
// be scrubbed where it leaves: a `RemoteError` as it is made (a kind reads a vendor's refusal after the client
// returned the answer, beyond the client's own scrubbing), the command line's output streams, the apply report
// files, VS Code's notifications and log. One registry rather than a scrubber handed down to every printer: the
// printers are many and far from the clients, and a forgotten hand-over would be a leak no test notices.
//
// Values live only in memory and the registry is bounded: beyond its size the oldest token (never sent again, so
// never echoed) and then the oldest password are forgotten, so a window open for weeks does not slow every message.
import { SecretScrubber, type SecretSink } from './redaction';

/** A few dozen connections with their hourly renewals over a day, and their passwords, mistyped ones included. */
export const knownSecrets = new SecretScrubber({ maxTokens: 1024, maxPasswords: 64 });

/**
 * The sandbox's password is published (README, src/sandbox/README.md) and is also the environment label of its
 * connections: masking it everywhere would turn "Push to Sandbox SFT (sandbox)" into "(***)" and protect nothing.
 * It stays out of the registry for connections to this machine only; the client still masks it in its own log and
 * errors, and the same password on any other host is a secret like any other.
 */
const PUBLISHED_SANDBOX_PASSWORD = 'sandbox';

function isThisMachine(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The registry as a client of `baseUrl` tells it its secrets. */
export function knownSecretsFor(baseUrl: string): SecretSink {
  const published = isThisMachine(baseUrl) ? PUBLISHED_SANDBOX_PASSWORD : undefined;
  return {
    rememberPassword: (password) => { if (password !== published) knownSecrets.rememberPassword(password); },
    rememberTokens: (...values) => knownSecrets.rememberTokens(...values),
  };
}

/** Text with every known secret, and every secret query parameter or JSON field, replaced by `***`. */
export function scrubSecrets(text: string): string {
  return knownSecrets.scrub(text);
}

/** A copy of a JSON-like value with every string in it scrubbed (keys stay: they are the program's names). */
export function scrubSecretsIn<T>(value: T): T {
  if (typeof value === 'string') return scrubSecrets(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubSecretsIn(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubSecretsIn(item)])) as T;
  }
  return value;
}
