// The seam between the shared sandbox plumbing (HTTP server, faults, request log, persistence, admin
// endpoints) and one vendor's simulator. A vendor simulator is plain logic: it gets a parsed request and
// returns a JSON answer, so it can be unit-tested without sockets and served by the same server code.

export interface SandboxRequest {
  readonly method: string;
  /** Path without the query string, e.g. `/api/createRoamingProfile`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Parsed JSON body; `undefined` when the request had no body. */
  readonly body: unknown;
}

export interface SandboxResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON. */
  readonly body: unknown;
}

/** Settings an admin call (`POST /__sandbox/settings`) may change while the server runs. */
export type LiveSettings = Readonly<Record<string, number | string | boolean>>;

export interface VendorSimulator {
  /** `sft` or `telecomx`: names the server in logs and in the persisted state file. */
  readonly vendor: 'sft' | 'telecomx';

  handle(request: SandboxRequest): SandboxResponse | Promise<SandboxResponse>;

  /** The answer this vendor gives when the request body is not JSON. */
  malformedBodyResponse(): SandboxResponse;
  /** What the vendor answers to an expired token (the `expired-token` fault). */
  expiredTokenResponse(): SandboxResponse;
  /** What the vendor answers beyond its rate limit (the `rate-limit` fault). */
  rateLimitResponse(): SandboxResponse;
  /** A vendor failure with HTTP 500 (the `http500` fault). */
  internalErrorResponse(): SandboxResponse;
  /**
   * SFT only: the "verify completion" answer (10239 or 10240) for a write. The plumbing either applies the
   * write first (`verify-applied`) or not at all (`verify-not-applied`) and then sends this.
   */
  verifyCompletionResponse?(request: SandboxRequest, resultCode: string): SandboxResponse;
  /** SFT only: a response with the given result code, for codes only faults can reach (10057). */
  resultCodeResponse?(request: SandboxRequest, resultCode: string): SandboxResponse;

  /** The vendor-level outcome code of a response, for the request log (`1201`, `422 names.language`…). */
  describeOutcome(response: SandboxResponse): string | undefined;

  /** Whole state as plain JSON (for `--data`), and back. `importState` throws a clear Error on bad input. */
  exportState(): unknown;
  importState(state: unknown): void;
  /** Back to the seed data; drops issued tokens and rate-limit windows. */
  reset(): void;
  applySettings(settings: LiveSettings): void;
  /** Make every token issued so far expired. */
  expireAllTokens(): void;
  /**
   * Adds (or replaces) an API user, for tests that need a password found nowhere else (a secret-leak check cannot
   * search for the word "sandbox"). SFT users belong to the reseller account; TelecomX users get `accessLevel`
   * (default ADMIN). Gone after a reset.
   */
  addUser(user: { readonly username: string; readonly password: string; readonly accessLevel?: string }): void;
}

export type FaultKind =
  | 'http500'
  | 'slow'
  | 'drop'
  | 'non-json'
  | 'rate-limit'
  | 'expired-token'
  | 'verify-applied'
  | 'verify-not-applied'
  | 'result';

export interface FaultSpec {
  readonly method: string;
  readonly path: string;
  readonly kind: FaultKind;
  /** How many matching requests it hits; -1 = until cleared. Default 1. */
  readonly count?: number;
  /** For `slow`: the delay before the real answer. */
  readonly delayMs?: number;
  /** For `verify-*` (10239 | 10240) and `result` (any code). */
  readonly resultCode?: string;
}
