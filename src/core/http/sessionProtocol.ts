// What the shared client needs to know about one vendor's authentication. The client does the generic work —
// one login or refresh at a time, replay after an auth failure, password prompt, token storage, rate limit,
// logging — and asks the vendor's protocol (src/core/platforms/<vendor>/session.ts) only these questions.
import type { StoredTokens } from './credentials';
import type { ApiRequest, ApiResponse } from './types';

/** A request sent for the protocol: rate-limited, logged and retried after a 429, but with no credentials added. */
export type UnauthenticatedSend = (request: ApiRequest, headers?: Readonly<Record<string, string>>) => Promise<ApiResponse>;

export interface SessionContext {
  readonly send: UnauthenticatedSend;
  /** Epoch ms, injectable. */
  readonly now: () => number;
  /** `https://sft.bics.com`, for messages. */
  readonly baseUrl: string;
}

export interface LoginParameters {
  readonly username: string;
  readonly password: string;
  /** SFT support access: act on this child account. */
  readonly targetAccountId?: string;
}

export type LoginOutcome =
  | { readonly kind: 'ok'; readonly tokens: StoredTokens }
  /** The user name or password was refused: asking the person again may help. */
  | { readonly kind: 'credentials-refused'; readonly description?: string }
  /** The credentials are right but this login is not allowed (SFT: support-access target outside the hierarchy). */
  | { readonly kind: 'access-refused'; readonly description?: string };

export type RefreshOutcome =
  | { readonly kind: 'ok'; readonly tokens: StoredTokens }
  /** Refresh token expired, used already, or refused: log in again. */
  | { readonly kind: 'refused' };

/** What to add to a request so the server knows the session. */
export interface Authorisation {
  readonly headers?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
}

export interface SessionProtocol {
  /** `BICS SFT`, `TelecomX`: names the platform in messages. */
  readonly vendorLabel: string;
  /** The account's limit until a server announces one; `undefined` = none. */
  readonly defaultRequestsPerSecond?: number;
  /** Sent on every request, login included (SFT: `X-Requested-With`). */
  readonly commonHeaders: Readonly<Record<string, string>>;

  login(context: SessionContext, parameters: LoginParameters): Promise<LoginOutcome>;
  /** Absent when the vendor has no refresh (TelecomX): the client logs in again instead. */
  refresh?(context: SessionContext, tokens: StoredTokens): Promise<RefreshOutcome>;
  /** When these tokens should be renewed, in epoch ms; `undefined` when unknown (use them until refused). */
  renewalDueAt(tokens: StoredTokens): number | undefined;
  authorise(tokens: StoredTokens): Authorisation;
  /** The server refused the session for this call (not a business failure): renew and replay once. */
  isAuthFailure(response: ApiResponse): boolean;

  /** The secret values inside the tokens, to scrub from every log line and message. */
  secretsOf(tokens: StoredTokens): readonly string[];
  /** The vendor's outcome code for the log (SFT `resultParam.resultCode`). */
  resultCodeOf(response: ApiResponse): string | undefined;
  /** The vendor's own error description in a failure body, for messages. */
  describeErrorBody(json: unknown): string | undefined;
  /** The account's access level as the login said it (TelecomX), or undefined when the vendor has none. */
  accessLevelOf?(tokens: StoredTokens): string | undefined;
  /** Endpoints the vendor documents with an extended server-side timeout (SFT: 180 s). */
  isLongRunning(request: ApiRequest): boolean;
}
