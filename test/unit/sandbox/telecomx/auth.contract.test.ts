// Authentication over HTTP, as a client meets it: login, the token in the query string or cookie, expiry
// (through the admin endpoint, not by waiting), logout.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { RunningSandbox } from '../../../../src/sandbox/index';
import { ADMIN, PASSWORD, RESELLER, VIEWER } from './support/harness';
import { failureOf, startTelecomxSandbox, type TelecomxWire } from './support/telecomxWire';

describe('TelecomX authentication over HTTP', () => {
  let sandbox: RunningSandbox;
  let wire: TelecomxWire;
  before(async () => ({ sandbox, wire } = await startTelecomxSandbox()));
  after(() => sandbox.close());
  beforeEach(async () => {
    await wire.admin('POST', 'reset');
  });

  test('POST /auth/login with JSON answers 200 with the token and the user', async () => {
    const answer = await wire.send('POST', '/auth/login', { body: { username: ADMIN, password: PASSWORD } });
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(typeof answer.body.token, 'string');
    assert.equal(answer.body.expiresInMinutes, 15);
    assert.equal(answer.body.accessLevel, 'ADMIN');
  });

  test('GET /auth/login with query parameters works for every sandbox user', async () => {
    for (const [username, level] of [[ADMIN, 'ADMIN'], [VIEWER, 'VIEWER'], [RESELLER, 'RESELLER']]) {
      const answer = await wire.send('GET', '/auth/login', { query: { username, password: PASSWORD } });
      assert.equal(answer.status, 200);
      assert.equal(answer.body.accessLevel, level);
    }
  });

  test('a missing password is 400 bad_request; a wrong one 401 credentials_invalid', async () => {
    assert.deepEqual(failureOf(await wire.send('POST', '/auth/login', { body: { username: ADMIN } })), { status: 400, error: 'bad_request' });
    assert.deepEqual(failureOf(await wire.send('POST', '/auth/login')), { status: 400, error: 'bad_request' });
    const wrong = await wire.send('POST', '/auth/login', { body: { username: ADMIN, password: 'guess' } });
    assert.deepEqual(failureOf(wrong), { status: 401, error: 'credentials_invalid' });
    assert.equal(typeof wrong.body.message, 'string');
  });

  test('the password never reaches the request log, GET or POST', async () => {
    await wire.send('POST', '/auth/login', { body: { username: ADMIN, password: PASSWORD } });
    await wire.send('GET', '/auth/login', { query: { username: ADMIN, password: PASSWORD } });
    const log = (await wire.admin('GET', 'requests')).body;
    assert.equal(log.length, 2);
    assert.equal(JSON.stringify(log).includes(`"${PASSWORD}"`), false);
  });

  test('a body that is not JSON is 400 bad_request', async () => {
    const answer = await wire.send('POST', '/auth/login', { rawBody: 'username=admin', headers: { 'Content-Type': 'application/json' } });
    assert.deepEqual(answer.body, { error: 'bad_request', message: 'The request body is not valid JSON' });
    assert.equal(answer.status, 400);
  });

  test('a missing token is 401 credentials_invalid; the query token opens the API', async () => {
    const missing = await wire.send('GET', '/roaming/voice');
    assert.deepEqual(missing.body, { error: 'credentials_invalid', message: 'Authorization required, please login' });
    assert.equal(missing.status, 401);
    const token = await wire.login(VIEWER);
    assert.equal((await wire.send('GET', '/roaming/voice', { token })).status, 200);
  });

  test('after expire-tokens the token is 401 expired, and a new login works again', async () => {
    const token = await wire.login(ADMIN);
    await wire.admin('POST', 'expire-tokens');
    const expired = await wire.send('GET', '/roaming/region', { token });
    assert.deepEqual(expired.body, { error: 'expired', message: 'Session has expired, please login' });
    assert.equal(expired.status, 401);
    const fresh = await wire.login(ADMIN);
    assert.equal((await wire.send('GET', '/roaming/region', { token: fresh })).status, 200);
  });

  test('the token lifetime setting shows in the next login', async () => {
    assert.equal((await wire.admin('POST', 'settings', { tokenTtlMinutes: 2 })).status, 200);
    const answer = await wire.send('POST', '/auth/login', { body: { username: VIEWER, password: PASSWORD } });
    assert.equal(answer.body.expiresInMinutes, 2);
    assert.equal((await wire.admin('POST', 'settings', { tokenTtlMinutes: -1 })).status, 400);
    await wire.admin('POST', 'settings', { tokenTtlMinutes: 15 });
  });

  test('after logout every token of the user is refused, other users\' are not', async () => {
    const first = await wire.login(ADMIN);
    const second = await wire.login(ADMIN);
    const viewer = await wire.login(VIEWER);
    const logout = await wire.send('GET', '/auth/logout', { token: first });
    assert.deepEqual(logout.body, { success: true });
    for (const token of [first, second]) {
      assert.deepEqual(failureOf(await wire.send('GET', '/roaming/text', { token })), { status: 401, error: 'credentials_invalid' });
    }
    assert.equal((await wire.send('GET', '/roaming/text', { token: viewer })).status, 200);
  });

  test('cookie: true sets a token cookie that a browser-like client can send back', async () => {
    const login = await wire.send('POST', '/auth/login', { body: { username: VIEWER, password: PASSWORD, cookie: true } });
    const setCookie = login.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^token=[0-9A-F]+; Path=\/; HttpOnly/);
    const cookie = setCookie.split(';')[0];
    assert.equal((await wire.send('GET', '/roaming/data', { headers: { Cookie: cookie } })).status, 200);
  });
});
