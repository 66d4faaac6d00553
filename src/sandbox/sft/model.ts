// The SFT simulator's state: plain JSON (ids and enums as strings, as the API answers them), so that
// `exportState()` can hand it to the state file as it is and `importState()` can take it back.

/** A network is reached through a supplier: the pair (TADIG, supplier) is the key everywhere in SFT. */
export interface NetworkKey {
  readonly tadigCode: string;
  /** Supplier (sponsor) id; the ratezone API calls the same value `sponsorId`. */
  readonly categoryGroupId: string;
}

export interface Network extends NetworkKey {
  readonly supplierName: string;
  /** Identifies the operator's network whatever the supplier (the ratezone API's `operatorId`). */
  readonly operatorId: string;
  readonly operatorName: string;
  readonly countryName: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
  readonly mcc: string;
  readonly mnc: string;
}

export interface DestinationGroup {
  destinationListId: string;
  destinationListName: string;
  operators: NetworkKey[];
}

export type ProfileType = 'DEFAULT' | 'CUSTOM';
export type BinaryFlag = '0' | '1';

export interface RoamingProfile {
  roamingProfileId: string;
  roamingProfileName: string;
  destinationGroupId: string;
  status: BinaryFlag;
  profileType: ProfileType;
  /** The profile's own copy of its networks: a CUSTOM profile keeps it when its group changes. */
  networks: NetworkKey[];
}

export interface ServiceProfile {
  profileId: string;
  profileName: string;
  /** `0` base, `1` addon. */
  category: BinaryFlag;
  status: BinaryFlag;
  /** Service codes in the order they were given (`1` DATA, `2` SMS-MO, `3` SMS-MT, `4` NB-IoT). */
  services: string[];
  /** Present only when a service needs a RAT (DATA, SMS-MO, SMS-MT). */
  accessType?: string;
}

export interface RateZone {
  id: string;
  name: string;
  status: BinaryFlag;
  destGroupId: string;
  roamingProfileId: string;
  operators: NetworkKey[];
}

export interface RatePlanBenefit {
  benefitId: string;
  rateZone: string;
}

export interface RatePlan {
  planId: string;
  planName: string;
  planCategory: 'ADDON' | 'NORMAL' | 'TEST' | 'INVENTORY';
  planType: string;
  planStatus: string;
  /** Service profile id (`SP_<n>`), or empty. */
  serviceProfile: string;
  /** Destination group id, or empty. */
  destinationGroup: string;
  /** Roaming profile id, or empty. */
  roamingProfileId: string;
  benefit: RatePlanBenefit[];
}

/** What an account may put in a service profile; beyond it the platform answers 6565. */
export interface ServiceEntitlement {
  services: string[];
  /** The highest access type allowed, in the RAT order of `serviceCodes.ts`. */
  maxAccessType: string;
}

export interface Account {
  accountId: string;
  accountName: string;
  /** `null` for a top-level account. Support access is allowed to any descendant. */
  parentAccountId: string | null;
  entitlement: ServiceEntitlement;
  /** The networks attached to the account (its coverage), the only ones its groups may hold. */
  networks: NetworkKey[];
  destinationGroups: DestinationGroup[];
  roamingProfiles: RoamingProfile[];
  serviceProfiles: ServiceProfile[];
  rateZones: RateZone[];
  ratePlans: RatePlan[];
}

export interface NextIds {
  roamingProfile: number;
  destinationGroup: number;
  serviceProfile: number;
}

export const STATE_FORMAT = 'roaming-workbench/sft-sandbox';

export interface SftState {
  format: typeof STATE_FORMAT;
  version: 1;
  size: 'small' | 'large';
  /** Every network the platform knows, whichever account it is attached to. */
  networks: Network[];
  accounts: Account[];
  /** Ids are platform-wide and never reused, even after a delete. */
  nextIds: NextIds;
}

export function networkKeyOf(key: NetworkKey): string {
  return `${key.tadigCode}|${key.categoryGroupId}`;
}
