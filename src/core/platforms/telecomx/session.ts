// TelecomX authentication as the sandbox contract settles it: `POST /auth/login` answers `{ token,
// expiresInMinutes }` (absolute lifetime, -1 = until logout); the token goes in the `token` query parameter of
// every call (no Authorization header); 401 (`expired`, `credentials_invalid`) means log in again — there is no
// refresh. No documented rate limit.
import type { LoginOutcome, SessionProtocol } from '../../http/sessionProtocol';
import { RemoteError } from '../../http/types';

const TOKEN = 'token';
/** Epoch ms as text; absent for a token without expiry. */
const EXPIRES_AT = 'expiresAt';
const ISSUED_AT = 'issuedAt';
/** Not a secret: what the login said of the account, kept with its token so a restored session knows it too. */
const ACCESS_LEVEL = 'accessLevel';

const RENEW_BEFORE_MS = 60_000;
const RENEW_BEFORE_SHARE = 0.1;

/** `{ error, message }`, the shape of every TelecomX failure. */
function errorBody(json: unknown): { error?: string; message?: string } {
  if (typeof json !== 'object' || json === null) return {};
  const { error, message } = json as { error?: unknown; message?: unknown };
  return { error: typeof error === 'string' ? error : undefined, message: typeof message === 'string' ? message : undefined };
}

export const telecomxSessionProtocol: SessionProtocol = {
  vendorLabel: 'TelecomX',
  defaultRequestsPerSecond: undefined,
  commonHeaders: { 'Content-Type': 'application/json' },

  async login(context, { username, password }): Promise<LoginOutcome> {
    const response = await context.send({ method: 'POST', path: '/auth/login', body: { username, password } });
    const body = response.json as { token?: unknown; expiresInMinutes?: unknown; accessLevel?: unknown } | undefined;
    if (response.status === 200 && typeof body?.token === 'string' && body.token !== '') {
      const issuedAt = context.now();
      const tokens: Record<string, string> = { [TOKEN]: body.token, [ISSUED_AT]: String(issuedAt) };
      if (typeof body.accessLevel === 'string' && /^[A-Z_]{1,32}$/.test(body.accessLevel)) tokens[ACCESS_LEVEL] = body.accessLevel;
      const minutes = typeof body.expiresInMinutes === 'number' ? body.expiresInMinutes : Number(body.expiresInMinutes);
      if (Number.isFinite(minutes) && minutes > 0) tokens[EXPIRES_AT] = String(issuedAt + minutes * 60_000);
      return { kind: 'ok', tokens };
    }
    const { error, message } = errorBody(response.json);
    // 400 `bad_request` is what an empty user name or password gets: a credentials problem for the person.
    if (response.status === 401 || (response.status === 400 && error === 'bad_request')) {
      return { kind: 'credentials-refused', description: message };
    }
    if (response.status === 403) return { kind: 'access-refused', description: message };
    throw new RemoteError(
      'protocol',
      `${context.baseUrl} does not answer like the TelecomX API: POST /auth/login answered HTTP ${response.status}${error ? ` (${error})` : ''} without a token.`,
      { status: response.status, nextStep: 'Check the base URL, for example https://api.telecomx.dk.' },
    );
  },

  renewalDueAt(tokens) {
    const expiresAt = Number(tokens[EXPIRES_AT]);
    if (!tokens[EXPIRES_AT] || !Number.isFinite(expiresAt)) return undefined;
    const issuedAt = Number(tokens[ISSUED_AT]);
    const lifetime = Number.isFinite(issuedAt) ? expiresAt - issuedAt : Infinity;
    return expiresAt - Math.min(RENEW_BEFORE_MS, lifetime * RENEW_BEFORE_SHARE);
  },

  authorise: (tokens) => ({ query: { [TOKEN]: tokens[TOKEN] ?? '' } }),
  accessLevelOf: (tokens) => tokens[ACCESS_LEVEL],
  isAuthFailure: (response) => response.status === 401,
  secretsOf: (tokens) => (typeof tokens[TOKEN] === 'string' ? [tokens[TOKEN]] : []),
  resultCodeOf: (response) => errorBody(response.json).error,
  describeErrorBody: (json) => errorBody(json).message,
  isLongRunning: () => false,
};
