// The vendor session rules without a server: when tokens are due for renewal, what counts as an auth failure,
// and which answers a login turns into which outcome.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { sftSessionProtocol } from '../../../../src/core/platforms/sft/session';
import { telecomxSessionProtocol } from '../../../../src/core/platforms/telecomx/session';
import type { SessionContext } from '../../../../src/core/http/sessionProtocol';
import { RemoteError, type ApiRequest, type ApiResponse } from '../../../../src/core/http/types';

const KEY = new TextEncoder().encode('a key for tests only, 32 bytes!!');
const ISSUED_S = 1_800_000_000;

function jwt(issuedAtSeconds: number, lifetimeSeconds: number): Promise<string> {
  return new SignJWT({ typ: 'access' }).setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(issuedAtSeconds).setExpirationTime(issuedAtSeconds + lifetimeSeconds).sign(KEY);
}

function answer(status: number, json: unknown): ApiResponse {
  return { status, json, headers: new Map(), durationMs: 1 };
}

/** A context whose `send` answers from a script and remembers what it was asked. */
function scriptedContext(reply: (request: ApiRequest) => ApiResponse, nowMs = ISSUED_S * 1000) {
  const sent: { request: ApiRequest; headers?: Readonly<Record<string, string>> }[] = [];
  const context: SessionContext = {
    baseUrl: 'https://example.test',
    now: () => nowMs,
    send: async (request, headers) => { sent.push({ request, headers }); return reply(request); },
  };
  return { context, sent };
}

describe('SFT session rules', () => {
  test('renewal is due a minute before the end of an hour token, 10% before the end of a short one', async () => {
    const hour = await jwt(ISSUED_S, 3600);
    assert.equal(sftSessionProtocol.renewalDueAt({ accessToken: hour, refreshToken: 'r' }), (ISSUED_S + 3600 - 60) * 1000);
    const short = await jwt(ISSUED_S, 100);
    assert.equal(sftSessionProtocol.renewalDueAt({ accessToken: short, refreshToken: 'r' }), (ISSUED_S + 100 - 10) * 1000);
    assert.equal(sftSessionProtocol.renewalDueAt({ accessToken: 'not-a-jwt', refreshToken: 'r' }), undefined);
  });

  test('an auth failure is HTTP 401, or HTTP 200 with inner code 401; a business failure is not', () => {
    const envelope = (code: string) => ({ Response: { resultCode: '1', resultParam: { resultCode: code, resultDescription: 'x' } } });
    assert.equal(sftSessionProtocol.isAuthFailure(answer(401, envelope('401'))), true);
    assert.equal(sftSessionProtocol.isAuthFailure(answer(200, envelope('401'))), true);
    assert.equal(sftSessionProtocol.isAuthFailure(answer(200, envelope('1203'))), false);
    assert.equal(sftSessionProtocol.isAuthFailure(answer(403, envelope('403'))), false);
  });

  test('an expired refresh token is not even sent', async () => {
    const refreshToken = await jwt(ISSUED_S, 60);
    const { context, sent } = scriptedContext(() => assert.fail('nothing should be sent'), (ISSUED_S + 61) * 1000);
    const outcome = await sftSessionProtocol.refresh?.(context, { accessToken: 'a', refreshToken });
    assert.deepEqual(outcome, { kind: 'refused' });
    assert.equal(sent.length, 0);
  });

  test('refresh sends the refresh token as X-Authorization and reads the rotated pair', async () => {
    const refreshToken = await jwt(ISSUED_S, 86400);
    const { context, sent } = scriptedContext(() => answer(200, { AccessToken: 'new-access', RefreshToken: 'new-refresh' }));
    const outcome = await sftSessionProtocol.refresh?.(context, { accessToken: 'old', refreshToken });
    assert.deepEqual(outcome, { kind: 'ok', tokens: { accessToken: 'new-access', refreshToken: 'new-refresh' } });
    assert.deepEqual(sent, [{ request: { method: 'GET', path: '/api/RefreshToken' }, headers: { 'X-Authorization': `Bearer ${refreshToken}` } }]);
  });

  test('login outcomes: tokens, refused credentials (401 or 200 + inner 401), refused target (403), not the API', async () => {
    const parameters = { username: 'u', password: 'p', targetAccountId: '300' };
    const login = (reply: ApiResponse) => sftSessionProtocol.login(scriptedContext(() => reply).context, parameters);
    assert.deepEqual(await login(answer(200, { AccessToken: 'a', RefreshToken: 'r' })), { kind: 'ok', tokens: { accessToken: 'a', refreshToken: 'r' } });
    const refused = { Response: { resultParam: { resultCode: '401', resultDescription: 'Invalid username or password' } } };
    assert.deepEqual(await login(answer(401, refused)), { kind: 'credentials-refused', description: 'Invalid username or password' });
    assert.deepEqual(await login(answer(200, refused)), { kind: 'credentials-refused', description: 'Invalid username or password' });
    assert.equal((await login(answer(403, { Response: { resultParam: { resultCode: '403', resultDescription: 'no' } } }))).kind, 'access-refused');
    await assert.rejects(login(answer(200, { hello: 'world' })), (error: unknown) => error instanceof RemoteError && error.kind === 'protocol');
    const { context, sent } = scriptedContext(() => answer(200, { AccessToken: 'a', RefreshToken: 'r' }));
    await sftSessionProtocol.login(context, parameters);
    assert.deepEqual(sent[0].request.body, { username: 'u', password: 'p', targetAccountId: '300' });
  });

  test('only the modify endpoints the timeout page lists are long-running', () => {
    assert.equal(sftSessionProtocol.isLongRunning({ method: 'POST', path: '/api/modifyDestinationGroup' }), true);
    assert.equal(sftSessionProtocol.isLongRunning({ method: 'POST', path: '/api/modifyRoamingProfile' }), true);
    assert.equal(sftSessionProtocol.isLongRunning({ method: 'POST', path: '/api/createRoamingProfile' }), false);
  });
});

