// SFT destination group (seed 001): a named list of operator networks, each the pair (tadigCode,
// categoryGroupId). The person edits the whole list; an update sends only the difference, as one
// modifyDestinationGroup with addTadigCodeList / removeTadigCodeList (the modify API has no name field).
import type { CallOptions } from '../../http/types';
import { notOperationalMessage } from '../../referenceData/mobileNetworkCodes';
import { countryOfTadig } from '../../referenceData/tadigCountry';
import { arrayField, asText, isJsonObject, nameIdentity, sameJson, sameName, type JsonObject } from '../documentValues';
import { escapeMarkdown, fieldList } from '../presentation';
import { refuseBeforeSending, throwOnErrors } from '../refusal';
import type { DocumentProblem, ItemPresentation, KnownObject, PlatformClient, RelatedItem, ResourceKind, WriteImpact, WritePlan } from '../resourceKind';
import { executeVerified, type VerifiableWritePlan, type WriteChannel } from '../verifiedWrite';
import { explainAttachment, isAttachmentRefusal } from './attachments';
import { readSftRows, readSftWrite } from './envelope';
import { listDestinationGroupNames, listNetworks, type NetworkRow } from './lookups';
import { reachOfGroupEdit } from './groupImpact';
import { describeGroupEditReach, describeOtherUsers, describeStillUsed } from './impactWording';
import { readOperatorRows } from './operatorRows';
import { readUsage, usersOfDestinationGroup } from './usage';
import { lazyUsedByFolder } from './usageItems';
import { SFT_RESULT_CODES } from './resultCodes';

// Read by the coverage modules and roaming profiles too: the one reader of a `tadigList` row lives in operatorRows.ts.
export { operatorOf } from './operatorRows';

export interface OperatorKey {
  readonly tadigCode: string;
  readonly categoryGroupId: string;
}

export interface GroupOperator extends OperatorKey {
  readonly operatorName: string;
  readonly countryName: string;
}

export interface DestinationGroupRow {
  readonly destinationListId: string;
  readonly destinationListName: string;
  readonly operators: readonly GroupOperator[];
}

export interface DestinationGroupDocument {
  readonly destinationGroupName: string;
  readonly tadigCodeList: readonly OperatorKey[];
}

const NUMERIC_ID = /^\d+$/;
/** Operators listed in a tooltip; a group of 50 would not fit on a screen. */
const TOOLTIP_OPERATORS = 12;

/** TADIG codes are compared upper-case (contract); supplier ids as the platform writes them. */
function canonicalOperator(operator: OperatorKey): OperatorKey {
  return { tadigCode: asText(operator.tadigCode).trim().toUpperCase(), categoryGroupId: asText(operator.categoryGroupId).trim() };
}

const operatorKey = (operator: OperatorKey): string => `${operator.tadigCode}|${operator.categoryGroupId}`;

function compareOperators(left: OperatorKey, right: OperatorKey): number {
  if (left.tadigCode !== right.tadigCode) return left.tadigCode < right.tadigCode ? -1 : 1;
  const byNumber = Number(left.categoryGroupId) - Number(right.categoryGroupId);
  if (byNumber !== 0 && !Number.isNaN(byNumber)) return byNumber;
  return left.categoryGroupId < right.categoryGroupId ? -1 : left.categoryGroupId > right.categoryGroupId ? 1 : 0;
}

export function sortOperators<T extends OperatorKey>(operators: readonly T[]): T[] {
  return [...operators].sort(compareOperators);
}

function canonical(document: DestinationGroupDocument): DestinationGroupDocument {
  const list = Array.isArray(document.tadigCodeList) ? document.tadigCodeList : [];
  return { destinationGroupName: asText(document.destinationGroupName).trim(), tadigCodeList: sortOperators(list.map(canonicalOperator)) };
}

function toRow(row: JsonObject): DestinationGroupRow {
  return {
    destinationListId: asText(row.destinationListId),
    destinationListName: asText(row.destinationListName),
    operators: sortOperators(readOperatorRows(row)),
  };
}

async function list(client: PlatformClient, options?: CallOptions): Promise<DestinationGroupRow[]> {
  const answer = await client.call({ method: 'GET', path: '/api/GetDestinationLists' }, options);
  return readSftRows(answer).map(toRow);
}

