// What a call ends in when the wire misbehaves, over HTTP against the sandbox's faults: each answer becomes the
// right RemoteError kind, with a message that names the host and never a secret. Short timeouts keep it fast.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as net from 'node:net';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';
import { createPlatformClient } from '../../../../src/core/platforms/clientFactory';
import { RemoteError, type ApiRequest, type FailureKind } from '../../../../src/core/http/types';
import { sendHttp } from '../../../../src/core/http/transport';
import {
  ObservedCredentialStore, RecordingLogger, SANDBOX_PASSWORD, addFault, arrivals, resetSandbox, sftConnection, telecomxConnection, waitFor,
} from './harness';

const LIST_GROUPS: ApiRequest = { method: 'GET', path: '/api/GetDestinationLists', query: { destinationListOnly: 'TRUE' } };
const SHORT_TIMEOUT_MS = 250;
/** Longer than the short timeout, short enough that the sandbox's pending answer does not hold the run up. */
const SLOW_MS = 1200;

async function failureOf(work: Promise<unknown>): Promise<RemoteError> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof RemoteError, `expected a RemoteError, got ${String(error)}`);
    return error;
  }
  assert.fail('the call succeeded');
}

/** A port on which nothing listens: bound, noted, released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('failure kinds over HTTP', () => {
  let sandbox: RunningSandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });
  beforeEach(() => resetSandbox(sandbox));

  function newSftClient() {
    const logger = new RecordingLogger();
    const client = createPlatformClient(sftConnection(sandbox), {
      credentials: new ObservedCredentialStore(SANDBOX_PASSWORD), logger,
      timeouts: { defaultMs: SHORT_TIMEOUT_MS, longRunningMs: 5000 },
    });
    return { client, logger };
  }

  const faultCases: { fault: 'http500' | 'drop' | 'non-json'; kind: FailureKind; message: RegExp }[] = [
    { fault: 'http500', kind: 'server', message: /answered HTTP 500 \(server error\).*Internal/i },
    { fault: 'drop', kind: 'dropped', message: /closed before the answer/ },
    { fault: 'non-json', kind: 'protocol', message: /is not JSON \(HTTP 200, text\/html.*Bad Gateway/ },
  ];
  for (const { fault, kind, message } of faultCases) {
    test(`SFT ${fault} → ${kind}, logged with the failure`, async () => {
      const { client, logger } = newSftClient();
      await client.call(LIST_GROUPS);
      addFault(sandbox, { method: 'GET', path: '/api/GetDestinationLists', kind: fault });
      const error = await failureOf(client.call(LIST_GROUPS));
      assert.equal(error.kind, kind);
      assert.match(error.message, message);
      assert.ok(error.message.includes(sandbox.sftUrl), error.message);
      const last = logger.entries.at(-1);
      assert.equal(last?.failure?.startsWith(`${kind}: `), true, JSON.stringify(last));
      // Never blindly repeated: exactly one arrival of the failed request.
      assert.equal(arrivals(sandbox, 'sft').filter((entry) => entry.fault === fault).length, 1);
      assert.equal(arrivals(sandbox, 'sft').length, 3);
    });
  }

  test('a slow answer beyond the timeout → timeout, naming the host and the duration', async () => {
    const { client } = newSftClient();
    await client.call(LIST_GROUPS);
    addFault(sandbox, { method: 'GET', path: '/api/GetDestinationLists', kind: 'slow', delayMs: SLOW_MS });
    const error = await failureOf(client.call(LIST_GROUPS));
    assert.equal(error.kind, 'timeout');
    assert.equal(error.message, `No answer from ${sandbox.sftUrl} within ${SHORT_TIMEOUT_MS} ms (GET /api/GetDestinationLists).`);
  });

  test('the 180-s endpoints get the long timeout: a modify slower than the default still completes', async () => {
    const { client } = newSftClient();
    await client.call(LIST_GROUPS);
    addFault(sandbox, { method: 'POST', path: '/api/modifyDestinationGroup', kind: 'slow', delayMs: SHORT_TIMEOUT_MS * 2 });
    const answer = await client.call({
      method: 'POST', path: '/api/modifyDestinationGroup',
      body: { destinationGroupId: '2504', addTadigCodeList: [], removeTadigCodeList: [] },
    });
    assert.equal(answer.status, 200);
  });

  test('a per-request timeout wins over the client default', async () => {
    const { client } = newSftClient();
    await client.call(LIST_GROUPS);
    addFault(sandbox, { method: 'GET', path: '/api/GetDestinationLists', kind: 'slow', delayMs: SHORT_TIMEOUT_MS * 2 });
    const answer = await client.call({ ...LIST_GROUPS, timeoutMs: 5000 });
    assert.equal(answer.status, 200);
  });

  test('cancelled while in flight → cancelled, at once', async () => {
    const { client } = newSftClient();
    await client.call(LIST_GROUPS);
    addFault(sandbox, { method: 'GET', path: '/api/GetDestinationLists', kind: 'slow', delayMs: SLOW_MS });
    const cancel = new AbortController();
    const pending = failureOf(client.call({ ...LIST_GROUPS, timeoutMs: 5000 }, { signal: cancel.signal }));
    await waitFor(() => arrivals(sandbox, 'sft').some((entry) => entry.fault === 'slow'), 'the request to arrive');
    const abortedAt = Date.now();
    cancel.abort();
    const error = await pending;
    assert.equal(error.kind, 'cancelled');
    assert.ok(Date.now() - abortedAt < SLOW_MS / 2, 'did not wait for the answer');
  });

  test('a write cancelled in flight says it may have been applied', async () => {
    const { client } = newSftClient();
    await client.call(LIST_GROUPS);
    addFault(sandbox, { method: 'POST', path: '/api/deleteRoamingProfile', kind: 'slow', delayMs: SLOW_MS });
    const cancel = new AbortController();
    const pending = failureOf(client.call({ method: 'POST', path: '/api/deleteRoamingProfile', body: { roamingProfileId: '999999' }, timeoutMs: 5000 }, { signal: cancel.signal }));
    await waitFor(() => arrivals(sandbox, 'sft').some((entry) => entry.fault === 'slow'), 'the request to arrive');
    cancel.abort();
    const error = await pending;
    assert.equal(error.kind, 'cancelled');
    assert.match(error.message, /may have applied it/);
  });

  test('nothing listening at the address → unreachable, before any login can be tried', async () => {
    const port = await closedPort();
    const client = createPlatformClient(sftConnection(sandbox, { baseUrl: `http://127.0.0.1:${port}` }), {
      credentials: new ObservedCredentialStore(SANDBOX_PASSWORD), logger: new RecordingLogger(),
    });
    const error = await failureOf(client.call(LIST_GROUPS));
    assert.equal(error.kind, 'unreachable');
    assert.match(error.message, new RegExp(`Cannot reach http://127\\.0\\.0\\.1:${port}: the connection was refused`));
  });

  test('TelecomX 500 → server, with the vendor\'s description', async () => {
    const client = createPlatformClient(telecomxConnection(sandbox), {
      credentials: new ObservedCredentialStore(SANDBOX_PASSWORD), logger: new RecordingLogger(),
    });
    addFault(sandbox, { method: 'GET', path: '/roaming/region', kind: 'http500' });
    const error = await failureOf(client.call({ method: 'GET', path: '/roaming/region' }));
    assert.equal(error.kind, 'server');
    assert.equal(error.details.status, 500);
    assert.match(error.message, /An unspecified error occurred/);
  });

  test('transport alone: an already aborted signal sends nothing', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const error = await failureOf(sendHttp({ baseUrl: sandbox.sftUrl, method: 'GET', path: '/api/GetDestinationLists', timeoutMs: 1000, signal: cancel.signal }));
    assert.equal(error.kind, 'cancelled');
    assert.equal(arrivals(sandbox, 'sft').length, 0);
  });

  test('transport alone: an empty body is an answer without JSON, not a protocol failure', async () => {
    // The sandbox always answers JSON; a bare local server stands in for a 204-style empty answer.
    const { createServer } = await import('node:http');
    const server = createServer((_request, response) => { response.writeHead(200); response.end(); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as net.AddressInfo;
      const answer = await sendHttp({ baseUrl: `http://127.0.0.1:${port}`, method: 'DELETE', path: '/x', timeoutMs: 1000 });
      assert.equal(answer.status, 200);
      assert.equal(answer.json, undefined);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