describe('TelecomX session rules', () => {
  test('login keeps the token with its absolute expiry; -1 means none', async () => {
    const nowMs = 1_800_000_000_000;
    const timed = await telecomxSessionProtocol.login(scriptedContext(() => answer(200, { token: 'T0KEN', expiresInMinutes: 15 }), nowMs).context, { username: 'u', password: 'p' });
    assert.deepEqual(timed, { kind: 'ok', tokens: { token: 'T0KEN', issuedAt: String(nowMs), expiresAt: String(nowMs + 15 * 60_000) } });
    const persistent = await telecomxSessionProtocol.login(scriptedContext(() => answer(200, { token: 'T0KEN', expiresInMinutes: -1 }), nowMs).context, { username: 'u', password: 'p' });
    assert.equal(persistent.kind === 'ok' && persistent.tokens.expiresAt, undefined);
    assert.equal(persistent.kind === 'ok' && telecomxSessionProtocol.renewalDueAt(persistent.tokens), undefined);
  });

  test('renewal is due a minute before the end of a 15-minute token', () => {
    assert.equal(telecomxSessionProtocol.renewalDueAt({ token: 't', issuedAt: '0', expiresAt: String(15 * 60_000) }), 14 * 60_000);
  });

  test('the token travels as the token query parameter, and every 401 is an auth failure', () => {
    assert.deepEqual(telecomxSessionProtocol.authorise({ token: 'T0KEN' }), { query: { token: 'T0KEN' } });
    assert.equal(telecomxSessionProtocol.isAuthFailure(answer(401, { error: 'expired' })), true);
    assert.equal(telecomxSessionProtocol.isAuthFailure(answer(403, { error: 'access_denied' })), false);
  });

  test('login outcomes: 401 and an empty password are refused credentials, 404 is not the API', async () => {
    const login = (reply: ApiResponse) => telecomxSessionProtocol.login(scriptedContext(() => reply).context, { username: 'u', password: 'p' });
    assert.equal((await login(answer(401, { error: 'credentials_invalid', message: 'Invalid username or password' }))).kind, 'credentials-refused');
    assert.equal((await login(answer(400, { error: 'bad_request', message: 'Username and password are required' }))).kind, 'credentials-refused');
    await assert.rejects(login(answer(404, { error: 'not_found' })), (error: unknown) => error instanceof RemoteError && error.kind === 'protocol');
  });
});
