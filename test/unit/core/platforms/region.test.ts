import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RemoteError } from '../../../../src/core/http/types';
import { regionKind, type Region, type RegionDocument } from '../../../../src/core/platforms/telecomx/region';
import { CannedClient, jsonAnswer } from './support/cannedClient';

const OTHER = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const THIRD = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const inbound = { connectionFeeCost: 0.1, connectionFeeWholesale: 0.2, connectionFee: 0.25, rateCost: 0.1, rateWholesale: 0.15, rate: 0.18 };

// A region as the sandbox answers it (keys deliberately out of order, as a server may send them).
const SANDBOX_REGION = {
  voice: { outbound: [{ _id: OTHER, ...inbound }, { _id: THIRD, ...inbound }], inbound },
  _id: '65c3a0000000000000000002',
  network: 'TELENOR',
  names: [{ language: 'dan', text: 'EU & Vest-Europa' }, { language: 'eng', text: 'EU & Western Europe' }],
  homeland: false,
  roamLikeHome: true,
  notes: 'EU and EEA',
  sms: { price: 0.07, cost: 0.05, wholesale: 0.06 },
  data: { cost: 0.078, wholesale: 0.082, price: 0.09 },
};

async function remoteRegion(): Promise<Region> {
  const page = await regionKind.list(new CannedClient([jsonAnswer({ offset: 0, limit: 1, total: 3, regions: [SANDBOX_REGION] })], 'telecomx'), { limit: 1 });
  assert.equal(page.total, 3);
  assert.equal(page.nextOffset, 1);
  return page.items[0];
}

const codesOf = (document: RegionDocument, remote?: Region): (string | undefined)[] =>
  regionKind.checkDocument(document, remote).map((problem) => problem.code);

describe('region kind', () => {
  it('pages on the server with offset, limit and filter', async () => {
    const client = new CannedClient([jsonAnswer({ offset: 100, limit: 100, total: 120, regions: [] })], 'telecomx');
    const page = await regionKind.list(client, { filter: 'eu', offset: 100 });
    assert.equal(regionKind.pagedRemotely, true);
    assert.deepEqual(client.sent[0].query, { offset: '100', limit: '100', filter: 'eu' });
    assert.equal(page.nextOffset, undefined);
  });

  it('makes a document in the contract\'s key order, prices cost → wholesale → price', async () => {
    const document = regionKind.toDocument(await remoteRegion());
    assert.deepEqual(Object.keys(document), ['names', 'network', 'homeland', 'roamLikeHome', 'notes', 'sms', 'data', 'voice']);
    assert.deepEqual(Object.keys(document.sms ?? {}), ['cost', 'wholesale', 'price']);
    assert.deepEqual(Object.keys(document.voice ?? {}), ['inbound', 'outbound']);
    assert.equal('_id' in document, false);
  });

  it('plans nothing for an unchanged region, even with outbound prices in another order', async () => {
    const remote = await remoteRegion();
    const document = regionKind.toDocument(remote);
    assert.equal(regionKind.planUpdate(remote._id, remote, document), undefined);
    const reordered = { ...document, voice: { ...document.voice, outbound: [...(document.voice?.outbound ?? [])].reverse() } };
    assert.equal(regionKind.planUpdate(remote._id, remote, reordered), undefined);
  });

  it('sends only the changed top-level fields, and null for a removed optional one', async () => {
    const remote = await remoteRegion();
    const { notes: _dropped, ...document } = regionKind.toDocument(remote);
    const plan = regionKind.planUpdate(remote._id, remote, { ...document, sms: { cost: 0.05, wholesale: 0.06, price: 0.08 } });
    assert.deepEqual(plan?.requests, [{ method: 'POST', path: `/roaming/region/${remote._id}`, body: { notes: null, sms: { cost: 0.05, wholesale: 0.06, price: 0.08 } } }]);
    assert.equal(plan?.summary, 'Change notes, sms of region "EU & Western Europe"');
  });

  it('refuses changing the network of an existing region before sending', async () => {
    const remote = await remoteRegion();
    assert.throws(
      () => regionKind.planUpdate(remote._id, remote, { ...regionKind.toDocument(remote), network: 'TDC' }),
      (error: unknown) => error instanceof RemoteError && error.kind === 'refused' && error.pointer === '/network',
    );
  });

  it('refuses homeland with roam-like-home, and a language named twice', () => {
    const names = [{ language: 'eng', text: 'A' }, { language: 'dan', text: 'B' }, { language: 'eng', text: 'C' }];
    const problems = regionKind.checkDocument({ names, network: 'TDC', homeland: true, roamLikeHome: true }, undefined);
    assert.deepEqual(problems.map((problem) => [problem.code, problem.pointer, problem.severity]), [
      ['names-duplicate-language', '/names/2/language', 'error'],
      ['homeland-roamLikeHome', '/roamLikeHome', 'error'],
    ]);
  });

  it('warns when cost ≤ wholesale ≤ price is broken and refuses negative prices, in sms, data and every voice price', () => {
    const document: RegionDocument = {
      names: [{ language: 'eng', text: 'X' }], network: 'TDC', homeland: false, roamLikeHome: false,
      sms: { cost: 0.1, wholesale: 0.05, price: 0.2 },
      data: { cost: 0.01, wholesale: 0.03, price: 0.02 },
      voice: { inbound: { ...inbound, rate: -1 }, outbound: [{ _id: OTHER, ...inbound, connectionFee: 0.1 }] },
    };
    const problems = regionKind.checkDocument(document, undefined).map((problem) => [problem.pointer, problem.severity, problem.code]);
    assert.deepEqual(problems, [
      ['/sms/wholesale', 'warning', 'price-order'],
      ['/data/price', 'warning', 'price-order'],
      ['/voice/inbound/rate', 'error', 'price-negative'],
      ['/voice/inbound/rate', 'warning', 'price-order'],
      ['/voice/outbound/0/connectionFee', 'warning', 'price-order'],
    ]);
    assert.deepEqual(codesOf({ ...document, sms: undefined, data: undefined, voice: undefined }), []);
  });

  it('labels a region by its English name, else the first one', async () => {
    const remote = await remoteRegion();
    assert.equal(regionKind.nameOf(remote), 'EU & Western Europe');
    assert.equal(regionKind.nameOf({ ...remote, names: [{ language: 'dan', text: 'Danmark' }] }), 'Danmark');
    const shown = regionKind.present(remote);
    assert.match(shown.description ?? '', /^TELENOR · roam like home · .* · 65c3a0000000000000000002$/);
    assert.match(shown.tooltip, /SMS: 0\.07 \(cost 0\.05, margin 0\.02 = 28\.6 %\)/);
  });

  it('treats a 404 and an impossible id as "no such region"', async () => {
    assert.equal(await regionKind.get(new CannedClient([jsonAnswer({ error: 'id', message: 'Roaming region not found' }, 404)], 'telecomx'), 'c'.repeat(24)), undefined);
    assert.equal(await regionKind.get(new CannedClient([], 'telecomx'), 'not-an-id'), undefined);
  });
});
