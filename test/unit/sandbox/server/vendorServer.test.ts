// The shared sandbox plumbing, exercised over real HTTP with a minimal vendor whose only job is to count
// writes: every fault kind, the admin endpoints, the request log and the malformed-body path.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseFaultFlag, parseFaultSpec } from '../../../../src/sandbox/server/faultRegistry';
import { readStateFile, writeStateFile } from '../../../../src/sandbox/server/stateFile';
import type { SandboxRequest, SandboxResponse, VendorSimulator } from '../../../../src/sandbox/server/types';
import { startVendorServer, type RunningVendorServer } from '../../../../src/sandbox/server/vendorServer';

/** A vendor that stores written names, so a test can tell whether a write was applied. */
function createCountingVendor(): VendorSimulator & { names: string[] } {
  const names: string[] = [];
  const envelope = (status: number, code: string): SandboxResponse => ({ status, body: { code } });
  return {
    vendor: 'sft',
    names,
    handle(request: SandboxRequest) {
      if (request.method === 'POST' && request.path === '/api/write') {
        names.push(String((request.body as { name?: string } | undefined)?.name));
        return envelope(200, 'written');
      }
      if (request.path === '/api/read') return { status: 200, body: { names } };
      return envelope(404, 'unknown');
    },
    malformedBodyResponse: () => envelope(400, 'malformed'),
    expiredTokenResponse: () => envelope(401, 'expired'),
    rateLimitResponse: () => ({ status: 429, headers: { 'Retry-After': '1' }, body: { code: 'slow down' } }),
    internalErrorResponse: () => envelope(500, 'internal'),
    verifyCompletionResponse: (_request, code) => envelope(200, `verify ${code}`),
    resultCodeResponse: (_request, code) => envelope(200, `result ${code}`),
    describeOutcome: (response) => (response.body as { code?: string }).code,
    exportState: () => ({ names }),
    importState: () => undefined,
    reset: () => { names.length = 0; },
    applySettings: () => undefined,
    expireAllTokens: () => undefined,
    addUser: () => undefined,
  };
}

