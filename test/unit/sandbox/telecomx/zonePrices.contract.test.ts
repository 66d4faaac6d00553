// Voice, text and data prices over HTTP: create, update and delete with each 422 field error of seed 004 (and its
// text/data siblings), 404, 409, field hiding and 403.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { RunningSandbox } from '../../../../src/sandbox/index';
import { ADMIN, RESELLER, VIEWER, type Json } from './support/harness';
import { failureOf, startTelecomxSandbox, type TelecomxWire } from './support/telecomxWire';

const VOICE_PRICES = { connectionFeeCost: 0.02, connectionFeeWholesale: 0.05, connectionFee: 0.2, rateCost: 1, rateWholesale: 1.5, rate: 1.75 };
const TRIPLE = { cost: 0.1, wholesale: 0.2, price: 0.5 };

const KINDS = [
  { kind: 'voice', prices: VOICE_PRICES, identity: { stayingRegion: 'WORLD2', calledRegion: 'EU', direction: 'OUT' }, hidden: { VIEWER: 4, RESELLER: 2 } },
  { kind: 'text', prices: TRIPLE, identity: { stayingRegion: 'WORLD2' }, hidden: { VIEWER: 2, RESELLER: 1 } },
  { kind: 'data', prices: TRIPLE, identity: { stayingRegion: 'WORLD2' }, hidden: { VIEWER: 2, RESELLER: 1 } },
] as const;

const capitalised = (field: string): string => field.charAt(0).toUpperCase() + field.slice(1);

