// "Add Connection…"'s check before saving, over HTTP: each way a connection can be wrong gets its own result and
// a sentence a person can act on.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as net from 'node:net';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';
import { checkLogin } from '../../../../src/core/platforms/loginCheck';
import { SANDBOX_PASSWORD, addFault, arrivals, resetSandbox, sftConnection, telecomxConnection } from './harness';

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('login check', () => {
  let sandbox: RunningSandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });
  beforeEach(() => resetSandbox(sandbox));

  test('SFT reseller: ok, after a login and a reseller-only read', async () => {
    const result = await checkLogin(sftConnection(sandbox), SANDBOX_PASSWORD);
    assert.deepEqual(result, { ok: true, message: `Signed in to BICS SFT at ${sandbox.sftUrl}.` });
    assert.deepEqual(arrivals(sandbox, 'sft').map((entry) => `${entry.method} ${entry.path}`), ['POST /api/login', 'GET /api/GetDestinationLists']);
    assert.deepEqual(arrivals(sandbox, 'sft')[1].query, { destinationListOnly: 'TRUE' });
  });

  test('SFT support access to a child: ok, naming the child', async () => {
    const result = await checkLogin(sftConnection(sandbox, { targetAccountId: '300' }), SANDBOX_PASSWORD);
    assert.equal(result.ok, true);
    assert.match(result.message, /acting on account 300/);
  });

  test('TelecomX: ok', async () => {
    const result = await checkLogin(telecomxConnection(sandbox), SANDBOX_PASSWORD);
    assert.deepEqual(result, { ok: true, message: `Signed in to TelecomX at ${sandbox.telecomxUrl}.` });
  });

  test('wrong password, on both platforms', async () => {
    for (const connection of [sftConnection(sandbox), telecomxConnection(sandbox)]) {
      const result = await checkLogin(connection, 'not-the-password');
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.problem, 'wrong-password');
      assert.match(result.message, /refused the user name or password\.$/);
    }
  });

  test('host unreachable', async () => {
    const port = await closedPort();
    const result = await checkLogin(sftConnection(sandbox, { baseUrl: `http://127.0.0.1:${port}` }), SANDBOX_PASSWORD);
    assert.equal(!result.ok && result.problem, 'unreachable');
    assert.match(result.message, /connection was refused/);
  });

  test('not the API at that URL: the other vendor answers, or something that is not JSON', async () => {
    const sftAtTelecomx = await checkLogin(sftConnection(sandbox, { baseUrl: sandbox.telecomxUrl }), SANDBOX_PASSWORD);
    assert.equal(!sftAtTelecomx.ok && sftAtTelecomx.problem, 'not-the-api');
    assert.match(sftAtTelecomx.message, /does not answer like the BICS SFT API: POST \/api\/login answered HTTP 404/);

    const telecomxAtSft = await checkLogin(telecomxConnection(sandbox, { baseUrl: sandbox.sftUrl }), SANDBOX_PASSWORD);
    assert.equal(!telecomxAtSft.ok && telecomxAtSft.problem, 'not-the-api');
    assert.match(telecomxAtSft.message, /does not answer like the TelecomX API/);

    addFault(sandbox, { method: 'POST', path: '/api/login', kind: 'non-json' });
    const html = await checkLogin(sftConnection(sandbox), SANDBOX_PASSWORD);
    assert.equal(!html.ok && html.problem, 'not-the-api');
    assert.match(html.message, /not JSON/);
  });

  test('not a reseller account: the reseller-only read answers an authorisation failure', async () => {
    addFault(sandbox, { method: 'GET', path: '/api/GetDestinationLists', kind: 'result', resultCode: '403' });
    const result = await checkLogin(sftConnection(sandbox), SANDBOX_PASSWORD);
    assert.equal(!result.ok && result.problem, 'not-a-reseller');
    assert.match(result.message, /The login to BICS SFT .* worked, but the account is not a reseller account/);
  });

  test('support-access target outside the hierarchy (403)', async () => {
    const result = await checkLogin(sftConnection(sandbox, { targetAccountId: '200' }), SANDBOX_PASSWORD);
    assert.equal(!result.ok && result.problem, 'access-refused');
    assert.match(result.message, /account 200 is not in your hierarchy/);
    assert.ok(!result.ok && result.nextStep?.includes('targetAccountId'));
  });

  test('timeout', async () => {
    addFault(sandbox, { method: 'POST', path: '/api/login', kind: 'slow', delayMs: 800 });
    const result = await checkLogin(sftConnection(sandbox), SANDBOX_PASSWORD, { timeouts: { defaultMs: 200 } });
    assert.equal(!result.ok && result.problem, 'timeout');
    assert.match(result.message, /No answer from .* within 200 ms/);
  });

  test('a server error is reported as it is', async () => {
    addFault(sandbox, { method: 'POST', path: '/auth/login', kind: 'http500' });
    const result = await checkLogin(telecomxConnection(sandbox), SANDBOX_PASSWORD);
    assert.equal(!result.ok && result.problem, 'failed');
    assert.match(result.message, /HTTP 500/);
  });
});
