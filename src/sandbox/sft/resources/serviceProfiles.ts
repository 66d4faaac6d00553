// Service Profile (seed 002): create, get, modify, delete, with the service/RAT rules of the contract
// (accessType needed for DATA/SMS, obsolete values 10111, entitlement 6565, higher RAT only when attached to a
// plan 10085, no service change on an addon 10100).
import { outcome, type Outcome } from '../envelope';
import type { Account, ServiceProfile } from '../model';
import { binaryFlag, describeValue, isObject, nameValue, sameName } from '../requestValues';
import {
  ACCESS_TYPE_NAMES, needsAccessType, parseAccessType, parseServices, ratRank, serviceNameList,
} from '../serviceCodes';
import type { HandlerContext } from './context';

const SERVICE_PROFILE_ID = /^SP_\d+$/;

function serviceProfileInfo(body: unknown): Record<string, unknown> | undefined {
  if (!isObject(body) || !isObject(body.Request) || !isObject(body.Request.requestParam)) return undefined;
  const profile = body.Request.requestParam.serviceProfile;
  return isObject(profile) ? profile : undefined;
}

function nameTaken(account: Account, name: string, except?: ServiceProfile): boolean {
  return account.serviceProfiles.some((profile) => profile !== except && sameName(profile.profileName, name));
}

function toRow(profile: ServiceProfile): Record<string, string> {
  const row: Record<string, string> = {
    profileId: profile.profileId,
    profileName: profile.profileName,
    category: profile.category,
    status: profile.status,
    service: profile.services.join('|'),
    serviceName: serviceNameList(profile.services),
  };
  if (profile.accessType !== undefined) {
    row.accessType = profile.accessType;
    row.ratTypeName = ACCESS_TYPE_NAMES[profile.accessType] ?? profile.accessType;
  }
  return row;
}

/** What the services and the access type must satisfy together; `failureCode` is 1324 or 1326. */
function checkServicesAndRat(services: readonly string[], rawAccessType: unknown, failureCode: string): Outcome | { accessType?: string } {
  if (!needsAccessType(services)) {
    if (rawAccessType !== undefined) return outcome(failureCode, 'accessType is only allowed with DATA, SMS-MO or SMS-MT');
    return {};
  }
  if (rawAccessType === undefined) return outcome(failureCode, 'accessType is mandatory with DATA, SMS-MO or SMS-MT');
  const parsed = parseAccessType(rawAccessType);
  if (parsed.kind === 'obsolete') return outcome('10111', `accessType "${parsed.accessType}"`);
  if (parsed.kind === 'invalid') return outcome(failureCode, parsed.reason);
  return { accessType: parsed.accessType };
}

function isOutcome(value: Outcome | { accessType?: string }): value is Outcome {
  return 'code' in value;
}

/** 6565: the account may not offer more services or a higher RAT than it is entitled to. */
function beyondEntitlement(account: Account, services: readonly string[], accessType: string | undefined): string | undefined {
  const notEntitled = services.find((code) => !account.entitlement.services.includes(code));
  if (notEntitled) return `account ${account.accountId} is not entitled to service ${notEntitled}`;
  if (accessType !== undefined && ratRank(accessType) > ratRank(account.entitlement.maxAccessType)) {
    return `account ${account.accountId} is entitled up to accessType ${account.entitlement.maxAccessType}`;
  }
  return undefined;
}

export function getServiceProfile({ account, query }: HandlerContext): Outcome {
  let profiles = account.serviceProfiles;
  const wanted = query.get('serviceProfileId');
  if (wanted !== null && wanted.trim() !== '') {
    const id = wanted.trim();
    if (!SERVICE_PROFILE_ID.test(id)) return outcome('1328', `serviceProfileId "${wanted}" is not of the form SP_<n>`);
    profiles = profiles.filter((profile) => profile.profileId === id);
  }
  if (profiles.length === 0) return outcome('1359');
  return { code: '1331', responseParam: { rows: profiles.map(toRow) } };
}

