import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RemoteError } from '../../../../src/core/http/types';
import { dataPriceKind } from '../../../../src/core/platforms/telecomx/dataPrice';
import { textPriceKind } from '../../../../src/core/platforms/telecomx/textPrice';
import { voicePriceKind } from '../../../../src/core/platforms/telecomx/voicePrice';
import type { ZonePrice } from '../../../../src/core/platforms/telecomx/zonePriceKind';
import { CannedClient, jsonAnswer } from './support/cannedClient';

const rates = { connectionFeeCost: 0.02, connectionFeeWholesale: 0.05, connectionFee: 0.2, rateCost: 1, rateWholesale: 1.5, rate: 1.75 };
const OUT: ZonePrice = { _id: '65c3a000000000000000000f', stayingRegion: 'EU', calledRegion: 'HOMELAND', direction: 'OUT', ...rates };
const IN: ZonePrice = { _id: '65c3a0000000000000000030', stayingRegion: 'EU', direction: 'IN', ...rates };

describe('voice, text and data price kinds', () => {
  it('lists voice prices of both directions', async () => {
    const client = new CannedClient([jsonAnswer([OUT]), jsonAnswer([IN])], 'telecomx');
    const page = await voicePriceKind.list(client, {});
    assert.deepEqual(client.sent.map((request) => request.query), [{ direction: 'OUT' }, { direction: 'IN' }]);
    assert.deepEqual(page.items.map((item) => voicePriceKind.nameOf(item)), ['EU → HOMELAND', 'EU, incoming']);
  });

  it('makes documents in the contract\'s order and plans nothing when unchanged', () => {
    const document = voicePriceKind.toDocument(OUT);
    assert.deepEqual(Object.keys(document), ['stayingRegion', 'calledRegion', 'direction', 'connectionFeeCost', 'connectionFeeWholesale', 'connectionFee', 'rateCost', 'rateWholesale', 'rate']);
    assert.equal(voicePriceKind.planUpdate(OUT._id, OUT, document), undefined);
    assert.deepEqual(Object.keys(voicePriceKind.toDocument(IN)).slice(0, 2), ['stayingRegion', 'direction']);
  });

  it('updates only the changed price fields', () => {
    const plan = voicePriceKind.planUpdate(OUT._id, OUT, { ...voicePriceKind.toDocument(OUT), rate: 1.9 });
    assert.deepEqual(plan?.requests, [{ method: 'POST', path: `/roaming/voice/${OUT._id}`, body: { rate: 1.9 } }]);
  });

  it('creates with every field', () => {
    const plan = textPriceKind.planCreate({ stayingRegion: 'WORLD1', cost: 0.1, wholesale: 0.2, price: 0.3 });
    assert.deepEqual(plan.requests, [{ method: 'POST', path: '/roaming/text', body: { stayingRegion: 'WORLD1', cost: 0.1, wholesale: 0.2, price: 0.3 } }]);
    assert.throws(() => dataPriceKind.planCreate({ stayingRegion: 'WORLD1', cost: 0.1, price: 0.3 }), (error: unknown) => error instanceof RemoteError && error.pointer === '/wholesale');
  });

  it('refuses changing the zone of an existing price before sending', () => {
    for (const [field, value] of [['stayingRegion', 'NORDIC'], ['calledRegion', 'EU'], ['direction', 'IN']] as const) {
      assert.throws(
        () => voicePriceKind.planUpdate(OUT._id, OUT, { ...voicePriceKind.toDocument(OUT), [field]: value }),
        (error: unknown) => error instanceof RemoteError && error.kind === 'refused' && error.pointer === `/${field}`,
        field,
      );
    }
  });

  it('wants calledRegion for OUT and refuses it for IN', () => {
    const { calledRegion: _called, ...withoutCalled } = voicePriceKind.toDocument(OUT);
    assert.deepEqual(voicePriceKind.checkDocument(withoutCalled, undefined).map((problem) => problem.code), ['calledRegion-missing']);
    assert.deepEqual(voicePriceKind.checkDocument({ ...voicePriceKind.toDocument(IN), calledRegion: 'EU' }, undefined).map((problem) => problem.code), ['calledRegion-superfluous']);
  });

  it('lets an account edit a price whose cost it cannot see, but never drop a visible one', () => {
    const { connectionFeeCost: _a, rateCost: _b, ...seenByReseller } = OUT;
    assert.deepEqual(voicePriceKind.checkDocument(voicePriceKind.toDocument(seenByReseller), seenByReseller), []);
    const { rate: _c, ...withoutRate } = voicePriceKind.toDocument(OUT);
    assert.deepEqual(voicePriceKind.checkDocument(withoutRate, OUT).map((problem) => [problem.pointer, problem.code]), [['/rate', 'price-missing']]);
  });

  it('warns about price order and refuses negative prices', () => {
    const problems = textPriceKind.checkDocument({ stayingRegion: 'EU', cost: 0.3, wholesale: 0.2, price: -0.1 }, undefined);
    assert.deepEqual(problems.map((problem) => [problem.pointer, problem.severity]), [['/price', 'error'], ['/wholesale', 'warning'], ['/price', 'warning']]);
  });

  it('presents the price with its margin', () => {
    const shown = dataPriceKind.present({ _id: '65c3a0000000000000000045', stayingRegion: 'NORDIC', cost: 0.0085, wholesale: 0.0106, price: 0.0162 });
    assert.equal(shown.label, 'NORDIC');
    assert.equal(shown.description, '0.0162 per MB · 65c3a0000000000000000045');
    assert.match(shown.tooltip, /Per MB: 0\.0162 \(cost 0\.0085, margin 0\.0077 = 47\.5 %\); wholesale 0\.0106/);
  });
});
