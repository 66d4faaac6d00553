// Checks a region as it would be stored (a create body, or the stored region with an update body laid over it)
// and reports the first failing field, in the order README "Regions" fixes, so a client always learns about the
// same problem first. On success it returns the region rebuilt with a stable key order and lower-case ids.
import { invalidField, type FieldProblem } from './errors';
import {
  NETWORKS,
  PRICE_TRIPLE_FIELDS,
  VOICE_RATE_FIELDS,
  type Network,
  type OutboundVoiceRates,
  type PriceTriple,
  type Region,
  type RegionName,
  type RegionVoice,
  type VoiceRates,
} from './model';
import { isObjectIdText, normaliseObjectId } from './objectIds';
import { hasField, isJsonObject, isPriceValue, type JsonObject } from './plainValues';

export interface RegionValidationContext {
  /** Every stored region except the one being written: the uniqueness rules look at these. */
  readonly otherRegions: readonly Region[];
  /** The region's own id, when known: `voice.outbound` may price calls within the region itself. */
  readonly ownId?: string;
  /** Update only: the stored network, which cannot change (other regions' outbound prices depend on it). */
  readonly fixedNetwork?: Network;
}

export type RegionCheck = { readonly ok: true; readonly region: Omit<Region, '_id'> } | { readonly ok: false; readonly problem: FieldProblem };

const REGION_FIELDS = ['_id', 'names', 'network', 'homeland', 'roamLikeHome', 'notes', 'sms', 'data', 'voice'];
const NAME_FIELDS = ['language', 'text'];
const VOICE_FIELDS = ['inbound', 'outbound'];
const OUTBOUND_FIELDS = ['_id', ...VOICE_RATE_FIELDS];
const LANGUAGE_PATTERN = /^[a-z]{3}$/;

const SEED_MESSAGES = {
  duplicateLanguage: 'Only one localisation per language is allowed',
  secondRoamLikeHome: 'There is already a region for the given network, that has “roamLikeHome” set to true',
  secondHomeland: 'There is already a region for the given network, that has “homeland” set to true',
  bothFlags: 'A region cannot both have “roamLikeHome” and “homeland” set to true',
};

class RegionProblem extends Error {
  constructor(readonly problem: FieldProblem) {
    super(`${problem.field}: ${problem.message}`);
  }
}

function fail(field: string, message: string): never {
  throw new RegionProblem(invalidField(field, message));
}

export function checkRegion(candidate: JsonObject, context: RegionValidationContext): RegionCheck {
  try {
    return { ok: true, region: buildRegion(candidate, context) };
  } catch (error) {
    if (error instanceof RegionProblem) return { ok: false, problem: error.problem };
    throw error;
  }
}

function buildRegion(candidate: JsonObject, context: RegionValidationContext): Omit<Region, '_id'> {
  const names = checkNames(candidate.names);
  const network = checkNetwork(candidate.network, context.fixedNetwork);
  const homeland = checkFlag(candidate, 'homeland', 'Homeland');
  const roamLikeHome = checkFlag(candidate, 'roamLikeHome', 'RoamLikeHome');
  if (homeland && roamLikeHome) fail('homeland_roamLikeHome', SEED_MESSAGES.bothFlags);
  const sameNetwork = context.otherRegions.filter((region) => region.network === network);
  if (homeland && sameNetwork.some((region) => region.homeland)) fail('homeland', SEED_MESSAGES.secondHomeland);
  if (roamLikeHome && sameNetwork.some((region) => region.roamLikeHome)) {
    fail('roamLikeHome', SEED_MESSAGES.secondRoamLikeHome);
  }
  const notes = checkNotes(candidate.notes);
  const sms = checkPriceTriple(candidate.sms, 'sms');
  const data = checkPriceTriple(candidate.data, 'data');
  const uncheckedVoice = checkVoice(candidate.voice);
  const voice = uncheckedVoice && checkOutboundTargets(uncheckedVoice, sameNetwork, context.ownId);
  refuseUnknownFields(candidate);

  return {
    names,
    network,
    homeland,
    roamLikeHome,
    ...(notes !== undefined && { notes }),
    ...(sms && { sms }),
    ...(data && { data }),
    ...(voice && { voice }),
  };
}

function checkNames(value: unknown): RegionName[] {
  if (!Array.isArray(value) || value.length === 0) fail('names', 'At least one name is required');
  const names = value.map((entry): RegionName => {
    if (!isJsonObject(entry) || typeof entry.language !== 'string' || typeof entry.text !== 'string' || entry.text.trim() === '') {
      fail('names', 'Each name needs a language and a non-empty text');
    }
    return { language: entry.language, text: entry.text };
  });
  const seen = new Set<string>();
  for (const { language } of names) {
    if (!LANGUAGE_PATTERN.test(language)) {
      fail('names.language', 'Language must be an ISO 639-2 code of three lower-case letters');
    }
    if (seen.has(language)) fail('names.language', SEED_MESSAGES.duplicateLanguage);
    seen.add(language);
  }
  return names;
}

