// SFT service profile (seed 002): which services a plan offers (1 DATA, 2 SMS-MO, 3 SMS-MT, 4 NB-IoT) and,
// for DATA and SMS, up to which radio access technology (accessType). Rules the platform enforces are
// checked here first, so that the person learns them while editing rather than from a refusal.
import type { CallOptions } from '../../http/types';
import { asText, isJsonObject, nameIdentity, sameJson, sameName, withoutUndefined, type JsonObject } from '../documentValues';
import { activeLabel, escapeMarkdown, fieldList } from '../presentation';
import { refuseBeforeSending, throwOnErrors } from '../refusal';
import type { DocumentProblem, ItemPresentation, KnownObject, PlatformClient, RelatedItem, ResourceKind, WriteImpact, WritePlan } from '../resourceKind';
import { executeVerified, type VerifiableWritePlan, type WriteChannel } from '../verifiedWrite';
import { explainAttachment, isAttachmentRefusal } from './attachments';
import { readSftRows, readSftWrite } from './envelope';
import { describeOtherUsers, describeStillUsed } from './impactWording';
import { findPlansUsingServiceProfile } from './lookups';
import { SFT_RESULT_CODES } from './resultCodes';
import { readUsage, usersOfServiceProfile } from './usage';
import { lazyUsedByFolder } from './usageItems';
import {
  ACCESS_TYPE_NAMES, describeServices, isRatDowngrade, needsAccessType, OBSOLETE_ACCESS_TYPES, SERVICE_NAMES, serviceCodesOf,
} from './serviceCodes';

export interface ServiceProfileRow {
  readonly profileId: string;
  readonly profileName: string;
  /** `0` base, `1` addon. */
  readonly category: string;
  readonly status: string;
  /** Pipe-separated service codes, `1|2|3`. */
  readonly service: string;
  readonly serviceName: string;
  readonly accessType?: string;
  readonly ratTypeName?: string;
}

export interface ServiceProfileDocument {
  readonly name: string;
  readonly category: string;
  readonly status: string;
  readonly service: string;
  readonly accessType?: string;
}

const SERVICE_PROFILE_ID = /^SP_\d+$/;

function toRow(row: JsonObject): ServiceProfileRow {
  const accessType = asText(row.accessType);
  const ratTypeName = asText(row.ratTypeName);
  return {
    profileId: asText(row.profileId),
    profileName: asText(row.profileName),
    category: asText(row.category),
    status: asText(row.status),
    service: asText(row.service),
    serviceName: asText(row.serviceName),
    ...(accessType && { accessType }),
    ...(ratTypeName && { ratTypeName }),
  };
}

/** A one-digit access type typed as a number (6) means its two-digit code ("06"). */
function canonicalAccessType(value: unknown): string | undefined {
  const text = asText(value).trim();
  if (text === '') return undefined;
  return /^\d$/.test(text) ? `0${text}` : text;
}

function canonical(document: ServiceProfileDocument): ServiceProfileDocument {
  return withoutUndefined({
    name: asText(document.name).trim(),
    category: asText(document.category).trim(),
    status: asText(document.status).trim(),
    service: serviceCodesOf(asText(document.service)).join('|'),
    accessType: canonicalAccessType(document.accessType),
  });
}

async function list(client: PlatformClient, options?: CallOptions): Promise<ServiceProfileRow[]> {
  const answer = await client.call({ method: 'GET', path: '/api/GetServiceProfile' }, options);
  return readSftRows(answer).map(toRow);
}

async function get(client: PlatformClient, id: string, options?: CallOptions): Promise<ServiceProfileRow | undefined> {
  // An id not of the form SP_<n> cannot exist (the platform would answer 1328).
  if (!SERVICE_PROFILE_ID.test(id)) return undefined;
  const answer = await client.call({ method: 'GET', path: '/api/GetServiceProfile', query: { serviceProfileId: id } }, options);
  return readSftRows(answer).map(toRow).find((row) => row.profileId === id);
}

function toDocument(remote: ServiceProfileRow): ServiceProfileDocument {
  return withoutUndefined({
    name: remote.profileName,
    category: remote.category,
    status: remote.status,
    service: remote.service,
    accessType: remote.accessType,
  });
}

