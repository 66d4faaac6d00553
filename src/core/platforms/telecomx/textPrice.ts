// TelecomX text price (wiki "Roaming Text"): the price of an SMS sent while staying in a zone.
import { simplePriceFact, zonePriceKind } from './zonePriceKind';

export const textPriceKind = zonePriceKind({
  slug: 'text-price',
  folder: 'text-prices',
  collection: '/roaming/text',
  singular: 'Text Price',
  plural: 'Text Prices',
  icon: 'comment',
  inSentence: 'text price',
  hasDirection: false,
  priceFields: ['cost', 'wholesale', 'price'],
  triples: [{ label: 'Per SMS', fields: ['cost', 'wholesale', 'price'] }],
  describe: (price, currency) => simplePriceFact(price, 'per SMS', currency),
  newDocument: { stayingRegion: 'EU', cost: 0, wholesale: 0, price: 0 },
});
