// The rate limit against the sandbox's real one: 429s (injected and real) are waited out and retried, a known
// limit produces no 429 at all, arrivals never exceed N in any sliding second, and a request cancelled while
// queued is never sent.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';
import { createPlatformClient } from '../../../../src/core/platforms/clientFactory';
import { RemoteError, type ApiRequest } from '../../../../src/core/http/types';
import {
  ObservedCredentialStore, RecordingLogger, SANDBOX_PASSWORD, addFault, arrivals, resetSandbox, sftConnection, telecomxConnection, waitFor,
} from './harness';

const LIST_GROUPS: ApiRequest = { method: 'GET', path: '/api/GetDestinationLists', query: { destinationListOnly: 'TRUE' } };
const GET_PROFILE: ApiRequest = { method: 'GET', path: '/api/GetRoamingProfile', query: { roamingProfileId: '3001' } };

/** Most arrivals the sandbox saw in any sliding 1000 ms window. */
function maxArrivalsPerSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    let j = i;
    while (j < sorted.length && sorted[j] - sorted[i] < 1000) j += 1;
    max = Math.max(max, j - i);
  }
  return max;
}

describe('rate limit over HTTP', () => {
  let sandbox: RunningSandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });
  beforeEach(() => resetSandbox(sandbox));

  function newClient(requestsPerSecond?: number) {
    const logger = new RecordingLogger();
    const client = createPlatformClient(sftConnection(sandbox), {
      credentials: new ObservedCredentialStore(SANDBOX_PASSWORD), logger, ...(requestsPerSecond && { requestsPerSecond }),
    });
    return { client, logger };
  }
  const statuses = () => arrivals(sandbox, 'sft').map((entry) => entry.status);

  test('an injected 429 is waited out (Retry-After) and the request retried; a write too', async () => {
    const { client, logger } = newClient();
    await client.call(LIST_GROUPS);
    addFault(sandbox, { method: 'POST', path: '/api/createRoamingProfile', kind: 'rate-limit' });
    const answer = await client.call({
      method: 'POST', path: '/api/createRoamingProfile',
      body: { roamingProfileInfo: { roamingProfileName: 'After 429', destinationGroupId: '2504', status: '1' } },
    });
    assert.equal((answer.json as { Response: { resultParam: { resultCode: string } } }).Response.resultParam.resultCode, '1201');
    const creates = arrivals(sandbox, 'sft').filter((entry) => entry.path === '/api/createRoamingProfile');
    assert.deepEqual(creates.map((entry) => entry.status), [429, 200]);
    const waitedMs = Date.parse(creates[1].at) - Date.parse(creates[0].at);
    assert.ok(waitedMs >= 1000, `retried after ${waitedMs} ms, Retry-After is 1 s`);
    assert.ok(logger.messages.some((message) => /429 Too Many Requests.*waiting 1 s/.test(message)));
    assert.deepEqual(logger.entries.filter((entry) => entry.path === '/api/createRoamingProfile').map((entry) => entry.attempt), [1, 2]);
  });

  test('a real burst beyond the server\'s limit: 429s are queued and retried, every call succeeds, the limit is learned', async () => {
    const { client } = newClient();
    await client.call(LIST_GROUPS); // learns 50 from the login and this answer
    assert.equal(client.requestsPerSecond, 50);
    sandbox.sft.applySettings({ tps: 3 });
    sandbox.sftServer.log.clear();
    const answers = await Promise.all(Array.from({ length: 4 }, () => client.call(GET_PROFILE)));
    assert.deepEqual(answers.map((answer) => answer.status), [200, 200, 200, 200]);
    assert.ok(statuses().includes(429), 'the burst did hit the real limit');
    assert.equal(statuses().filter((status) => status === 200).length, 4);
    assert.equal(client.requestsPerSecond, 3);
  });

  test('with the limit known, a burst causes no 429 and never more than N arrivals in any sliding second', async () => {
    resetSandbox(sandbox, 3);
    const { client } = newClient();
    assert.equal(client.requestsPerSecond, 2, 'SFT default before any answer');
    const answers = await Promise.all(Array.from({ length: 5 }, (_, index) => client.call(index % 2 ? GET_PROFILE : LIST_GROUPS)));
    assert.equal(answers.length, 5);
    assert.equal(client.requestsPerSecond, 3);
    assert.deepEqual(statuses().filter((status) => status === 429), [], 'no 429 from the real limit');
    const times = arrivals(sandbox, 'sft').map((entry) => Date.parse(entry.at));
    assert.equal(times.length, 6, 'login + 5 calls');
    assert.ok(maxArrivalsPerSecond(times) <= 3, `arrivals: ${times.map((at) => at - times[0]).join(', ')}`);
  });

  test('a request cancelled while it waits for the shared login is refused as cancelled and never sent', async () => {
    const { client } = newClient();
    const cancel = new AbortController();
    const first = client.call(LIST_GROUPS); // starts the login the next one waits for
    const queued = client.call(GET_PROFILE, { signal: cancel.signal });
    cancel.abort();
    await assert.rejects(queued, (error: unknown) => error instanceof RemoteError && error.kind === 'cancelled');
    assert.equal((await first).status, 200);
    assert.ok(!arrivals(sandbox, 'sft').some((entry) => entry.path === '/api/GetRoamingProfile'));
  });

  test('a request cancelled while queued for a rate-limit slot is refused as cancelled and never sent', async () => {
    resetSandbox(sandbox, 1);
    const { client } = newClient(1);
    await client.signIn(); // the login takes this second's slot
    const cancel = new AbortController();
    const blocker = client.call(LIST_GROUPS); // next second's
    const queued = client.call(GET_PROFILE, { signal: cancel.signal }); // the one after
    await waitFor(() => arrivals(sandbox, 'sft').length === 2, 'the blocker to arrive');
    cancel.abort();
    await assert.rejects(queued, (error: unknown) => error instanceof RemoteError && error.kind === 'cancelled');
    await blocker;
    assert.ok(!arrivals(sandbox, 'sft').some((entry) => entry.path === '/api/GetRoamingProfile'));
  });

  test('TelecomX has no limit, yet an injected 429 is still retried', async () => {
    const client = createPlatformClient(telecomxConnection(sandbox), {
      credentials: new ObservedCredentialStore(SANDBOX_PASSWORD), logger: new RecordingLogger(),
    });
    assert.equal(client.requestsPerSecond, undefined);
    addFault(sandbox, { method: 'GET', path: '/roaming/text', kind: 'rate-limit' });
    const answer = await client.call({ method: 'GET', path: '/roaming/text' });
    assert.equal(answer.status, 200);
    assert.deepEqual(arrivals(sandbox, 'telecomx').filter((entry) => entry.path === '/roaming/text').map((entry) => entry.status), [429, 200]);
  });
});
