import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN, failure, RESELLER, TelecomxHarness, VIEWER, type Json } from './support/harness';

interface KindCase {
  readonly kind: 'voice' | 'text' | 'data';
  readonly notFound: string;
  readonly priceFields: readonly string[];
  readonly costFields: readonly string[];
  readonly wholesaleFields: readonly string[];
  /** A valid create body for a zone that is free once `freeZone` has been deleted. */
  readonly body: Record<string, unknown>;
  readonly isSameZone: (record: Json) => boolean;
}

const VOICE_PRICES = { connectionFeeCost: 0.02, connectionFeeWholesale: 0.05, connectionFee: 0.2, rateCost: 1, rateWholesale: 1.5, rate: 1.75 };
const TRIPLE = { cost: 1, wholesale: 1.5, price: 1.75 };

const KINDS: readonly KindCase[] = [
  {
    kind: 'voice',
    notFound: 'Roaming voice not found',
    priceFields: Object.keys(VOICE_PRICES),
    costFields: ['connectionFeeCost', 'rateCost'],
    wholesaleFields: ['connectionFeeWholesale', 'rateWholesale'],
    body: { stayingRegion: 'EU', calledRegion: 'HOMELAND', direction: 'OUT', ...VOICE_PRICES },
    isSameZone: (record) => record.stayingRegion === 'EU' && record.calledRegion === 'HOMELAND',
  },
  {
    kind: 'text',
    notFound: 'Roaming text not found',
    priceFields: Object.keys(TRIPLE),
    costFields: ['cost'],
    wholesaleFields: ['wholesale'],
    body: { stayingRegion: 'EU', ...TRIPLE },
    isSameZone: (record) => record.stayingRegion === 'EU',
  },
  {
    kind: 'data',
    notFound: 'Roaming data not found',
    priceFields: Object.keys(TRIPLE),
    costFields: ['cost'],
    wholesaleFields: ['wholesale'],
    body: { stayingRegion: 'EU', ...TRIPLE },
    isSameZone: (record) => record.stayingRegion === 'EU',
  },
];

const capitalised = (field: string): string => field.charAt(0).toUpperCase() + field.slice(1);

