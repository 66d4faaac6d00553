// The shared client on a TelecomX connection, over HTTP against the sandbox: the token in the `token` query
// parameter, a new login (there is no refresh) when it expired — once for concurrent calls — and before it
// expires, and the password prompt.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';
import { createPlatformClient, type PlatformClientDependencies } from '../../../../src/core/platforms/clientFactory';
import { RemoteError, type ApiRequest } from '../../../../src/core/http/types';
import {
  ObservedCredentialStore, RecordingLogger, SANDBOX_PASSWORD, TELECOMX_USER, addFault, arrivals, resetSandbox, telecomxConnection,
} from './harness';

const LIST_REGIONS: ApiRequest = { method: 'GET', path: '/roaming/region', query: { limit: '5' } };
const LIST_DATA: ApiRequest = { method: 'GET', path: '/roaming/data' };

describe('shared client on TelecomX', () => {
  let sandbox: RunningSandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });
  beforeEach(() => resetSandbox(sandbox));

  function newClient(options: Partial<PlatformClientDependencies> & { password?: string } = {}) {
    const credentials = (options.credentials as ObservedCredentialStore | undefined)
      ?? new ObservedCredentialStore('password' in options ? options.password : SANDBOX_PASSWORD);
    const logger = new RecordingLogger();
    const client = createPlatformClient(telecomxConnection(sandbox), { logger, ...options, credentials });
    return { client, credentials: credentials as ObservedCredentialStore, logger };
  }
  const txLog = () => arrivals(sandbox, 'telecomx').map((entry) => `${entry.method} ${entry.path} ${entry.status}`);

  test('logs in, passes the token as the token query parameter, and logs it redacted', async () => {
    const { client, credentials, logger } = newClient();
    const answer = await client.call(LIST_REGIONS);
    assert.equal(answer.status, 200);
    assert.equal((answer.json as { limit: number }).limit, 5);
    const [login, list] = arrivals(sandbox, 'telecomx');
    assert.equal(login.path, '/auth/login');
    assert.equal((login.body as { username: string }).username, TELECOMX_USER);
    assert.deepEqual(Object.keys(list.query).sort(), ['limit', 'token']);
    const token = (await credentials.getTokens())?.token;
    assert.ok(token);
    const logged = logger.entries.find((entry) => entry.path.startsWith('/roaming/region'));
    assert.equal(logged?.path, '/roaming/region?limit=5&token=***');
  });

  test('a token expired mid-sequence: one new login, the call replayed, the sequence ends right', async () => {
    const { client } = newClient();
    await client.call(LIST_REGIONS);
    sandbox.telecomx.expireAllTokens();
    const answer = await client.call(LIST_DATA);
    assert.ok(Array.isArray(answer.json));
    assert.deepEqual(txLog(), [
      'POST /auth/login 200', 'GET /roaming/region 200', 'GET /roaming/data 401', 'POST /auth/login 200', 'GET /roaming/data 200',
    ]);
  });

  test('the expired-token fault on a write: new login and one replay', async () => {
    const { client } = newClient();
    await client.call(LIST_REGIONS);
    addFault(sandbox, { method: 'POST', path: '/roaming/region', kind: 'expired-token' });
    const answer = await client.call({
      method: 'POST', path: '/roaming/region',
      body: { names: [{ language: 'eng', text: 'Replayed Zone' }], network: 'TDC' },
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(txLog().slice(2), ['POST /roaming/region 401', 'POST /auth/login 200', 'POST /roaming/region 200']);
  });

  test('concurrent calls with an expired token: exactly one new login', async () => {
    const { client } = newClient();
    await client.call(LIST_REGIONS);
    sandbox.telecomx.expireAllTokens();
    const answers = await Promise.all([client.call(LIST_DATA), client.call(LIST_REGIONS), client.call({ method: 'GET', path: '/roaming/text' }), client.call(LIST_DATA)]);
    assert.deepEqual(answers.map((answer) => answer.status), [200, 200, 200, 200]);
    assert.equal(txLog().filter((line) => line.startsWith('POST /auth/login')).length, 2, 'the first login and one more');
  });

  test('a token about to expire is replaced by a new login before the call, with no 401', async () => {
    sandbox.telecomx.applySettings({ tokenTtlMinutes: 1 });
    let offsetMs = 0;
    const { client } = newClient({ now: () => Date.now() + offsetMs });
    await client.call(LIST_REGIONS);
    // 55 s into a 60 s token: less than 10% of its lifetime is left.
    offsetMs = 55_000;
    await Promise.all([client.call(LIST_DATA), client.call(LIST_DATA)]);
    assert.deepEqual(txLog(), ['POST /auth/login 200', 'GET /roaming/region 200', 'POST /auth/login 200', 'GET /roaming/data 200', 'GET /roaming/data 200']);
  });

  test('a token with enough time left is reused, not renewed early', async () => {
    let offsetMs = 0;
    const { client, credentials } = newClient({ now: () => Date.now() + offsetMs });
    await client.call(LIST_REGIONS);
    const tokens = await credentials.getTokens();
    assert.ok(tokens?.expiresAt, 'a 15-minute token has an expiry');
    offsetMs = 10 * 60_000;
    await client.call(LIST_DATA);
    assert.equal(txLog().filter((line) => line.startsWith('POST /auth/login')).length, 1, '10 minutes into 15 is not due yet');
  });

  test('wrong stored password: asked once, the right one stored after it worked', async () => {
    const reasons: string[] = [];
    const { client, credentials } = newClient({ password: 'not-the-password', askPassword: async (reason) => { reasons.push(reason); return SANDBOX_PASSWORD; } });
    await client.call(LIST_REGIONS);
    assert.equal(reasons.length, 1);
    assert.match(reasons[0], /stored password for admin@sandbox\.example was refused by TelecomX.*Invalid username or password/);
    assert.deepEqual(credentials.storedPasswords, [SANDBOX_PASSWORD]);
  });

  test('prompt cancelled: authentication failure', async () => {
    const { client } = newClient({ password: undefined, askPassword: async () => undefined });
    await assert.rejects(client.call(LIST_REGIONS), (error: unknown) => error instanceof RemoteError && error.kind === 'authentication');
  });

  test('a refused session after the replay is reported, not retried forever', async () => {
    const { client } = newClient();
    await client.call(LIST_REGIONS);
    addFault(sandbox, { method: 'GET', path: '/roaming/data', kind: 'expired-token', count: 2 });
    await assert.rejects(client.call(LIST_DATA), (error: unknown) => error instanceof RemoteError && error.kind === 'authentication' && /refused the new session too/.test(error.message));
    assert.equal(txLog().filter((line) => line.startsWith('GET /roaming/data')).length, 2);
  });

  test('sign out keeps the password and drops the token', async () => {
    const { client, credentials } = newClient();
    await client.call(LIST_REGIONS);
    await client.signOut();
    assert.equal(await credentials.getTokens(), undefined);
    assert.equal(await credentials.getPassword(), SANDBOX_PASSWORD);
  });
});
