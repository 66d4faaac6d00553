import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ADMIN, failure, RESELLER, TelecomxHarness, VIEWER, type Json } from './support/harness';

describe('TelecomX region list', () => {
  const sandbox = new TelecomxHarness();
  let admin = '';
  let viewer = '';
  let reseller = '';
  before(async () => {
    admin = await sandbox.login(ADMIN);
    viewer = await sandbox.login(VIEWER);
    reseller = await sandbox.login(RESELLER);
  });
  const list = (token: string, query: Record<string, string> = {}) => sandbox.call('GET', '/roaming/region', { token, query });

  test('answers the paged envelope with every region by default, in id order', async () => {
    const answer = await list(admin);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.offset, 0);
    assert.equal(answer.body.limit, 100);
    assert.equal(answer.body.total, answer.body.regions.length);
    assert.ok(answer.body.total >= 12, 'both networks carry a homeland, an EU region and world zones');
    const ids = answer.body.regions.map((region: Json) => region._id);
    assert.deepEqual(ids, [...ids].sort());
    for (const id of ids) assert.match(id, /^[0-9a-f]{24}$/);
  });

  test('offset and limit page through the same order, total ignoring them', async () => {
    const everything = (await list(admin)).body.regions.map((region: Json) => region._id);
    const page = await list(admin, { offset: '3', limit: '4' });
    assert.equal(page.body.offset, 3);
    assert.equal(page.body.limit, 4);
    assert.equal(page.body.total, everything.length);
    assert.deepEqual(page.body.regions.map((region: Json) => region._id), everything.slice(3, 7));
    const pastTheEnd = await list(admin, { offset: String(everything.length + 5) });
    assert.equal(pastTheEnd.body.regions.length, 0);
    assert.equal(pastTheEnd.body.total, everything.length);
  });

  test('offset and limit outside their ranges are 422 with the parameter as error', async () => {
    for (const query of [{ offset: '-1' }, { offset: 'abc' }, { offset: '1.5' }]) {
      assert.deepEqual(failure(await list(admin, query)), { status: 422, error: 'offset' });
    }
    for (const query of [{ limit: '0' }, { limit: '501' }, { limit: 'ten' }]) {
      assert.deepEqual(failure(await list(admin, query)), { status: 422, error: 'limit' });
    }
    assert.equal((await list(admin, { limit: '500' })).status, 200);
    assert.equal((await list(admin, { limit: '1' })).body.regions.length, 1);
  });

  test('network filters case-insensitively; anything else is 422 network', async () => {
    const all = (await list(admin)).body.regions;
    for (const network of ['TDC', 'telenor']) {
      const answer = await list(admin, { network });
      const expected = all.filter((region: Json) => region.network === network.toUpperCase());
      assert.ok(expected.length > 0);
      assert.equal(answer.body.total, expected.length);
      assert.ok(answer.body.regions.every((region: Json) => region.network === network.toUpperCase()));
    }
    assert.deepEqual(failure(await list(admin, { network: 'TELIA' })), { status: 422, error: 'network' });
  });

  test('filter is a case-insensitive substring of any localised name, combinable with network', async () => {
    const danish = await list(admin, { filter: 'europa' });
    assert.ok(danish.body.total >= 2, 'EU & Vest-Europa and Resten af Europa on each network');
    for (const region of danish.body.regions) {
      assert.ok(region.names.some((name: Json) => name.text.toLowerCase().includes('europa')));
    }
    const english = await list(admin, { filter: 'WORLD 1', network: 'TDC' });
    assert.equal(english.body.total, 1);
    assert.equal(english.body.regions[0].network, 'TDC');
    assert.equal((await list(admin, { filter: 'Atlantis' })).body.total, 0);
  });

  test('below RESELLER_ADMIN only _id, names, network, roamLikeHome and homeland are shown; ADMIN sees all', async () => {
    const identifying = ['_id', 'homeland', 'names', 'network', 'roamLikeHome'];
    for (const token of [viewer, reseller]) {
      const answer = await list(token);
      assert.equal(answer.status, 200);
      for (const region of answer.body.regions) assert.deepEqual(Object.keys(region).sort(), identifying);
    }
    const full = (await list(admin)).body.regions;
    assert.ok(full.every((region: Json) => region.sms && region.data && region.voice && 'notes' in region));
    assert.ok(full.every((region: Json) => typeof region.sms.cost === 'number'));
  });
});

