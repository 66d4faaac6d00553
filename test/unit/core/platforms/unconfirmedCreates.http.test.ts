// The editor's memory of creates whose answer never came: the next save of the same draft finds the object if it
// landed, waits while it still may, and creates only once the wait is over — on the real sandbox.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { UnconfirmedCreates } from '../../../../src/core/documents/unconfirmedCreates';
import { regionKind, type RegionDocument } from '../../../../src/core/platforms/telecomx/region';
import { UNCONFIRMED_WRITE_WAIT_MS } from '../../../../src/core/platforms/verifiedWrite';
import { SandboxHarness } from './support/sandboxClients';

let harness: SandboxHarness;
before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); });
beforeEach(() => harness.reset());

const DRAFT = 'roaming:/sandbox-telecomx/regions/new-1.region.json';
const REGION: RegionDocument = {
  names: [{ language: 'eng', text: 'Pending Zone' }, { language: 'dan', text: 'Ventende zone' }],
  network: 'TDC', homeland: false, roamLikeHome: false, sms: { cost: 0.1, wholesale: 0.2, price: 0.3 },
};

describe('unconfirmed creates from the editor', () => {
  it('a draft never pushed, or pushed with a clear answer, is sent', async () => {
    const creates = new UnconfirmedCreates();
    assert.deepEqual(await creates.beforeCreate(DRAFT, harness.telecomx, regionKind, REGION), { verdict: 'send' });
  });

  it('after an unconfirmed create: wait while nothing is there, open it once it landed, send again after the wait', async () => {
    let now = Date.parse('2026-12-01T10:00:00Z');
    const creates = new UnconfirmedCreates(() => now);
    creates.record(DRAFT, regionKind);

    now += 60_000;
    const waiting = await creates.beforeCreate(DRAFT, harness.telecomx, regionKind, REGION);
    assert.equal(waiting.verdict, 'wait');
    assert.equal(waiting.verdict === 'wait' && waiting.waitUntil.getTime(), Date.parse('2026-12-01T10:00:00Z') + UNCONFIRMED_WRITE_WAIT_MS);

    const late = await regionKind.execute(harness.telecomx, regionKind.planCreate(REGION), REGION);
    assert.deepEqual(await creates.beforeCreate(DRAFT, harness.telecomx, regionKind, REGION), { verdict: 'landed', id: late.id });
    assert.deepEqual(await creates.beforeCreate(DRAFT, harness.telecomx, regionKind, REGION), { verdict: 'send' }, 'found once: forgotten');

    creates.record(DRAFT, regionKind);
    now += UNCONFIRMED_WRITE_WAIT_MS + 1;
    const other = { ...REGION, names: [{ language: 'eng', text: 'Never Landed' }, { language: 'dan', text: 'Aldrig' }] };
    assert.deepEqual(await creates.beforeCreate(DRAFT, harness.telecomx, regionKind, other), { verdict: 'send' });
  });
});
