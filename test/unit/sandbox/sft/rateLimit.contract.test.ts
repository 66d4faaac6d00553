// The rate limit over HTTP, with the simulator's clock held still by the test so that "the same second"
// does not depend on how fast the machine is.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SftSession, codeOf, type WireAnswer } from './sftHttpClient';

describe('SFT rate limit over HTTP', () => {
  let session: SftSession;
  let nowMs = Date.UTC(2026, 10, 23, 10, 0, 0);
  before(async () => { session = await SftSession.start({ tps: 2, now: () => nowMs }); });
  beforeEach(async () => {
    nowMs += 60_000;
    await session.wire.admin('POST', 'settings', { tps: 2 });
    await session.reset();
    nowMs += 60_000;
  });
  after(async () => { await session.close(); });

  const read = (): Promise<WireAnswer> => session.get('/api/GetServiceProfile');

  test('every answer carries X-Rate-Limit-TPS; beyond the limit: 429, Retry-After: 1, inner 429', async () => {
    const first = await read();
    assert.equal(first.headers.get('x-rate-limit-tps'), '2');
    assert.equal(codeOf(await read()), '1331');
    const refused = await read();
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '1');
    assert.equal(refused.headers.get('x-rate-limit-tps'), '2');
    assert.equal(codeOf(refused), '429');
    assert.equal(refused.body.Response.resultParam.resultDescription, 'Too Many Requests');
    const unauthorised = await session.wire.send('GET', '/api/GetServiceProfile');
    assert.equal(unauthorised.headers.get('x-rate-limit-tps'), '2', 'on a 401 too');
  });

  test('the window slides: a request is free again 1000 ms after the one it replaces', async () => {
    await read();
    nowMs += 600;
    await read();
    nowMs += 399;
    assert.equal((await read()).status, 429, '999 ms after the first');
    nowMs += 1;
    assert.equal((await read()).status, 200, '1000 ms after the first');
    assert.equal((await read()).status, 429, 'the second still counts until 1600 ms');
  });

  test('a refused request does not count against the window', async () => {
    await read();
    await read();
    for (let attempt = 0; attempt < 5; attempt += 1) assert.equal((await read()).status, 429);
    nowMs += 1000;
    assert.equal((await read()).status, 200);
    assert.equal((await read()).status, 200);
  });

  test('per acting account: the child has its own budget; login counts against the account it logs into', async () => {
    await read();
    await read();
    assert.equal((await read()).status, 429);
    const child = await session.wire.login({ targetAccountId: '300' });
    assert.equal((await session.wire.send('GET', '/api/GetServiceProfile', { token: child.AccessToken })).status, 200);
    assert.equal((await session.wire.send('GET', '/api/GetServiceProfile', { token: child.AccessToken })).status, 429, 'login was the first of two');
    assert.equal((await session.wire.send('POST', '/api/login', { body: { username: 'sandbox-reseller', password: 'sandbox' } })).status, 429);
  });

  test('POST /__sandbox/settings changes the limit; 0 turns it off (and drops the header)', async () => {
    await session.wire.admin('POST', 'settings', { tps: 5 });
    for (let count = 0; count < 5; count += 1) assert.equal((await read()).headers.get('x-rate-limit-tps'), '5');
    assert.equal((await read()).status, 429);
    await session.wire.admin('POST', 'settings', { tps: 0 });
    for (let count = 0; count < 10; count += 1) {
      const answer = await read();
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('x-rate-limit-tps'), null);
    }
    const refused = await session.wire.admin('POST', 'settings', { tps: -1 });
    assert.equal(refused.status, 400);
  });
});
