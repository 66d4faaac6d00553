// TelecomX voice price (wiki "Roaming Voice"): per staying zone, direction OUT (per called zone) or IN, a
// connection fee and a per-minute rate, each as cost / wholesale / customer price.
import { money } from './prices';
import { zonePriceKind } from './zonePriceKind';

export const voicePriceKind = zonePriceKind({
  slug: 'voice-price',
  folder: 'voice-prices',
  collection: '/roaming/voice',
  singular: 'Voice Price',
  plural: 'Voice Prices',
  icon: 'call-outgoing',
  inSentence: 'voice price',
  hasDirection: true,
  priceFields: ['connectionFeeCost', 'connectionFeeWholesale', 'connectionFee', 'rateCost', 'rateWholesale', 'rate'],
  triples: [
    { label: 'Connection fee', fields: ['connectionFeeCost', 'connectionFeeWholesale', 'connectionFee'] },
    { label: 'Per minute', fields: ['rateCost', 'rateWholesale', 'rate'] },
  ],
  describe: (price, currency) => `${money(price.rate, currency)}/min + ${money(price.connectionFee, currency)} per call`,
  newDocument: {
    stayingRegion: 'EU', calledRegion: 'HOMELAND', direction: 'OUT',
    connectionFeeCost: 0, connectionFeeWholesale: 0, connectionFee: 0, rateCost: 0, rateWholesale: 0, rate: 0,
  },
});
