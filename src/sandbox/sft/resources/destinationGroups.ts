// Destination Group (seed 001): create, GetDestinationLists, modify (add/remove operators, propagated to the
// group's DEFAULT roaming profiles), delete. Codes 10029–10098 as the contract lists them.
import { outcome, type Outcome } from '../envelope';
import type { Account, DestinationGroup, NetworkKey } from '../model';
import { networkKeyOf } from '../model';
import { isObject, nameValue, numericId, sameName } from '../requestValues';
import type { HandlerContext } from './context';
import { containsOperator, describeOperator, firstDuplicate, firstNotAttached, operatorRows, parseOperatorList } from './operators';

function groupInfo(body: unknown): Record<string, unknown> | undefined {
  return isObject(body) && isObject(body.destinationGroupinfo) ? body.destinationGroupinfo : undefined;
}

function findGroup(account: Account, id: string): DestinationGroup | undefined {
  return account.destinationGroups.find((group) => group.destinationListId === id);
}

export function getDestinationLists({ store, account, query }: HandlerContext): Outcome {
  let groups = account.destinationGroups;
  const wantedId = query.get('destinationListId');
  if (wantedId !== null && wantedId.trim() !== '') {
    const id = numericId(wantedId);
    if (id === undefined) return outcome('10030', `destinationListId "${wantedId}" is not a number`);
    groups = groups.filter((group) => group.destinationListId === id);
  }
  const tadig = query.get('tadigCode')?.trim().toUpperCase();
  if (tadig) groups = groups.filter((group) => group.operators.some((operator) => operator.tadigCode === tadig));
  if (groups.length === 0) return outcome('10031');
  const namesOnly = query.get('destinationListOnly')?.trim().toUpperCase() === 'TRUE';
  const rows = groups.map((group) => namesOnly
    ? { destinationListId: group.destinationListId, destinationListName: group.destinationListName }
    : { destinationListId: group.destinationListId, destinationListName: group.destinationListName, tadigList: operatorRows(store, group.operators) });
  return { code: '10029', responseParam: { rows } };
}

export function createDestinationGroup({ store, account, body }: HandlerContext): Outcome {
  const info = groupInfo(body);
  if (!info) return outcome('10033', 'destinationGroupinfo is mandatory');
  const name = nameValue(info.destinationGroupName);
  if (name === undefined) return outcome('10033', 'destinationGroupName is mandatory');
  const parsed = parseOperatorList(info.tadigCodeList, 'tadigCodeList');
  if (!parsed.ok) return outcome('10033', parsed.reason);
  if (parsed.operators.length === 0) return outcome('10033', 'tadigCodeList must hold at least one operator');
  const duplicate = firstDuplicate(parsed.operators);
  if (duplicate) return outcome('10044', `${describeOperator(duplicate)} is listed twice`);
  if (account.destinationGroups.some((group) => sameName(group.destinationListName, name))) {
    return outcome('10098', `"${name}"`);
  }
  const outside = firstNotAttached(account, parsed.operators);
  if (outside) return outcome('10042', describeOperator(outside));
  const destinationListId = store.newDestinationGroupId();
  account.destinationGroups.push({ destinationListId, destinationListName: name, operators: parsed.operators });
  return { code: '10032', fields: { destinationGroupId: destinationListId } };
}

export function modifyDestinationGroup({ account, body }: HandlerContext): Outcome {
  const info = groupInfo(body);
  if (!info) return outcome('10035', 'destinationGroupinfo is mandatory');
  const id = numericId(info.destinationGroupId);
  if (id === undefined) return outcome('10035', 'destinationGroupId is mandatory and numeric');
  const group = findGroup(account, id);
  if (!group) return outcome('10035', `destination group ${id} does not exist`);
  const additions = parseOperatorList(info.addTadigCodeList, 'addTadigCodeList');
  if (!additions.ok) return outcome('10035', additions.reason);
  const removals = parseOperatorList(info.removeTadigCodeList, 'removeTadigCodeList');
  if (!removals.ok) return outcome('10035', removals.reason);
  const toAdd = additions.operators;
  const toRemove = removals.operators;
  if (toAdd.length === 0 && toRemove.length === 0) return outcome('10035', 'addTadigCodeList or removeTadigCodeList must hold an operator');
  const duplicate = firstDuplicate(toAdd) ?? firstDuplicate(toRemove);
  if (duplicate) return outcome('10044', `${describeOperator(duplicate)} is listed twice`);
  const inBoth = toAdd.find((operator) => containsOperator(toRemove, operator));
  if (inBoth) return outcome('10035', `${describeOperator(inBoth)} is both added and removed`);
  const notInGroup = toRemove.find((operator) => !containsOperator(group.operators, operator));
  if (notInGroup) return outcome('10035', `${describeOperator(notInGroup)} is not in the group`);
  const alreadyIn = toAdd.find((operator) => containsOperator(group.operators, operator));
  if (alreadyIn) return outcome('10045', describeOperator(alreadyIn));
  const outside = firstNotAttached(account, toAdd);
  if (outside) return outcome('10042', describeOperator(outside));
  const removedKeys = new Set(toRemove.map(networkKeyOf));
  const remaining = group.operators.filter((operator) => !removedKeys.has(networkKeyOf(operator)));
  if (remaining.length + toAdd.length === 0) return outcome('10043', 'the group would be left without operators');

  group.operators = [...remaining, ...toAdd];
  propagateToDefaultProfiles(account, group.destinationListId, toAdd, removedKeys);
  return outcome('10034');
}

/** Seed 001: a DEFAULT roaming profile follows its group; CUSTOM profiles keep their own copy. */
function propagateToDefaultProfiles(account: Account, groupId: string, added: readonly NetworkKey[], removedKeys: ReadonlySet<string>): void {
  for (const profile of account.roamingProfiles) {
    if (profile.profileType !== 'DEFAULT' || profile.destinationGroupId !== groupId) continue;
    const kept = profile.networks.filter((network) => !removedKeys.has(networkKeyOf(network)));
    const fresh = added.filter((operator) => !containsOperator(kept, operator)).map((operator) => ({ ...operator }));
    profile.networks = [...kept, ...fresh];
  }
}

export function deleteDestinationGroup({ account, body }: HandlerContext): Outcome {
  const info = groupInfo(body);
  if (!info) return outcome('10037', 'destinationGroupinfo is mandatory');
  const id = numericId(info.destinationGroupId);
  if (id === undefined) return outcome('10037', 'destinationGroupId is mandatory and numeric');
  const group = findGroup(account, id);
  if (!group) return outcome('10037', `destination group ${id} does not exist`);
  const plan = account.ratePlans.find((item) => item.destinationGroup === id);
  if (plan) return outcome('10040', `plan ${plan.planId} "${plan.planName}"`);
  const zone = account.rateZones.find((item) => item.destGroupId === id);
  if (zone) return outcome('10041', `ratezone ${zone.id} "${zone.name}"`);
  const profile = account.roamingProfiles.find((item) => item.destinationGroupId === id);
  if (profile) return outcome('10037', `roaming profile ${profile.roamingProfileId} "${profile.roamingProfileName}" uses the group`);
  account.destinationGroups = account.destinationGroups.filter((item) => item !== group);
  return outcome('10036');
}
