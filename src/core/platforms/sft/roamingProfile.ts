// SFT roaming profile (seed 000, reseller variant): where an endpoint may roam, given by a destination group.
// The document is the create body's inner object; ids live in the URI.
import type { ApiRequest, CallOptions } from '../../http/types';
import { arrayField, asText, nameIdentity, sameJson, sameName, type JsonObject } from '../documentValues';
import { activeLabel, escapeMarkdown, fieldList } from '../presentation';
import { refuseBeforeSending, throwOnErrors } from '../refusal';
import type { DocumentProblem, ItemPresentation, KnownObject, PlatformClient, RelatedItem, ResourceKind, WriteImpact, WritePlan } from '../resourceKind';
import { executeVerified, type VerifiableWritePlan, type WriteChannel } from '../verifiedWrite';
import { explainAttachment, isAttachmentRefusal } from './attachments';
import { readSftRows, readSftWrite } from './envelope';
import { destinationGroupExists, destinationGroupKind, sortOperators, unknownDestinationGroup, type GroupOperator } from './destinationGroup';
import {
  describeCoverage, differenceFromGroup, differs, effectiveNetworks, followsGroup, networkLabel, networksByCountry, type GroupDifference,
} from './effectiveNetworks';
import { describeOtherUsers, describeStillUsed } from './impactWording';
import { readOperatorRows } from './operatorRows';
import { readUsage, usersOfRoamingProfile } from './usage';
import { lazyUsedByFolder } from './usageItems';

export interface RoamingProfileRow {
  readonly roamingProfileId: string;
  readonly roamingProfileName: string;
  readonly destinationGroupId: string;
  readonly status: string;
  /** `DEFAULT` profiles follow their group and cannot be renamed, regrouped or deleted. */
  readonly profileType?: string;
  readonly networkCount?: number;
  /** The profile's own networks (`tadigList`) when the read gave them: a CUSTOM profile's copy, a DEFAULT one's group's. */
  readonly networks?: readonly GroupOperator[];
  /** Its destination group as the tree read it (`enrich`), to say whether the profile differs from it. */
  readonly group?: { readonly name: string; readonly operators: readonly GroupOperator[] };
}

export interface RoamingProfileDocument {
  readonly roamingProfileName: string;
  readonly destinationGroupId: string;
  readonly status: string;
}

const NUMERIC_ID = /^\d+$/;

function toRow(row: JsonObject): RoamingProfileRow {
  const profileType = asText(row.profileType);
  return {
    roamingProfileId: asText(row.roamingProfileId),
    roamingProfileName: asText(row.roamingProfileName),
    destinationGroupId: asText(row.destinationGroupId),
    status: asText(row.status),
    ...(profileType && { profileType }),
    ...(Array.isArray(row.tadigList) && { networkCount: arrayField(row, 'tadigList').length, networks: sortOperators(readOperatorRows(row)) }),
  };
}

/** The form compared and sent: strings, names trimmed (the platform stores them trimmed). */
function canonical(document: RoamingProfileDocument): RoamingProfileDocument {
  return {
    roamingProfileName: asText(document.roamingProfileName).trim(),
    destinationGroupId: asText(document.destinationGroupId).trim(),
    status: asText(document.status).trim(),
  };
}

async function list(client: PlatformClient, options?: CallOptions): Promise<RoamingProfileRow[]> {
  const answer = await client.call({ method: 'GET', path: '/api/GetRoamingProfile' }, options);
  return readSftRows(answer).map(toRow);
}

async function get(client: PlatformClient, id: string, options?: CallOptions): Promise<RoamingProfileRow | undefined> {
  // An id that is not a number cannot exist (the platform would answer 1205).
  if (!NUMERIC_ID.test(id)) return undefined;
  const answer = await client.call({ method: 'GET', path: '/api/GetRoamingProfile', query: { roamingProfileId: id } }, options);
  return readSftRows(answer).map(toRow).find((row) => row.roamingProfileId === id);
}

