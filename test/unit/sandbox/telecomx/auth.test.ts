import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN, failure, PASSWORD, RESELLER, TelecomxHarness, VIEWER } from './support/harness';

describe('TelecomX login', () => {
  test('POST with a JSON body answers a token and who the user is', async () => {
    const sandbox = new TelecomxHarness();
    const answer = await sandbox.call('POST', '/auth/login', { body: { username: ADMIN, password: PASSWORD } });
    assert.equal(answer.status, 200);
    assert.match(answer.body.token, /^[0-9A-F]{40}$/);
    assert.equal(answer.body.expiresInMinutes, 15);
    assert.equal(answer.body.accessLevel, 'ADMIN');
    assert.match(answer.body.employee, /^[0-9a-f]{24}$/);
    assert.match(answer.body.customer, /^[0-9a-f]{24}$/);
    assert.equal(typeof answer.body.name, 'string');
    assert.equal(typeof answer.body.customerName, 'string');
    assert.equal(answer.headers['set-cookie'], undefined);
  });

  test('GET with query parameters works too, and the three users have their levels', async () => {
    const sandbox = new TelecomxHarness();
    for (const [username, level] of [[ADMIN, 'ADMIN'], [VIEWER, 'VIEWER'], [RESELLER, 'RESELLER']]) {
      const answer = await sandbox.call('GET', '/auth/login', { query: { username, password: PASSWORD } });
      assert.equal(answer.status, 200, username);
      assert.equal(answer.body.accessLevel, level);
    }
  });

  test('the user name ignores case and surrounding spaces', async () => {
    const sandbox = new TelecomxHarness();
    const answer = await sandbox.call('POST', '/auth/login', { body: { username: '  Admin@Sandbox.Example ', password: PASSWORD } });
    assert.equal(answer.status, 200);
  });

  test('a missing user name or password is 400 bad_request', async () => {
    const sandbox = new TelecomxHarness();
    for (const body of [{ username: ADMIN }, { password: PASSWORD }, { username: '', password: PASSWORD }, undefined]) {
      assert.deepEqual(failure(await sandbox.call('POST', '/auth/login', { body })), { status: 400, error: 'bad_request' });
    }
    assert.deepEqual(failure(await sandbox.call('POST', '/auth/login', { body: [ADMIN, PASSWORD] })), { status: 400, error: 'bad_request' });
    assert.deepEqual(failure(await sandbox.call('GET', '/auth/login', { query: { username: ADMIN } })), { status: 400, error: 'bad_request' });
  });

  test('a wrong password or unknown user is 401 credentials_invalid', async () => {
    const sandbox = new TelecomxHarness();
    const wrongPassword = await sandbox.call('POST', '/auth/login', { body: { username: ADMIN, password: 'Sandbox' } });
    assert.deepEqual(failure(wrongPassword), { status: 401, error: 'credentials_invalid' });
    const unknownUser = await sandbox.call('POST', '/auth/login', { body: { username: 'nobody@sandbox.example', password: PASSWORD } });
    assert.deepEqual(failure(unknownUser), { status: 401, error: 'credentials_invalid' });
  });
});

describe('TelecomX token on later calls', () => {
  test('a missing token is 401 credentials_invalid with the wiki text', async () => {
    const sandbox = new TelecomxHarness();
    const answer = await sandbox.call('GET', '/roaming/text');
    assert.deepEqual(answer.body, { error: 'credentials_invalid', message: 'Authorization required, please login' });
    assert.equal(answer.status, 401);
  });

  test('an unknown token is treated as missing, and an Authorization header is not accepted', async () => {
    const sandbox = new TelecomxHarness();
    assert.deepEqual(failure(await sandbox.call('GET', '/roaming/text', { token: 'NOT-A-TOKEN' })), { status: 401, error: 'credentials_invalid' });
    const token = await sandbox.login(ADMIN);
    const withHeader = await sandbox.call('GET', '/roaming/text', { headers: { authorization: `Bearer ${token}` } });
    assert.deepEqual(failure(withHeader), { status: 401, error: 'credentials_invalid' });
  });

  test('the lifetime is absolute: valid just before 15 minutes, 401 expired from then on, even when used', async () => {
    const sandbox = new TelecomxHarness();
    const token = await sandbox.login(VIEWER);
    sandbox.advanceMinutes(14);
    assert.equal((await sandbox.call('GET', '/roaming/text', { token })).status, 200);
    sandbox.advanceMinutes(0.99);
    assert.equal((await sandbox.call('GET', '/roaming/text', { token })).status, 200);
    sandbox.advanceMinutes(0.01);
    const expired = await sandbox.call('GET', '/roaming/text', { token });
    assert.deepEqual(expired.body, { error: 'expired', message: 'Session has expired, please login' });
    assert.equal(expired.status, 401);
  });

  test('a new login after expiry gives a working token', async () => {
    const sandbox = new TelecomxHarness();
    const first = await sandbox.login(VIEWER);
    sandbox.advanceMinutes(16);
    assert.equal((await sandbox.call('GET', '/roaming/text', { token: first })).status, 401);
    const second = await sandbox.login(VIEWER);
    assert.notEqual(second, first);
    assert.equal((await sandbox.call('GET', '/roaming/text', { token: second })).status, 200);
  });

  test('persist gives expiresInMinutes -1 and a token that outlives any clock', async () => {
    const sandbox = new TelecomxHarness();
    const answer = await sandbox.call('POST', '/auth/login', { body: { username: VIEWER, password: PASSWORD, persist: true } });
    assert.equal(answer.body.expiresInMinutes, -1);
    sandbox.advanceMinutes(60 * 24 * 365);
    assert.equal((await sandbox.call('GET', '/roaming/text', { token: answer.body.token })).status, 200);
  });

  test('tokenTtlMinutes applies to tokens issued after the change; issued tokens keep theirs', async () => {
    const sandbox = new TelecomxHarness();
    const before = await sandbox.login(VIEWER);
    sandbox.simulator.applySettings({ tokenTtlMinutes: 1 });
    const answer = await sandbox.call('POST', '/auth/login', { body: { username: VIEWER, password: PASSWORD } });
    assert.equal(answer.body.expiresInMinutes, 1);
    sandbox.advanceMinutes(1);
    assert.equal((await sandbox.call('GET', '/roaming/text', { token: answer.body.token })).status, 401);
    assert.equal((await sandbox.call('GET', '/roaming/text', { token: before })).status, 200);
  });

  test('applySettings refuses a lifetime that is not a positive number, and ignores other vendors\' keys', () => {
    const sandbox = new TelecomxHarness();
    assert.throws(() => sandbox.simulator.applySettings({ tokenTtlMinutes: 0 }), /tokenTtlMinutes/);
    assert.throws(() => sandbox.simulator.applySettings({ tokenTtlMinutes: 'soon' }), /tokenTtlMinutes/);
    assert.doesNotThrow(() => sandbox.simulator.applySettings({ tps: 5 }));
  });

  test('expireAllTokens expires every issued token, persisted ones included, but not later logins', async () => {
    const sandbox = new TelecomxHarness();
    const normal = await sandbox.login(ADMIN);
    const persisted = await sandbox.login(VIEWER, { persist: true });
    sandbox.simulator.expireAllTokens();
    assert.deepEqual(failure(await sandbox.call('GET', '/roaming/text', { token: normal })), { status: 401, error: 'expired' });
    assert.deepEqual(failure(await sandbox.call('GET', '/roaming/text', { token: persisted })), { status: 401, error: 'expired' });
    const fresh = await sandbox.login(ADMIN);
    assert.equal((await sandbox.call('GET', '/roaming/text', { token: fresh })).status, 200);
  });
});

