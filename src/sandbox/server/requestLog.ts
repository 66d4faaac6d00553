/** What the sandbox received, so tests can check what a client really sent (or that it sent nothing). */
export interface LoggedRequest {
  readonly seq: number;
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The `X-Requested-With` header, which every documented SFT example sends (recorded, not required). */
  readonly requestedWith?: string;
  status?: number;
  resultCode?: string;
  fault?: string;
}

const SECRET_KEYS = /^(password|smsKey|authenticatorToken|token|AccessToken|RefreshToken)$/i;

/** Passwords and tokens never reach the log, even the sandbox's own. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_KEYS.test(key) ? '***' : redactSecrets(inner)]));
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private nextSeq = 1;

  /** Keeps the newest entries only, so a long benchmark cannot grow the sandbox without bound. */
  constructor(private readonly capacity = 10_000) {}

  record(method: string, path: string, query: URLSearchParams, body: unknown, requestedWith?: string): LoggedRequest {
    const queryObject = Object.fromEntries([...query.entries()].map(([key, value]) => [key, SECRET_KEYS.test(key) ? '***' : value]));
    const entry: LoggedRequest = {
      seq: this.nextSeq++, at: new Date().toISOString(), method, path, query: queryObject, body: redactSecrets(body),
      ...(requestedWith !== undefined ? { requestedWith } : {}),
    };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return entry;
  }

  all(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