function checkDocument(document: RoamingProfileDocument, remote: RoamingProfileRow | undefined): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const wanted = canonical(document);
  if (wanted.roamingProfileName === '') {
    problems.push({ pointer: '/roamingProfileName', severity: 'error', message: 'The roaming profile needs a name.', code: 'name-missing' });
  }
  if (wanted.destinationGroupId.startsWith('@')) {
    // Config as code resolves these before this check runs; anywhere else there is no folder to look in.
    problems.push({ pointer: '/destinationGroupId', severity: 'error', message: 'A reference to a destination group file ("@…") works only in an exported folder, where Plan and Apply put in the id; here, use the group\'s numeric id, e.g. "2501".', code: 'destinationGroupId-reference' });
  } else if (!NUMERIC_ID.test(wanted.destinationGroupId)) {
    problems.push({ pointer: '/destinationGroupId', severity: 'error', message: 'destinationGroupId is the numeric id of a destination group, e.g. "2501".', code: 'destinationGroupId-invalid' });
  }
  if (wanted.status !== '0' && wanted.status !== '1') {
    problems.push({ pointer: '/status', severity: 'error', message: 'status is "1" (active) or "0" (inactive).', code: 'status-invalid' });
  }
  if (remote?.profileType === 'DEFAULT') {
    if (wanted.roamingProfileName !== remote.roamingProfileName) {
      problems.push({ pointer: '/roamingProfileName', severity: 'error', message: 'The DEFAULT roaming profile cannot be renamed.', code: 'default-profile-fixed' });
    }
    if (wanted.destinationGroupId !== remote.destinationGroupId) {
      problems.push({ pointer: '/destinationGroupId', severity: 'error', message: 'The DEFAULT roaming profile cannot change its destination group: it follows that group.', code: 'default-profile-fixed' });
    }
  }
  return problems;
}

/**
 * The rule that needs the platform: the destination group must exist (an unchanged one is not looked up again).
 * Returns problems, for diagnostics and plans; `execute` refuses with the first one before sending.
 */
async function checkRemotely(
  client: PlatformClient, document: RoamingProfileDocument, known: KnownObject<RoamingProfileRow> | undefined, options?: CallOptions,
): Promise<DocumentProblem[]> {
  const groupId = canonical(document).destinationGroupId;
  if (known?.remote && known.remote.destinationGroupId === groupId) return [];
  // A malformed id or a folder reference is the local check's to report.
  if (!NUMERIC_ID.test(groupId)) return [];
  return await destinationGroupExists(client, groupId, options) ? [] : [unknownDestinationGroup(client, groupId, '/destinationGroupId')];
}

function planCreate(document: RoamingProfileDocument): VerifiableWritePlan<RoamingProfileDocument> {
  throwOnErrors(checkDocument(document, undefined));
  const wanted = canonical(document);
  return {
    kind: 'roaming-profile',
    action: 'create',
    name: wanted.roamingProfileName,
    requests: [{ method: 'POST', path: '/api/createRoamingProfile', body: { roamingProfileInfo: wanted } }],
    summary: `Create roaming profile "${wanted.roamingProfileName}" on destination group ${wanted.destinationGroupId}`,
  };
}

function planUpdate(id: string, remote: RoamingProfileRow, document: RoamingProfileDocument): VerifiableWritePlan<RoamingProfileDocument> | undefined {
  const before = toDocument(remote);
  const wanted = canonical(document);
  if (sameJson(before, wanted)) return undefined;
  throwOnErrors(checkDocument(document, remote));
  const changes: Record<string, string> = {};
  for (const field of ['roamingProfileName', 'destinationGroupId', 'status'] as const) {
    if (wanted[field] !== before[field]) changes[field] = wanted[field];
  }
  const described = Object.keys(changes).join(', ');
  return {
    kind: 'roaming-profile',
    action: 'update',
    id,
    name: remote.roamingProfileName,
    before,
    requests: [{
      method: 'POST',
      path: '/api/modifyRoamingProfile',
      body: { roamingProfileInfo: { roamingProfileId: id, ...changes } },
    }],
    summary: `Change ${described} of roaming profile "${remote.roamingProfileName}"`,
  };
}

function planDelete(id: string, remote: RoamingProfileRow | undefined): WritePlan {
  if (remote?.profileType === 'DEFAULT') {
    throw refuseBeforeSending(`The DEFAULT roaming profile ${id} cannot be deleted`, { nextStep: 'it belongs to the account and follows its destination group' });
  }
  const name = remote?.roamingProfileName ?? id;
  return {
    kind: 'roaming-profile',
    action: 'delete',
    id,
    name,
    requests: [{ method: 'POST', path: '/api/deleteRoamingProfile', body: { roamingProfileInfo: { roamingProfileId: id } } }],
    summary: `Delete roaming profile "${name}" (${id})`,
  };
}

function toDocument(remote: RoamingProfileRow): RoamingProfileDocument {
  return { roamingProfileName: remote.roamingProfileName, destinationGroupId: remote.destinationGroupId, status: remote.status };
}

/** How the profile stands to its group, in a few words: it follows it, holds a copy of it, or differs from it. */
function relationToGroup(remote: RoamingProfileRow): string {
  const group = `group ${remote.destinationGroupId}`;
  if (followsGroup(remote)) return `follows ${group}`;
  if (remote.networks === undefined || remote.profileType === undefined) return group;
  if (remote.group && differs(differenceFromGroup(remote.networks, remote.group.operators))) return `differs from ${group}`;
  return `copy of ${group}`;
}

