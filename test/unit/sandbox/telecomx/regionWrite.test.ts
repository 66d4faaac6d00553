import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN, failure, regionNamed, RESELLER, TelecomxHarness, VIEWER, type Json } from './support/harness';

/** A fresh harness, an admin token and the seeded regions. */
async function adminSandbox(): Promise<{ sandbox: TelecomxHarness; admin: string; regions: Json[] }> {
  const sandbox = new TelecomxHarness();
  const admin = await sandbox.login(ADMIN);
  const regions = (await sandbox.call('GET', '/roaming/region', { token: admin })).body.regions;
  return { sandbox, admin, regions };
}

function newRegionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    names: [
      { language: 'dan', text: 'Antarktis' },
      { language: 'eng', text: 'Antarctica' },
    ],
    network: 'TELENOR',
    notes: 'Research stations',
    sms: { cost: 1, wholesale: 1.2, price: 2 },
    data: { cost: 10, wholesale: 12, price: 20 },
    voice: { inbound: { connectionFeeCost: 1, connectionFeeWholesale: 1.5, connectionFee: 2, rateCost: 5, rateWholesale: 6, rate: 9 } },
    ...overrides,
  };
}

describe('TelecomX region create', () => {
  test('stores the region with a new id, defaults the flags and answers it in full', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const denmark = regionNamed(regions, 'Denmark', 'TELENOR');
    const body = newRegionBody({
      voice: { outbound: [{ _id: denmark._id.toUpperCase(), connectionFeeCost: 2, connectionFeeWholesale: 2.5, connectionFee: 3, rateCost: 8, rateWholesale: 9, rate: 12 }] },
    });
    const answer = await sandbox.call('POST', '/roaming/region', { token: admin, body });
    assert.equal(answer.status, 200);
    assert.match(answer.body._id, /^[0-9a-f]{24}$/);
    assert.ok(!regions.some((region) => region._id === answer.body._id));
    assert.equal(answer.body.homeland, false);
    assert.equal(answer.body.roamLikeHome, false);
    assert.deepEqual(answer.body.names, body.names);
    assert.equal(answer.body.voice.outbound[0]._id, denmark._id, 'ids are stored lower case');
    const fetched = await sandbox.call('GET', `/roaming/region/${answer.body._id}`, { token: admin });
    assert.deepEqual(fetched.body, answer.body);
    const listed = await sandbox.call('GET', '/roaming/region', { token: admin });
    assert.equal(listed.body.total, regions.length + 1);
    assert.equal(listed.body.regions.at(-1)._id, answer.body._id, 'a new region sorts last (id order = creation order)');
  });

  test('only names and network are required; a missing price is left out', async () => {
    const { sandbox, admin } = await adminSandbox();
    const answer = await sandbox.call('POST', '/roaming/region', {
      token: admin,
      body: { names: [{ language: 'eng', text: 'Mars' }], network: 'TDC', sms: { price: 0.5 } },
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(Object.keys(answer.body).sort(), ['_id', 'homeland', 'names', 'network', 'roamLikeHome', 'sms']);
    assert.deepEqual(answer.body.sms, { price: 0.5 });
  });

  test('an _id in the body is used when free (so an exported region can be recreated), 409 _id when taken, 422 when malformed', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const chosen = 'ABCDEF0123456789ABCDEF01';
    const selfCalling = newRegionBody({ _id: chosen, voice: { outbound: [{ _id: chosen, rate: 1 }] } });
    const created = await sandbox.call('POST', '/roaming/region', { token: admin, body: selfCalling });
    assert.equal(created.status, 200);
    assert.equal(created.body._id, chosen.toLowerCase());
    assert.equal(created.body.voice.outbound[0]._id, chosen.toLowerCase(), 'a region may price calls within itself');
    const taken = await sandbox.call('POST', '/roaming/region', { token: admin, body: newRegionBody({ _id: regions[0]._id }) });
    assert.deepEqual(failure(taken), { status: 409, error: '_id' });
    const malformed = await sandbox.call('POST', '/roaming/region', { token: admin, body: newRegionBody({ _id: '1234567890ABCD123456789' }) });
    assert.deepEqual(failure(malformed), { status: 422, error: '_id' });
  });

  test('the four errors of the vendor page, with its texts', async () => {
    const { sandbox, admin } = await adminSandbox();
    const create = (overrides: Record<string, unknown>) => sandbox.call('POST', '/roaming/region', { token: admin, body: newRegionBody(overrides) });
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { names: [{ language: 'dan', text: 'A' }, { language: 'dan', text: 'B' }] },
        'names.language',
        'Only one localisation per language is allowed',
      ],
      [{ roamLikeHome: true }, 'roamLikeHome', 'There is already a region for the given network, that has “roamLikeHome” set to true'],
      [{ homeland: true, network: 'TDC' }, 'homeland', 'There is already a region for the given network, that has “homeland” set to true'],
      [{ homeland: true, roamLikeHome: true }, 'homeland_roamLikeHome', 'A region cannot both have “roamLikeHome” and “homeland” set to true'],
    ];
    for (const [overrides, error, message] of cases) {
      const answer = await create(overrides);
      assert.equal(answer.status, 422, error);
      assert.deepEqual(answer.body, { error, message });
    }
  });

  test('the other validation errors name the failing field', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const tdcRegion = regionNamed(regions, 'World 1', 'TDC');
    const telenorRegion = regionNamed(regions, 'World 1', 'TELENOR');
    const cases: [Record<string, unknown>, string][] = [
      [{ names: undefined }, 'names'],
      [{ names: [] }, 'names'],
      [{ names: 'Antarctica' }, 'names'],
      [{ names: [{ language: 'eng' }] }, 'names'],
      [{ names: [{ language: 'eng', text: '  ' }] }, 'names'],
      [{ names: [{ language: 'en', text: 'Antarctica' }] }, 'names.language'],
      [{ names: [{ language: 'ENG', text: 'Antarctica' }] }, 'names.language'],
      [{ network: undefined }, 'network'],
      [{ network: 'TELIA' }, 'network'],
      [{ network: 'tdc' }, 'network'],
      [{ homeland: 'false' }, 'homeland'],
      [{ homeland: null }, 'homeland'],
      [{ roamLikeHome: 1 }, 'roamLikeHome'],
      [{ notes: 42 }, 'notes'],
      [{ sms: 'cheap' }, 'sms'],
      [{ sms: { cost: -0.01 } }, 'sms.cost'],
      [{ sms: { wholesale: '0.06' } }, 'sms.wholesale'],
      [{ data: { price: null } }, 'data.price'],
      [{ voice: [] }, 'voice'],
      [{ voice: { inbound: 3 } }, 'voice.inbound'],
      [{ voice: { inbound: { rateWholesale: -1 } } }, 'voice.inbound.rateWholesale'],
      [{ voice: { outbound: {} } }, 'voice.outbound'],
      [{ voice: { outbound: ['x'] } }, 'voice.outbound'],
      [{ voice: { outbound: [{ _id: telenorRegion._id, connectionFee: 'free' }] } }, 'voice.outbound.connectionFee'],
      [{ voice: { outbound: [{ rate: 1 }] } }, 'voice.outbound._id'],
      [{ voice: { outbound: [{ _id: 'ffffffffffffffffffffffff', rate: 1 }] } }, 'voice.outbound._id'],
      [{ voice: { outbound: [{ _id: tdcRegion._id, rate: 1 }] } }, 'voice.outbound._id'],
      [{ voice: { outbound: [{ _id: telenorRegion._id }, { _id: telenorRegion._id.toUpperCase() }] } }, 'voice.outbound._id'],
      [{ colour: 'blue' }, 'colour'],
      [{ sms: { cost: 1, vat: 0.25 } }, 'sms.vat'],
      [{ names: [{ language: 'eng', text: 'Antarctica', short: 'AQ' }] }, 'names.short'],
      [{ voice: { outbound: [{ _id: telenorRegion._id, rate: 1, currency: 'DKK' }] } }, 'voice.outbound.currency'],
    ];
    for (const [overrides, field] of cases) {
      const answer = await sandbox.call('POST', '/roaming/region', { token: admin, body: newRegionBody(overrides) });
      assert.deepEqual(failure(answer), { status: 422, error: field }, JSON.stringify(overrides));
      assert.equal(typeof answer.body.message, 'string');
    }
    const listed = await sandbox.call('GET', '/roaming/region', { token: admin });
    assert.equal(listed.body.total, regions.length, 'nothing refused was stored');
  });

  test('only the first failure is reported, in the contract order', async () => {
    const { sandbox, admin } = await adminSandbox();
    const body = { names: [{ language: 'dan', text: 'A' }, { language: 'dan', text: 'B' }], network: 'TELIA', homeland: true, roamLikeHome: true };
    assert.deepEqual(failure(await sandbox.call('POST', '/roaming/region', { token: admin, body })), { status: 422, error: 'names.language' });
    const flagsBeforeUniqueness = { ...newRegionBody(), homeland: true, roamLikeHome: true, sms: { cost: -1 } };
    assert.deepEqual(failure(await sandbox.call('POST', '/roaming/region', { token: admin, body: flagsBeforeUniqueness })), { status: 422, error: 'homeland_roamLikeHome' });
  });

  test('a body that is not an object is 400 bad_request', async () => {
    const { sandbox, admin } = await adminSandbox();
    for (const body of [undefined, [newRegionBody()], 'region']) {
      assert.deepEqual(failure(await sandbox.call('POST', '/roaming/region', { token: admin, body })), { status: 400, error: 'bad_request' });
    }
  });
});