describe('sandbox vendor server', () => {
  const vendor = createCountingVendor();
  let server: RunningVendorServer;
  const call = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${server.url}${route}`, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: response.status, headers: response.headers, text, json: json as Record<string, unknown> };
  };
  const injectFault = (fault: Record<string, unknown>) => call('POST', '/__sandbox/faults', fault);

  before(async () => { server = await startVendorServer({ simulator: vendor, host: '127.0.0.1', port: 0 }); });
  after(async () => { await server.close(); });
  beforeEach(async () => { await call('POST', '/__sandbox/reset'); });

  test('serves the vendor and logs the request', async () => {
    const written = await call('POST', '/api/write', { name: 'EU Core', password: 'hunter2' });
    assert.equal(written.status, 200);
    assert.deepEqual(vendor.names, ['EU Core']);
    const log = await call('GET', '/__sandbox/requests');
    const entries = log.json as unknown as Array<Record<string, unknown>>;
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0].body, { name: 'EU Core', password: '***' }, 'passwords never reach the log');
    assert.equal(entries[0].resultCode, 'written');
  });

  test('a body that is not JSON gets the vendor answer for it', async () => {
    const response = await fetch(`${server.url}/api/write`, { method: 'POST', body: '{not json' });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { code: 'malformed' });
    assert.deepEqual(vendor.names, []);
  });

  test('a body nested beyond any real request is malformed (400), not a stack overflow', async () => {
    const depth = 100_000;
    const response = await fetch(`${server.url}/api/write`, { method: 'POST', body: `{"name":${'['.repeat(depth)}${']'.repeat(depth)}}` });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { code: 'malformed' });
    const log = (await call('GET', '/__sandbox/requests')).json as unknown as Array<Record<string, unknown>>;
    assert.equal(log.length, 1, 'recorded, so a test can see what arrived');
    assert.deepEqual(vendor.names, []);
    assert.equal((await call('POST', '/api/write', { name: 'after' })).status, 200, 'the server still answers');
  });

  test('http500, rate-limit and expired-token faults answer as the vendor would, without applying', async () => {
    for (const [kind, status] of [['http500', 500], ['rate-limit', 429], ['expired-token', 401]] as const) {
      await injectFault({ method: 'POST', path: '/api/write', kind });
      const answer = await call('POST', '/api/write', { name: kind });
      assert.equal(answer.status, status, kind);
    }
    assert.deepEqual(vendor.names, []);
    const next = await call('POST', '/api/write', { name: 'after' });
    assert.equal(next.status, 200, 'a count-1 fault hits one request only');
  });

  test('verify-applied applies the write; verify-not-applied does not', async () => {
    await injectFault({ method: 'POST', path: '/api/write', kind: 'verify-applied', resultCode: '10239' });
    const applied = await call('POST', '/api/write', { name: 'applied' });
    assert.deepEqual(applied.json, { code: 'verify 10239' });
    await injectFault({ method: 'POST', path: '/api/write', kind: 'verify-not-applied' });
    const notApplied = await call('POST', '/api/write', { name: 'not applied' });
    assert.deepEqual(notApplied.json, { code: 'verify 10240' }, '10240 is the default code');
    assert.deepEqual(vendor.names, ['applied']);
  });

  test('result fault answers the given code without applying', async () => {
    await injectFault({ method: 'POST', path: '/api/write', kind: 'result', resultCode: '10057' });
    assert.deepEqual((await call('POST', '/api/write', { name: 'x' })).json, { code: 'result 10057' });
    assert.deepEqual(vendor.names, []);
  });

  test('drop closes the connection without an answer', async () => {
    await injectFault({ method: 'POST', path: '/api/write', kind: 'drop' });
    await assert.rejects(call('POST', '/api/write', { name: 'dropped' }));
    assert.deepEqual(vendor.names, []);
  });

  test('non-json answers 200 with an HTML body', async () => {
    await injectFault({ method: 'GET', path: '/api/read', kind: 'non-json' });
    const answer = await call('GET', '/api/read');
    assert.equal(answer.status, 200);
    assert.equal(answer.json, undefined);
    assert.match(answer.text, /<html>/);
  });

  test('slow holds the answer for the delay, then answers normally', async () => {
    await injectFault({ method: 'GET', path: '/api/read', kind: 'slow', delayMs: 300 });
    const started = process.hrtime.bigint();
    const answer = await call('GET', '/api/read');
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(answer.status, 200);
    assert.ok(elapsedMs >= 290, `answered after ${elapsedMs} ms, before the delay`);
  });

  test('a fault with count -1 stays until cleared', async () => {
    await injectFault({ method: 'GET', path: '/api/read', kind: 'http500', count: -1 });
    assert.equal((await call('GET', '/api/read')).status, 500);
    assert.equal((await call('GET', '/api/read')).status, 500);
    assert.equal((await call('DELETE', '/__sandbox/faults')).status, 200);
    assert.equal((await call('GET', '/api/read')).status, 200);
  });

  test('bad admin input is refused with a readable message', async () => {
    const answer = await injectFault({ method: 'POST', path: '/api/write', kind: 'meteor' });
    assert.equal(answer.status, 400);
    assert.match(String(answer.json.message), /unknown fault kind "meteor"/);
  });
});

describe('fault specs', () => {
  test('the command-line form names method, path, kind and argument', () => {
    assert.deepEqual(parseFaultFlag('POST /api/createRoamingProfile=verify-applied:10240'), {
      method: 'POST', path: '/api/createRoamingProfile', kind: 'verify-applied', count: -1, delayMs: undefined, resultCode: '10240',
    });
    assert.equal(parseFaultFlag('get /roaming/region=slow:2500').delayMs, 2500);
    assert.throws(() => parseFaultFlag('POST nowhere'), /METHOD PATH=KIND/);
  });

  test('verify faults only take 10239 or 10240', () => {
    assert.throws(() => parseFaultSpec({ method: 'POST', path: '/api/x', kind: 'verify-applied', resultCode: '1201' }), /10239 or 10240/);
  });
});

describe('sandbox state file', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-state-'));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('round-trips and leaves no temporary file', () => {
    const file = path.join(folder, 'state.json');
    writeStateFile(file, { a: 1 }, { b: 2 });
    assert.deepEqual(readStateFile(file), { format: 'roaming-workbench-sandbox', version: 1, sft: { a: 1 }, telecomx: { b: 2 } });
    assert.deepEqual(fs.readdirSync(folder), ['state.json']);
  });

  test('a missing file is no state; a corrupt or foreign file is refused and left untouched', () => {
    assert.equal(readStateFile(path.join(folder, 'absent.json')), undefined);
    const corrupt = path.join(folder, 'corrupt.json');
    fs.writeFileSync(corrupt, '{"format": "roaming-workbench-sandbox", ');
    assert.throws(() => readStateFile(corrupt), /not valid JSON.*left untouched/);
    assert.equal(fs.readFileSync(corrupt, 'utf8'), '{"format": "roaming-workbench-sandbox", ');
    const foreign = path.join(folder, 'foreign.json');
    fs.writeFileSync(foreign, '{"hello": "world"}');
    assert.throws(() => readStateFile(foreign), /not a Roaming Workbench sandbox state file/);
  });
});
