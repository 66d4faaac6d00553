// TelecomX data price (wiki "Roaming Data"): the price per megabyte used while staying in a zone.
import { simplePriceFact, zonePriceKind } from './zonePriceKind';

export const dataPriceKind = zonePriceKind({
  slug: 'data-price',
  folder: 'data-prices',
  collection: '/roaming/data',
  singular: 'Data Price',
  plural: 'Data Prices',
  icon: 'cloud',
  inSentence: 'data price',
  hasDirection: false,
  priceFields: ['cost', 'wholesale', 'price'],
  triples: [{ label: 'Per MB', fields: ['cost', 'wholesale', 'price'] }],
  describe: (price, currency) => simplePriceFact(price, 'per MB', currency),
  newDocument: { stayingRegion: 'EU', cost: 0, wholesale: 0, price: 0 },
});
