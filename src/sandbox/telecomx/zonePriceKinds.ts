// What differs between the three zone-price collections (voice, text, data); everything else about them is
// shared code. The field lists are in the order the wiki's error tables give them, which is also the order
// validation reports them in.
import { PRICE_TRIPLE_FIELDS, VOICE_RATE_FIELDS, type ZonePriceKindName } from './model';

export interface ZonePriceKind {
  readonly name: ZonePriceKindName;
  readonly notFoundMessage: string;
  readonly priceFields: readonly string[];
  /** Shown to ADMIN only. */
  readonly costFields: readonly string[];
  /** Shown to RESELLER and up. */
  readonly wholesaleFields: readonly string[];
  /** Voice only: `direction` and, for OUT, `calledRegion`. */
  readonly hasDirection: boolean;
}

export const ZONE_PRICE_KINDS: Readonly<Record<ZonePriceKindName, ZonePriceKind>> = {
  voice: {
    name: 'voice',
    notFoundMessage: 'Roaming voice not found',
    priceFields: VOICE_RATE_FIELDS,
    costFields: ['connectionFeeCost', 'rateCost'],
    wholesaleFields: ['connectionFeeWholesale', 'rateWholesale'],
    hasDirection: true,
  },
  text: {
    name: 'text',
    notFoundMessage: 'Roaming text not found',
    priceFields: PRICE_TRIPLE_FIELDS,
    costFields: ['cost'],
    wholesaleFields: ['wholesale'],
    hasDirection: false,
  },
  data: {
    name: 'data',
    notFoundMessage: 'Roaming data not found',
    priceFields: PRICE_TRIPLE_FIELDS,
    costFields: ['cost'],
    wholesaleFields: ['wholesale'],
    hasDirection: false,
  },
};

export function isZonePriceKindName(value: string): value is ZonePriceKindName {
  return value === 'voice' || value === 'text' || value === 'data';
}