function present(remote: RoamingProfileRow): ItemPresentation {
  const networks = remote.networks && effectiveNetworks(remote, remote.group);
  const difference = remote.networks && remote.group && !followsGroup(remote) ? differenceFromGroup(remote.networks, remote.group.operators) : undefined;
  const count = networks && `${networks.length} network${networks.length === 1 ? '' : 's'}`;
  return {
    label: remote.roamingProfileName,
    description: [remote.roamingProfileId, activeLabel(remote.status), count, relationToGroup(remote)].filter(Boolean).join(' · '),
    tooltip: fieldList(remote.roamingProfileName, [
      ['Id', remote.roamingProfileId],
      ['Status', activeLabel(remote.status)],
      ['Destination group', remote.group ? `${escapeMarkdown(remote.group.name)} (${remote.destinationGroupId})` : remote.destinationGroupId],
      ['Type', remote.profileType && `${escapeMarkdown(remote.profileType)} — ${followsGroup(remote) ? 'follows its group: group edits change it' : 'its own copy of the group\'s networks: group edits do not change it'}`],
      ['Roams on', networks && describeCoverage(networks)],
      ['Differs from its group', difference && differs(difference) ? describeDifference(difference) : undefined],
    ]),
  };
}

function describeDifference(difference: GroupDifference): string {
  const side = (networks: readonly GroupOperator[], where: string): string =>
    `${networks.length} only in the ${where}${networks.length > 0 ? ` (${networks.slice(0, 6).map(networkLabel).join(', ')}${networks.length > 6 ? ', …' : ''})` : ''}`;
  return `${side(difference.onlyInGroup, 'group')}, ${side(difference.onlyInProfile, 'profile')}`;
}

/** Groups a profile list's tree needs to say "differs": one read per group for a few, the full list for many. */
const GROUPS_READ_ONE_BY_ONE = 4;

async function enrich(client: PlatformClient, items: readonly RoamingProfileRow[], options?: CallOptions): Promise<RoamingProfileRow[]> {
  const wanted = [...new Set(items.filter((item) => !followsGroup(item) && item.networks).map((item) => item.destinationGroupId))];
  if (wanted.length === 0) return [...items];
  const groups = wanted.length <= GROUPS_READ_ONE_BY_ONE
    ? (await Promise.all(wanted.map((id) => destinationGroupKind.get(client, id, options)))).filter((group) => group !== undefined)
    : (await destinationGroupKind.list(client, {}, options)).items;
  const byId = new Map(groups.map((group) => [group.destinationListId, { name: group.destinationListName, operators: group.operators }]));
  return items.map((item) => {
    const group = byId.get(item.destinationGroupId);
    return group ? { ...item, group } : item;
  });
}

/**
 * The profile's group, the networks it roams on by country, how it differs from its group (a CUSTOM profile), and
 * what uses it.
 */
async function related(client: PlatformClient, remote: RoamingProfileRow, options?: CallOptions): Promise<RelatedItem[]> {
  const group = await destinationGroupKind.get(client, remote.destinationGroupId, options);
  const groupItem: RelatedItem = {
    label: group?.destinationListName ?? `Destination group ${remote.destinationGroupId}`,
    description: group ? `destination group ${group.destinationListId} · ${followsGroup(remote) ? 'the profile follows it' : 'networks copied from it'}` : 'not found on the platform',
    icon: 'list-unordered',
    ...(group && { target: { kind: 'destination-group' as const, id: group.destinationListId } }),
  };
  const items: RelatedItem[] = [groupItem];
  const networks = effectiveNetworks(remote, group && { operators: group.operators });
  items.push({
    label: 'Networks',
    description: describeCoverage(networks),
    tooltip: followsGroup(remote) ? 'A DEFAULT profile roams on its group\'s networks.' : 'A CUSTOM profile roams on its own copy of its group\'s networks.',
    icon: 'radio-tower',
    children: networksByCountry(networks).map((country) => ({
      label: country.name,
      description: `${country.networks.length} network${country.networks.length === 1 ? '' : 's'}`,
      icon: 'location',
      children: country.networks.map(networkItem),
    })),
  });
  const difference = group && !followsGroup(remote) && remote.networks ? differenceFromGroup(remote.networks, group.operators) : undefined;
  if (difference && differs(difference)) {
    items.push({
      label: 'Differs from its group',
      description: describeDifference(difference),
      tooltip: 'A CUSTOM profile keeps the copy it took of its group: edits of the group since then did not reach it.',
      icon: 'diff',
      children: [
        { label: 'Only in the group', description: String(difference.onlyInGroup.length), icon: 'diff-added', children: difference.onlyInGroup.map(networkItem) },
        { label: 'Only in the profile', description: String(difference.onlyInProfile.length), icon: 'diff-removed', children: difference.onlyInProfile.map(networkItem) },
      ],
    });
  }
  items.push(lazyUsedByFolder(client, { plans: true, rateZones: true }, (usage) => usersOfRoamingProfile(usage, remote.roamingProfileId), options));
  return items;
}

