// Roaming Profile (seed 000, reseller variant): create from a destination group, get, modify (patch), delete.
// Codes 1201–1211 and 1359 as the contract lists them.
import { outcome, type Outcome } from '../envelope';
import type { Account, RoamingProfile } from '../model';
import { binaryFlag, describeValue, isObject, nameValue, numericId, sameName } from '../requestValues';
import type { SftStore } from '../store';
import type { HandlerContext } from './context';
import { operatorRows } from './operators';

function profileInfo(body: unknown): Record<string, unknown> | undefined {
  return isObject(body) && isObject(body.roamingProfileInfo) ? body.roamingProfileInfo : undefined;
}

function nameTaken(account: Account, name: string, except?: RoamingProfile): boolean {
  return account.roamingProfiles.some((profile) => profile !== except && sameName(profile.roamingProfileName, name));
}

function toRow(store: SftStore, profile: RoamingProfile): Record<string, unknown> {
  return {
    roamingProfileId: profile.roamingProfileId,
    roamingProfileName: profile.roamingProfileName,
    destinationGroupId: profile.destinationGroupId,
    status: profile.status,
    profileType: profile.profileType,
    tadigList: operatorRows(store, profile.networks),
  };
}

export function getRoamingProfile({ store, account, query }: HandlerContext): Outcome {
  let profiles = account.roamingProfiles;
  const wanted = query.get('roamingProfileId');
  if (wanted !== null && wanted.trim() !== '') {
    const id = numericId(wanted);
    if (id === undefined) return outcome('1205', `roamingProfileId "${wanted}" is not a number`);
    profiles = profiles.filter((profile) => profile.roamingProfileId === id);
  }
  if (profiles.length === 0) return outcome('1359');
  return { code: '1204', responseParam: { rows: profiles.map((profile) => toRow(store, profile)) } };
}

export function createRoamingProfile({ store, account, body }: HandlerContext): Outcome {
  const info = profileInfo(body);
  if (!info) return outcome('1202', 'roamingProfileInfo is mandatory');
  if (info.tadigCodeList !== undefined) {
    return outcome('1202', 'tadigCodeList is the enterprise variant; a reseller gives destinationGroupId');
  }
  const name = nameValue(info.roamingProfileName);
  if (name === undefined) return outcome('1202', 'roamingProfileName is mandatory');
  const groupId = numericId(info.destinationGroupId);
  if (groupId === undefined) return outcome('1202', `destinationGroupId is mandatory and numeric (got ${describeValue(info.destinationGroupId)})`);
  const status = binaryFlag(info.status);
  if (status === undefined) return outcome('1202', `status must be 0 or 1 (got ${describeValue(info.status)})`);
  if (nameTaken(account, name)) return outcome('1203', `"${name}"`);
  const group = account.destinationGroups.find((item) => item.destinationListId === groupId);
  if (!group) return outcome('1202', `destination group ${groupId} does not exist`);
  const roamingProfileId = store.newRoamingProfileId();
  account.roamingProfiles.push({
    roamingProfileId,
    roamingProfileName: name,
    destinationGroupId: groupId,
    status,
    profileType: 'CUSTOM',
    networks: group.operators.map((operator) => ({ ...operator })),
  });
  return { code: '1201', fields: { roamingProfileId } };
}

export function modifyRoamingProfile({ account, body }: HandlerContext): Outcome {
  const info = profileInfo(body);
  if (!info) return outcome('1207', 'roamingProfileInfo is mandatory');
  const id = numericId(info.roamingProfileId);
  if (id === undefined) return outcome('1207', 'roamingProfileId is mandatory and numeric');
  const profile = account.roamingProfiles.find((item) => item.roamingProfileId === id);
  if (!profile) return outcome('1207', `roaming profile ${id} does not exist`);
  const givesName = info.roamingProfileName !== undefined;
  const givesGroup = info.destinationGroupId !== undefined;
  const givesStatus = info.status !== undefined;
  if (!givesName && !givesGroup && !givesStatus) return outcome('1207', 'nothing to modify (roamingProfileName, destinationGroupId or status)');
  const name = givesName ? nameValue(info.roamingProfileName) : profile.roamingProfileName;
  if (name === undefined) return outcome('1207', 'roamingProfileName must not be empty');
  const groupId = givesGroup ? numericId(info.destinationGroupId) : profile.destinationGroupId;
  if (groupId === undefined) return outcome('1207', `destinationGroupId must be numeric (got ${describeValue(info.destinationGroupId)})`);
  const status = givesStatus ? binaryFlag(info.status) : profile.status;
  if (status === undefined) return outcome('1207', `status must be 0 or 1 (got ${describeValue(info.status)})`);
  if (profile.profileType === 'DEFAULT' && name !== profile.roamingProfileName) {
    return outcome('1207', 'the DEFAULT roaming profile cannot be renamed');
  }
  if (profile.profileType === 'DEFAULT' && groupId !== profile.destinationGroupId) {
    return outcome('1207', 'the DEFAULT roaming profile cannot change its destination group');
  }
  if (nameTaken(account, name, profile)) return outcome('1203', `"${name}"`);
  const group = account.destinationGroups.find((item) => item.destinationListId === groupId);
  if (!group) return outcome('1207', `destination group ${groupId} does not exist`);

  if (groupId !== profile.destinationGroupId) profile.networks = group.operators.map((operator) => ({ ...operator }));
  profile.roamingProfileName = name;
  profile.destinationGroupId = groupId;
  profile.status = status;
  return outcome('1206');
}

export function deleteRoamingProfile({ account, body }: HandlerContext): Outcome {
  const info = profileInfo(body);
  if (!info) return outcome('1209', 'roamingProfileInfo is mandatory');
  const id = numericId(info.roamingProfileId);
  if (id === undefined) return outcome('1209', 'roamingProfileId is mandatory and numeric');
  const profile = account.roamingProfiles.find((item) => item.roamingProfileId === id);
  if (!profile) return outcome('1209', `roaming profile ${id} does not exist`);
  if (profile.profileType === 'DEFAULT') return outcome('1209', 'the DEFAULT roaming profile cannot be deleted');
  const zone = account.rateZones.find((item) => item.roamingProfileId === id);
  if (zone) return outcome('1210', `ratezone ${zone.id} "${zone.name}"`);
  const plan = account.ratePlans.find((item) => item.roamingProfileId === id);
  if (plan) return outcome('1211', `plan ${plan.planId} "${plan.planName}"`);
  account.roamingProfiles = account.roamingProfiles.filter((item) => item !== profile);
  return outcome('1208');
}
