// Shared, short-lived reads per connection: one request per question within the lifetime, failures not kept.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApiRequest, ApiResponse } from '../../../../src/core/http/types';
import { CachedReads, ReadCache } from '../../../../src/core/platforms/readCache';
import type { ConnectionRecord } from '../../../../src/core/http/connection';
import type { PlatformClient } from '../../../../src/core/platforms/resourceKind';

const connection: ConnectionRecord = { id: 'c1', name: 'C1', platform: 'sft', baseUrl: 'http://x', username: 'u', environment: 'test', readOnly: false };

function countingClient(fail = () => false): PlatformClient & { calls: ApiRequest[] } {
  const calls: ApiRequest[] = [];
  return {
    connection,
    calls,
    async call(request) {
      calls.push(request);
      if (fail()) throw new Error('unreachable');
      return { status: 200, headers: new Map(), json: { n: calls.length }, durationMs: 1 } satisfies ApiResponse;
    },
  };
}

const get = (path: string, query?: Record<string, string | undefined>): ApiRequest => ({ method: 'GET', path, ...(query && { query }) });

describe('cached reads', () => {
  it('answers the same GET from the first request within the lifetime, asks again after it', async () => {
    let now = 0;
    const inner = countingClient();
    const client = new ReadCache(1000, () => now).wrap(inner);
    const [first, second] = await Promise.all([client.call(get('/a', { x: '1' })), client.call(get('/a', { x: '1' }))]);
    assert.equal(inner.calls.length, 1, 'one request for two questions at once');
    assert.deepEqual(first.json, second.json);
    now = 999;
    await client.call(get('/a', { x: '1', ignored: undefined }));
    assert.equal(inner.calls.length, 1);
    now = 1000;
    await client.call(get('/a', { x: '1' }));
    assert.equal(inner.calls.length, 2);
  });

  it('keeps questions apart by path and query', async () => {
    const inner = countingClient();
    const client = new ReadCache(1000, () => 0).wrap(inner);
    await client.call(get('/a', { x: '1' }));
    await client.call(get('/a', { x: '2' }));
    await client.call(get('/b', { x: '1' }));
    assert.equal(inner.calls.length, 3);
  });

  it('does not keep a failure', async () => {
    let failing = true;
    const inner = countingClient(() => failing);
    const client = new ReadCache(1000, () => 0).wrap(inner);
    await assert.rejects(client.call(get('/a')));
    failing = false;
    await client.call(get('/a'));
    assert.equal(inner.calls.length, 2);
  });

  it('a write goes through and forgets what was read', async () => {
    const inner = countingClient();
    const client = new ReadCache(1000, () => 0).wrap(inner);
    await client.call(get('/a'));
    await client.call({ method: 'POST', path: '/w', body: {} });
    await client.call(get('/a'));
    assert.deepEqual(inner.calls.map((call) => call.method), ['GET', 'POST', 'GET']);
  });

  it('per connection: forgetting one asks its remote again', async () => {
    const inner = countingClient();
    const reads = new CachedReads({ clientFor: () => inner }, 1000, () => 0);
    await reads.clientFor(connection).call(get('/a'));
    await reads.clientFor(connection).call(get('/a'));
    assert.equal(inner.calls.length, 1);
    reads.forget(connection.id);
    await reads.clientFor(connection).call(get('/a'));
    assert.equal(inner.calls.length, 2);
  });
});
