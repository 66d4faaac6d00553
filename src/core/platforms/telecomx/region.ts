// TelecomX roaming region (wiki "Roaming Region"): names per language, network, the homeland / roam-like-home
// flags, notes, and SMS, data and voice prices (inbound, and outbound per called region id). An update sends
// only the top-level fields that changed; each replaces the stored one wholesale (contract, "Regions").
import type { CallOptions } from '../../http/types';
import { RemoteError } from '../../http/types';
import { arrayField, asText, isJsonObject, nameIdentity, sameJson, withoutUndefined, type JsonObject } from '../documentValues';
import { escapeMarkdown, fieldList } from '../presentation';
import { refuseBeforeSending, throwOnErrors } from '../refusal';
import type {
  DocumentProblem, ItemPresentation, KnownObject, ListPage, PlatformClient, PresentationContext, RelatedItem, ResourceKind, WritePlan,
} from '../resourceKind';
import { executeVerified, type VerifiableWritePlan, type WriteChannel } from '../verifiedWrite';
import { currencyOf } from '../../http/connection';
import { hasAtLeast, type TelecomxAccessLevel } from './accessLevels';
import { readTelecomxAnswer } from './errors';
import { checkPriceTriples, money, priceLines, SIMPLE_TRIPLE, VOICE_TRIPLES } from './prices';
import { getTelecomxObject, sendTelecomxWrite } from './responses';

export interface RegionName {
  readonly language: string;
  readonly text: string;
}

export interface PriceTriple {
  readonly cost?: number;
  readonly wholesale?: number;
  readonly price?: number;
}

export interface VoiceRates {
  readonly connectionFeeCost?: number;
  readonly connectionFeeWholesale?: number;
  readonly connectionFee?: number;
  readonly rateCost?: number;
  readonly rateWholesale?: number;
  readonly rate?: number;
}

export interface OutboundVoiceRates extends VoiceRates {
  /** The called region. */
  readonly _id: string;
}

export interface RegionVoice {
  readonly inbound?: VoiceRates;
  readonly outbound?: readonly OutboundVoiceRates[];
}

export interface RegionDocument {
  readonly names: readonly RegionName[];
  readonly network: string;
  readonly homeland: boolean;
  readonly roamLikeHome: boolean;
  readonly notes?: string;
  readonly sms?: PriceTriple;
  readonly data?: PriceTriple;
  readonly voice?: RegionVoice;
}

export interface Region extends RegionDocument {
  readonly _id: string;
}

const COLLECTION = '/roaming/region';
const DEFAULT_PAGE = 100;
/** The API's largest page: used when looking a created region up by its names. */
const LARGEST_PAGE = 500;
const TOP_LEVEL_FIELDS = ['names', 'network', 'homeland', 'roamLikeHome', 'notes', 'sms', 'data', 'voice'] as const;
const OPTIONAL_FIELDS = new Set(['notes', 'sms', 'data', 'voice']);
const VOICE_FIELDS = ['connectionFeeCost', 'connectionFeeWholesale', 'connectionFee', 'rateCost', 'rateWholesale', 'rate'] as const;

/** Copies the named fields in order, leaving out those the object does not have. */
function pick(object: unknown, fields: readonly string[]): JsonObject | undefined {
  if (!isJsonObject(object)) return undefined;
  return withoutUndefined(Object.fromEntries(fields.map((field) => [field, object[field]])));
}

function orderedVoice(voice: unknown): RegionVoice | undefined {
  if (!isJsonObject(voice)) return undefined;
  return withoutUndefined({
    inbound: pick(voice.inbound, VOICE_FIELDS) as VoiceRates | undefined,
    outbound: Array.isArray(voice.outbound)
      ? voice.outbound.map((entry) => pick(entry, ['_id', ...VOICE_FIELDS]) as unknown as OutboundVoiceRates)
      : undefined,
  });
}

/** The document in the stable key order of the contract: names, network, flags, notes, sms, data, voice. */
function orderedDocument(source: RegionDocument): RegionDocument {
  return withoutUndefined({
    names: arrayField(source as unknown as JsonObject, 'names').map((name) => pick(name, ['language', 'text']) as unknown as RegionName),
    network: source.network,
    homeland: source.homeland ?? false,
    roamLikeHome: source.roamLikeHome ?? false,
    notes: source.notes,
    sms: pick(source.sms, SIMPLE_TRIPLE) as PriceTriple | undefined,
    data: pick(source.data, SIMPLE_TRIPLE) as PriceTriple | undefined,
    voice: orderedVoice(source.voice),
  });
}

