// The TelecomX objects as they travel on the wire and sit in the persisted state (one shape for both, so an
// exported state file reads like API answers).

export const NETWORKS = ['TELENOR', 'TDC'] as const;
export type Network = (typeof NETWORKS)[number];

export interface RegionName {
  readonly language: string;
  readonly text: string;
}

/** `sms` and `data`: cost ≤ wholesale ≤ price by convention, not enforced (the vendor does not document it). */
export interface PriceTriple {
  readonly cost?: number;
  readonly wholesale?: number;
  readonly price?: number;
}

export interface VoiceRates {
  readonly connectionFeeCost?: number;
  readonly connectionFeeWholesale?: number;
  readonly connectionFee?: number;
  readonly rateCost?: number;
  readonly rateWholesale?: number;
  readonly rate?: number;
}

export interface OutboundVoiceRates extends VoiceRates {
  /** The region called. */
  readonly _id: string;
}

export interface RegionVoice {
  readonly inbound?: VoiceRates;
  readonly outbound?: readonly OutboundVoiceRates[];
}

export interface Region {
  readonly _id: string;
  readonly names: readonly RegionName[];
  readonly network: Network;
  readonly homeland: boolean;
  readonly roamLikeHome: boolean;
  readonly notes?: string;
  readonly sms?: PriceTriple;
  readonly data?: PriceTriple;
  readonly voice?: RegionVoice;
}

export const PRICE_TRIPLE_FIELDS = ['cost', 'wholesale', 'price'] as const;
export const VOICE_RATE_FIELDS = [
  'connectionFeeCost',
  'connectionFeeWholesale',
  'connectionFee',
  'rateCost',
  'rateWholesale',
  'rate',
] as const;

export const STAYING_REGIONS = ['NORDIC', 'EU', 'REST_OF_EUROPE', 'WORLD1', 'WORLD2', 'WORLD3'] as const;
export type StayingRegion = (typeof STAYING_REGIONS)[number];
export const CALLED_REGIONS = ['HOMELAND', ...STAYING_REGIONS] as const;
export type CalledRegion = (typeof CALLED_REGIONS)[number];
export const DIRECTIONS = ['OUT', 'IN'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A zone price of the older model without its id: voice, text or data, keyed by the zone the phone stays in. */
export interface ZonePriceFields {
  readonly stayingRegion: StayingRegion;
  /** Voice OUT only. */
  readonly calledRegion?: CalledRegion;
  /** Voice only. */
  readonly direction?: Direction;
  readonly [priceField: string]: string | number | undefined;
}

export interface ZonePrice extends ZonePriceFields {
  readonly _id: string;
}

export type ZonePriceKindName = 'voice' | 'text' | 'data';

export interface TelecomxData {
  readonly regions: Region[];
  readonly voice: ZonePrice[];
  readonly text: ZonePrice[];
  readonly data: ZonePrice[];
}