function networkItem(network: GroupOperator): RelatedItem {
  return {
    label: networkLabel(network),
    description: [network.operatorName, network.countryName].filter((part) => part !== '').join(', '),
    icon: 'radio-tower',
    network: { tadigCode: network.tadigCode, categoryGroupId: network.categoryGroupId },
  };
}

/**
 * A delete is refused while a plan or ratezone uses the profile; moving a CUSTOM profile to another group replaces
 * its networks with a copy of that group's.
 */
async function impactOf(client: PlatformClient, plan: WritePlan, options?: CallOptions): Promise<WriteImpact> {
  if (plan.id === undefined || plan.action === 'create') return { lines: [] };
  const users = usersOfRoamingProfile(await readUsage(client, { plans: true, rateZones: true }, options), plan.id);
  if (plan.action === 'delete') {
    return users.length === 0 ? { lines: [] } : { lines: [describeStillUsed(`Roaming profile ${plan.id}`, users)], usedBy: users };
  }
  const lines: string[] = [];
  const regrouped = (plan.requests[0]?.body as { roamingProfileInfo?: { destinationGroupId?: string } } | undefined)?.roamingProfileInfo?.destinationGroupId;
  if (regrouped !== undefined) {
    const [profile, group] = await Promise.all([get(client, plan.id, options), destinationGroupKind.get(client, regrouped, options)]);
    if (profile?.networks && group) {
      lines.push(`replaces the profile's ${describeCoverage(profile.networks)} with a copy of group ${regrouped}'s ${describeCoverage(group.operators)}; later edits of the group do not reach it`);
    }
  }
  return { lines: [...lines, ...describeOtherUsers(users)] };
}

const channel: WriteChannel<RoamingProfileRow, RoamingProfileDocument> = {
  singular: 'roaming profile',
  async send(client, request: ApiRequest, plan, options) {
    try {
      return asText(readSftWrite(await client.call(request, options)).response.roamingProfileId) || undefined;
    } catch (error) {
      if (plan.action === 'delete' && plan.id && isAttachmentRefusal(error)) {
        throw await explainAttachment(client, error, { label: 'Roaming profile', id: plan.id }, options);
      }
      throw error;
    }
  },
  get,
  async findCreated(client, document, options) {
    const name = canonical(document).roamingProfileName;
    return (await list(client, options)).find((row) => sameName(row.roamingProfileName, name));
  },
  idOf: (remote) => remote.roamingProfileId,
  holds: (remote, document) => sameJson(toDocument(remote), canonical(document)),
};

export const roamingProfileKind: ResourceKind<RoamingProfileRow, RoamingProfileDocument> = {
  slug: 'roaming-profile',
  platform: 'sft',
  folder: 'roaming-profiles',
  singular: 'Roaming Profile',
  plural: 'Roaming Profiles',
  icon: 'globe',
  pagedRemotely: false,
  references: [{ pointer: '/destinationGroupId', target: 'destination-group', mayNameFile: true }],
  requestBodies: [
    { schema: 'create-roaming-profile', pointerPrefix: '/roamingProfileInfo', role: 'create' },
    { schema: 'modify-roaming-profile', pointerPrefix: '/roamingProfileInfo', role: 'change' },
  ],
  async list(client, _query, options) {
    return { items: await list(client, options) };
  },
  get,
  idOf: (remote) => remote.roamingProfileId,
  nameOf: (remote) => remote.roamingProfileName,
  identityOf: (document) => nameIdentity(document.roamingProfileName),
  present,
  related,
  enrich,
  impactOf,
  toDocument,
  newDocument: () => ({ roamingProfileName: 'New roaming profile', destinationGroupId: '', status: '1' }),
  checkDocument,
  checkRemotely,
  planCreate,
  planUpdate,
  planDelete,
  async execute(client, plan, document, options) {
    if (plan.action !== 'delete' && document !== undefined) {
      const remote = plan.action === 'update' ? beforeOf(plan) : undefined;
      throwOnErrors(await checkRemotely(client, document, { id: plan.id, remote }, options));
    }
    return executeVerified(channel, client, plan, document, options);
  },
};

/** The destination group the profile had when the update was planned: an unchanged group needs no lookup. */
function beforeOf(plan: WritePlan): RoamingProfileRow | undefined {
  const before = (plan as VerifiableWritePlan<RoamingProfileDocument>).before;
  return before && { roamingProfileId: plan.id ?? '', ...before };
}