/** For comparing only: outbound prices are a set keyed by the called region, ids compared lower-case. */
function comparable(value: unknown, field: string): unknown {
  if (field !== 'voice' || !isJsonObject(value) || !Array.isArray(value.outbound)) return value;
  const outbound = value.outbound
    .map((entry) => (isJsonObject(entry) && typeof entry._id === 'string' ? { ...entry, _id: entry._id.toLowerCase() } : entry))
    .sort((a, b) => asText(isJsonObject(a) ? a._id : '').localeCompare(asText(isJsonObject(b) ? b._id : '')));
  return { ...value, outbound };
}

function sameField(left: RegionDocument, right: RegionDocument, field: (typeof TOP_LEVEL_FIELDS)[number]): boolean {
  return sameJson(comparable(left[field], field), comparable(right[field], field));
}

function sameRegion(left: RegionDocument, right: RegionDocument): boolean {
  return TOP_LEVEL_FIELDS.every((field) => sameField(orderedDocument(left), orderedDocument(right), field));
}

function toDocument(remote: Region): RegionDocument {
  return orderedDocument(remote);
}

/** The `eng` name, else the first one: what people call the region. */
export function regionLabel(region: Pick<RegionDocument, 'names'>): string {
  const names = Array.isArray(region.names) ? region.names : [];
  return (names.find((name) => name.language === 'eng') ?? names[0])?.text ?? '(no name)';
}

/** A region is its network and its names in every language (TelecomX itself does not refuse a second one). */
function regionIdentity(document: RegionDocument): string {
  const names = arrayField(document as unknown as JsonObject, 'names').filter(isJsonObject)
    .map((name) => `${asText(name.language)}=${nameIdentity(name.text)}`).sort();
  return JSON.stringify([asText(document.network), names]);
}

function toRegion(object: JsonObject): Region {
  return { ...(object as unknown as Region), _id: asText(object._id) };
}

async function list(client: PlatformClient, query: { filter?: string; offset?: number; limit?: number }, options?: CallOptions): Promise<ListPage<Region>> {
  const offset = query.offset ?? 0;
  const answer = await client.call({
    method: 'GET',
    path: COLLECTION,
    query: {
      offset: String(offset),
      limit: String(query.limit ?? DEFAULT_PAGE),
      ...(query.filter && { filter: query.filter }),
    },
  }, options);
  const body = readTelecomxAnswer(answer);
  if (!isJsonObject(body) || !Array.isArray(body.regions)) throw new RemoteError('protocol', 'TelecomX answered the region list without "regions"');
  const items = body.regions.filter(isJsonObject).map(toRegion);
  const total = typeof body.total === 'number' ? body.total : undefined;
  const next = offset + items.length;
  return { items, ...(total !== undefined && { total }), ...(total !== undefined && next < total && items.length > 0 && { nextOffset: next }) };
}

async function get(client: PlatformClient, id: string, options?: CallOptions): Promise<Region | undefined> {
  const object = await getTelecomxObject(client, COLLECTION, id, options);
  return object && toRegion(object);
}