async function get(client: PlatformClient, id: string, options?: CallOptions): Promise<DestinationGroupRow | undefined> {
  if (!NUMERIC_ID.test(id)) return undefined;
  const answer = await client.call({ method: 'GET', path: '/api/GetDestinationLists', query: { destinationListId: id } }, options);
  return readSftRows(answer).map(toRow).find((row) => row.destinationListId === id);
}

function toDocument(remote: DestinationGroupRow): DestinationGroupDocument {
  return {
    destinationGroupName: remote.destinationListName,
    tadigCodeList: remote.operators.map(({ tadigCode, categoryGroupId }) => ({ tadigCode, categoryGroupId })),
  };
}

function checkDocument(document: DestinationGroupDocument, remote: DestinationGroupRow | undefined): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const name = asText(document.destinationGroupName).trim();
  if (name === '') {
    problems.push({ pointer: '/destinationGroupName', severity: 'error', message: 'The destination group needs a name.', code: 'name-missing' });
  } else if (remote && name !== remote.destinationListName) {
    problems.push({
      pointer: '/destinationGroupName',
      severity: 'error',
      message: `The name of an existing destination group cannot be changed (the modify API has no name): put back "${remote.destinationListName}", or create a new group under the new name.`,
      code: 'destinationGroupName-fixed',
    });
  }
  const operators = Array.isArray(document.tadigCodeList) ? document.tadigCodeList : [];
  if (operators.length === 0) {
    problems.push({
      pointer: '/tadigCodeList',
      severity: 'error',
      message: remote
        ? `A destination group keeps at least one operator (result 10043, "${SFT_RESULT_CODES['10043'].description}"): leave one in, or delete the group.`
        : 'A destination group needs at least one operator.',
      code: 'operators-empty',
    });
  }
  const seen = new Map<string, number>();
  operators.forEach((raw, index) => {
    const operator = canonicalOperator(raw);
    if (operator.tadigCode === '' || operator.categoryGroupId === '') {
      problems.push({ pointer: `/tadigCodeList/${index}`, severity: 'error', message: 'Each operator needs a tadigCode and a categoryGroupId.', code: 'operator-incomplete' });
      return;
    }
    // A TADIG whose prefix names no ISO country is still a valid network (TD.13's AA…, WW…, YUG, K00…): say so.
    const { note } = countryOfTadig(operator.tadigCode);
    if (note) problems.push({ pointer: `/tadigCodeList/${index}/tadigCode`, severity: 'warning', message: note.message, code: note.code });
    const first = seen.get(operatorKey(operator));
    if (first !== undefined) {
      problems.push({
        pointer: `/tadigCodeList/${index}`,
        severity: 'error',
        message: `${operator.tadigCode} with categoryGroupId ${operator.categoryGroupId} is already listed at position ${first + 1} (result 10044): keep it once.`,
        code: 'operator-duplicate',
      });
    } else {
      seen.set(operatorKey(operator), index);
    }
  });
  return problems;
}

export interface OperatorDifference {
  readonly add: readonly OperatorKey[];
  readonly remove: readonly OperatorKey[];
}

/** What to send so the group holds `wanted`: operators to add and to remove, each sorted. */
export function operatorDifference(current: readonly OperatorKey[], wanted: readonly OperatorKey[]): OperatorDifference {
  const currentKeys = new Set(current.map((operator) => operatorKey(canonicalOperator(operator))));
  const wantedCanonical = wanted.map(canonicalOperator);
  const wantedKeys = new Set(wantedCanonical.map(operatorKey));
  const add = wantedCanonical.filter((operator, index) =>
    !currentKeys.has(operatorKey(operator)) && wantedCanonical.findIndex((other) => operatorKey(other) === operatorKey(operator)) === index);
  const remove = current.map(canonicalOperator).filter((operator) => !wantedKeys.has(operatorKey(operator)));
  return { add: sortOperators(add), remove: sortOperators(remove) };
}

/**
 * The rule that needs the platform: every operator the document adds must be in the account's network list, under
 * the supplier the list gives it (otherwise the platform refuses with 10042). Operators the group already has are
 * not judged again.
 */
async function checkRemotely(
  client: PlatformClient, document: DestinationGroupDocument, known: KnownObject<DestinationGroupRow> | undefined, options?: CallOptions,
): Promise<DocumentProblem[]> {
  const kept = new Set((known?.remote ? canonical(toDocument(known.remote)).tadigCodeList : []).map(operatorKey));
  const operators = arrayField(document as unknown as JsonObject, 'tadigCodeList');
  const judged = operators.map((entry, index) => ({ entry, index })).filter(({ entry }) => isJsonObject(entry) && !kept.has(operatorKey(canonicalOperator(entry as unknown as OperatorKey))));
  if (judged.length === 0) return [];
  return checkOperatorsRemotely(client, judged.map(({ entry, index }) => ({ operator: entry as unknown as OperatorKey, pointer: `/tadigCodeList/${index}` })), options);
}

