// The four TelecomX kinds over HTTP against the sandbox, through the shared client.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { RemoteError } from '../../../../src/core/http/types';
import { dataPriceKind } from '../../../../src/core/platforms/telecomx/dataPrice';
import { regionKind, type RegionDocument } from '../../../../src/core/platforms/telecomx/region';
import { textPriceKind } from '../../../../src/core/platforms/telecomx/textPrice';
import { voicePriceKind } from '../../../../src/core/platforms/telecomx/voicePrice';
import { SandboxHarness } from './support/sandboxClients';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(() => harness.close());
beforeEach(() => harness.reset());

describe('TelecomX regions over HTTP', () => {
  it('pages on the server and filters by name', async () => {
    const first = await regionKind.list(harness.telecomx, { limit: 5 });
    assert.equal(first.items.length, 5);
    assert.equal(first.nextOffset, 5);
    assert.ok((first.total ?? 0) > 5);
    const rest = await regionKind.list(harness.telecomx, { offset: first.nextOffset, limit: 500 });
    assert.equal(rest.nextOffset, undefined);
    assert.equal(first.items.length + rest.items.length, first.total);
    const filtered = await regionKind.list(harness.telecomx, { filter: 'denmark' });
    assert.deepEqual(filtered.items.map((region) => regionKind.nameOf(region)), ['Denmark', 'Denmark']);
  });

  it('creates, updates only the changed fields, and deletes', async () => {
    const client = harness.telecomx;
    const document: RegionDocument = {
      names: [{ language: 'eng', text: 'Antarctica' }], network: 'TELENOR', homeland: false, roamLikeHome: false,
      notes: 'research stations', data: { cost: 1, wholesale: 2, price: 3 },
    };
    const created = await regionKind.execute(client, regionKind.planCreate(document), document);
    assert.equal(created.status, 'applied');
    const remote = await regionKind.get(client, created.id ?? '');
    assert.ok(remote);
    assert.deepEqual(regionKind.toDocument(remote), document);

    const edited: RegionDocument = { ...document, notes: undefined, names: [...document.names, { language: 'dan', text: 'Antarktis' }] };
    await harness.clearRequests('telecomx');
    const plan = regionKind.planUpdate(remote._id, remote, edited);
    assert.ok(plan);
    assert.equal((await regionKind.execute(client, plan, edited)).status, 'applied');
    const [write] = await harness.writes('telecomx');
    assert.deepEqual(write.body, { names: edited.names, notes: null });
    const updated = await regionKind.get(client, remote._id);
    assert.ok(updated);
    assert.equal(regionKind.planUpdate(remote._id, updated, edited), undefined, 'the remote now holds the document');

    assert.equal((await regionKind.execute(client, regionKind.planDelete(remote._id, updated), undefined)).status, 'applied');
    assert.equal(await regionKind.get(client, remote._id), undefined);
  });

  it('passes the vendor\'s field refusal through with a pointer into the document', async () => {
    const document: RegionDocument = { names: [{ language: 'eng', text: 'Second home' }], network: 'TELENOR', homeland: true, roamLikeHome: false };
    await assert.rejects(regionKind.execute(harness.telecomx, regionKind.planCreate(document), document), (error: unknown) => {
      assert.ok(error instanceof RemoteError);
      assert.equal(error.kind, 'refused');
      assert.equal(error.code, '422 homeland');
      assert.equal(error.pointer, '/homeland');
      assert.match(error.message, /already a region.*homeland.* — only one region per network/);
      return true;
    });
  });

  it('refuses deleting a region other regions call, saying why', async () => {
    const denmark = (await regionKind.list(harness.telecomx, { filter: 'Denmark' })).items[0];
    await assert.rejects(regionKind.execute(harness.telecomx, regionKind.planDelete(denmark._id, denmark), undefined), (error: unknown) =>
      error instanceof RemoteError && error.kind === 'refused' && error.code === '409 id' && /voice\.outbound/.test(error.message));
  });
});