function checkDocument(document: RegionDocument, remote: Region | undefined): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const names = Array.isArray(document.names) ? document.names : [];
  if (names.length === 0) {
    problems.push({ pointer: '/names', severity: 'error', code: 'names-missing', message: 'A region needs at least one name, e.g. { "language": "eng", "text": "World 1" }.' });
  }
  names.forEach((name, index) => {
    const earlier = names.findIndex((other) => other.language === name.language);
    if (earlier !== index) {
      problems.push({
        pointer: `/names/${index}/language`, severity: 'error', code: 'names-duplicate-language',
        message: `Only one name per language: "${name.language}" is already used at position ${earlier + 1}.`,
      });
    }
  });
  if (document.homeland === true && document.roamLikeHome === true) {
    problems.push({
      pointer: '/roamLikeHome', severity: 'error', code: 'homeland-roamLikeHome',
      message: 'A region cannot be both the homeland and roam-like-home: set one of them to false.',
    });
  }
  if (remote && document.network !== remote.network) {
    problems.push({
      pointer: '/network', severity: 'error', code: 'network-fixed',
      message: `The network of an existing region cannot be changed (other regions' outbound prices depend on it): put back "${remote.network}", or create a new region.`,
    });
  }
  problems.push(...checkPriceTriples(document.sms, '/sms', [SIMPLE_TRIPLE]));
  problems.push(...checkPriceTriples(document.data, '/data', [SIMPLE_TRIPLE]));
  const voice = isJsonObject(document.voice) ? document.voice : undefined;
  problems.push(...checkPriceTriples(voice?.inbound, '/voice/inbound', VOICE_TRIPLES));
  const outbound = Array.isArray(voice?.outbound) ? voice.outbound : [];
  outbound.forEach((entry, index) => {
    problems.push(...checkPriceTriples(entry, `/voice/outbound/${index}`, VOICE_TRIPLES));
    const id = asText(entry?._id).toLowerCase();
    if (id.startsWith('@')) {
      // Config as code resolves these before this check runs; anywhere else there is no folder to look in.
      problems.push({
        pointer: `/voice/outbound/${index}/_id`, severity: 'error', code: 'outbound-reference',
        message: 'A reference to a region file ("@…") works only in an exported folder, where Plan and Apply put in the id; here, use the called region\'s id, e.g. "65c3a0000000000000000001".',
      });
    }
    const earlier = outbound.findIndex((other) => asText(other?._id).toLowerCase() === id);
    if (id !== '' && earlier !== index) {
      problems.push({
        pointer: `/voice/outbound/${index}/_id`, severity: 'error', code: 'outbound-duplicate',
        message: `Calls to region ${id} are already priced at position ${earlier + 1}: each called region once.`,
      });
    }
  });
  return problems;
}

function planCreate(document: RegionDocument): WritePlan {
  throwOnErrors(checkDocument(document, undefined));
  const wanted = orderedDocument(document);
  return {
    kind: 'region',
    action: 'create',
    name: regionLabel(wanted),
    requests: [{ method: 'POST', path: COLLECTION, body: wanted }],
    summary: `Create region "${regionLabel(wanted)}" on ${wanted.network}`,
  };
}

function planUpdate(id: string, remote: Region, document: RegionDocument): VerifiableWritePlan<RegionDocument> | undefined {
  const before = toDocument(remote);
  const wanted = orderedDocument(document);
  const changed = TOP_LEVEL_FIELDS.filter((field) => !sameField(before, wanted, field));
  if (changed.length === 0) return undefined;
  const networkProblem = checkDocument(document, remote).find((problem) => problem.code === 'network-fixed');
  if (networkProblem) throw refuseBeforeSending(networkProblem.message, { pointer: networkProblem.pointer, code: networkProblem.code });
  throwOnErrors(checkDocument(document, remote));
  // A field left out of the document is removed with `null` (the sandbox's reading of "replaces wholesale").
  const body = Object.fromEntries(changed.map((field) => [field, wanted[field] ?? (OPTIONAL_FIELDS.has(field) ? null : undefined)]));
  return {
    kind: 'region',
    action: 'update',
    id,
    name: regionLabel(remote),
    before,
    requests: [{ method: 'POST', path: `${COLLECTION}/${id}`, body }],
    summary: `Change ${changed.join(', ')} of region "${regionLabel(remote)}"`,
  };
}

function planDelete(id: string, remote: Region | undefined): WritePlan {
  const name = remote ? regionLabel(remote) : id;
  return {
    kind: 'region',
    action: 'delete',
    id,
    name,
    requests: [{ method: 'DELETE', path: `${COLLECTION}/${id}` }],
    summary: `Delete region "${name}" (${id})`,
  };
}

