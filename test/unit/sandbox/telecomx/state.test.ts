import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTelecomxSimulator } from '../../../../src/sandbox/telecomx';
import { ADMIN, TelecomxHarness, type Json } from './support/harness';

/** The exported state, as plain JSON the tests may edit. */
function exported(sandbox: TelecomxHarness): Json {
  return JSON.parse(JSON.stringify(sandbox.simulator.exportState()));
}

function pricesInOrder(prices: Json, triples: [string, string, string][]): void {
  for (const [cost, wholesale, price] of triples) {
    if (!(cost in prices)) continue;
    assert.ok(prices[cost] <= prices[wholesale] && prices[wholesale] <= prices[price], JSON.stringify(prices));
  }
}

const VOICE_TRIPLES: [string, string, string][] = [
  ['connectionFeeCost', 'connectionFeeWholesale', 'connectionFee'],
  ['rateCost', 'rateWholesale', 'rate'],
];
const PLAIN_TRIPLE: [string, string, string][] = [['cost', 'wholesale', 'price']];

describe('TelecomX seed', () => {
  test('is the same on every run', () => {
    assert.deepEqual(exported(new TelecomxHarness()), exported(new TelecomxHarness()));
    assert.deepEqual(exported(new TelecomxHarness({ size: 'large' })), exported(new TelecomxHarness({ size: 'large' })));
  });

  test('each network has one homeland, one roam-like-home region and world zones, named in dan and eng', () => {
    const { regions } = exported(new TelecomxHarness());
    for (const network of ['TELENOR', 'TDC']) {
      const own = regions.filter((region: Json) => region.network === network);
      assert.equal(own.filter((region: Json) => region.homeland).length, 1);
      assert.equal(own.filter((region: Json) => region.roamLikeHome).length, 1);
      const englishNames = own.map((region: Json) => region.names.find((name: Json) => name.language === 'eng').text);
      assert.ok(englishNames.includes('Denmark'));
      for (const world of ['World 1', 'World 2', 'World 3', 'Rest of Europe']) assert.ok(englishNames.includes(world), world);
      for (const region of own) assert.deepEqual(region.names.map((name: Json) => name.language), ['dan', 'eng']);
    }
  });

  test('every region carries SMS, data and voice prices, outbound only to its own network, cost ≤ wholesale ≤ price', () => {
    const { regions } = exported(new TelecomxHarness());
    const networkOf = new Map(regions.map((region: Json) => [region._id, region.network]));
    for (const region of regions) {
      pricesInOrder(region.sms, PLAIN_TRIPLE);
      pricesInOrder(region.data, PLAIN_TRIPLE);
      pricesInOrder(region.voice.inbound, VOICE_TRIPLES);
      assert.ok(region.voice.outbound.length > 1);
      for (const entry of region.voice.outbound) {
        assert.equal(networkOf.get(entry._id), region.network);
        pricesInOrder(entry, VOICE_TRIPLES);
      }
    }
  });

  test('zone prices cover voice IN and OUT, text and data for every staying region, in price order', () => {
    const state = exported(new TelecomxHarness());
    const staying = ['NORDIC', 'EU', 'REST_OF_EUROPE', 'WORLD1', 'WORLD2', 'WORLD3'];
    for (const zone of staying) {
      assert.ok(state.voice.some((record: Json) => record.stayingRegion === zone && record.direction === 'IN'), zone);
      assert.ok(state.voice.some((record: Json) => record.stayingRegion === zone && record.calledRegion === 'HOMELAND'), zone);
      assert.equal(state.text.filter((record: Json) => record.stayingRegion === zone).length, 1);
      assert.equal(state.data.filter((record: Json) => record.stayingRegion === zone).length, 1);
    }
    for (const record of state.voice) pricesInOrder(record, VOICE_TRIPLES);
    for (const record of [...state.text, ...state.data]) pricesInOrder(record, PLAIN_TRIPLE);
  });

  test('large has 1,000 regions with unique ids, still one homeland and one roam-like-home per network', () => {
    const { regions } = exported(new TelecomxHarness({ size: 'large' }));
    assert.equal(regions.length, 1000);
    assert.equal(new Set(regions.map((region: Json) => region._id)).size, 1000);
    assert.equal(regions.filter((region: Json) => region.homeland).length, 2);
    assert.equal(regions.filter((region: Json) => region.roamLikeHome).length, 2);
  });

  test('large is served by the list with paging', async () => {
    const sandbox = new TelecomxHarness({ size: 'large' });
    const admin = await sandbox.login(ADMIN);
    const page = await sandbox.call('GET', '/roaming/region', { token: admin, query: { offset: '990', limit: '500' } });
    assert.equal(page.body.total, 1000);
    assert.equal(page.body.regions.length, 10);
  });
});