export async function destinationGroupExists(client: PlatformClient, groupId: string, options?: CallOptions): Promise<boolean> {
  return (await listDestinationGroupNames(client, options)).some((group) => group.id === groupId);
}

/** One message for a destination group id the account does not have, wherever it is named. */
export function unknownDestinationGroup(client: PlatformClient, groupId: string, pointer: string): DocumentProblem {
  return {
    pointer, severity: 'error', code: 'unknown-destination-group',
    message: `Destination group ${groupId} does not exist on ${client.connection.name}: pick one from the Destination Groups folder (completion lists them).`,
  };
}

/**
 * A modify body (`destinationGroupId`, `addTadigCodeList`, `removeTadigCodeList`): the group must exist, and what
 * it adds must be in the account's network list.
 */
async function checkChangeRemotely(client: PlatformClient, body: unknown, options?: CallOptions): Promise<DocumentProblem[]> {
  if (!isJsonObject(body)) return [];
  const problems: DocumentProblem[] = [];
  const groupId = asText(body.destinationGroupId).trim();
  if (NUMERIC_ID.test(groupId) && !await destinationGroupExists(client, groupId, options)) problems.push(unknownDestinationGroup(client, groupId, '/destinationGroupId'));
  const added = arrayField(body, 'addTadigCodeList').map((entry, index) => ({ entry, index })).filter(({ entry }) => isJsonObject(entry));
  problems.push(...await checkOperatorsRemotely(client, added.map(({ entry, index }) => ({ operator: entry as unknown as OperatorKey, pointer: `/addTadigCodeList/${index}` })), options));
  return problems;
}

/**
 * Operators (TADIG code and supplier) against the account's network list: one read for all of them, one message
 * per kind of problem, and a warning for an offered network the MCC/MNC reference data marks as not operational
 * (judged here, not in `checkDocument`: only the network list ties a TADIG code to its MCC/MNC and operator name). `pointer` locates each operator (a document's list, or a modify body's add list).
 */
export async function checkOperatorsRemotely(
  client: PlatformClient, operators: ReadonlyArray<{ readonly operator: OperatorKey; readonly pointer: string }>, options?: CallOptions,
): Promise<DocumentProblem[]> {
  if (operators.length === 0) return [];
  const networks = await listNetworks(client, {}, options);
  const suppliersByTadig = new Map<string, string[]>();
  const networkByTadig = new Map<string, NetworkRow>();
  for (const network of networks) {
    const tadig = network.tadigCode.toUpperCase();
    suppliersByTadig.set(tadig, [...(suppliersByTadig.get(tadig) ?? []), network.categoryGroupId]);
    if (!networkByTadig.has(tadig)) networkByTadig.set(tadig, network);
  }
  const problems: DocumentProblem[] = [];
  for (const { operator, pointer } of operators) {
    const tadigCode = asText(operator.tadigCode).trim().toUpperCase();
    const categoryGroupId = asText(operator.categoryGroupId).trim();
    if (tadigCode === '' || categoryGroupId === '') continue;
    const suppliers = suppliersByTadig.get(tadigCode);
    if (suppliers?.includes(categoryGroupId)) {
      // Offered, but the MCC/MNC reference data may say the network has been switched off: a warning, since the
      // dataset can lag behind the operator.
      const stopped = notOperationalMessage(networkByTadig.get(tadigCode) ?? { tadigCode });
      if (stopped) problems.push({ pointer: `${pointer}/tadigCode`, severity: 'warning', code: 'operator-not-operational', message: stopped });
      continue;
    }
    problems.push(suppliers
      ? {
        pointer: `${pointer}/categoryGroupId`, severity: 'error', code: 'unknown-category-group',
        message: `${tadigCode} is not offered under supplier ${categoryGroupId} on this account; it is under ${suppliers.join(', ')} (network list lookup).`,
      }
      : {
        pointer: `${pointer}/tadigCode`, severity: 'error', code: 'unknown-tadig',
        message: `${tadigCode} is not in the account's network list (10042: destination not attached with account).`,
      });
  }
  return problems;
}

