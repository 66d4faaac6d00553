// A write whose answer never came is "unknown" until proven otherwise: the vendor may finish it after the client
// gave up. A create that times out and then reads back as "not there yet" must not be reported as "not applied",
// a re-run must wait for (or find) the earlier write instead of creating a second object, and two remote objects
// with the name of one file are a conflict.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, exportFolder, planExitCode, planFolder, readManifest } from '../../../../src/core/configAsCode';
import { UNCONFIRMED_WRITE_WAIT_MS } from '../../../../src/core/platforms/verifiedWrite';
import { InMemoryCredentialStore } from '../../../../src/core/http/credentials';
import { silentLogger } from '../../../../src/core/http/types';
import { createPlatformClient, type ConnectedClient } from '../../../../src/core/platforms/clientFactory';
import { regionKind, type RegionDocument } from '../../../../src/core/platforms/telecomx/region';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { removeTemporaryFolders, temporaryFolder, writeJson } from './support/folders';
import { objectsNamed, writePaths } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const CLIENT_TIMEOUT_MS = 300;
/** The vendor finishes the create this long after it arrived: well after the client gave up. */
const LATE_WRITE_MS = 1_200;
const FILE = 'regions/Late Zone.region.json';
const LATE_ZONE: RegionDocument = {
  names: [{ language: 'eng', text: 'Late Zone' }, { language: 'dan', text: 'Sen zone' }],
  network: 'TDC', homeland: false, roamLikeHome: false, sms: { cost: 0.1, wholesale: 0.2, price: 0.3 },
};

/** A client that gives up on an answer quickly, as one that waited 30 s for a vendor taking 38 s would. */
function impatientClient(): ConnectedClient {
  return createPlatformClient(
    { id: 'impatient', name: 'Impatient TelecomX', platform: 'telecomx', baseUrl: harness.sandbox.telecomxUrl, username: 'admin@sandbox.example', environment: 'sandbox', readOnly: false },
    { credentials: new InMemoryCredentialStore('sandbox'), logger: silentLogger, timeouts: { defaultMs: CLIENT_TIMEOUT_MS, longRunningMs: CLIENT_TIMEOUT_MS }, requestsPerSecond: 1000 },
  );
}

async function folderWithNewRegion(label: string): Promise<string> {
  const folder = temporaryFolder(label);
  await exportFolder(harness.telecomx, { folder, kinds: ['region'] });
  writeJson(folder, FILE, LATE_ZONE);
  return folder;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('unclear writes: a timed-out create is unknown until proven otherwise', () => {
  it('a create answered too late is unknown; a re-run waits for it, then records it: one region, not two', async () => {
    const folder = await folderWithNewRegion('late-create');
    const client = impatientClient();
    await harness.addFault('telecomx', { method: 'POST', path: '/roaming/region', kind: 'slow', delayMs: LATE_WRITE_MS });
    const first = await applyPlan(client, await planFolder(client, { folder }));
    assert.deepEqual(first.report.steps.map((step) => step.status), ['unknown'], first.report.steps[0]?.message);
    assert.match(first.report.steps[0].message, /may still be created/);
    assert.ok(readManifest(folder)?.unconfirmedCreates?.[FILE], 'the manifest remembers the unconfirmed create');

    // At once: the late write has not landed; the plan waits instead of creating a second region.
    const waiting = await planFolder(harness.telecomx, { folder });
    const entry = waiting.entries.find((item) => item.file === FILE);
    assert.equal(entry?.action, 'conflict', entry?.summary);
    assert.match(entry?.summary ?? '', /may still land/);
    assert.equal(planExitCode(waiting), 1);

    await sleep(LATE_WRITE_MS + 300);
    const found = await planFolder(harness.telecomx, { folder });
    assert.equal(found.entries.find((item) => item.file === FILE)?.action, 'adopt');
    await applyPlan(harness.telecomx, found);
    assert.equal(readManifest(folder)?.unconfirmedCreates, undefined, 'recorded: nothing unconfirmed any more');
    assert.equal((await objectsNamed(harness.telecomx, regionKind, 'Late Zone')).length, 1);
    assert.equal(planExitCode(await planFolder(harness.telecomx, { folder })), 0);
  });

  it('a create whose connection dropped is unknown; only after the wait does a plan create it again', async () => {
    const folder = await folderWithNewRegion('dropped-create');
    await harness.addFault('telecomx', { method: 'POST', path: '/roaming/region', kind: 'drop' });
    const first = await applyPlan(harness.telecomx, await planFolder(harness.telecomx, { folder }));
    assert.equal(first.report.steps[0].status, 'unknown');
    const sentAt = Date.parse(readManifest(folder)?.unconfirmedCreates?.[FILE]?.sentAt ?? '');

    const soon = await planFolder(harness.telecomx, { folder, now: () => new Date(sentAt + UNCONFIRMED_WRITE_WAIT_MS - 1_000) });
    assert.equal(soon.entries.find((item) => item.file === FILE)?.action, 'conflict');
    await harness.clearRequests('telecomx');
    const later = await planFolder(harness.telecomx, { folder, now: () => new Date(sentAt + UNCONFIRMED_WRITE_WAIT_MS + 1_000) });
    const create = later.entries.find((item) => item.file === FILE);
    assert.equal(create?.action, 'create');
    assert.match(create?.summary ?? '', /again: the create sent at .* had no clear answer/);
    await applyPlan(harness.telecomx, later);
    assert.deepEqual(await writePaths(harness, 'telecomx'), ['POST /roaming/region']);
    assert.equal((await objectsNamed(harness.telecomx, regionKind, 'Late Zone')).length, 1);
  });

  it('two remote regions with the name of one file are a conflict, tracked or new', async () => {
    const folder = await folderWithNewRegion('duplicates');
    const created = await regionKind.execute(harness.telecomx, regionKind.planCreate(LATE_ZONE), LATE_ZONE);
    await regionKind.execute(harness.telecomx, regionKind.planCreate(LATE_ZONE), LATE_ZONE);
    const asNew = await planFolder(harness.telecomx, { folder });
    assert.equal(asNew.entries.find((item) => item.file === FILE)?.action, 'conflict');
    assert.match(asNew.entries.find((item) => item.file === FILE)?.summary ?? '', /2 regions named "Late Zone"/);
    assert.equal(planExitCode(asNew), 1);

    // Tracked: the manifest knows one of them; the other is a duplicate the file cannot tell apart.
    const tracked = temporaryFolder('duplicates-tracked');
    await exportFolder(harness.telecomx, { folder: tracked, kinds: ['region'], ids: [created.id as string] });
    const plan = await planFolder(harness.telecomx, { folder: tracked });
    const entry = plan.entries.find((item) => item.id === created.id);
    assert.equal(entry?.action, 'conflict', entry?.summary);
    assert.match(entry?.summary ?? '', /holds another one \(id [0-9a-f]{24}\) with the same name/);
    assert.equal(planExitCode(plan), 1);
  });
});
