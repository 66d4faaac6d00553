// TelecomX prices carry no currency in the API: the connection says it (DKK when it does not), and every price
// shown in the tree says it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currencyOf } from '../../../../src/core/http/connection';
import { regionKind, type Region } from '../../../../src/core/platforms/telecomx/region';
import { textPriceKind } from '../../../../src/core/platforms/telecomx/textPrice';
import { voicePriceKind } from '../../../../src/core/platforms/telecomx/voicePrice';

describe('currency of prices', () => {
  it('is the connection\'s, DKK when unset, and none on SFT', () => {
    assert.equal(currencyOf({ platform: 'telecomx' }), 'DKK');
    assert.equal(currencyOf({ platform: 'telecomx', currency: 'EUR' }), 'EUR');
    assert.equal(currencyOf({ platform: 'sft', currency: 'EUR' }), undefined);
  });

  it('is shown with every price of the tree', () => {
    const text = textPriceKind.present({ _id: '65c3a0000000000000000040', stayingRegion: 'EU', cost: 0.01, wholesale: 0.02, price: 0.057 } as never, { currency: 'DKK' });
    assert.match(text.description ?? '', /^0\.057 DKK per SMS/);
    assert.match(text.tooltip, /0\.057 DKK/);
    const voice = voicePriceKind.present({ _id: '65c3a0000000000000000041', stayingRegion: 'EU', calledRegion: 'EU', direction: 'OUT', connectionFee: 0, rate: 0.247 } as never, { currency: 'EUR' });
    assert.match(voice.description ?? '', /^0\.247 EUR\/min \+ 0 EUR per call/);
    const region = regionKind.present({ _id: '65c3a0000000000000000001', names: [{ language: 'eng', text: 'Denmark' }], network: 'TDC', homeland: true, roamLikeHome: false, data: { cost: 0, wholesale: 0, price: 0.1 } } as Region, { currency: 'DKK' });
    assert.match(region.description ?? '', /data 0\.1 DKK\/MB/);
  });
});