function planCreate(document: DestinationGroupDocument): WritePlan {
  throwOnErrors(checkDocument(document, undefined));
  const wanted = canonical(document);
  const count = wanted.tadigCodeList.length;
  return {
    kind: 'destination-group',
    action: 'create',
    name: wanted.destinationGroupName,
    requests: [{
      method: 'POST',
      path: '/api/createDestinationGroup',
      body: { destinationGroupinfo: { destinationGroupName: wanted.destinationGroupName, tadigCodeList: wanted.tadigCodeList } },
    }],
    summary: `Create destination group "${wanted.destinationGroupName}" with ${count} operator${count === 1 ? '' : 's'}`,
  };
}

function planUpdate(id: string, remote: DestinationGroupRow, document: DestinationGroupDocument): VerifiableWritePlan<DestinationGroupDocument> | undefined {
  const before = toDocument(remote);
  const wanted = canonical(document);
  if (sameJson(canonical(before), wanted)) return undefined;
  const nameProblem = checkDocument(document, remote).find((problem) => problem.pointer === '/destinationGroupName');
  if (nameProblem) throw refuseBeforeSending(nameProblem.message, { pointer: nameProblem.pointer, code: nameProblem.code });
  if (wanted.tadigCodeList.length === 0) {
    const known = SFT_RESULT_CODES['10043'];
    throw refuseBeforeSending(`Removing every operator from "${remote.destinationListName}" would leave it empty (10043: ${known.description})`, {
      pointer: '/tadigCodeList', code: 'operators-empty', ...(known.nextStep && { nextStep: known.nextStep }),
    });
  }
  throwOnErrors(checkDocument(document, remote));
  const { add, remove } = operatorDifference(remote.operators, wanted.tadigCodeList);
  return {
    kind: 'destination-group',
    action: 'update',
    id,
    name: remote.destinationListName,
    before,
    requests: [{
      method: 'POST',
      path: '/api/modifyDestinationGroup',
      body: {
        destinationGroupinfo: {
          destinationGroupId: id,
          ...(add.length > 0 && { addTadigCodeList: add }),
          ...(remove.length > 0 && { removeTadigCodeList: remove }),
        },
      },
    }],
    summary: describeDifference(add.length, remove.length, remote.destinationListName),
  };
}

/** "Add 2 operators to and remove 1 from EU Core". */
export function describeDifference(added: number, removed: number, name: string): string {
  const count = (n: number): string => `${n} operator${n === 1 ? '' : 's'}`;
  if (added > 0 && removed > 0) return `Add ${count(added)} to and remove ${removed} from ${name}`;
  if (added > 0) return `Add ${count(added)} to ${name}`;
  return `Remove ${count(removed)} from ${name}`;
}

function planDelete(id: string, remote: DestinationGroupRow | undefined): WritePlan {
  const name = remote?.destinationListName ?? id;
  return {
    kind: 'destination-group',
    action: 'delete',
    id,
    name,
    requests: [{ method: 'POST', path: '/api/deleteDestinationGroup', body: { destinationGroupinfo: { destinationGroupId: id } } }],
    summary: `Delete destination group "${name}" (${id})`,
  };
}

function present(remote: DestinationGroupRow): ItemPresentation {
  const count = remote.operators.length;
  return {
    label: remote.destinationListName,
    description: `${remote.destinationListId} · ${count} operator${count === 1 ? '' : 's'}`,
    // Built when read: the tree asks for tooltips only on hover, and 5,000 groups' tooltips cost 65 ms up front.
    get tooltip() {
      const shown = remote.operators.slice(0, TOOLTIP_OPERATORS).map((operator) =>
        `- \`${operator.tadigCode}\` / ${operator.categoryGroupId} — ${escapeMarkdown(operator.operatorName || '?')}, ${escapeMarkdown(operator.countryName || '?')}`);
      const more = count > TOOLTIP_OPERATORS ? [`- … and ${count - TOOLTIP_OPERATORS} more`] : [];
      const countries = new Set(remote.operators.map((operator) => operator.countryName).filter((name) => name !== '')).size;
      return [
        fieldList(remote.destinationListName, [['Id', remote.destinationListId], ['Operators', String(count)], ['Countries', String(countries)]]),
        '',
        ...shown,
        ...more,
      ].join('\n');
    },
  };
}

