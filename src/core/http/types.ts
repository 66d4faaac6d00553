// The vocabulary every layer shares: a request as planned (and shown to the person before it is sent), the
// errors a call can end in, and the outcome of a write.
import { scrubSecrets } from './knownSecrets';

import type { ConnectionRecord } from './connection';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One HTTP request exactly as it will be sent, minus credentials (the client adds those). */
export interface ApiRequest {
  readonly method: HttpMethod;
  /** Path below the connection's base URL, e.g. `/api/modifyDestinationGroup`, `/roaming/region/<id>`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  /** Per-endpoint timeout; the client's default (30 s) otherwise. */
  readonly timeoutMs?: number;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  /** Parsed body; `undefined` when the body was empty. */
  readonly json: unknown;
  readonly durationMs: number;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** What a kind needs from the shared client: one authenticated, rate-limited, logged call. */
export interface PlatformClient {
  readonly connection: ConnectionRecord;
  /**
   * What the login said the account may do (TelecomX: VIEWER, ADMIN…), once signed in; undefined before that, or
   * on a platform without levels (SFT).
   */
  readonly accessLevel?: string;
  /**
   * Sends the request with credentials, within the rate limit, refreshing or logging in as needed.
   * Resolves with any HTTP answer the vendor gave in its own format (including business failures);
   * rejects with `RemoteError` for transport failures, authentication that cannot be completed,
   * cancellation, and answers that are not the vendor's format.
   */
  call(request: ApiRequest, options?: CallOptions): Promise<ApiResponse>;
}

/** Why a call failed, in terms a person can act on. */
export type FailureKind =
  /** The vendor refused the request (result code, 4xx with a field): nothing was changed. */
  | 'refused'
  /** Credentials missing, wrong, or the person cancelled the password prompt. */
  | 'authentication'
  /** The account may not do this (access level, not a reseller…). */
  | 'permission'
  | 'not-found'
  /** Could not reach the host: DNS, connection refused, TLS certificate refused. */
  | 'unreachable'
  | 'certificate'
  /** No answer in time, connection dropped, server error, or an answer that is not the vendor's format. */
  | 'timeout'
  | 'dropped'
  | 'server'
  | 'protocol'
  /** The vendor said the write may or may not have happened (SFT 10239/10240). */
  | 'verify-completion'
  | 'cancelled';

export interface RemoteErrorDetails {
  /** SFT result code (`1210`) or TelecomX HTTP status + code (`422 names.language`). */
  readonly code?: string;
  /** The document field the failure belongs to, as a JSON pointer (`/names/0/language`). */
  readonly pointer?: string;
  /** What the person should do next, e.g. "Look it up with the ratezone list (GET Ratezone)." */
  readonly nextStep?: string;
  readonly status?: number;
}

export class RemoteError extends Error {
  readonly details: RemoteErrorDetails;

  /**
   * The message and next step are scrubbed of every secret the process knows here, as the error is made: a kind
   * builds its error from a vendor's words (an SFT resultDescription, a TelecomX message) that may echo a password
   * or a token, after the client that would have scrubbed them has returned the answer.
   */
  constructor(readonly kind: FailureKind, message: string, details: RemoteErrorDetails = {}) {
    super(scrubSecrets(message));
    this.name = 'RemoteError';
    this.details = details.nextStep === undefined ? details : { ...details, nextStep: scrubSecrets(details.nextStep) };
  }

  get code(): string | undefined { return this.details.code; }
  get nextStep(): string | undefined { return this.details.nextStep; }
  get pointer(): string | undefined { return this.details.pointer; }

  /** True when a write that failed this way may nevertheless have been applied. */
  get writeMayHaveHappened(): boolean {
    return this.kind === 'timeout' || this.kind === 'dropped' || this.kind === 'server'
      || this.kind === 'protocol' || this.kind === 'verify-completion';
  }
}

/** After a write: what the remote really holds now. */
export type WriteStatus = 'applied' | 'not-applied' | 'unknown';

export interface WriteOutcome {
  readonly status: WriteStatus;
  /** Id of the object written (for a create, the new id when it could be found). */
  readonly id?: string;
  /** One sentence for the person: what happened and, unless applied, what to check. */
  readonly message: string;
  /** When the write had an ambiguous answer first: the failure that made us verify. */
  readonly ambiguity?: RemoteError;
}

/** One line of the request log (the "Roaming" output channel), secrets already removed. */
export interface RequestLogEntry {
  readonly connection: string;
  readonly method: HttpMethod;
  /** Path with the query string, any token in it redacted. */
  readonly path: string;
  readonly status?: number;
  readonly resultCode?: string;
  readonly durationMs: number;
  /** Set when the call did not complete: the failure kind and message. */
  readonly failure?: string;
  readonly attempt?: number;
}

export interface RequestLogger {
  request(entry: RequestLogEntry): void;
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: RequestLogger = { request() {}, info() {}, warn() {} };