describe('TelecomX state export and import', () => {
  test('round-trips through JSON, changes included, and new ids continue after the imported ones', async () => {
    const source = new TelecomxHarness();
    const admin = await source.login(ADMIN);
    const created = await source.call('POST', '/roaming/data', { token: admin, body: { stayingRegion: 'EU', cost: 1, wholesale: 2, price: 3 } });
    assert.equal(created.status, 409, 'seeded already');
    const text = (await source.call('GET', '/roaming/text', { token: admin })).body[0];
    await source.call('POST', `/roaming/text/${text._id}`, { token: admin, body: { price: 9.99 } });
    const saved = exported(source);

    const target = new TelecomxHarness();
    target.simulator.importState(saved);
    assert.deepEqual(exported(target), saved);
    const targetAdmin = await target.login(ADMIN);
    assert.equal((await target.call('GET', `/roaming/text/${text._id}`, { token: targetAdmin })).body.price, 9.99);

    const region = await target.call('POST', '/roaming/region', { token: targetAdmin, body: { names: [{ language: 'eng', text: 'New' }], network: 'TDC' } });
    const sourceRegion = await source.call('POST', '/roaming/region', { token: admin, body: { names: [{ language: 'eng', text: 'New' }], network: 'TDC' } });
    assert.equal(region.body._id, sourceRegion.body._id, 'the id counter travels with the state');
  });

  test('keeps issued tokens (they are not part of the state)', async () => {
    const sandbox = new TelecomxHarness();
    const admin = await sandbox.login(ADMIN);
    sandbox.simulator.importState(exported(new TelecomxHarness()));
    assert.equal((await sandbox.call('GET', '/roaming/voice', { token: admin })).status, 200);
    assert.equal('tokens' in exported(sandbox), false);
  });

  test('refuses input the API could not have produced, naming the problem, and keeps the current state', () => {
    const sandbox = new TelecomxHarness();
    const good = exported(sandbox);
    const edited = (edit: (state: Json) => void): Json => {
      const copy = structuredClone(good);
      edit(copy);
      return copy;
    };
    const cases: [unknown, RegExp][] = [
      ['not an object', /expected a JSON object/],
      [edited((state) => { state.version = 2; }), /"version" must be 1/],
      [edited((state) => { state.nextIdNumber = -1; }), /nextIdNumber/],
      [edited((state) => { state.regions = {}; }), /"regions" must be a list/],
      [edited((state) => { state.regions[0]._id = 'XYZ'; }), /regions\[0\].*"_id"/],
      [edited((state) => { state.voice[0]._id = state.regions[0]._id; }), /voice\[0\].*used twice/],
      [edited((state) => { state.regions[3].homeland = true; }), /regions\[\d+\].*homeland/],
      [edited((state) => { state.regions[0].names.push({ language: 'dan', text: 'Igen' }); }), /names\.language: Only one localisation/],
      [edited((state) => { state.regions[1].voice.outbound[0]._id = 'ffffffffffffffffffffffff'; }), /voice\.outbound\._id/],
      [edited((state) => { state.text.push({ ...state.text[0], _id: 'eeeeeeeeeeeeeeeeeeeeeeee' }); }), /text\[\d+\].*same zone/],
      [edited((state) => { state.data[0].price = '1'; }), /data\[0\].*price/],
      [edited((state) => { delete state.voice; }), /"voice" must be a list/],
    ];
    for (const [input, message] of cases) {
      assert.throws(() => sandbox.simulator.importState(input), (error: Error) => {
        assert.match(error.message, /^Invalid TelecomX sandbox state: /);
        assert.match(error.message, message);
        return true;
      });
    }
    assert.deepEqual(exported(sandbox), good);
  });

  test('reset goes back to the seed after changes', async () => {
    const sandbox = new TelecomxHarness();
    const seed = exported(sandbox);
    const admin = await sandbox.login(ADMIN);
    const record = (await sandbox.call('GET', '/roaming/data', { token: admin })).body[0];
    await sandbox.call('DELETE', `/roaming/data/${record._id}`, { token: admin });
    assert.notDeepEqual(exported(sandbox), seed);
    sandbox.simulator.reset();
    assert.deepEqual(exported(sandbox), seed);
  });

  test('the factory refuses a token lifetime that is not a positive number', () => {
    assert.throws(() => createTelecomxSimulator({ size: 'small', tokenTtlMinutes: -15 }), /tokenTtlMinutes/);
  });
});