const describeAccessType = (code: string): string => `${code} (${ACCESS_TYPE_NAMES[code] ?? 'unknown'})`;

function checkDocument(document: ServiceProfileDocument, remote: ServiceProfileRow | undefined): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const problem = (pointer: string, code: string, message: string): void => { problems.push({ pointer, severity: 'error', message, code }); };
  const wanted = canonical(document);
  if (wanted.name === '') problem('/name', 'name-missing', 'The service profile needs a name.');
  if (wanted.category !== '0' && wanted.category !== '1') problem('/category', 'category-invalid', 'category is "0" (base) or "1" (addon).');
  if (wanted.status !== '0' && wanted.status !== '1') problem('/status', 'status-invalid', 'status is "1" (active) or "0" (inactive).');

  const services = serviceCodesOf(wanted.service);
  if (services.length === 0) problem('/service', 'service-missing', 'Choose at least one service: 1 DATA, 2 SMS-MO, 3 SMS-MT, 4 NB-IoT, separated by |.');
  const unknown = services.filter((code) => !(code in SERVICE_NAMES));
  if (unknown.length > 0) problem('/service', 'service-unknown', `Unknown service code ${unknown.map((code) => `"${code}"`).join(', ')}: the codes are 1 DATA, 2 SMS-MO, 3 SMS-MT, 4 NB-IoT.`);
  const duplicates = services.filter((code, index) => services.indexOf(code) !== index);
  if (duplicates.length > 0) problem('/service', 'service-duplicate', `Service ${duplicates[0]} (${SERVICE_NAMES[duplicates[0]] ?? '?'}) is listed twice: each service at most once.`);

  const accessType = wanted.accessType;
  if (needsAccessType(services) && accessType === undefined) {
    problem('/service', 'accessType-missing', 'DATA, SMS-MO and SMS-MT need an accessType: add "accessType" with 02 (2G), 01 (2G/3G), 06 (2G/3G/4G) or 10 (2G/3G/4G/5G).');
  } else if (!needsAccessType(services) && accessType !== undefined && services.length > 0 && unknown.length === 0) {
    problem('/accessType', 'accessType-superfluous', 'accessType applies only to DATA, SMS-MO and SMS-MT: with NB-IoT alone, leave it out.');
  } else if (accessType !== undefined && OBSOLETE_ACCESS_TYPES.has(accessType)) {
    problem('/accessType', 'accessType-obsolete', `accessType ${accessType} is obsolete (result 10111): use 02 (2G), 01 (2G/3G), 06 (2G/3G/4G) or 10 (2G/3G/4G/5G).`);
  } else if (accessType !== undefined && !(accessType in ACCESS_TYPE_NAMES)) {
    problem('/accessType', 'accessType-unknown', `accessType "${accessType}" is not one of 02 (2G), 01 (2G/3G), 06 (2G/3G/4G), 10 (2G/3G/4G/5G).`);
  }

  if (remote) {
    if (wanted.category !== remote.category) {
      problem('/category', 'category-fixed', `The category of an existing service profile cannot be changed: put back "${remote.category}", or create a new profile.`);
    } else if (remote.category === '1' && wanted.service !== remote.service) {
      problem('/service', 'addon-service-fixed', `The services of an addon profile cannot change (result 10100): put back "${remote.service}", or create a new addon profile.`);
    }
  }
  return problems;
}

/**
 * The rule that needs the platform: an attached profile (used by a rate plan) may only move to a higher RAT
 * (10085). Returns problems, for diagnostics and plans; `execute` refuses with the first one before sending.
 */
