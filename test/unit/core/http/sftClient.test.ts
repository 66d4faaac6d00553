// The shared client on a BICS SFT connection, over HTTP against the sandbox: login, token reuse, refresh and
// replay (expired tokens, both 401 readings), one renewal for concurrent calls, new login when the refresh token
// is refused, password prompts, support access.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';
import { createPlatformClient, type PlatformClientDependencies } from '../../../../src/core/platforms/clientFactory';
import { RemoteError, type ApiRequest } from '../../../../src/core/http/types';
import {
  ObservedCredentialStore, RecordingLogger, SANDBOX_PASSWORD, SFT_USER, addFault, arrivals, resetSandbox, sftConnection,
} from './harness';
import type { ConnectionRecord } from '../../../../src/core/http/connection';

const LIST_GROUPS: ApiRequest = { method: 'GET', path: '/api/GetDestinationLists', query: { destinationListOnly: 'TRUE' } };
const GET_PROFILE: ApiRequest = { method: 'GET', path: '/api/GetRoamingProfile', query: { roamingProfileId: '3001' } };

function codeOf(json: unknown): string | undefined {
  return (json as { Response?: { resultParam?: { resultCode?: string } } }).Response?.resultParam?.resultCode;
}

describe('shared client on BICS SFT', () => {
  let sandbox: RunningSandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });
  beforeEach(() => resetSandbox(sandbox));

  function newClient(options: Partial<PlatformClientDependencies> & { password?: string; connection?: Partial<ConnectionRecord> } = {}) {
    const credentials = (options.credentials as ObservedCredentialStore | undefined)
      ?? new ObservedCredentialStore('password' in options ? options.password : SANDBOX_PASSWORD);
    const logger = new RecordingLogger();
    const client = createPlatformClient(sftConnection(sandbox, options.connection), { logger, ...options, credentials });
    return { client, credentials: credentials as ObservedCredentialStore, logger };
  }
  const sftLog = () => arrivals(sandbox, 'sft').map((entry) => `${entry.method} ${entry.path} ${entry.status}`);

  test('logs in once, sends calls with the session, and keeps the tokens in the credential store', async () => {
    const { client, credentials, logger } = newClient();
    const first = await client.call(LIST_GROUPS);
    const second = await client.call(GET_PROFILE);
    assert.equal(codeOf(first.json), '10029');
    assert.equal(codeOf(second.json), '1204');
    assert.deepEqual(sftLog(), ['POST /api/login 200', 'GET /api/GetDestinationLists 200', 'GET /api/GetRoamingProfile 200']);
    const loginBody = arrivals(sandbox, 'sft')[0].body as Record<string, unknown>;
    assert.equal(loginBody.username, SFT_USER);
    assert.equal(loginBody.targetAccountId, undefined);
    const tokens = await credentials.getTokens();
    assert.ok(tokens?.accessToken && tokens.refreshToken, 'both tokens stored');
    assert.equal(client.requestsPerSecond, 50, 'limit learned from X-Rate-Limit-TPS');
    assert.deepEqual(logger.entries.map((entry) => [entry.method, entry.path, entry.status, entry.resultCode, entry.connection]), [
      ['POST', '/api/login', 200, undefined, 'SFT test'],
      ['GET', '/api/GetDestinationLists?destinationListOnly=TRUE', 200, '10029', 'SFT test'],
      ['GET', '/api/GetRoamingProfile?roamingProfileId=3001', 200, '1204', 'SFT test'],
    ]);
  });

  test('a new client on the same credential store (another window) reuses the stored tokens', async () => {
    const { client, credentials } = newClient();
    await client.call(LIST_GROUPS);
    const second = newClient({ credentials });
    await second.client.call(GET_PROFILE);
    assert.equal(sftLog().filter((line) => line.startsWith('POST /api/login')).length, 1);
  });

  test('tokens stored for another host or user are not sent', async () => {
    const { client, credentials } = newClient();
    await client.call(LIST_GROUPS);
    const otherUser = newClient({ credentials, connection: { targetAccountId: '300' } });
    const answer = await otherUser.client.call(LIST_GROUPS);
    assert.equal(codeOf(answer.json), '10029');
    assert.equal(sftLog().filter((line) => line.startsWith('POST /api/login')).length, 2, 'a second login for the child account');
    assert.equal((arrivals(sandbox, 'sft')[2].body as Record<string, unknown>).targetAccountId, '300');
  });

  test('tokens expired mid-sequence (admin endpoint): refresh, replay, and the sequence ends right', async () => {
    const { client } = newClient();
    await client.call(LIST_GROUPS);
    const expired = await fetch(`${sandbox.sftUrl}/__sandbox/expire-tokens`, { method: 'POST' });
    assert.equal(expired.status, 200);
    const answer = await client.call(GET_PROFILE);
    assert.equal(codeOf(answer.json), '1204');
    assert.deepEqual(sftLog(), [
      'POST /api/login 200', 'GET /api/GetDestinationLists 200',
      'GET /api/GetRoamingProfile 401', 'GET /api/RefreshToken 200', 'GET /api/GetRoamingProfile 200',
    ]);
  });

  test('the expired-token fault: refresh and replay once', async () => {
    const { client, logger } = newClient();
    await client.call(LIST_GROUPS);
    addFault(sandbox, { method: 'GET', path: '/api/GetRoamingProfile', kind: 'expired-token' });
    const answer = await client.call(GET_PROFILE);
    assert.equal(codeOf(answer.json), '1204');
    assert.deepEqual(sftLog().slice(2), ['GET /api/GetRoamingProfile 401', 'GET /api/RefreshToken 200', 'GET /api/GetRoamingProfile 200']);
    const attempts = logger.entries.filter((entry) => entry.path.startsWith('/api/GetRoamingProfile')).map((entry) => entry.attempt);
    assert.deepEqual(attempts, [1, 2]);
  });

  test('HTTP 200 with inner result code 401 (the other reading of an expired token) is renewed and replayed too', async () => {
    const { client } = newClient();
    await client.call(LIST_GROUPS);
    addFault(sandbox, { method: 'GET', path: '/api/GetRoamingProfile', kind: 'result', resultCode: '401' });
    const answer = await client.call(GET_PROFILE);
    assert.equal(codeOf(answer.json), '1204');
    assert.deepEqual(sftLog().slice(2), ['GET /api/GetRoamingProfile 200', 'GET /api/RefreshToken 200', 'GET /api/GetRoamingProfile 200']);
  });

  test('a write refused for its token is replayed once (the server refused it before processing)', async () => {
    const { client } = newClient();
    await client.call(LIST_GROUPS);
    sandbox.sft.expireAllTokens();
    const answer = await client.call({
      method: 'POST', path: '/api/createRoamingProfile',
      body: { roamingProfileInfo: { roamingProfileName: 'Replay Once', destinationGroupId: '2504', status: '1' } },
    });
    assert.equal(codeOf(answer.json), '1201');
    assert.deepEqual(sftLog().filter((line) => line.includes('createRoamingProfile')), ['POST /api/createRoamingProfile 401', 'POST /api/createRoamingProfile 200']);
  });

  test('concurrent calls with a refused token: exactly one RefreshToken request, every call answered', async () => {
    const { client } = newClient();
    await client.call(LIST_GROUPS);
    sandbox.sft.expireAllTokens();
    const answers = await Promise.all(Array.from({ length: 6 }, () => client.call(GET_PROFILE)));
    assert.deepEqual(answers.map((answer) => codeOf(answer.json)), new Array(6).fill('1204'));
    assert.equal(sftLog().filter((line) => line.startsWith('GET /api/RefreshToken')).length, 1);
    assert.equal(sftLog().filter((line) => line.startsWith('POST /api/login')).length, 1);
  });

  test('tokens about to expire are refreshed before the call, once for concurrent calls, with no 401', async () => {
    let offsetMs = 0;
    const { client } = newClient({ now: () => Date.now() + offsetMs });
    await client.call(LIST_GROUPS);
    // 30 s before the access token's end: less than a minute (and than 10% of 3600 s) is left.
    offsetMs = 3600_000 - 30_000;
    const answers = await Promise.all(Array.from({ length: 4 }, () => client.call(GET_PROFILE)));
    assert.deepEqual(answers.map((answer) => answer.status), [200, 200, 200, 200]);
    const log = sftLog();
    assert.equal(log.filter((line) => line.startsWith('GET /api/RefreshToken')).length, 1);
    assert.ok(!log.some((line) => line.endsWith(' 401')), log.join('\n'));
    assert.ok(log.indexOf('GET /api/RefreshToken 200') < log.indexOf('GET /api/GetRoamingProfile 200'), 'refreshed first');
  });

  test('a refresh token already used elsewhere (rotation) is refused: the client logs in again and replays', async () => {
    const first = newClient();
    await first.client.call(LIST_GROUPS);
    // A second window holding a copy of the same session.
    const copy = new ObservedCredentialStore(SANDBOX_PASSWORD);
    await copy.storeTokens(await first.credentials.getTokens());
    const second = newClient({ credentials: copy });
    sandbox.sft.expireAllTokens();
    await first.client.call(LIST_GROUPS); // rotates the refresh token the copy holds
    sandbox.sftServer.log.clear();
    const answer = await second.client.call(GET_PROFILE);
    assert.equal(codeOf(answer.json), '1204');
    assert.deepEqual(sftLog(), [
      'GET /api/GetRoamingProfile 401', 'GET /api/RefreshToken 401', 'POST /api/login 200', 'GET /api/GetRoamingProfile 200',
    ]);
    assert.notDeepEqual(await copy.getTokens(), await first.credentials.getTokens());
  });

  test('two windows on one credential store: the second adopts the tokens the first refreshed, no second refresh or login', async () => {
    const first = newClient();
    await first.client.call(LIST_GROUPS);
    const second = newClient({ credentials: first.credentials });
    await second.client.call(LIST_GROUPS); // reads the shared tokens
    sandbox.sft.expireAllTokens();
    await first.client.call(LIST_GROUPS); // refreshes; the refresh token the second holds is now spent
    const answer = await second.client.call(GET_PROFILE);
    assert.equal(codeOf(answer.json), '1204');
    const log = sftLog();
    assert.equal(log.filter((line) => line.startsWith('GET /api/RefreshToken')).length, 1);
    assert.equal(log.filter((line) => line.startsWith('POST /api/login')).length, 1);
    assert.deepEqual(log.slice(-2), ['GET /api/GetRoamingProfile 401', 'GET /api/GetRoamingProfile 200']);
  });

  test('stored password refused: asks with a reason, stores the new password only once it worked', async () => {
    const reasons: string[] = [];
    const passwordsWhenAsked: (string | undefined)[] = [];
    const answersToGive = ['typo-password', SANDBOX_PASSWORD];
    const credentials = new ObservedCredentialStore('old-password');
    const { client } = newClient({
      credentials,
      askPassword: async (reason) => {
        reasons.push(reason);
        passwordsWhenAsked.push(await credentials.getPassword());
        return answersToGive.shift();
      },
    });
    const answer = await client.call(LIST_GROUPS);
    assert.equal(answer.status, 200);
    assert.equal(reasons.length, 2);
    assert.match(reasons[0], /stored password for sandbox-reseller was refused by BICS SFT/);
    assert.match(reasons[1], /password entered for sandbox-reseller was refused/);
    assert.deepEqual(passwordsWhenAsked, ['old-password', 'old-password'], 'nothing stored while it did not work');
    assert.deepEqual(credentials.storedPasswords, [SANDBOX_PASSWORD]);
    assert.equal(await credentials.getPassword(), SANDBOX_PASSWORD);
    assert.deepEqual(sftLog(), ['POST /api/login 401', 'POST /api/login 401', 'POST /api/login 200', 'GET /api/GetDestinationLists 200']);
  });

  test('concurrent calls needing a password share one prompt', async () => {
    let prompts = 0;
    const { client } = newClient({ password: undefined, askPassword: async () => { prompts += 1; return SANDBOX_PASSWORD; } });
    await Promise.all([client.call(LIST_GROUPS), client.call(GET_PROFILE), client.call(LIST_GROUPS)]);
    assert.equal(prompts, 1);
    assert.equal(sftLog().filter((line) => line.startsWith('POST /api/login')).length, 1);
  });

  test('prompt cancelled: fails with kind authentication, nothing stored', async () => {
    const reasons: string[] = [];
    const { client, credentials } = newClient({ password: undefined, askPassword: async (reason) => { reasons.push(reason); return undefined; } });
    await assert.rejects(client.call(LIST_GROUPS), (error: unknown) => {
      assert.ok(error instanceof RemoteError);
      assert.equal(error.kind, 'authentication');
      assert.match(error.message, /cancelled/);
      return true;
    });
    assert.match(reasons[0], /No password is stored/);
    assert.equal(await credentials.getTokens(), undefined);
    assert.deepEqual(credentials.storedPasswords, []);
    assert.deepEqual(sftLog(), [], 'nothing was sent');
  });

  test('password refused and nobody to ask: kind authentication, and the call is never sent', async () => {
    const { client } = newClient({ password: 'wrong-password' });
    await assert.rejects(client.call(LIST_GROUPS), (error: unknown) => error instanceof RemoteError && error.kind === 'authentication');
    assert.deepEqual(sftLog(), ['POST /api/login 401']);
  });

  test('support access to a child account: the login carries targetAccountId and the session acts as the child', async () => {
    const { client } = newClient({ connection: { targetAccountId: '300' } });
    const answer = await client.call(LIST_GROUPS);
    const names = ((answer.json as { Response: { responseParam: { rows: { destinationListName: string }[] } } })
      .Response.responseParam.rows).map((row) => row.destinationListName);
    assert.deepEqual(names.sort(), ['Child Benelux', 'Child DACH']);
  });

  test('support access outside the hierarchy (403): kind permission, no prompt', async () => {
    let prompted = false;
    const { client } = newClient({ connection: { targetAccountId: '200' }, askPassword: async () => { prompted = true; return undefined; } });
    await assert.rejects(client.call(LIST_GROUPS), (error: unknown) => error instanceof RemoteError && error.kind === 'permission' && /200/.test(error.message));
    assert.equal(prompted, false);
  });

  test('sign out drops the tokens, keeps the password, and the next call logs in again', async () => {
    const { client, credentials } = newClient();
    await client.call(LIST_GROUPS);
    await client.signOut();
    assert.equal(await credentials.getTokens(), undefined);
    assert.equal(await credentials.getPassword(), SANDBOX_PASSWORD);
    await client.call(LIST_GROUPS);
    assert.equal(sftLog().filter((line) => line.startsWith('POST /api/login')).length, 2);
  });
});
