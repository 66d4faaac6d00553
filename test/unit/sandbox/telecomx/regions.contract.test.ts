// Roaming regions over HTTP: every documented error of create and update, paging and filters, field hiding by
// access level, and 403 for writes below ADMIN.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { RunningSandbox } from '../../../../src/sandbox/index';
import { ADMIN, regionNamed, RESELLER, VIEWER, type Json } from './support/harness';
import { failureOf, startTelecomxSandbox, type TelecomxWire } from './support/telecomxWire';

const NEW_REGION = {
  names: [
    { language: 'dan', text: 'Antarktis' },
    { language: 'eng', text: 'Antarctica' },
  ],
  network: 'TDC',
  sms: { cost: 1, wholesale: 1.2, price: 2 },
};

describe('TelecomX regions over HTTP', () => {
  let sandbox: RunningSandbox;
  let wire: TelecomxWire;
  let admin = '';
  let seeded: Json[] = [];
  before(async () => ({ sandbox, wire } = await startTelecomxSandbox()));
  after(() => sandbox.close());
  beforeEach(async () => {
    await wire.admin('POST', 'reset');
    admin = await wire.login(ADMIN);
    seeded = (await wire.send('GET', '/roaming/region', { token: admin })).body.regions;
  });

  test('list pages with offset and limit, filters by name and network, and counts the total', async () => {
    const page = await wire.send('GET', '/roaming/region', { token: admin, query: { offset: '2', limit: '3' } });
    assert.equal(page.status, 200);
    assert.deepEqual(
      { offset: page.body.offset, limit: page.body.limit, total: page.body.total },
      { offset: 2, limit: 3, total: seeded.length },
    );
    assert.deepEqual(page.body.regions, seeded.slice(2, 5));
    const filtered = await wire.send('GET', '/roaming/region', { token: admin, query: { filter: 'Europa', network: 'TDC' } });
    assert.equal(filtered.body.total, 2, 'EU & Vest-Europa and Resten af Europa');
    assert.ok(filtered.body.regions.every((region: Json) => region.network === 'TDC'));
    assert.deepEqual(failureOf(await wire.send('GET', '/roaming/region', { token: admin, query: { network: 'TELIA' } })), { status: 422, error: 'network' });
    assert.deepEqual(failureOf(await wire.send('GET', '/roaming/region', { token: admin, query: { limit: '501' } })), { status: 422, error: 'limit' });
    assert.deepEqual(failureOf(await wire.send('GET', '/roaming/region', { token: admin, query: { offset: '-3' } })), { status: 422, error: 'offset' });
  });

  test('VIEWER and RESELLER see the identifying fields only; get is RESELLER_ADMIN and up', async () => {
    for (const user of [VIEWER, RESELLER]) {
      const token = await wire.login(user);
      const listed = await wire.send('GET', '/roaming/region', { token });
      assert.equal(listed.body.total, seeded.length);
      for (const region of listed.body.regions) {
        assert.deepEqual(Object.keys(region).sort(), ['_id', 'homeland', 'names', 'network', 'roamLikeHome']);
      }
      assert.deepEqual(failureOf(await wire.send('GET', `/roaming/region/${seeded[0]._id}`, { token })), { status: 403, error: 'access_denied' });
    }
    assert.ok(seeded.every((region) => 'sms' in region && 'voice' in region), 'ADMIN sees everything');
    assert.deepEqual((await wire.send('GET', `/roaming/region/${seeded[0]._id}`, { token: admin })).body, seeded[0]);
  });

  test('create stores and answers the region; get, update and delete work on it', async () => {
    const created = await wire.send('POST', '/roaming/region', { token: admin, body: NEW_REGION });
    assert.equal(created.status, 200);
    const path = `/roaming/region/${created.body._id}`;
    assert.deepEqual((await wire.send('GET', path, { token: admin })).body, created.body);
    const updated = await wire.send('POST', path, { token: admin, body: { notes: 'Research stations' } });
    assert.equal(updated.body.notes, 'Research stations');
    assert.deepEqual(updated.body.names, NEW_REGION.names);
    const viaPut = await wire.send('PUT', path, { token: admin, body: { notes: null } });
    assert.equal('notes' in viaPut.body, false);
    assert.deepEqual((await wire.send('DELETE', path, { token: admin })).body, { success: true });
    assert.deepEqual(failureOf(await wire.send('GET', path, { token: admin })), { status: 404, error: 'id' });
  });

  test('every error of the vendor create page is reachable, with its text', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ names: [{ language: 'eng', text: 'A' }, { language: 'eng', text: 'B' }] }, 'names.language', 'Only one localisation per language is allowed'],
      [{ roamLikeHome: true }, 'roamLikeHome', 'There is already a region for the given network, that has “roamLikeHome” set to true'],
      [{ homeland: true }, 'homeland', 'There is already a region for the given network, that has “homeland” set to true'],
      [{ homeland: true, roamLikeHome: true }, 'homeland_roamLikeHome', 'A region cannot both have “roamLikeHome” and “homeland” set to true'],
    ];
    for (const [overrides, error, message] of cases) {
      const answer = await wire.send('POST', '/roaming/region', { token: admin, body: { ...NEW_REGION, ...overrides } });
      assert.equal(answer.status, 422);
      assert.deepEqual(answer.body, { error, message });
    }
  });

  test('the contract\'s other create errors: names, network, flags, prices, outbound, unknown fields, _id', async () => {
    const telenorRegion = regionNamed(seeded, 'World 2', 'TELENOR');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ names: [] }, 422, 'names'],
      [{ names: [{ language: 'english', text: 'A' }] }, 422, 'names.language'],
      [{ network: 'TELIA' }, 422, 'network'],
      [{ homeland: 'yes' }, 422, 'homeland'],
      [{ roamLikeHome: 0 }, 422, 'roamLikeHome'],
      [{ notes: ['a'] }, 422, 'notes'],
      [{ sms: { cost: -1 } }, 422, 'sms.cost'],
      [{ data: { wholesale: '1' } }, 422, 'data.wholesale'],
      [{ voice: { inbound: { connectionFee: -2 } } }, 422, 'voice.inbound.connectionFee'],
      [{ voice: { outbound: [{ _id: telenorRegion._id, rate: 1 }] } }, 422, 'voice.outbound._id'],
      [{ voice: { outbound: [{ _id: seeded.at(-1)._id, rateCost: 'x' }] } }, 422, 'voice.outbound.rateCost'],
      [{ currency: 'DKK' }, 422, 'currency'],
      [{ _id: 'ObjectID(1234)' }, 422, '_id'],
      [{ _id: seeded[0]._id }, 409, '_id'],
    ];
    for (const [overrides, status, error] of cases) {
      const answer = await wire.send('POST', '/roaming/region', { token: admin, body: { ...NEW_REGION, ...overrides } });
      assert.deepEqual(failureOf(answer), { status, error }, JSON.stringify(overrides));
    }
    assert.deepEqual(failureOf(await wire.send('POST', '/roaming/region', { token: admin, body: [NEW_REGION] })), { status: 400, error: 'bad_request' });
  });

  test('update errors: the four vendor errors against other regions, network and _id changes, 404, 400', async () => {
    const world1 = regionNamed(seeded, 'World 1', 'TELENOR');
    const denmark = regionNamed(seeded, 'Denmark', 'TELENOR');
    const update = (id: string, body: unknown) => wire.send('POST', `/roaming/region/${id}`, { token: admin, body });
    assert.deepEqual(failureOf(await update(world1._id, { homeland: true })), { status: 422, error: 'homeland' });
    assert.deepEqual(failureOf(await update(world1._id, { roamLikeHome: true })), { status: 422, error: 'roamLikeHome' });
    assert.deepEqual(failureOf(await update(denmark._id, { roamLikeHome: true })), { status: 422, error: 'homeland_roamLikeHome' });
    assert.deepEqual(
      failureOf(await update(world1._id, { names: [{ language: 'dan', text: 'A' }, { language: 'dan', text: 'B' }] })),
      { status: 422, error: 'names.language' },
    );
    assert.deepEqual(failureOf(await update(world1._id, { network: 'TDC' })), { status: 422, error: 'network' });
    assert.deepEqual(failureOf(await update(world1._id, { _id: denmark._id })), { status: 422, error: '_id' });
    assert.deepEqual(failureOf(await update('ffffffffffffffffffffffff', { notes: 'x' })), { status: 404, error: 'id' });
    assert.deepEqual(failureOf(await update(world1._id, 'notes')), { status: 400, error: 'bad_request' });
    assert.deepEqual((await wire.send('GET', `/roaming/region/${world1._id}`, { token: admin })).body, world1);
  });

  test('delete of a region another region calls is 409 id; of an unknown id 404 id', async () => {
    const referenced = await wire.send('DELETE', `/roaming/region/${seeded[0]._id}`, { token: admin });
    assert.deepEqual(failureOf(referenced), { status: 409, error: 'id' });
    assert.deepEqual(failureOf(await wire.send('DELETE', '/roaming/region/ffffffffffffffffffffffff', { token: admin })), { status: 404, error: 'id' });
    assert.deepEqual(failureOf(await wire.send('DELETE', '/roaming/region', { token: admin })), { status: 400, error: 'bad_request' });
  });

  test('VIEWER and RESELLER writes are 403 access_denied', async () => {
    for (const user of [VIEWER, RESELLER]) {
      const token = await wire.login(user);
      const answers = [
        await wire.send('POST', '/roaming/region', { token, body: NEW_REGION }),
        await wire.send('POST', `/roaming/region/${seeded[0]._id}`, { token, body: { notes: 'x' } }),
        await wire.send('DELETE', `/roaming/region/${seeded[0]._id}`, { token }),
      ];
      for (const answer of answers) assert.deepEqual(answer.body, { error: 'access_denied', message: 'Insufficient access level' });
      assert.ok(answers.every((answer) => answer.status === 403));
    }
  });

  test('the request log records the vendor outcome of a refused write', async () => {
    await wire.admin('DELETE', 'requests');
    await wire.send('POST', '/roaming/region', { token: admin, body: { ...NEW_REGION, homeland: true, roamLikeHome: true } });
    const [entry] = (await wire.admin('GET', 'requests')).body;
    assert.equal(entry.status, 422);
    assert.equal(entry.resultCode, '422 homeland_roamLikeHome');
    assert.equal(entry.query.token, '***');
  });
});
