// What uses an SFT object: the roaming profiles of a destination group, the rate plans and ratezones of a group or
// a roaming profile, the plans of a service profile, the plans of a ratezone. These are exactly the links the
// platform refuses a delete for (10037, 10040, 10041, 1210, 1211, 1338), so the tree's "Used by", the delete
// command and `plan` read them from the same lists. Reading is one function; the questions are pure.
import type { CallOptions } from '../../http/types';
import type { PlatformClient, UsedBy } from '../resourceKind';
import { listRatePlans, listRateZones, type RatePlanRow, type RateZoneRow } from './lookups';
import { readSftRows } from './envelope';
import { asText } from '../documentValues';
import type { GroupOperator } from './destinationGroup';
import { readOperatorRows } from './operatorRows';

/** A roaming profile as far as its users need it (the full row lives in `roamingProfile.ts`). */
export interface ProfileLink {
  readonly roamingProfileId: string;
  readonly roamingProfileName: string;
  readonly destinationGroupId: string;
  readonly profileType?: string;
  /** The profile's own networks (`tadigList`). */
  readonly networks: readonly GroupOperator[];
}

export interface AccountUsage {
  readonly profiles: readonly ProfileLink[];
  readonly plans: readonly RatePlanRow[];
  readonly rateZones: readonly RateZoneRow[];
}

/** Which lists a question needs: a service profile is used by plans only, so the others are not read for it. */
export interface UsageNeeds {
  readonly profiles?: boolean;
  readonly plans?: boolean;
  readonly rateZones?: boolean;
}

/** The lists that link objects. A list the account has nothing in (1359 no data) reads as empty. */
export async function readUsage(client: PlatformClient, needs: UsageNeeds, options?: CallOptions): Promise<AccountUsage> {
  const [profiles, plans, rateZones] = await Promise.all([
    needs.profiles ? listProfileLinks(client, options) : [],
    needs.plans ? listRatePlans(client, {}, options) : [],
    needs.rateZones ? listRateZones(client, options) : [],
  ]);
  return { profiles, plans, rateZones };
}

export async function listProfileLinks(client: PlatformClient, options?: CallOptions): Promise<ProfileLink[]> {
  const answer = await client.call({ method: 'GET', path: '/api/GetRoamingProfile' }, options);
  return readSftRows(answer).map((row) => ({
    roamingProfileId: asText(row.roamingProfileId),
    roamingProfileName: asText(row.roamingProfileName),
    destinationGroupId: asText(row.destinationGroupId),
    ...(asText(row.profileType) && { profileType: asText(row.profileType) }),
    networks: readOperatorRows(row),
  }));
}

function profileUser(profile: ProfileLink): UsedBy {
  return {
    kind: 'roaming-profile', id: profile.roamingProfileId, name: profile.roamingProfileName,
    what: profile.profileType ? `${profile.profileType} profile` : 'roaming profile',
  };
}

const planUser = (plan: RatePlanRow): UsedBy => ({ kind: 'rate-plan', id: plan.planId, name: plan.planName, what: 'rate plan' });
const zoneUser = (zone: RateZoneRow): UsedBy => ({ kind: 'ratezone', id: zone.id, name: zone.name, what: 'ratezone' });

export function usersOfDestinationGroup(usage: AccountUsage, groupId: string): UsedBy[] {
  return [
    ...usage.profiles.filter((profile) => profile.destinationGroupId === groupId).map(profileUser),
    ...usage.plans.filter((plan) => plan.destinationGroup === groupId).map(planUser),
    ...usage.rateZones.filter((zone) => zone.destGroupId === groupId).map(zoneUser),
  ];
}

export function usersOfRoamingProfile(usage: AccountUsage, profileId: string): UsedBy[] {
  return [
    ...usage.plans.filter((plan) => plan.roamingProfileId === profileId).map(planUser),
    ...usage.rateZones.filter((zone) => zone.roamingProfileId === profileId).map(zoneUser),
  ];
}

export function usersOfServiceProfile(usage: AccountUsage, serviceProfileId: string): UsedBy[] {
  return usage.plans.filter((plan) => plan.serviceProfile === serviceProfileId).map(planUser);
}

/** The plans whose benefits are priced on the ratezone. */
export function usersOfRateZone(usage: AccountUsage, rateZoneId: string): UsedBy[] {
  return usage.plans.filter((plan) => plan.rateZones.includes(rateZoneId)).map(planUser);
}