describe('TelecomX voice, text and data prices over HTTP', () => {
  let sandbox: RunningSandbox;
  let wire: TelecomxWire;
  let admin = '';
  before(async () => ({ sandbox, wire } = await startTelecomxSandbox()));
  after(() => sandbox.close());
  beforeEach(async () => {
    await wire.admin('POST', 'reset');
    admin = await wire.login(ADMIN);
  });

  for (const { kind, prices, identity, hidden } of KINDS) {
    const collection = `/roaming/${kind}`;
    const body = { ...identity, ...prices };
    const findSeeded = (records: Json[]): Json =>
      records.find((record) => Object.entries(identity).every(([field, value]) => record[field] === value));

    test(`${kind}: 409 for a taken zone; after deleting it, create, get, update and delete`, async () => {
      assert.deepEqual(failureOf(await wire.send('POST', collection, { token: admin, body })), { status: 409, error: 'stayingRegion' });
      const seeded = findSeeded((await wire.send('GET', collection, { token: admin })).body);
      assert.deepEqual((await wire.send('DELETE', `${collection}/${seeded._id}`, { token: admin })).body, { success: true });

      const created = await wire.send('POST', collection, { token: admin, body });
      assert.equal(created.status, 200);
      const path = `${collection}/${created.body._id}`;
      assert.deepEqual((await wire.send('GET', path, { token: admin })).body, created.body);
      const [firstField] = Object.keys(prices);
      const updated = await wire.send('POST', path, { token: admin, body: { [firstField]: 0 } });
      assert.deepEqual(updated.body, { ...created.body, [firstField]: 0 });
      assert.deepEqual((await wire.send('DELETE', path, { token: admin })).body, { success: true });
      assert.deepEqual(failureOf(await wire.send('GET', path, { token: admin })), { status: 404, error: 'id' });
    });

    test(`${kind}: every price field has its 422 on create and on update`, async () => {
      const seeded = findSeeded((await wire.send('GET', collection, { token: admin })).body);
      await wire.send('DELETE', `${collection}/${seeded._id}`, { token: admin });
      const existing = (await wire.send('GET', collection, { token: admin })).body[0];
      for (const field of Object.keys(prices)) {
        const expected = { error: field, message: `${capitalised(field)} is invalid` };
        const onCreate = await wire.send('POST', collection, { token: admin, body: { ...body, [field]: -0.5 } });
        assert.equal(onCreate.status, 422);
        assert.deepEqual(onCreate.body, expected);
        const onUpdate = await wire.send('POST', `${collection}/${existing._id}`, { token: admin, body: { [field]: 'free' } });
        assert.equal(onUpdate.status, 422);
        assert.deepEqual(onUpdate.body, expected);
      }
      const unknownZone = await wire.send('POST', collection, { token: admin, body: { ...body, stayingRegion: 'ATLANTIS' } });
      assert.deepEqual(unknownZone.body, { error: 'stayingRegion', message: 'Staying region is not recognized' });
      const moved = await wire.send('POST', `${collection}/${existing._id}`, { token: admin, body: { stayingRegion: 'WORLD3' } });
      assert.deepEqual(failureOf(moved), { status: 422, error: 'stayingRegion' });
    });

    test(`${kind}: unknown ids are 404 id on get, update and delete`, async () => {
      for (const method of ['GET', 'POST', 'DELETE']) {
        const answer = await wire.send(method, `${collection}/0123456789abcdef01234567`, { token: admin, body: method === 'POST' ? {} : undefined });
        assert.deepEqual(answer.body, { error: 'id', message: `Roaming ${kind} not found` });
        assert.equal(answer.status, 404);
      }
    });

    test(`${kind}: cost fields for ADMIN only, wholesale from RESELLER; writes below ADMIN are 403`, async () => {
      const full = (await wire.send('GET', collection, { token: admin })).body[0];
      for (const [user, hiddenCount] of [[VIEWER, hidden.VIEWER], [RESELLER, hidden.RESELLER]] as const) {
        const token = await wire.login(user);
        const seen = (await wire.send('GET', collection, { token })).body[0];
        assert.equal(Object.keys(full).length - Object.keys(seen).length, hiddenCount, user);
        for (const [field, value] of Object.entries(seen)) assert.deepEqual(value, full[field]);
        const one = await wire.send('GET', `${collection}/${full._id}`, { token });
        assert.deepEqual(one.body, seen);
        assert.deepEqual(failureOf(await wire.send('POST', collection, { token, body })), { status: 403, error: 'access_denied' });
        assert.deepEqual(failureOf(await wire.send('POST', `${collection}/${full._id}`, { token, body: {} })), { status: 403, error: 'access_denied' });
        assert.deepEqual(failureOf(await wire.send('DELETE', `${collection}/${full._id}`, { token })), { status: 403, error: 'access_denied' });
      }
    });
  }

  test('voice: list direction OUT by default, IN on request, 422 direction otherwise; calledRegion rules', async () => {
    const outgoing = (await wire.send('GET', '/roaming/voice', { token: admin })).body;
    const incoming = (await wire.send('GET', '/roaming/voice', { token: admin, query: { direction: 'IN' } })).body;
    assert.ok(outgoing.length > 0 && outgoing.every((record: Json) => record.direction === 'OUT'));
    assert.ok(incoming.length > 0 && incoming.every((record: Json) => record.direction === 'IN'));
    assert.deepEqual(failureOf(await wire.send('GET', '/roaming/voice', { token: admin, query: { direction: 'UP' } })), { status: 422, error: 'direction' });
    const badCalled = await wire.send('POST', '/roaming/voice', { token: admin, body: { stayingRegion: 'EU', calledRegion: 'MOON', ...VOICE_PRICES } });
    assert.deepEqual(badCalled.body, { error: 'calledRegion', message: 'Called region is not recognized' });
    const inWithCalled = await wire.send('POST', '/roaming/voice', { token: admin, body: { stayingRegion: 'EU', direction: 'IN', calledRegion: 'EU', ...VOICE_PRICES } });
    assert.deepEqual(failureOf(inWithCalled), { status: 422, error: 'calledRegion' });
    const badDirection = await wire.send('POST', '/roaming/voice', { token: admin, body: { stayingRegion: 'EU', direction: 'BOTH', ...VOICE_PRICES } });
    assert.deepEqual(badDirection.body, { error: 'direction', message: 'Direction is invalid' });
  });
});
