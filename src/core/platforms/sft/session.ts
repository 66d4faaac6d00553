// BICS SFT authentication as the sandbox contract settles it ("Authentication", "Rate limit"): login returns an
// access and a refresh JWT at the top level; the access token travels in `X-Authorization: Bearer …`; a refresh
// (`GET /api/RefreshToken` with the refresh token) rotates both. An auth failure is HTTP 401, or HTTP 200 with
// inner code 401 (the PHP client's reading, understood too). Default limit 2 requests per second.
import { decodeJwt } from 'jose';
import type { StoredTokens } from '../../http/credentials';
import type { LoginOutcome, RefreshOutcome, SessionContext, SessionProtocol } from '../../http/sessionProtocol';
import { RemoteError, type ApiRequest, type ApiResponse } from '../../http/types';

const ACCESS = 'accessToken';
const REFRESH = 'refreshToken';

/** The endpoints the SFT timeout page lists with a 180 s server timeout (those in this extension's scope). */
const LONG_RUNNING_PATHS = new Set(['/api/modifyDestinationGroup', '/api/modifyRoamingProfile']);

/** Renew when less than this is left… */
const RENEW_BEFORE_MS = 60_000;
/** …or less than this share of the token's lifetime, whichever is shorter, so short-lived tokens are not renewed on every call. */
const RENEW_BEFORE_SHARE = 0.1;

interface EnvelopeResult {
  readonly code?: string;
  readonly description?: string;
}

/** `Response.resultParam.{resultCode,resultDescription}` when the body is an SFT envelope. */
export function sftEnvelopeResult(json: unknown): EnvelopeResult {
  const response = (json as { Response?: { resultParam?: { resultCode?: unknown; resultDescription?: unknown } } } | undefined)?.Response;
  const code = response?.resultParam?.resultCode;
  const description = response?.resultParam?.resultDescription;
  return {
    code: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
    description: typeof description === 'string' ? description : undefined,
  };
}

function tokenPair(json: unknown): StoredTokens | undefined {
  const body = json as { AccessToken?: unknown; RefreshToken?: unknown } | undefined;
  if (typeof body?.AccessToken !== 'string' || typeof body.RefreshToken !== 'string') return undefined;
  if (body.AccessToken === '' || body.RefreshToken === '') return undefined;
  return { [ACCESS]: body.AccessToken, [REFRESH]: body.RefreshToken };
}

function isUnauthorised(response: ApiResponse): boolean {
  return response.status === 401 || (response.status === 200 && sftEnvelopeResult(response.json).code === '401');
}

type JwtTimes = { issuedAt?: number; expiresAt: number } | undefined;

/** The last token decoded: every call asks whether the session needs renewing, and it is the same token for an hour. */
let lastDecoded: { token: string; times: JwtTimes } | undefined;

/** `exp` and `iat` of a JWT in epoch ms; `undefined` when it is not a readable JWT. */
function jwtTimes(token: string | undefined): JwtTimes {
  if (!token) return undefined;
  if (lastDecoded?.token === token) return lastDecoded.times;
  let times: JwtTimes;
  try {
    const { exp, iat } = decodeJwt(token);
    times = typeof exp === 'number' ? { expiresAt: exp * 1000, issuedAt: typeof iat === 'number' ? iat * 1000 : undefined } : undefined;
  } catch {
    times = undefined;
  }
  lastDecoded = { token, times };
  return times;
}

function notSftApi(context: SessionContext, what: string, response: ApiResponse): RemoteError {
  const code = sftEnvelopeResult(response.json).code;
  return new RemoteError(
    'protocol',
    `${context.baseUrl} does not answer like the BICS SFT API: ${what} answered HTTP ${response.status}${code ? ` (result ${code})` : ''} without tokens.`,
    { status: response.status, nextStep: 'Check the base URL, for example https://sft.bics.com.' },
  );
}

export const sftSessionProtocol: SessionProtocol = {
  vendorLabel: 'BICS SFT',
  defaultRequestsPerSecond: 2,
  commonHeaders: { 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json' },

  async login(context, { username, password, targetAccountId }): Promise<LoginOutcome> {
    const body: Record<string, string> = { username, password };
    if (targetAccountId) body.targetAccountId = targetAccountId;
    const response = await context.send({ method: 'POST', path: '/api/login', body });
    const tokens = response.status === 200 ? tokenPair(response.json) : undefined;
    if (tokens) return { kind: 'ok', tokens };
    const { description } = sftEnvelopeResult(response.json);
    if (isUnauthorised(response)) return { kind: 'credentials-refused', description };
    if (response.status === 403) return { kind: 'access-refused', description };
    throw notSftApi(context, 'POST /api/login', response);
  },

  async refresh(context, tokens): Promise<RefreshOutcome> {
    const refreshToken = tokens[REFRESH];
    const times = jwtTimes(refreshToken);
    // An expired refresh token would only be refused: skip the request (it counts against the rate limit).
    if (!refreshToken || (times && context.now() >= times.expiresAt)) return { kind: 'refused' };
    const response = await context.send({ method: 'GET', path: '/api/RefreshToken' }, { 'X-Authorization': `Bearer ${refreshToken}` });
    const renewed = response.status === 200 ? tokenPair(response.json) : undefined;
    // Anything but new tokens (401 after rotation, an unknown path on an older platform…): log in again.
    return renewed ? { kind: 'ok', tokens: renewed } : { kind: 'refused' };
  },

  renewalDueAt(tokens) {
    const times = jwtTimes(tokens[ACCESS]);
    if (!times) return undefined;
    const lifetime = times.issuedAt === undefined ? Infinity : times.expiresAt - times.issuedAt;
    return times.expiresAt - Math.min(RENEW_BEFORE_MS, lifetime * RENEW_BEFORE_SHARE);
  },

  authorise: (tokens) => ({ headers: { 'X-Authorization': `Bearer ${tokens[ACCESS] ?? ''}` } }),
  isAuthFailure: isUnauthorised,
  secretsOf: (tokens) => [tokens[ACCESS], tokens[REFRESH]].filter((value): value is string => typeof value === 'string'),
  resultCodeOf: (response) => sftEnvelopeResult(response.json).code,
  describeErrorBody: (json) => sftEnvelopeResult(json).description,
  isLongRunning: (request: ApiRequest) => LONG_RUNNING_PATHS.has(request.path),
};