describe('TelecomX cookie login', () => {
  test('cookie: true sets a token cookie that later calls may use instead of the query parameter', async () => {
    const sandbox = new TelecomxHarness();
    const answer = await sandbox.call('POST', '/auth/login', { body: { username: VIEWER, password: PASSWORD, cookie: true } });
    const setCookie = answer.headers['set-cookie'];
    assert.equal(setCookie, `token=${answer.body.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=900`);
    const viaCookie = await sandbox.call('GET', '/roaming/data', { headers: { cookie: `theme=dark; token=${answer.body.token}` } });
    assert.equal(viaCookie.status, 200);
  });

  test('the cookie is not honoured for a token whose login did not ask for it (the wiki examples send cookie: 0)', async () => {
    const sandbox = new TelecomxHarness();
    const token = await sandbox.login(VIEWER, { cookie: 0 });
    const viaCookie = await sandbox.call('GET', '/roaming/data', { headers: { cookie: `token=${token}` } });
    assert.deepEqual(failure(viaCookie), { status: 401, error: 'credentials_invalid' });
  });

  test('a query token wins over a cookie', async () => {
    const sandbox = new TelecomxHarness();
    const cookieToken = await sandbox.login(VIEWER, { cookie: true });
    const answer = await sandbox.call('GET', '/roaming/data', { token: 'WRONG', headers: { cookie: `token=${cookieToken}` } });
    assert.equal(answer.status, 401);
  });
});

describe('TelecomX logout', () => {
  test('invalidates every token of the user, and only that user\'s', async () => {
    const sandbox = new TelecomxHarness();
    const first = await sandbox.login(ADMIN);
    const second = await sandbox.login(ADMIN, { persist: true });
    const otherUser = await sandbox.login(VIEWER);
    const answer = await sandbox.call('GET', '/auth/logout', { token: first });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { success: true });
    for (const token of [first, second]) {
      assert.deepEqual(failure(await sandbox.call('GET', '/roaming/voice', { token })), { status: 401, error: 'credentials_invalid' });
    }
    assert.equal((await sandbox.call('GET', '/roaming/voice', { token: otherUser })).status, 200);
  });

  test('needs a valid token itself, and clears the cookie of a cookie login', async () => {
    const sandbox = new TelecomxHarness();
    assert.deepEqual(failure(await sandbox.call('GET', '/auth/logout')), { status: 401, error: 'credentials_invalid' });
    const token = await sandbox.login(VIEWER, { cookie: 'true' });
    const answer = await sandbox.call('GET', '/auth/logout', { headers: { cookie: `token=${token}` } });
    assert.equal(answer.status, 200);
    assert.match(answer.headers['set-cookie'], /^token=; .*Max-Age=0/);
  });

  test('an expired token cannot log out: 401 expired', async () => {
    const sandbox = new TelecomxHarness();
    const token = await sandbox.login(VIEWER);
    sandbox.advanceMinutes(15);
    assert.deepEqual(failure(await sandbox.call('GET', '/auth/logout', { token })), { status: 401, error: 'expired' });
  });

  test('reset drops every token', async () => {
    const sandbox = new TelecomxHarness();
    const token = await sandbox.login(ADMIN);
    sandbox.simulator.reset();
    assert.deepEqual(failure(await sandbox.call('GET', '/roaming/voice', { token })), { status: 401, error: 'credentials_invalid' });
  });
});