describe('TelecomX region get', () => {
  test('ADMIN gets the full region; RESELLER and VIEWER are 403 access_denied', async () => {
    const sandbox = new TelecomxHarness();
    const admin = await sandbox.login(ADMIN);
    const listed = (await sandbox.call('GET', '/roaming/region', { token: admin })).body.regions[2];
    const answer = await sandbox.call('GET', `/roaming/region/${listed._id}`, { token: admin });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, listed);
    for (const user of [VIEWER, RESELLER]) {
      const token = await sandbox.login(user);
      const refused = await sandbox.call('GET', `/roaming/region/${listed._id}`, { token });
      assert.deepEqual(refused.body, { error: 'access_denied', message: 'Insufficient access level' });
      assert.equal(refused.status, 403);
    }
  });

  test('ids are accepted in upper case; unknown and malformed ids are 404 id', async () => {
    const sandbox = new TelecomxHarness();
    const admin = await sandbox.login(ADMIN);
    const id = (await sandbox.call('GET', '/roaming/region', { token: admin })).body.regions[0]._id;
    assert.equal((await sandbox.call('GET', `/roaming/region/${id.toUpperCase()}`, { token: admin })).body._id, id);
    const unknown = await sandbox.call('GET', '/roaming/region/ffffffffffffffffffffffff', { token: admin });
    assert.deepEqual(unknown.body, { error: 'id', message: 'Roaming region not found' });
    assert.equal(unknown.status, 404);
    assert.deepEqual(failure(await sandbox.call('GET', '/roaming/region/1234567890ABCD123456789', { token: admin })), { status: 404, error: 'id' });
  });
});

describe('TelecomX routing', () => {
  test('unknown paths and methods the API lacks are 404 not_found; update/delete without id is 400', async () => {
    const sandbox = new TelecomxHarness();
    const admin = await sandbox.login(ADMIN);
    assert.deepEqual(failure(await sandbox.call('GET', '/roaming/country', { token: admin })), { status: 404, error: 'not_found' });
    assert.deepEqual(failure(await sandbox.call('PATCH', '/roaming/voice', { token: admin })), { status: 404, error: 'not_found' });
    assert.deepEqual(failure(await sandbox.call('POST', '/auth/logout', { token: admin })), { status: 404, error: 'not_found' });
    assert.deepEqual(failure(await sandbox.call('GET', '/roaming/region/a/b', { token: admin })), { status: 404, error: 'not_found' });
    const missingId = await sandbox.call('DELETE', '/roaming/voice', { token: admin });
    assert.deepEqual(missingId.body, { error: 'bad_request', message: 'Id not found in request URI' });
    assert.equal(missingId.status, 400);
    assert.deepEqual(failure(await sandbox.call('PUT', '/roaming/region', { token: admin, body: {} })), { status: 400, error: 'bad_request' });
  });

  test('one trailing slash is tolerated', async () => {
    const sandbox = new TelecomxHarness();
    const admin = await sandbox.login(ADMIN);
    assert.equal((await sandbox.call('GET', '/roaming/region/', { token: admin })).status, 200);
  });

  test('the malformed-body answer is 400 bad_request and the log outcome is "<status> <error>"', async () => {
    const sandbox = new TelecomxHarness();
    const malformed = sandbox.simulator.malformedBodyResponse();
    assert.equal(malformed.status, 400);
    assert.equal(sandbox.simulator.describeOutcome(malformed), '400 bad_request');
    assert.equal(sandbox.simulator.describeOutcome({ status: 200, body: { success: true } }), undefined);
  });
});