for (const kindCase of KINDS) {
  const { kind } = kindCase;
  const collection = `/roaming/${kind}`;

  describe(`TelecomX ${kind} prices`, () => {
    async function setUp(): Promise<{ sandbox: TelecomxHarness; admin: string; records: Json[] }> {
      const sandbox = new TelecomxHarness();
      const admin = await sandbox.login(ADMIN);
      const records = (await sandbox.call('GET', collection, { token: admin })).body;
      return { sandbox, admin, records };
    }

    /** Deletes the seeded entry for the test body's zone, so a create of that zone can succeed. */
    async function freeZone(sandbox: TelecomxHarness, admin: string, records: Json[]): Promise<void> {
      const seeded = records.find(kindCase.isSameZone);
      assert.ok(seeded, 'the seed prices this zone');
      assert.equal((await sandbox.call('DELETE', `${collection}/${seeded._id}`, { token: admin })).status, 200);
    }

    test('list is a bare array in id order; get answers one entry', async () => {
      const { sandbox, admin, records } = await setUp();
      assert.ok(Array.isArray(records) && records.length >= 6);
      const ids = records.map((record) => record._id);
      assert.deepEqual(ids, [...ids].sort());
      const answer = await sandbox.call('GET', `${collection}/${records[1]._id}`, { token: admin });
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, records[1]);
    });

    test('cost is for ADMIN only, wholesale for RESELLER and up, prices for VIEWER too', async () => {
      const { sandbox, records } = await setUp();
      const everything = Object.keys(records[0]);
      for (const field of [...kindCase.costFields, ...kindCase.wholesaleFields]) assert.ok(everything.includes(field), field);
      const expectations: [string, string[]][] = [
        [RESELLER, everything.filter((field) => !kindCase.costFields.includes(field))],
        [VIEWER, everything.filter((field) => !kindCase.costFields.includes(field) && !kindCase.wholesaleFields.includes(field))],
      ];
      for (const [user, visible] of expectations) {
        const token = await sandbox.login(user);
        const listed = await sandbox.call('GET', collection, { token });
        assert.equal(listed.status, 200);
        assert.equal(listed.body.length, records.length);
        for (const record of listed.body) assert.deepEqual(Object.keys(record), visible, user);
        const one = await sandbox.call('GET', `${collection}/${records[0]._id}`, { token });
        assert.deepEqual(Object.keys(one.body), visible, `${user} get`);
      }
    });

    test('create answers the new entry and lists it; a taken zone is 409 stayingRegion', async () => {
      const { sandbox, admin, records } = await setUp();
      const duplicate = await sandbox.call('POST', collection, { token: admin, body: kindCase.body });
      assert.deepEqual(duplicate.body, { error: 'stayingRegion', message: 'There already exists an entry for the selected staying region' });
      assert.equal(duplicate.status, 409);
      await freeZone(sandbox, admin, records);
      const created = await sandbox.call('POST', collection, { token: admin, body: kindCase.body });
      assert.equal(created.status, 200);
      assert.match(created.body._id, /^[0-9a-f]{24}$/);
      assert.deepEqual({ ...created.body, _id: undefined }, { ...kindCase.body, _id: undefined });
      const fetched = await sandbox.call('GET', `${collection}/${created.body._id}`, { token: admin });
      assert.deepEqual(fetched.body, created.body);
      const again = await sandbox.call('POST', collection, { token: admin, body: kindCase.body });
      assert.deepEqual(failure(again), { status: 409, error: 'stayingRegion' });
    });

    test('create refuses each missing or invalid price field with 422 "<Field> is invalid"', async () => {
      const { sandbox, admin, records } = await setUp();
      await freeZone(sandbox, admin, records);
      for (const field of kindCase.priceFields) {
        for (const bad of [undefined, -1, '1.5', null]) {
          const answer = await sandbox.call('POST', collection, { token: admin, body: { ...kindCase.body, [field]: bad } });
          assert.equal(answer.status, 422, `${field} = ${String(bad)}`);
          assert.deepEqual(answer.body, { error: field, message: `${capitalised(field)} is invalid` });
        }
      }
      const zero = await sandbox.call('POST', collection, { token: admin, body: { ...kindCase.body, [kindCase.priceFields[0]]: 0 } });
      assert.equal(zero.status, 200, 'a price of 0 is valid');
    });

    test('create refuses an unknown staying region, unknown fields and a malformed _id', async () => {
      const { sandbox, admin } = await setUp();
      const unknownZone = await sandbox.call('POST', collection, { token: admin, body: { ...kindCase.body, stayingRegion: 'MARS' } });
      assert.deepEqual(unknownZone.body, { error: 'stayingRegion', message: 'Staying region is not recognized' });
      assert.equal(unknownZone.status, 422);
      assert.deepEqual(failure(await sandbox.call('POST', collection, { token: admin, body: { ...kindCase.body, stayingRegion: 'eu' } })), { status: 422, error: 'stayingRegion' });
      assert.deepEqual(failure(await sandbox.call('POST', collection, { token: admin, body: { ...kindCase.body, vat: 0.25 } })), { status: 422, error: 'vat' });
      assert.deepEqual(failure(await sandbox.call('POST', collection, { token: admin, body: { ...kindCase.body, _id: 'xyz' } })), { status: 422, error: '_id' });
      assert.deepEqual(failure(await sandbox.call('POST', collection, { token: admin, body: [kindCase.body] })), { status: 400, error: 'bad_request' });
    });

    test('update changes any subset of the prices and answers the updated entry', async () => {
      const { sandbox, admin, records } = await setUp();
      const target = records[2];
      const [firstField, secondField] = kindCase.priceFields;
      const answer = await sandbox.call('POST', `${collection}/${target._id}`, { token: admin, body: { [firstField]: 0.5, [secondField]: 7 } });
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { ...target, [firstField]: 0.5, [secondField]: 7 });
      const fetched = await sandbox.call('GET', `${collection}/${target._id}`, { token: admin });
      assert.deepEqual(fetched.body, answer.body);
      const viaPut = await sandbox.call('PUT', `${collection}/${target._id}`, { token: admin, body: { ...answer.body } });
      assert.equal(viaPut.status, 200, 'the whole object sent back unchanged is accepted');
      assert.deepEqual(viaPut.body, answer.body);
    });

    test('update refuses each invalid price field (seed 004) and changed identity fields, changing nothing', async () => {
      const { sandbox, admin, records } = await setUp();
      const target = records[0];
      const path = `${collection}/${target._id}`;
      for (const field of kindCase.priceFields) {
        const answer = await sandbox.call('POST', path, { token: admin, body: { [field]: 'abc' } });
        assert.equal(answer.status, 422);
        assert.deepEqual(answer.body, { error: field, message: `${capitalised(field)} is invalid` });
      }
      const moved = await sandbox.call('POST', path, { token: admin, body: { stayingRegion: 'WORLD3' } });
      assert.deepEqual(moved.body, { error: 'stayingRegion', message: 'StayingRegion cannot be changed' });
      assert.deepEqual(failure(await sandbox.call('POST', path, { token: admin, body: { _id: records[1]._id } })), { status: 422, error: '_id' });
      assert.deepEqual(failure(await sandbox.call('POST', path, { token: admin, body: { discount: 1 } })), { status: 422, error: 'discount' });
      assert.deepEqual((await sandbox.call('GET', path, { token: admin })).body, target);
    });

    test('unknown or malformed ids are 404 id on get, update and delete', async () => {
      const { sandbox, admin } = await setUp();
      for (const id of ['ffffffffffffffffffffffff', '123457890ABCDEF1234578']) {
        for (const method of ['GET', 'POST', 'DELETE']) {
          const answer = await sandbox.call(method, `${collection}/${id}`, { token: admin, body: method === 'POST' ? {} : undefined });
          assert.equal(answer.status, 404, `${method} ${id}`);
          assert.deepEqual(answer.body, { error: 'id', message: kindCase.notFound });
        }
      }
    });

    test('delete answers success and the entry is gone', async () => {
      const { sandbox, admin, records } = await setUp();
      const answer = await sandbox.call('DELETE', `${collection}/${records[0]._id}`, { token: admin });
      assert.deepEqual(answer.body, { success: true });
      assert.equal(answer.status, 200);
      const listed = await sandbox.call('GET', collection, { token: admin });
      assert.equal(listed.body.length, records.length - 1);
      assert.deepEqual(failure(await sandbox.call('GET', `${collection}/${records[0]._id}`, { token: admin })), { status: 404, error: 'id' });
    });

    test('VIEWER and RESELLER writes are 403 access_denied, even for unknown ids', async () => {
      const { sandbox, records } = await setUp();
      for (const user of [VIEWER, RESELLER]) {
        const token = await sandbox.login(user);
        const answers = [
          await sandbox.call('POST', collection, { token, body: kindCase.body }),
          await sandbox.call('POST', `${collection}/${records[0]._id}`, { token, body: {} }),
          await sandbox.call('DELETE', `${collection}/${records[0]._id}`, { token }),
          await sandbox.call('DELETE', `${collection}/ffffffffffffffffffffffff`, { token }),
        ];
        for (const answer of answers) assert.deepEqual(failure(answer), { status: 403, error: 'access_denied' });
      }
    });
  });
}