async function checkRemotely(
  client: PlatformClient, document: ServiceProfileDocument, known: KnownObject<Pick<ServiceProfileRow, 'accessType'>> | undefined, options?: CallOptions,
): Promise<DocumentProblem[]> {
  const id = known?.id;
  const remote = known?.remote;
  if (id === undefined || remote === undefined) return [];
  const next = canonical(document).accessType;
  if (!isRatDowngrade(remote.accessType, next)) return [];
  const plans = await findPlansUsingServiceProfile(client, id, options);
  if (plans.length === 0) return [];
  const plan = plans[0];
  const change = next === undefined ? `dropping accessType ${describeAccessType(remote.accessType ?? '')}` : `${describeAccessType(remote.accessType ?? '')} → ${describeAccessType(next)}`;
  return [{
    pointer: next === undefined ? '/service' : '/accessType',
    severity: 'error',
    code: 'rat-downgrade',
    message: `Service profile ${id} is used by plan ${plan.planName} (id ${plan.planId}), so its access type may only go up: ${change} is a downgrade (result 10085, "${SFT_RESULT_CODES['10085'].description}").`,
  }];
}

/**
 * A modify body: an attached profile's RAT may only go up, so compare with the profile as the platform holds it.
 * What the body leaves out is kept, except the access type, which the platform drops when the services become
 * NB-IoT only; the rule then points at the services the body changes.
 */
async function checkChangeRemotely(client: PlatformClient, body: unknown, options?: CallOptions): Promise<DocumentProblem[]> {
  if (!isJsonObject(body)) return [];
  const id = asText(body.id).trim();
  if (!/^SP_\d+$/.test(id)) return [];
  const remote = await get(client, id, options);
  if (remote === undefined) return [];
  const servicesGiven = body.service !== undefined;
  const keptAccessType = servicesGiven && !needsAccessType(serviceCodesOf(asText(body.service))) ? undefined : remote.accessType;
  const merged = { ...toDocument(remote), ...body, accessType: body.accessType ?? keptAccessType } as ServiceProfileDocument;
  const problems = await checkRemotely(client, merged, { id, remote }, options);
  return problems.map((problem) => (problem.pointer === '/service' && !servicesGiven ? { ...problem, pointer: '' } : problem));
}

function planCreate(document: ServiceProfileDocument): WritePlan {
  throwOnErrors(checkDocument(document, undefined));
  const wanted = canonical(document);
  return {
    kind: 'service-profile',
    action: 'create',
    name: wanted.name,
    requests: [{ method: 'POST', path: '/api/CreateServiceProfile', body: { Request: { requestParam: { serviceProfile: wanted } } } }],
    summary: `Create service profile "${wanted.name}" with ${describeServices(wanted.service)}${wanted.accessType ? ` on ${ACCESS_TYPE_NAMES[wanted.accessType] ?? wanted.accessType}` : ''}`,
  };
}

function planUpdate(id: string, remote: ServiceProfileRow, document: ServiceProfileDocument): VerifiableWritePlan<ServiceProfileDocument> | undefined {
  const before = toDocument(remote);
  const wanted = canonical(document);
  if (sameJson(canonical(before), wanted)) return undefined;
  const fixed = checkDocument(document, remote).find((problem) => problem.code === 'category-fixed' || problem.code === 'addon-service-fixed');
  if (fixed) throw refuseBeforeSending(fixed.message, { pointer: fixed.pointer, code: fixed.code });
  throwOnErrors(checkDocument(document, remote));
  const changes: Record<string, string> = {};
  for (const field of ['name', 'status', 'service', 'accessType'] as const) {
    const value = wanted[field];
    // A dropped accessType is not sent: the platform drops it when the services no longer take one.
    if (value !== undefined && value !== before[field]) changes[field] = value;
  }
  return {
    kind: 'service-profile',
    action: 'update',
    id,
    name: remote.profileName,
    before,
    requests: [{ method: 'POST', path: '/api/ModifyServiceProfile', body: { Request: { requestParam: { serviceProfile: { id, ...changes } } } } }],
    summary: `Change ${Object.keys(changes).join(', ')} of service profile "${remote.profileName}"`,
  };
}

function planDelete(id: string, remote: ServiceProfileRow | undefined): WritePlan {
  const name = remote?.profileName ?? id;
  return {
    kind: 'service-profile',
    action: 'delete',
    id,
    name,
    requests: [{ method: 'POST', path: '/api/DeleteServiceProfile', body: { Request: { requestParam: { serviceProfile: { id } } } } }],
    summary: `Delete service profile "${name}" (${id})`,
  };
}

