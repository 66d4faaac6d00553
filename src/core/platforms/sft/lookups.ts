// Read-only SFT lookups that are not kinds of their own: the account's network list (where tadigCode +
// categoryGroupId pairs come from), its ratezones and rate plans (what holds an object a delete is refused
// for), and "which destination groups hold this TADIG". The explorer's Networks folder reads them.
import type { CallOptions } from '../../http/types';
import { arrayField, asText, type JsonObject } from '../documentValues';
import type { PlatformClient } from '../resourceKind';
import { readSftRows } from './envelope';

export interface NetworkRow {
  readonly tadigCode: string;
  /** The supplier (sponsor) through which the network is reached. */
  readonly categoryGroupId: string;
  readonly supplierName: string;
  readonly operatorId: string;
  readonly operatorName: string;
  readonly countryName: string;
  readonly countryCode: string;
  readonly mcc: string;
  readonly mnc: string;
}

export interface NetworkQuery {
  readonly tadigCode?: string;
  /** Case-insensitive substring. */
  readonly operatorName?: string;
  /** Case-insensitive substring. */
  readonly countryName?: string;
  readonly categoryGroupId?: string;
}

export interface RateZoneRow {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly destGroupId: string;
  readonly roamingProfileId: string;
  readonly operators: readonly { readonly operatorId: string; readonly sponsorId: string; readonly tadig: string }[];
}

export interface RatePlanRow {
  readonly planId: string;
  readonly planName: string;
  readonly planCategory: string;
  readonly planType: string;
  readonly planStatus: string;
  /** Service profile id (`SP_1301`), or empty. */
  readonly serviceProfile: string;
  /** Destination group id, or empty. */
  readonly destinationGroup: string;
  /** Roaming profile id, or empty. */
  readonly roamingProfileId: string;
  /** Ratezone ids of the plan's benefits. */
  readonly rateZones: readonly string[];
}

export interface DestinationGroupName {
  readonly id: string;
  readonly name: string;
}

export async function listNetworks(client: PlatformClient, query: NetworkQuery = {}, options?: CallOptions): Promise<NetworkRow[]> {
  const answer = await client.call({
    method: 'GET',
    path: '/api/GetNetworkList',
    query: { tadigCode: query.tadigCode, operatorName: query.operatorName, countryName: query.countryName, categoryGroupId: query.categoryGroupId },
  }, options);
  return readSftRows(answer).map((row) => ({
    tadigCode: asText(row.tadigCode),
    categoryGroupId: asText(row.categoryGroupId),
    supplierName: asText(row.supplierName),
    operatorId: asText(row.operatorId),
    operatorName: asText(row.operatorName),
    countryName: asText(row.countryName),
    countryCode: asText(row.countryCode),
    mcc: asText(row.mcc),
    mnc: asText(row.mnc),
  }));
}

export async function listRateZones(client: PlatformClient, options?: CallOptions): Promise<RateZoneRow[]> {
  const answer = await client.call({ method: 'GET', path: '/api/GetRateZone' }, options);
  return readSftRows(answer, 'rateZoneList').map((zone) => ({
    id: asText(zone.id),
    name: asText(zone.name),
    status: asText(zone.status),
    destGroupId: asText(zone.destGroupId),
    roamingProfileId: asText(zone.roamingProfileId),
    operators: arrayField(zone, 'operatorIdList').map((item) => {
      const operator = item as JsonObject;
      return { operatorId: asText(operator.operatorId), sponsorId: asText(operator.sponsorId), tadig: asText(operator.tadig) };
    }),
  }));
}

export async function listRatePlans(
  client: PlatformClient, query: { planCategory?: string; planType?: string } = {}, options?: CallOptions,
): Promise<RatePlanRow[]> {
  const answer = await client.call({ method: 'GET', path: '/api/QueryRatePlan', query }, options);
  return readSftRows(answer).map((plan) => ({
    planId: asText(plan.planId),
    planName: asText(plan.planName),
    planCategory: asText(plan.planCategory),
    planType: asText(plan.planType),
    planStatus: asText(plan.planStatus),
    serviceProfile: asText(plan.serviceProfile),
    destinationGroup: asText(plan.destinationGroup),
    roamingProfileId: asText(plan.roamingProfileId),
    rateZones: arrayField(plan, 'benefit').map((benefit) => asText((benefit as JsonObject).rateZone)).filter((id) => id !== ''),
  }));
}

/** The plans whose service profile is `serviceProfileId`: attached profiles may only move to a higher RAT (10085). */
export async function findPlansUsingServiceProfile(client: PlatformClient, serviceProfileId: string, options?: CallOptions): Promise<RatePlanRow[]> {
  return (await listRatePlans(client, {}, options)).filter((plan) => plan.serviceProfile === serviceProfileId);
}

/** Every destination group by id and name, without their operators (cheap even for thousands of groups). */
export async function listDestinationGroupNames(client: PlatformClient, options?: CallOptions): Promise<DestinationGroupName[]> {
  const answer = await client.call({ method: 'GET', path: '/api/GetDestinationLists', query: { destinationListOnly: 'TRUE' } }, options);
  return readSftRows(answer).map((row) => ({ id: asText(row.destinationListId), name: asText(row.destinationListName) }));
}

/** The destination groups holding `tadigCode` under any supplier. */
export async function findDestinationGroupsWithTadig(client: PlatformClient, tadigCode: string, options?: CallOptions): Promise<DestinationGroupName[]> {
  const answer = await client.call({
    method: 'GET', path: '/api/GetDestinationLists', query: { tadigCode: tadigCode.trim().toUpperCase(), destinationListOnly: 'TRUE' },
  }, options);
  return readSftRows(answer).map((row) => ({ id: asText(row.destinationListId), name: asText(row.destinationListName) }));
}