describe('TelecomX voice specifics', () => {
  test('the list is OUT by default, IN on request, anything else 422 direction', async () => {
    const sandbox = new TelecomxHarness();
    const admin = await sandbox.login(ADMIN);
    const outgoing = (await sandbox.call('GET', '/roaming/voice', { token: admin })).body;
    const explicitOut = (await sandbox.call('GET', '/roaming/voice', { token: admin, query: { direction: 'OUT' } })).body;
    const incoming = (await sandbox.call('GET', '/roaming/voice', { token: admin, query: { direction: 'IN' } })).body;
    assert.deepEqual(explicitOut, outgoing);
    assert.ok(outgoing.length > 0 && incoming.length > 0);
    assert.ok(outgoing.every((record: Json) => record.direction === 'OUT' && typeof record.calledRegion === 'string'));
    assert.ok(incoming.every((record: Json) => record.direction === 'IN' && !('calledRegion' in record)));
    const invalid = await sandbox.call('GET', '/roaming/voice', { token: admin, query: { direction: 'SIDEWAYS' } });
    assert.deepEqual(invalid.body, { error: 'direction', message: 'Direction is invalid' });
    assert.equal(invalid.status, 422);
  });

  test('create: direction defaults to OUT, OUT needs a known calledRegion, IN refuses one', async () => {
    const sandbox = new TelecomxHarness();
    const admin = await sandbox.login(ADMIN);
    const outgoing = (await sandbox.call('GET', '/roaming/voice', { token: admin })).body;
    const incoming = (await sandbox.call('GET', '/roaming/voice', { token: admin, query: { direction: 'IN' } })).body;
    const euToWorld1 = outgoing.find((record: Json) => record.stayingRegion === 'EU' && record.calledRegion === 'WORLD1');
    const euIn = incoming.find((record: Json) => record.stayingRegion === 'EU');
    await sandbox.call('DELETE', `/roaming/voice/${euToWorld1._id}`, { token: admin });
    await sandbox.call('DELETE', `/roaming/voice/${euIn._id}`, { token: admin });

    const withoutDirection = await sandbox.call('POST', '/roaming/voice', { token: admin, body: { stayingRegion: 'EU', calledRegion: 'WORLD1', ...VOICE_PRICES } });
    assert.equal(withoutDirection.status, 200);
    assert.equal(withoutDirection.body.direction, 'OUT');

    const cases: [Record<string, unknown>, string, string][] = [
      [{ stayingRegion: 'EU', ...VOICE_PRICES }, 'calledRegion', 'Called region is not recognized'],
      [{ stayingRegion: 'EU', calledRegion: 'MOON', ...VOICE_PRICES }, 'calledRegion', 'Called region is not recognized'],
      [{ stayingRegion: 'EU', direction: 'IN', calledRegion: 'HOMELAND', ...VOICE_PRICES }, 'calledRegion', 'Called region is only used for direction OUT'],
      [{ stayingRegion: 'EU', direction: 'in', ...VOICE_PRICES }, 'direction', 'Direction is invalid'],
      [{ stayingRegion: 'EU', direction: 'OUT', calledRegion: 'WORLD1', ...VOICE_PRICES }, 'stayingRegion', 'There already exists an entry for the selected staying region'],
    ];
    for (const [body, error, message] of cases) {
      assert.deepEqual((await sandbox.call('POST', '/roaming/voice', { token: admin, body })).body, { error, message });
    }

    const incomingCreated = await sandbox.call('POST', '/roaming/voice', { token: admin, body: { stayingRegion: 'EU', direction: 'IN', ...VOICE_PRICES } });
    assert.equal(incomingCreated.status, 200);
    assert.equal('calledRegion' in incomingCreated.body, false);
  });

  test('update cannot change calledRegion or direction', async () => {
    const sandbox = new TelecomxHarness();
    const admin = await sandbox.login(ADMIN);
    const target = (await sandbox.call('GET', '/roaming/voice', { token: admin })).body[0];
    for (const [field, value] of [['calledRegion', 'WORLD3'], ['direction', 'IN']]) {
      const answer = await sandbox.call('POST', `/roaming/voice/${target._id}`, { token: admin, body: { [field]: value } });
      assert.deepEqual(answer.body, { error: field, message: `${capitalised(field)} cannot be changed` });
    }
  });
});