function present(remote: ServiceProfileRow): ItemPresentation {
  const rat = remote.accessType ? ACCESS_TYPE_NAMES[remote.accessType] ?? remote.ratTypeName ?? remote.accessType : undefined;
  const services = describeServices(remote.service);
  return {
    label: remote.profileName,
    description: [remote.profileId, services, rat, remote.category === '1' ? 'addon' : undefined].filter(Boolean).join(' · '),
    tooltip: fieldList(remote.profileName, [
      ['Id', remote.profileId],
      ['Category', remote.category === '1' ? 'addon' : remote.category === '0' ? 'base' : escapeMarkdown(remote.category)],
      ['Status', activeLabel(remote.status)],
      ['Services', `${escapeMarkdown(services)} (\`${remote.service}\`)`],
      ['Access type', remote.accessType && `${escapeMarkdown(rat ?? '')} (\`${remote.accessType}\`)`],
    ]),
  };
}

/** The rate plans using the profile: while there are any, its RAT can only go up (10085) and it cannot be deleted (1338). */
async function related(client: PlatformClient, remote: ServiceProfileRow, options?: CallOptions): Promise<RelatedItem[]> {
  return [lazyUsedByFolder(client, { plans: true }, (usage) => usersOfServiceProfile(usage, remote.profileId), options)];
}

/** A delete is refused while a plan uses the profile; a change reaches the plans that use it. */
async function impactOf(client: PlatformClient, plan: WritePlan, options?: CallOptions): Promise<WriteImpact> {
  if (plan.id === undefined || plan.action === 'create') return { lines: [] };
  const users = usersOfServiceProfile(await readUsage(client, { plans: true }, options), plan.id);
  if (plan.action === 'delete') {
    return users.length === 0 ? { lines: [] } : { lines: [describeStillUsed(`Service profile ${plan.id}`, users)], usedBy: users };
  }
  return { lines: describeOtherUsers(users) };
}

const channel: WriteChannel<ServiceProfileRow, ServiceProfileDocument> = {
  singular: 'service profile',
  async send(client, request, plan, options) {
    try {
      return asText(readSftWrite(await client.call(request, options)).response.serviceProfile) || undefined;
    } catch (error) {
      if (plan.action === 'delete' && plan.id && isAttachmentRefusal(error)) {
        throw await explainAttachment(client, error, { label: 'Service profile', id: plan.id }, options);
      }
      throw error;
    }
  },
  get,
  async findCreated(client, document, options) {
    const name = canonical(document).name;
    return (await list(client, options)).find((row) => sameName(row.profileName, name));
  },
  idOf: (remote) => remote.profileId,
  holds: (remote, document) => sameJson(canonical(toDocument(remote)), canonical(document)),
};

export const serviceProfileKind: ResourceKind<ServiceProfileRow, ServiceProfileDocument> = {
  slug: 'service-profile',
  platform: 'sft',
  folder: 'service-profiles',
  singular: 'Service Profile',
  plural: 'Service Profiles',
  icon: 'symbol-misc',
  pagedRemotely: false,
  references: [],
  requestBodies: [
    { schema: 'create-service-profile', pointerPrefix: '/Request/requestParam/serviceProfile', role: 'create' },
    { schema: 'modify-service-profile', pointerPrefix: '/Request/requestParam/serviceProfile', role: 'change' },
  ],
  async list(client, _query, options) {
    return { items: await list(client, options) };
  },
  get,
  idOf: (remote) => remote.profileId,
  nameOf: (remote) => remote.profileName,
  identityOf: (document) => nameIdentity(document.name),
  present,
  related,
  impactOf,
  toDocument,
  newDocument: () => ({ name: 'New service profile', category: '0', status: '1', service: '1|2|3', accessType: '06' }),
  checkDocument,
  checkRemotely,
  checkChangeRemotely,
  planCreate,
  planUpdate,
  planDelete,
  async execute(client, plan, document, options) {
    const before = (plan as VerifiableWritePlan<ServiceProfileDocument>).before;
    if (plan.action === 'update' && plan.id && before && document) {
      throwOnErrors(await checkRemotely(client, document, { id: plan.id, remote: before }, options));
    }
    return executeVerified(channel, client, plan, document, options);
  },
};
