// SFT roaming profile (seed 000, reseller variant): where an endpoint may roam, given by a destination group.
// The document is the create body's inner object; ids live in the URI.
import type { ApiRequest, CallOptions } from '../../http/types';
import { arrayField, asText, nameIdentity, sameJson, sameName, type JsonObject } from '../documentValues';
import { activeLabel, escapeMarkdown, fieldList } from '../presentation';
import { refuseBeforeSending, throwOnErrors } from '../refusal';
import type { DocumentProblem, ItemPresentation, KnownObject, PlatformClient, RelatedItem, ResourceKind, WritePlan } from '../resourceKind';
import { executeVerified, type VerifiableWritePlan, type WriteChannel } from '../verifiedWrite';
import { explainAttachment, isAttachmentRefusal } from './attachments';
import { readSftRows, readSftWrite } from './envelope';
import { destinationGroupExists, operatorOf, unknownDestinationGroup, type GroupOperator } from './destinationGroup';
import { listDestinationGroupNames } from './lookups';

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
    ...(Array.isArray(row.tadigList) && { networkCount: arrayField(row, 'tadigList').length, networks: arrayField(row, 'tadigList').map(operatorOf) }),
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

function present(remote: RoamingProfileRow): ItemPresentation {
  return {
    label: remote.roamingProfileName,
    description: `${remote.roamingProfileId} · ${activeLabel(remote.status)} · group ${remote.destinationGroupId}`,
    tooltip: fieldList(remote.roamingProfileName, [
      ['Id', remote.roamingProfileId],
      ['Status', activeLabel(remote.status)],
      ['Destination group', remote.destinationGroupId],
      ['Type', remote.profileType && escapeMarkdown(remote.profileType)],
      ['Networks', remote.networkCount === undefined ? undefined : String(remote.networkCount)],
    ]),
  };
}

/** The destination group the profile allows, by name (the names-only list is one light call). */
async function related(client: PlatformClient, remote: RoamingProfileRow, options?: CallOptions): Promise<RelatedItem[]> {
  const groups = await listDestinationGroupNames(client, options);
  const group = groups.find((item) => item.id === remote.destinationGroupId);
  return [{
    label: group?.name ?? `Destination group ${remote.destinationGroupId}`,
    description: group ? `destination group ${group.id}` : 'not found on the platform',
    icon: 'list-unordered',
    ...(group && { target: { kind: 'destination-group' as const, id: group.id } }),
  }];
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