describe('TelecomX region update', () => {
  test('is partial: each field sent replaces the stored one, the rest stays', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const world2 = regionNamed(regions, 'World 2', 'TDC');
    const answer = await sandbox.call('POST', `/roaming/region/${world2._id}`, {
      token: admin,
      body: { names: [{ language: 'eng', text: 'Asia and Oceania' }], sms: { price: 3 } },
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.names, [{ language: 'eng', text: 'Asia and Oceania' }]);
    assert.deepEqual(answer.body.sms, { price: 3 }, 'a price object is replaced wholesale, not merged');
    assert.deepEqual(answer.body.data, world2.data);
    assert.deepEqual(answer.body.voice, world2.voice);
    assert.equal(answer.body.notes, world2.notes);
    const fetched = await sandbox.call('GET', `/roaming/region/${world2._id}`, { token: admin });
    assert.deepEqual(fetched.body, answer.body);
  });

  test('PUT is accepted like POST; null removes notes, sms, data or voice', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const world3 = regionNamed(regions, 'World 3', 'TELENOR');
    const answer = await sandbox.call('PUT', `/roaming/region/${world3._id}`, { token: admin, body: { notes: null, voice: null } });
    assert.equal(answer.status, 200);
    assert.equal('notes' in answer.body, false);
    assert.equal('voice' in answer.body, false);
    assert.deepEqual(answer.body.sms, world3.sms);
  });

  test('the uniqueness rules exclude the region itself, but see the others', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const denmark = regionNamed(regions, 'Denmark', 'TELENOR');
    const sameFlag = await sandbox.call('POST', `/roaming/region/${denmark._id}`, { token: admin, body: { homeland: true, notes: 'Home' } });
    assert.equal(sameFlag.status, 200);
    const world1 = regionNamed(regions, 'World 1', 'TELENOR');
    const secondRoamLikeHome = await sandbox.call('POST', `/roaming/region/${world1._id}`, { token: admin, body: { roamLikeHome: true } });
    assert.deepEqual(failure(secondRoamLikeHome), { status: 422, error: 'roamLikeHome' });
    const secondHomeland = await sandbox.call('POST', `/roaming/region/${world1._id}`, { token: admin, body: { homeland: true } });
    assert.deepEqual(failure(secondHomeland), { status: 422, error: 'homeland' });
    const both = await sandbox.call('POST', `/roaming/region/${denmark._id}`, { token: admin, body: { roamLikeHome: true } });
    assert.deepEqual(failure(both), { status: 422, error: 'homeland_roamLikeHome' });
    const duplicateLanguage = await sandbox.call('POST', `/roaming/region/${denmark._id}`, {
      token: admin,
      body: { names: [{ language: 'eng', text: 'Denmark' }, { language: 'eng', text: 'Danmark' }] },
    });
    assert.deepEqual(failure(duplicateLanguage), { status: 422, error: 'names.language' });
  });

  test('network and _id cannot change; sending them unchanged is fine', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const world1 = regionNamed(regions, 'World 1', 'TDC');
    const path = `/roaming/region/${world1._id}`;
    assert.deepEqual(failure(await sandbox.call('POST', path, { token: admin, body: { network: 'TELENOR' } })), { status: 422, error: 'network' });
    assert.deepEqual(failure(await sandbox.call('POST', path, { token: admin, body: { _id: regions[0]._id } })), { status: 422, error: '_id' });
    const sentBack = await sandbox.call('POST', path, { token: admin, body: { ...world1, _id: world1._id.toUpperCase() } });
    assert.equal(sentBack.status, 200);
    assert.deepEqual(sentBack.body, world1);
  });

  test('refused updates change nothing; unknown ids are 404 id; a non-object body is 400', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const world1 = regionNamed(regions, 'World 1', 'TDC');
    const refused = await sandbox.call('POST', `/roaming/region/${world1._id}`, { token: admin, body: { notes: 'changed', sms: { cost: -5 } } });
    assert.deepEqual(failure(refused), { status: 422, error: 'sms.cost' });
    assert.deepEqual((await sandbox.call('GET', `/roaming/region/${world1._id}`, { token: admin })).body, world1);
    const unknown = await sandbox.call('POST', '/roaming/region/ffffffffffffffffffffffff', { token: admin, body: { notes: 'x' } });
    assert.deepEqual(failure(unknown), { status: 404, error: 'id' });
    assert.deepEqual(failure(await sandbox.call('POST', `/roaming/region/${world1._id}`, { token: admin, body: [] })), { status: 400, error: 'bad_request' });
  });
});