/** What uses the group, then its operators, each a network node that can list the other groups holding it. */
async function related(client: PlatformClient, remote: DestinationGroupRow, options?: CallOptions): Promise<RelatedItem[]> {
  const usedBy = lazyUsedByFolder(client, { profiles: true, plans: true, rateZones: true },
    (usage) => usersOfDestinationGroup(usage, remote.destinationListId), options);
  return [usedBy, ...operatorItems(remote)];
}

function operatorItems(remote: DestinationGroupRow): RelatedItem[] {
  return remote.operators.map((operator) => ({
    label: `${operator.tadigCode} / ${operator.categoryGroupId}`,
    description: [operator.operatorName, operator.countryName].filter((part) => part !== '').join(', '),
    icon: 'radio-tower',
    network: { tadigCode: operator.tadigCode, categoryGroupId: operator.categoryGroupId },
  }));
}

/**
 * An edit reaches the group's DEFAULT profiles (they follow it) and not its CUSTOM ones (they keep their copy); a
 * delete is refused while a profile, plan or ratezone uses the group.
 */
async function impactOf(client: PlatformClient, plan: WritePlan, options?: CallOptions): Promise<WriteImpact> {
  if (plan.id === undefined || plan.action === 'create') return { lines: [] };
  const usage = await readUsage(client, { profiles: true, plans: true, rateZones: true }, options);
  const users = usersOfDestinationGroup(usage, plan.id);
  if (plan.action === 'delete') {
    return users.length === 0 ? { lines: [] } : { lines: [describeStillUsed(`Destination group ${plan.id}`, users)], usedBy: users };
  }
  const before = (plan as VerifiableWritePlan<DestinationGroupDocument>).before?.tadigCodeList ?? [];
  const info = (plan.requests[0]?.body as { destinationGroupinfo?: { addTadigCodeList?: OperatorKey[]; removeTadigCodeList?: OperatorKey[] } } | undefined)?.destinationGroupinfo;
  const reach = reachOfGroupEdit({ groupId: plan.id, before, add: info?.addTadigCodeList ?? [], remove: info?.removeTadigCodeList ?? [] }, usage.profiles);
  return { lines: [...describeGroupEditReach(reach), ...describeOtherUsers(users.filter((user) => user.kind !== 'roaming-profile'))] };
}

const channel: WriteChannel<DestinationGroupRow, DestinationGroupDocument> = {
  singular: 'destination group',
  async send(client, request, plan, options) {
    try {
      return asText(readSftWrite(await client.call(request, options)).response.destinationGroupId) || undefined;
    } catch (error) {
      if (plan.action === 'delete' && plan.id && isAttachmentRefusal(error)) {
        throw await explainAttachment(client, error, { label: 'Destination group', id: plan.id }, options);
      }
      throw error;
    }
  },
  get,
  async findCreated(client, document, options) {
    // By name among the names only, then the one group in full: the full list can hold thousands of groups.
    const name = canonical(document).destinationGroupName;
    const match = (await listDestinationGroupNames(client, options)).find((group) => sameName(group.name, name));
    return match && get(client, match.id, options);
  },
  idOf: (remote) => remote.destinationListId,
  holds: (remote, document) => sameJson(canonical(toDocument(remote)), canonical(document)),
};

export const destinationGroupKind: ResourceKind<DestinationGroupRow, DestinationGroupDocument> = {
  slug: 'destination-group',
  platform: 'sft',
  folder: 'destination-groups',
  singular: 'Destination Group',
  plural: 'Destination Groups',
  icon: 'list-unordered',
  pagedRemotely: false,
  references: [],
  alsoChanges: ['roaming-profile'],
  requestBodies: [
    { schema: 'create-destination-group', pointerPrefix: '/destinationGroupinfo', role: 'create' },
    { schema: 'modify-destination-group', pointerPrefix: '/destinationGroupinfo', role: 'change' },
  ],
  async list(client, _query, options) {
    return { items: await list(client, options) };
  },
  get,
  idOf: (remote) => remote.destinationListId,
  nameOf: (remote) => remote.destinationListName,
  identityOf: (document) => nameIdentity(document.destinationGroupName),
  present,
  related,
  impactOf,
  toDocument,
  newDocument: () => ({ destinationGroupName: 'New destination group', tadigCodeList: [] }),
  checkDocument,
  checkRemotely,
  checkChangeRemotely,
  planCreate,
  planUpdate,
  planDelete,
  execute: (client, plan, document, options) => executeVerified(channel, client, plan, document, options),
};