export function createServiceProfile({ store, account, body }: HandlerContext): Outcome {
  const info = serviceProfileInfo(body);
  if (!info) return outcome('1324', 'Request.requestParam.serviceProfile is mandatory');
  const name = nameValue(info.name);
  if (name === undefined) return outcome('1324', 'name is mandatory');
  const category = binaryFlag(info.category);
  if (category === undefined) return outcome('1324', `category must be 0 (base) or 1 (addon) (got ${describeValue(info.category)})`);
  const status = binaryFlag(info.status);
  if (status === undefined) return outcome('1324', `status must be 0 or 1 (got ${describeValue(info.status)})`);
  const services = parseServices(info.service);
  if (!services.ok) return outcome('1324', services.reason);
  const rat = checkServicesAndRat(services.services, info.accessType, '1324');
  if (isOutcome(rat)) return rat;
  if (nameTaken(account, name)) return outcome('6554', `"${name}"`);
  const notAllowed = beyondEntitlement(account, services.services, rat.accessType);
  if (notAllowed) return outcome('6565', notAllowed);
  const profileId = store.newServiceProfileId();
  const profile: ServiceProfile = { profileId, profileName: name, category, status, services: services.services };
  if (rat.accessType !== undefined) profile.accessType = rat.accessType;
  account.serviceProfiles.push(profile);
  return { code: '1323', fields: { serviceProfile: profileId } };
}

export function modifyServiceProfile({ account, body }: HandlerContext): Outcome {
  const info = serviceProfileInfo(body);
  if (!info) return outcome('1326', 'Request.requestParam.serviceProfile is mandatory');
  const id = typeof info.id === 'string' ? info.id.trim() : '';
  if (!SERVICE_PROFILE_ID.test(id)) return outcome('1326', 'id is mandatory, of the form SP_<n>');
  const profile = account.serviceProfiles.find((item) => item.profileId === id);
  if (!profile) return outcome('1326', `service profile ${id} does not exist`);
  if (info.category !== undefined) return outcome('1326', 'category cannot be modified');
  const changes = ['name', 'status', 'service', 'accessType'].filter((field) => info[field] !== undefined);
  if (changes.length === 0) return outcome('1326', 'nothing to modify (name, status, service or accessType)');
  const name = info.name === undefined ? profile.profileName : nameValue(info.name);
  if (name === undefined) return outcome('1326', 'name must not be empty');
  const status = info.status === undefined ? profile.status : binaryFlag(info.status);
  if (status === undefined) return outcome('1326', `status must be 0 or 1 (got ${describeValue(info.status)})`);
  let services = profile.services;
  if (info.service !== undefined) {
    const parsed = parseServices(info.service);
    if (!parsed.ok) return outcome('1326', parsed.reason);
    services = parsed.services;
  }
  // A stored access type carries over unless the new services no longer take one.
  const accessTypeInput = info.accessType ?? (needsAccessType(services) ? profile.accessType : undefined);
  const rat = checkServicesAndRat(services, accessTypeInput, '1326');
  if (isOutcome(rat)) return rat;
  const servicesChanged = services.join('|') !== profile.services.join('|');
  if (profile.category === '1' && servicesChanged) return outcome('10100', `${id} is an addon`);
  const plan = account.ratePlans.find((item) => item.serviceProfile === id);
  if (plan && profile.accessType !== undefined && isDowngrade(profile.accessType, rat.accessType)) {
    return outcome('10085', `${id} is used by plan ${plan.planId}; only a higher RAT than ${profile.accessType} is allowed`);
  }
  if (nameTaken(account, name, profile)) return outcome('6554', `"${name}"`);
  const notAllowed = beyondEntitlement(account, services, rat.accessType);
  if (notAllowed) return outcome('6565', notAllowed);

  profile.profileName = name;
  profile.status = status;
  profile.services = services;
  if (rat.accessType === undefined) delete profile.accessType;
  else profile.accessType = rat.accessType;
  return outcome('1325');
}

function isDowngrade(current: string, next: string | undefined): boolean {
  return next === undefined || ratRank(next) < ratRank(current);
}

export function deleteServiceProfile({ account, body }: HandlerContext): Outcome {
  const info = serviceProfileInfo(body);
  if (!info) return outcome('1330', 'Request.requestParam.serviceProfile is mandatory');
  const id = typeof info.id === 'string' ? info.id.trim() : '';
  if (!SERVICE_PROFILE_ID.test(id)) return outcome('1330', 'id is mandatory, of the form SP_<n>');
  const profile = account.serviceProfiles.find((item) => item.profileId === id);
  if (!profile) return outcome('1330', `service profile ${id} does not exist`);
  const plan = account.ratePlans.find((item) => item.serviceProfile === id);
  if (plan) return outcome('1338', `plan ${plan.planId} "${plan.planName}"`);
  account.serviceProfiles = account.serviceProfiles.filter((item) => item !== profile);
  return outcome('1329');
}
