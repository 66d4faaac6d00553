// Authentication and transport over HTTP: login, support access, the 401 rules, refresh with rotation,
// expiry (through the admin endpoint), and the transport-level answers (400, 404, 405).
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { RESELLER, SftSession, codeOf, type WireAnswer } from './sftHttpClient';

function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

function assertUnauthorised(answer: WireAnswer, description: string): void {
  assert.equal(answer.status, 401);
  assert.equal(codeOf(answer), '401');
  assert.equal(answer.body.Response.resultCode, '1');
  assert.equal(answer.body.Response.resultParam.resultDescription, description);
}

describe('SFT authentication over HTTP', () => {
  let session: SftSession;
  before(async () => { session = await SftSession.start(); });
  beforeEach(async () => { await session.reset(); });
  after(async () => { await session.close(); });

  test('login answers two HS256 JWTs at the top level, scoped to the reseller account', async () => {
    const answer = await session.wire.send('POST', '/api/login', { body: RESELLER });
    assert.equal(answer.status, 200);
    assert.deepEqual(Object.keys(answer.body).sort(), ['AccessToken', 'RefreshToken']);
    const access = claimsOf(answer.body.AccessToken);
    assert.deepEqual([access.sub, access.acc, access.typ], ['sandbox-reseller', '100', 'access']);
    assert.equal(Number(access.exp) - Number(access.iat), 3600);
    const refresh = claimsOf(answer.body.RefreshToken);
    assert.deepEqual([refresh.typ, Number(refresh.exp) - Number(refresh.iat)], ['refresh', 86400]);
    const header = JSON.parse(Buffer.from(answer.body.AccessToken.split('.')[0], 'base64url').toString('utf8'));
    assert.equal(header.alg, 'HS256');
  });

  test('bad or missing credentials: HTTP 401, inner 401 "Invalid username or password"', async () => {
    assertUnauthorised(await session.wire.send('POST', '/api/login', { body: { ...RESELLER, password: 'wrong' } }), 'Invalid username or password');
    assertUnauthorised(await session.wire.send('POST', '/api/login', { body: {} }), 'Invalid username or password');
    assertUnauthorised(await session.wire.send('POST', '/api/login'), 'Invalid username or password');
  });

  test('support access: targetAccountId 300 acts as the child, with its own data', async () => {
    const tokens = await session.wire.login({ targetAccountId: '300' });
    assert.equal(claimsOf(tokens.AccessToken).acc, '300');
    const groups = await session.wire.send('GET', '/api/GetDestinationLists?destinationListOnly=TRUE', { token: tokens.AccessToken });
    assert.deepEqual(groups.body.Response.responseParam.rows, [
      { destinationListId: '2601', destinationListName: 'Child Benelux' },
      { destinationListId: '2602', destinationListName: 'Child DACH' },
    ]);
    const numeric = await session.wire.login({ targetAccountId: 300 });
    assert.equal(claimsOf(numeric.AccessToken).acc, '300');
  });

  test('support access to an account outside the hierarchy: HTTP 403', async () => {
    for (const target of ['200', '999']) {
      const answer = await session.wire.send('POST', '/api/login', { body: { ...RESELLER, targetAccountId: target } });
      assert.equal(answer.status, 403);
      assert.equal(codeOf(answer), '403');
      assert.equal(answer.body.Response.resultParam.resultDescription, `Authorisation Failure: account ${target} is not in your hierarchy`);
    }
  });

  test('missing, malformed, wrongly signed or refresh-typed tokens: HTTP 401 "Invalid token"', async () => {
    const path = '/api/GetRoamingProfile';
    assertUnauthorised(await session.wire.send('GET', path), 'Invalid token');
    assertUnauthorised(await session.wire.send('GET', path, { token: 'not-a-jwt' }), 'Invalid token');
    const forged = await new SignJWT({ acc: '100', typ: 'access' }).setProtectedHeader({ alg: 'HS256' }).setSubject('sandbox-reseller')
      .setJti('forged').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode('not the sandbox key, not at all'));
    assertUnauthorised(await session.wire.send('GET', path, { token: forged }), 'Invalid token');
    const { RefreshToken } = await session.wire.login();
    assertUnauthorised(await session.wire.send('GET', path, { token: RefreshToken }), 'Invalid token');
    assert.equal(codeOf(await session.wire.send('GET', path, { token: session.token })), '1204');
  });

  test('expired access token: 401 "Token expired"; refresh rotates, the old refresh token is refused', async () => {
    const first = await session.wire.login();
    await session.wire.admin('POST', 'expire-tokens');
    assertUnauthorised(await session.wire.send('GET', '/api/GetRoamingProfile', { token: first.AccessToken }), 'Token expired');

    const refreshed = await session.wire.send('GET', '/api/RefreshToken', { token: first.RefreshToken });
    assert.equal(refreshed.status, 200);
    assert.deepEqual(Object.keys(refreshed.body).sort(), ['AccessToken', 'RefreshToken']);
    assert.notEqual(refreshed.body.RefreshToken, first.RefreshToken);
    assert.equal(codeOf(await session.wire.send('GET', '/api/GetRoamingProfile', { token: refreshed.body.AccessToken })), '1204');

    assertUnauthorised(await session.wire.send('GET', '/api/RefreshToken', { token: first.RefreshToken }), 'Invalid token');
    assertUnauthorised(await session.wire.send('GET', '/api/RefreshToken', { token: refreshed.body.AccessToken }), 'Invalid token');
    assert.equal((await session.wire.send('GET', '/api/RefreshToken', { token: refreshed.body.RefreshToken })).status, 200);
  });

  test('refresh keeps the support-access scope', async () => {
    const child = await session.wire.login({ targetAccountId: '300' });
    const refreshed = await session.wire.send('GET', '/api/RefreshToken', { token: child.RefreshToken });
    assert.equal(claimsOf(refreshed.body.AccessToken).acc, '300');
  });

  test('reset revokes every issued token', async () => {
    const before = session.token;
    await session.wire.admin('POST', 'reset');
    assertUnauthorised(await session.wire.send('GET', '/api/GetRoamingProfile', { token: before }), 'Invalid token');
  });

  test('transport answers carry the failure envelope: 400 body not JSON, 404 unknown path, 405 wrong method', async () => {
    const malformed = await session.wire.send('POST', '/api/createRoamingProfile', { token: session.token, rawBody: '{"roamingProfileInfo":' });
    assert.deepEqual([malformed.status, codeOf(malformed), malformed.body.Response.resultCode], [400, '400', '1']);
    const unknown = await session.wire.send('GET', '/api/getroamingprofile', { token: session.token });
    assert.deepEqual([unknown.status, codeOf(unknown)], [404, '404'], 'paths are case-sensitive');
    const wrongMethod = await session.wire.send('GET', '/api/createRoamingProfile', { token: session.token });
    assert.deepEqual([wrongMethod.status, codeOf(wrongMethod)], [405, '405']);
    assert.deepEqual([(await session.wire.send('POST', '/api/login', { body: {}, token: 'x' })).status], [401]);
  });
});