describe('TelecomX zone prices over HTTP', () => {
  it('lists voice prices of both directions', async () => {
    const items = (await voicePriceKind.list(harness.telecomx, {})).items;
    assert.ok(items.some((price) => price.direction === 'IN'));
    assert.ok(items.some((price) => price.direction === 'OUT'));
    assert.ok(items.every((price) => (price.direction === 'IN') === (price.calledRegion === undefined)));
  });

  it('voice: deletes an entry, creates it again with every field, updates one price', async () => {
    const client = harness.telecomx;
    const existing = (await voicePriceKind.list(client, {})).items.find((price) => price.direction === 'IN' && price.stayingRegion === 'WORLD2');
    assert.ok(existing);
    const document = voicePriceKind.toDocument(existing);
    assert.equal((await voicePriceKind.execute(client, voicePriceKind.planDelete(existing._id, existing), undefined)).status, 'applied');
    assert.equal(await voicePriceKind.get(client, existing._id), undefined);

    const created = await voicePriceKind.execute(client, voicePriceKind.planCreate(document), document);
    assert.equal(created.status, 'applied');
    const remote = await voicePriceKind.get(client, created.id ?? '');
    assert.ok(remote);
    assert.deepEqual(voicePriceKind.toDocument(remote), document);

    await harness.clearRequests('telecomx');
    const edited = { ...document, rate: 2.5 };
    assert.equal((await voicePriceKind.execute(client, voicePriceKind.planUpdate(remote._id, remote, edited)!, edited)).status, 'applied');
    assert.deepEqual((await harness.writes('telecomx')).map((write) => write.body), [{ rate: 2.5 }]);
    assert.equal((await voicePriceKind.get(client, remote._id))?.rate, 2.5);
  });

  it('text and data: read, update, and the one-per-zone rule from the vendor', async () => {
    for (const kind of [textPriceKind, dataPriceKind]) {
      const client = harness.telecomx;
      const [first] = (await kind.list(client, {})).items;
      const remote = await kind.get(client, first._id);
      assert.ok(remote);
      const edited = { ...kind.toDocument(remote), price: 1.23 };
      assert.equal((await kind.execute(client, kind.planUpdate(remote._id, remote, edited)!, edited)).status, 'applied', kind.slug);
      assert.equal((await kind.get(client, remote._id))?.price, 1.23);
      const duplicate = kind.toDocument(remote);
      await assert.rejects(kind.execute(client, kind.planCreate(duplicate), duplicate), (error: unknown) =>
        error instanceof RemoteError && error.code === '409 stayingRegion' && error.pointer === '/stayingRegion' && /open the existing entry/.test(error.message));
    }
  });

  it('text and data: delete an entry and create it again', async () => {
    for (const kind of [textPriceKind, dataPriceKind]) {
      const client = harness.telecomx;
      const remote = (await kind.list(client, {})).items.find((price) => price.stayingRegion === 'WORLD3');
      assert.ok(remote, kind.slug);
      assert.equal((await kind.execute(client, kind.planDelete(remote._id, remote), undefined)).status, 'applied');
      assert.equal(await kind.get(client, remote._id), undefined);
      const document = { stayingRegion: 'WORLD3', cost: 0.5, wholesale: 0.75, price: 1 };
      const created = await kind.execute(client, kind.planCreate(document), document);
      assert.equal(created.status, 'applied');
      const fresh = await kind.get(client, created.id ?? '');
      assert.ok(fresh);
      assert.deepEqual(kind.toDocument(fresh), document);
    }
  });

  it('refuses moving a price to another zone before sending', async () => {
    const [remote] = (await dataPriceKind.list(harness.telecomx, {})).items;
    await harness.clearRequests('telecomx');
    assert.throws(() => dataPriceKind.planUpdate(remote._id, remote, { ...dataPriceKind.toDocument(remote), stayingRegion: 'WORLD3' }), RemoteError);
    assert.deepEqual(await harness.writes('telecomx'), []);
  });
});