function checkNetwork(value: unknown, fixedNetwork: Network | undefined): Network {
  const network = NETWORKS.find((known) => known === value);
  if (!network) fail('network', 'Network must be TELENOR or TDC');
  if (fixedNetwork && network !== fixedNetwork) fail('network', 'Network cannot be changed');
  return network;
}

/** Absent means false; anything present must be a real boolean. */
function checkFlag(candidate: JsonObject, field: 'homeland' | 'roamLikeHome', label: string): boolean {
  if (!hasField(candidate, field)) return false;
  const value = candidate[field];
  if (typeof value !== 'boolean') fail(field, `${label} must be true or false`);
  return value;
}

function checkNotes(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail('notes', 'Notes must be a string');
  return value;
}

function checkPriceTriple(value: unknown, field: 'sms' | 'data'): PriceTriple | undefined {
  if (value === undefined || value === null) return undefined;
  return checkPrices(value, field, PRICE_TRIPLE_FIELDS);
}

/** Every price sub-field is optional (a missing price is stored absent), but one that is given must be valid. */
function checkPrices(value: unknown, path: string, fields: readonly string[]): Record<string, number> {
  if (!isJsonObject(value)) fail(path, `${path} must be an object`);
  const prices: Record<string, number> = {};
  for (const field of fields) {
    if (!hasField(value, field)) continue;
    const price = value[field];
    if (!isPriceValue(price)) fail(`${path}.${field}`, `${path}.${field} must be a number of 0 or more`);
    prices[field] = price;
  }
  return prices;
}

interface UncheckedVoice {
  readonly inbound?: VoiceRates;
  readonly outbound?: readonly { readonly target: unknown; readonly rates: VoiceRates }[];
}

function checkVoice(value: unknown): UncheckedVoice | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) fail('voice', 'voice must be an object');
  const inbound = value.inbound === undefined ? undefined : checkPrices(value.inbound, 'voice.inbound', VOICE_RATE_FIELDS);
  if (value.outbound === undefined) return { ...(inbound && { inbound }) };
  if (!Array.isArray(value.outbound)) fail('voice.outbound', 'voice.outbound must be a list');
  const outbound = value.outbound.map((entry) => {
    if (!isJsonObject(entry)) fail('voice.outbound', 'Each voice.outbound entry must be an object');
    return { target: entry._id, rates: checkPrices(entry, 'voice.outbound', VOICE_RATE_FIELDS) };
  });
  return { ...(inbound && { inbound }), outbound };
}

/** The called regions are checked after every price, as README "Regions" orders it. */
function checkOutboundTargets(voice: UncheckedVoice, sameNetwork: readonly Region[], ownId: string | undefined): RegionVoice {
  if (!voice.outbound) return voice as RegionVoice;
  const known = new Set(sameNetwork.map((region) => region._id));
  if (ownId) known.add(ownId);
  const seen = new Set<string>();
  const outbound = voice.outbound.map(({ target, rates }): OutboundVoiceRates => {
    if (!isObjectIdText(target) || !known.has(normaliseObjectId(target))) {
      fail('voice.outbound._id', 'voice.outbound._id must be the id of a region of the same network');
    }
    const _id = normaliseObjectId(target);
    if (seen.has(_id)) fail('voice.outbound._id', 'A region may appear only once in voice.outbound');
    seen.add(_id);
    return { _id, ...rates };
  });
  return { ...(voice.inbound && { inbound: voice.inbound }), outbound };
}

function refuseUnknownFields(candidate: JsonObject): void {
  refuseFieldsOutside(candidate, REGION_FIELDS, '');
  if (Array.isArray(candidate.names)) {
    candidate.names.forEach((entry) => refuseFieldsOutside(entry as JsonObject, NAME_FIELDS, 'names.'));
  }
  for (const triple of ['sms', 'data'] as const) {
    if (isJsonObject(candidate[triple])) refuseFieldsOutside(candidate[triple], PRICE_TRIPLE_FIELDS, `${triple}.`);
  }
  const voice = candidate.voice;
  if (!isJsonObject(voice)) return;
  refuseFieldsOutside(voice, VOICE_FIELDS, 'voice.');
  if (isJsonObject(voice.inbound)) refuseFieldsOutside(voice.inbound, VOICE_RATE_FIELDS, 'voice.inbound.');
  if (Array.isArray(voice.outbound)) {
    voice.outbound.forEach((entry) => refuseFieldsOutside(entry as JsonObject, OUTBOUND_FIELDS, 'voice.outbound.'));
  }
}

function refuseFieldsOutside(object: JsonObject, allowed: readonly string[], prefix: string): void {
  const unknown = Object.keys(object).find((field) => !allowed.includes(field));
  if (unknown !== undefined) fail(`${prefix}${unknown}`, `Unknown field ${prefix}${unknown}`);
}
