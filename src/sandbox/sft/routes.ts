// The SFT API's paths (case-sensitive, as the seeds print them) and what answers each.
import type { ResourceHandler } from './resources/context';
import { createDestinationGroup, deleteDestinationGroup, getDestinationLists, modifyDestinationGroup } from './resources/destinationGroups';
import { getNetworkList, getRateZone, queryRatePlan } from './resources/lookups';
import { createRoamingProfile, deleteRoamingProfile, getRoamingProfile, modifyRoamingProfile } from './resources/roamingProfiles';
import { createServiceProfile, deleteServiceProfile, getServiceProfile, modifyServiceProfile } from './resources/serviceProfiles';

export type Route =
  | { readonly method: 'POST'; readonly kind: 'login' }
  | { readonly method: 'GET'; readonly kind: 'refresh' }
  | { readonly method: 'GET' | 'POST'; readonly kind: 'resource'; readonly handler: ResourceHandler };

const read = (handler: ResourceHandler): Route => ({ method: 'GET', kind: 'resource', handler });
const write = (handler: ResourceHandler): Route => ({ method: 'POST', kind: 'resource', handler });

export const SFT_ROUTES: Readonly<Record<string, Route>> = {
  '/api/login': { method: 'POST', kind: 'login' },
  '/api/RefreshToken': { method: 'GET', kind: 'refresh' },

  '/api/createRoamingProfile': write(createRoamingProfile),
  '/api/GetRoamingProfile': read(getRoamingProfile),
  // The plural is what third-party clients call; the contract serves both.
  '/api/GetRoamingProfiles': read(getRoamingProfile),
  '/api/modifyRoamingProfile': write(modifyRoamingProfile),
  '/api/deleteRoamingProfile': write(deleteRoamingProfile),

  '/api/createDestinationGroup': write(createDestinationGroup),
  '/api/GetDestinationLists': read(getDestinationLists),
  '/api/modifyDestinationGroup': write(modifyDestinationGroup),
  '/api/deleteDestinationGroup': write(deleteDestinationGroup),

  '/api/CreateServiceProfile': write(createServiceProfile),
  '/api/GetServiceProfile': read(getServiceProfile),
  '/api/ModifyServiceProfile': write(modifyServiceProfile),
  '/api/DeleteServiceProfile': write(deleteServiceProfile),

  '/api/GetNetworkList': read(getNetworkList),
  '/api/GetRateZone': read(getRateZone),
  '/api/QueryRatePlan': read(queryRatePlan),
};

export function findRoute(path: string): Route | undefined {
  return Object.prototype.hasOwnProperty.call(SFT_ROUTES, path) ? SFT_ROUTES[path] : undefined;
}