function present(remote: Region, context: PresentationContext = {}): ItemPresentation {
  const { currency } = context;
  const label = regionLabel(remote);
  const flags = [remote.homeland ? 'homeland' : undefined, remote.roamLikeHome ? 'roam like home' : undefined].filter(Boolean);
  const dataPrice = typeof remote.data?.price === 'number' ? `data ${money(remote.data.price, currency)}/MB` : undefined;
  const voice = remote.voice;
  const outboundCount = Array.isArray(voice?.outbound) ? voice.outbound.length : 0;
  return {
    label,
    // The network first: the same region name usually exists once per network, and the 24-digit id is cut off.
    description: [remote.network, ...flags, dataPrice, remote._id].filter(Boolean).join(' · '),
    // Built when read: the tree asks for tooltips only on hover.
    get tooltip() {
      const otherNames = (Array.isArray(remote.names) ? remote.names : [])
        .map((name) => `${escapeMarkdown(name.text)} (${name.language})`).join(', ');
      return [
        fieldList(label, [
          ['Id', `\`${remote._id}\``],
          ['Names', otherNames],
          ['Network', remote.network],
          ['Homeland', remote.homeland ? 'yes' : 'no'],
          ['Roam like home', remote.roamLikeHome ? 'yes' : 'no'],
          ['Notes', remote.notes && escapeMarkdown(remote.notes)],
        ]),
        '',
        ...priceLines('SMS', remote.sms, SIMPLE_TRIPLE, currency),
        ...priceLines('Data per MB', remote.data, SIMPLE_TRIPLE, currency),
        ...priceLines('Incoming call, connection', voice?.inbound, VOICE_TRIPLES[0], currency),
        ...priceLines('Incoming call, per minute', voice?.inbound, VOICE_TRIPLES[1], currency),
        ...(outboundCount > 0 ? [`- Outgoing calls priced to ${outboundCount} region${outboundCount === 1 ? '' : 's'}`] : []),
      ].join('\n');
    },
  };
}

/** The regions this one prices outgoing calls to, by name, each opening that region. */
async function related(client: PlatformClient, remote: Region, options?: CallOptions): Promise<RelatedItem[]> {
  const outbound = Array.isArray(remote.voice?.outbound) ? remote.voice.outbound : [];
  if (outbound.length === 0) return [];
  const names = new Map<string, string>();
  let offset: number | undefined = 0;
  while (offset !== undefined && outbound.some((entry) => !names.has(entry._id.toLowerCase()))) {
    const page: ListPage<Region> = await list(client, { offset, limit: LARGEST_PAGE }, options);
    for (const region of page.items) names.set(region._id.toLowerCase(), regionLabel(region));
    offset = page.nextOffset;
  }
  return outbound.map((entry) => ({
    label: names.get(entry._id.toLowerCase()) ?? entry._id,
    description: `calls ${money(entry.rate, currencyOf(client.connection))}/min + ${money(entry.connectionFee, currencyOf(client.connection))} per call`,
    icon: 'call-outgoing',
    target: { kind: 'region' as const, id: entry._id },
  }));
}

/** Every region of the account, following the pages (the largest the API allows: fewest reads). */
export async function allRegions(client: PlatformClient, options?: CallOptions): Promise<Region[]> {
  const regions: Region[] = [];
  let offset: number | undefined = 0;
  while (offset !== undefined) {
    const page: ListPage<Region> = await list(client, { offset, limit: LARGEST_PAGE }, options);
    regions.push(...page.items);
    offset = page.nextOffset !== undefined && page.nextOffset > offset && page.items.length > 0 ? page.nextOffset : undefined;
  }
  return regions;
}

/**
 * The rules that need the platform: one homeland and one roam-like-home region per network, and outbound voice
 * prices only to regions that exist (the region itself included). One read of the region list for both.
 */
