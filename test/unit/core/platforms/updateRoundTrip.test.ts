// For any remote object and any edit of it, the planned update — applied the way the API applies it — leaves
// the remote holding exactly the edited document; and an unedited document plans nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { regionKind, type Region, type RegionDocument } from '../../../../src/core/platforms/telecomx/region';
import { voicePriceKind } from '../../../../src/core/platforms/telecomx/voicePrice';
import type { ZonePrice } from '../../../../src/core/platforms/telecomx/zonePriceKind';

const price = fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true });
const triple = fc.record({ cost: price, wholesale: price, price });
const names = fc.uniqueArray(fc.record({ language: fc.constantFrom('eng', 'dan', 'swe', 'deu'), text: fc.string({ minLength: 1, maxLength: 8 }) }), { minLength: 1, maxLength: 3, selector: (name) => name.language });
const regionDocument = fc.record({
  names,
  network: fc.constant('TDC'),
  homeland: fc.constant(false),
  roamLikeHome: fc.boolean(),
  notes: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  sms: fc.option(triple, { nil: undefined }),
  data: fc.option(triple, { nil: undefined }),
}) as fc.Arbitrary<RegionDocument>;

/** What TelecomX does with an update body: each field sent replaces the stored one; `null` removes it. */
function applyRegionUpdate(remote: Region, body: Record<string, unknown>): Region {
  const merged: Record<string, unknown> = { ...remote, ...body };
  for (const [field, value] of Object.entries(merged)) if (value === null) delete merged[field];
  return merged as unknown as Region;
}

describe('update round trips', () => {
  it('region: the planned body turns the remote into the edited document', () => {
    fc.assert(fc.property(regionDocument, regionDocument, (remoteDocument, edited) => {
      const remote: Region = { _id: 'a'.repeat(24), ...remoteDocument };
      assert.equal(regionKind.planUpdate(remote._id, remote, regionKind.toDocument(remote)), undefined);
      const plan = regionKind.planUpdate(remote._id, remote, edited);
      const after = plan ? applyRegionUpdate(remote, plan.requests[0].body as Record<string, unknown>) : remote;
      assert.deepEqual(regionKind.toDocument(after), regionKind.toDocument({ _id: remote._id, ...edited }));
    }));
  });

  it('voice price: only changed prices are sent, and they are enough', () => {
    const rates = fc.record({ connectionFeeCost: price, connectionFeeWholesale: price, connectionFee: price, rateCost: price, rateWholesale: price, rate: price });
    fc.assert(fc.property(rates, rates, (before, edited) => {
      const remote: ZonePrice = { _id: 'b'.repeat(24), stayingRegion: 'EU', calledRegion: 'NORDIC', direction: 'OUT', ...before };
      const document = { ...voicePriceKind.toDocument(remote), ...edited };
      const plan = voicePriceKind.planUpdate(remote._id, remote, document);
      const body = (plan?.requests[0].body ?? {}) as Record<string, number>;
      for (const [field, value] of Object.entries(body)) assert.notEqual(value, remote[field], `${field} is sent only when it changed`);
      assert.deepEqual(voicePriceKind.toDocument({ ...remote, ...body }), document);
    }));
  });
});
