// The generic fault kinds on TelecomX paths, injected through POST /__sandbox/faults (and the startSandbox
// option), as the README documents them. No test waits on a clock: `slow` is checked by its answer and the log.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { RunningSandbox } from '../../../../src/sandbox/index';
import { ADMIN, VIEWER } from './support/harness';
import { failureOf, startTelecomxSandbox, type TelecomxWire } from './support/telecomxWire';

describe('TelecomX faults over HTTP', () => {
  let sandbox: RunningSandbox;
  let wire: TelecomxWire;
  let admin = '';
  before(async () => ({ sandbox, wire } = await startTelecomxSandbox()));
  after(() => sandbox.close());
  beforeEach(async () => {
    await wire.admin('POST', 'reset');
    admin = await wire.login(ADMIN);
  });

  async function inject(fault: Record<string, unknown>): Promise<void> {
    const answer = await wire.admin('POST', 'faults', fault);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(typeof answer.body.id, 'string');
  }

  const listVoice = () => wire.send('GET', '/roaming/voice', { token: admin });

  test('http500 answers 500 internal_error once, then the path works again', async () => {
    await inject({ method: 'GET', path: '/roaming/voice', kind: 'http500' });
    const faulted = await listVoice();
    assert.deepEqual(faulted.body, { error: 'internal_error', message: 'An unspecified error occurred' });
    assert.equal(faulted.status, 500);
    assert.equal((await listVoice()).status, 200);
  });

  test('http500 on a write does not apply it', async () => {
    const record = (await wire.send('GET', '/roaming/text', { token: admin })).body[0];
    const path = `/roaming/text/${record._id}`;
    await inject({ method: 'DELETE', path, kind: 'http500' });
    assert.equal((await wire.send('DELETE', path, { token: admin })).status, 500);
    assert.deepEqual((await wire.send('GET', path, { token: admin })).body, record);
  });

  test('slow still answers normally, and the log marks the request', async () => {
    await inject({ method: 'GET', path: '/roaming/voice', kind: 'slow', delayMs: 20 });
    const answer = await listVoice();
    assert.equal(answer.status, 200);
    assert.ok(Array.isArray(answer.body) && answer.body.length > 0);
    const log = (await wire.admin('GET', 'requests')).body;
    const voiceRequests = log.filter((entry: { path: string }) => entry.path === '/roaming/voice');
    assert.equal(voiceRequests.at(-1).fault, 'slow');
  });

  test('drop closes the connection without an answer', async () => {
    await inject({ method: 'GET', path: '/roaming/voice', kind: 'drop' });
    await assert.rejects(listVoice());
    assert.equal((await listVoice()).status, 200);
  });

  test('non-json answers 200 with an HTML body', async () => {
    await inject({ method: 'GET', path: '/roaming/voice', kind: 'non-json' });
    const answer = await listVoice();
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(typeof answer.body, 'string');
    assert.throws(() => JSON.parse(answer.body));
  });

  test('expired-token answers 401 expired although the token is valid; the token keeps working', async () => {
    await inject({ method: 'GET', path: '/roaming/voice', kind: 'expired-token' });
    const faulted = await listVoice();
    assert.deepEqual(faulted.body, { error: 'expired', message: 'Session has expired, please login' });
    assert.equal(faulted.status, 401);
    assert.equal((await listVoice()).status, 200);
  });

  test('rate-limit answers 429 although TelecomX has no limit of its own', async () => {
    await inject({ method: 'GET', path: '/roaming/voice', kind: 'rate-limit' });
    assert.deepEqual(failureOf(await listVoice()), { status: 429, error: 'rate_limited' });
  });

  test('a fault matches its method and exact path only; count -1 holds until cleared', async () => {
    await inject({ method: 'GET', path: '/roaming/voice', kind: 'http500', count: -1 });
    assert.equal((await wire.send('GET', '/roaming/text', { token: admin })).status, 200);
    assert.equal((await wire.send('POST', '/roaming/voice', { token: admin, body: {} })).status, 422);
    assert.equal((await listVoice()).status, 500);
    assert.equal((await listVoice()).status, 500);
    await wire.admin('DELETE', 'faults');
    assert.equal((await listVoice()).status, 200);
  });

  test('the login path can be faulted too', async () => {
    await inject({ method: 'POST', path: '/auth/login', kind: 'http500' });
    await assert.rejects(wire.login(VIEWER), /500/);
    assert.equal(typeof (await wire.login(VIEWER)), 'string');
  });
});

describe('TelecomX faults given to startSandbox', () => {
  test('a fault on a non-/api/ path goes to the TelecomX server', async () => {
    const { sandbox, wire } = await startTelecomxSandbox({ faults: [{ method: 'GET', path: '/roaming/data', kind: 'http500', count: 1 }] });
    try {
      const token = await wire.login(ADMIN);
      assert.equal((await wire.send('GET', '/roaming/data', { token })).status, 500);
      assert.equal((await wire.send('GET', '/roaming/data', { token })).status, 200);
    } finally {
      await sandbox.close();
    }
  });
});

describe('TelecomX state in the --data file', () => {
  test('survives a restart; tokens do not', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'telecomx-data-'));
    const dataFile = join(folder, 'state.json');
    try {
      const first = await startTelecomxSandbox({ dataFile });
      const token = await first.wire.login(ADMIN);
      const created = await first.wire.send('POST', '/roaming/region', {
        token,
        body: { names: [{ language: 'eng', text: 'Kept' }], network: 'TDC' },
      });
      assert.equal(created.status, 200);
      await first.sandbox.close();

      const second = await startTelecomxSandbox({ dataFile });
      try {
        assert.deepEqual(failureOf(await second.wire.send('GET', '/roaming/region', { token })), { status: 401, error: 'credentials_invalid' });
        const fresh = await second.wire.login(ADMIN);
        const kept = await second.wire.send('GET', `/roaming/region/${created.body._id}`, { token: fresh });
        assert.deepEqual(kept.body, created.body);
      } finally {
        await second.sandbox.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

test('a --data file with corrupt TelecomX state is refused with a message that says what is wrong', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'telecomx-data-'));
  const dataFile = join(folder, 'state.json');
  try {
    const { sandbox } = await startTelecomxSandbox({ dataFile });
    await sandbox.close();
    const saved = JSON.parse(readFileSync(dataFile, 'utf8'));
    saved.telecomx.regions[0].names = [];
    writeFileSync(dataFile, JSON.stringify(saved));
    await assert.rejects(startTelecomxSandbox({ dataFile }), /Invalid TelecomX sandbox state: regions\[0\].*names/);
    assert.deepEqual(JSON.parse(readFileSync(dataFile, 'utf8')), saved, 'the file is left untouched');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