async function checkRemotely(client: PlatformClient, document: RegionDocument, known: KnownObject<Region> | undefined, options?: CallOptions): Promise<DocumentProblem[]> {
  const network = asText(document.network);
  const flags = (['homeland', 'roamLikeHome'] as const).filter((flag) => document[flag] === true);
  const outbound = Array.isArray(document.voice?.outbound) ? document.voice.outbound : [];
  if ((flags.length === 0 || network === '') && outbound.length === 0) return [];
  const regions = await allRegions(client, options);
  const problems: DocumentProblem[] = [];
  for (const flag of flags) {
    const holder = regions.find((region) => region.network === network && region._id !== known?.id && region[flag] === true);
    if (holder) {
      problems.push({
        pointer: `/${flag}`, severity: 'error', code: `second-${flag}`,
        message: `${regionLabel(holder)} (${holder._id}) is already the ${flag === 'homeland' ? 'homeland' : 'roam-like-home'} region of ${network}; only one is allowed per network.`,
      });
    }
  }
  const ids = new Set([...regions.map((region) => region._id.toLowerCase()), ...(known?.id ? [known.id.toLowerCase()] : [])]);
  outbound.forEach((entry, index) => {
    const id = asText(isJsonObject(entry) ? entry._id : undefined);
    // A file of the folder ("@regions/…") is the plan's to resolve, not the remote's to know.
    if (id === '' || id.startsWith('@') || ids.has(id.toLowerCase())) return;
    problems.push({
      pointer: `/voice/outbound/${index}/_id`, severity: 'error', code: 'unknown-region',
      message: `There is no region ${id} on ${client.connection.name}: outbound voice prices name the called region by its id (completion lists them).`,
    });
  });
  return problems;
}

/** An update body names its region by `_id`; the fields it leaves out are not judged. */
async function checkChangeRemotely(client: PlatformClient, body: unknown, options?: CallOptions): Promise<DocumentProblem[]> {
  if (!isJsonObject(body)) return [];
  const id = asText(body._id) || undefined;
  return checkRemotely(client, body as unknown as RegionDocument, { id }, options);
}

const channel: WriteChannel<Region, RegionDocument> = {
  singular: 'region',
  send: (client, request, _plan, options) => sendTelecomxWrite(client, request, request.body, options),
  get,
  async findCreated(client, document, options) {
    // TelecomX allows two regions with the same names; the newest (highest id, creation order) is the one
    // a create just made.
    const wanted = orderedDocument(document);
    const matches: Region[] = [];
    let offset: number | undefined = 0;
    while (offset !== undefined) {
      const page: ListPage<Region> = await list(client, { filter: regionLabel(wanted), offset, limit: LARGEST_PAGE }, options);
      matches.push(...page.items.filter((region) => region.network === wanted.network && sameJson(orderedDocument(region).names, wanted.names)));
      offset = page.nextOffset;
    }
    return matches.at(-1);
  },
  idOf: (remote) => remote._id,
  holds: (remote, document) => sameRegion(remote, document),
};

export const regionKind: ResourceKind<Region, RegionDocument> = {
  slug: 'region',
  platform: 'telecomx',
  folder: 'regions',
  singular: 'Region',
  plural: 'Regions',
  icon: 'map',
  pagedRemotely: true,
  // The wiki's table: the region list is open to VIEWER (reduced fields), reading one region needs RESELLER_ADMIN.
  access: { read: 'RESELLER_ADMIN', write: 'ADMIN', hasAtLeast: (level, needed) => hasAtLeast(level, needed as TelecomxAccessLevel) },
  // Outbound voice prices name the called region (this one included). In a folder they may name its file, so that
  // the same files apply to any account (each account has its own region ids).
  references: [{ pointer: '/voice/outbound/*/_id', target: 'region', mayNameFile: true }],
  // An ObjectId begins with its creation time in seconds: one from 1970 is never a real region's.
  placeholderId: (index) => `0000000000000000${index.toString(16).padStart(8, '0')}`,
  requestBodies: [
    { schema: 'create-region', pointerPrefix: '', role: 'create' },
    { schema: 'update-region', pointerPrefix: '', role: 'change' },
  ],
  list: (client, query, options) => list(client, query, options),
  get,
  idOf: (remote) => remote._id,
  nameOf: regionLabel,
  identityOf: regionIdentity,
  present,
  related,
  toDocument,
  newDocument: () => ({
    names: [{ language: 'eng', text: 'New region' }, { language: 'dan', text: 'Ny region' }],
    network: 'TELENOR',
    homeland: false,
    roamLikeHome: false,
    sms: { cost: 0, wholesale: 0, price: 0 },
    data: { cost: 0, wholesale: 0, price: 0 },
  }),
  checkDocument,
  checkRemotely,
  checkChangeRemotely,
  planCreate,
  planUpdate,
  planDelete,
  execute: (client, plan, document, options) => executeVerified(channel, client, plan, document, options),
};