describe('TelecomX region delete', () => {
  test('deletes an unreferenced region; a second delete is 404', async () => {
    const { sandbox, admin } = await adminSandbox();
    const created = await sandbox.call('POST', '/roaming/region', { token: admin, body: newRegionBody() });
    const deleted = await sandbox.call('DELETE', `/roaming/region/${created.body._id}`, { token: admin });
    assert.equal(deleted.status, 200);
    assert.deepEqual(deleted.body, { success: true });
    assert.deepEqual(failure(await sandbox.call('GET', `/roaming/region/${created.body._id}`, { token: admin })), { status: 404, error: 'id' });
    assert.deepEqual(failure(await sandbox.call('DELETE', `/roaming/region/${created.body._id}`, { token: admin })), { status: 404, error: 'id' });
  });

  test('is 409 id while another region prices calls to it; a region calling itself may go', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const world3 = regionNamed(regions, 'World 3', 'TELENOR');
    const referenced = await sandbox.call('DELETE', `/roaming/region/${world3._id}`, { token: admin });
    assert.deepEqual(failure(referenced), { status: 409, error: 'id' });
    assert.equal((await sandbox.call('GET', `/roaming/region/${world3._id}`, { token: admin })).status, 200);

    const self = 'abcdef0123456789abcdef02';
    await sandbox.call('POST', '/roaming/region', { token: admin, body: newRegionBody({ _id: self, voice: { outbound: [{ _id: self, rate: 1 }] } }) });
    assert.equal((await sandbox.call('DELETE', `/roaming/region/${self}`, { token: admin })).status, 200);
  });

  test('succeeds once the referencing regions stop calling it', async () => {
    const { sandbox, admin, regions } = await adminSandbox();
    const target = regionNamed(regions, 'World 3', 'TDC');
    for (const region of regions.filter((candidate) => candidate.network === 'TDC' && candidate._id !== target._id)) {
      const outbound = region.voice.outbound.filter((entry: Json) => entry._id !== target._id);
      const answer = await sandbox.call('POST', `/roaming/region/${region._id}`, { token: admin, body: { voice: { ...region.voice, outbound } } });
      assert.equal(answer.status, 200);
    }
    assert.equal((await sandbox.call('DELETE', `/roaming/region/${target._id}`, { token: admin })).status, 200);
  });
});

describe('TelecomX region access', () => {
  test('VIEWER and RESELLER get 403 access_denied on create, update and delete, and nothing changes', async () => {
    const { sandbox, regions } = await adminSandbox();
    const target = regions[3]._id;
    for (const user of [VIEWER, RESELLER]) {
      const token = await sandbox.login(user);
      const attempts = [
        sandbox.call('POST', '/roaming/region', { token, body: newRegionBody() }),
        sandbox.call('POST', `/roaming/region/${target}`, { token, body: { notes: 'x' } }),
        sandbox.call('PUT', `/roaming/region/${target}`, { token, body: { notes: 'x' } }),
        sandbox.call('DELETE', `/roaming/region/${target}`, { token }),
        sandbox.call('DELETE', '/roaming/region/ffffffffffffffffffffffff', { token }),
      ];
      for (const answer of await Promise.all(attempts)) assert.deepEqual(failure(answer), { status: 403, error: 'access_denied' });
    }
    const admin = await sandbox.login(ADMIN);
    assert.deepEqual((await sandbox.call('GET', '/roaming/region', { token: admin })).body.regions, regions);
  });
});
