// Reads a persisted TelecomX state back, refusing anything the API itself would not have let in: a `--data` file
// edited by hand must not put the simulator in a state no request could reach. Errors name the first bad entry.
import type { Region, TelecomxData, ZonePrice, ZonePriceKindName } from './model';
import { isObjectIdText } from './objectIds';
import { isJsonObject, type JsonObject } from './plainValues';
import { checkRegion } from './regionValidation';
import type { TelecomxSeed } from './seed';
import { STATE_VERSION } from './store';
import { ZONE_PRICE_KINDS } from './zonePriceKinds';
import { checkNewZonePrice, sameZone } from './zonePriceValidation';

class StateError extends Error {
  constructor(detail: string) {
    super(`Invalid TelecomX sandbox state: ${detail}`);
  }
}

export function parseTelecomxState(input: unknown): TelecomxSeed {
  if (!isJsonObject(input)) throw new StateError('expected a JSON object');
  if (input.version !== STATE_VERSION) throw new StateError(`"version" must be ${STATE_VERSION}`);
  const nextIdNumber = input.nextIdNumber;
  if (typeof nextIdNumber !== 'number' || !Number.isSafeInteger(nextIdNumber) || nextIdNumber < 1) {
    throw new StateError('"nextIdNumber" must be a positive integer');
  }
  const seenIds = new Set<string>();
  const regions = parseRegions(input.regions, seenIds);
  const data: TelecomxData = {
    regions,
    voice: parseZonePrices(input, 'voice', seenIds),
    text: parseZonePrices(input, 'text', seenIds),
    data: parseZonePrices(input, 'data', seenIds),
  };
  return { data, nextIdNumber };
}

function entriesOf(value: unknown, collection: string): JsonObject[] {
  if (!Array.isArray(value)) throw new StateError(`"${collection}" must be a list`);
  return value.map((entry, index) => {
    if (!isJsonObject(entry)) throw new StateError(`${collection}[${index}] must be an object`);
    return entry;
  });
}

/** Stored ids are written lower case by the simulator; anything else did not come from it. */
function claimId(entry: JsonObject, where: string, seenIds: Set<string>): string {
  const id = entry._id;
  if (!isObjectIdText(id) || id !== id.toLowerCase()) throw new StateError(`${where}: "_id" must be 24 lower-case hex characters`);
  if (seenIds.has(id)) throw new StateError(`${where}: "_id" ${id} is used twice`);
  seenIds.add(id);
  return id;
}

function parseRegions(value: unknown, seenIds: Set<string>): Region[] {
  const entries = entriesOf(value, 'regions');
  const ids = entries.map((entry, index) => claimId(entry, `regions[${index}]`, seenIds));
  // Outbound targets may point forward in the list, so each region is checked against all the others at once.
  const placeholders = entries.map((entry, index) => ({ ...entry, _id: ids[index] }) as unknown as Region);
  return entries.map((entry, index) => {
    const otherRegions = placeholders.filter((_, otherIndex) => otherIndex !== index);
    const check = checkRegion(entry, { otherRegions, ownId: ids[index] });
    if (!check.ok) throw new StateError(`regions[${index}] (${ids[index]}): ${check.problem.field}: ${check.problem.message}`);
    return { _id: ids[index], ...check.region };
  });
}

function parseZonePrices(input: JsonObject, kindName: ZonePriceKindName, seenIds: Set<string>): ZonePrice[] {
  const kind = ZONE_PRICE_KINDS[kindName];
  const records: ZonePrice[] = [];
  entriesOf(input[kindName], kindName).forEach((entry, index) => {
    const where = `${kindName}[${index}]`;
    const _id = claimId(entry, where, seenIds);
    const check = checkNewZonePrice(entry, kind);
    if (!check.ok) throw new StateError(`${where} (${_id}): ${check.problem.field}: ${check.problem.message}`);
    if (records.some((record) => sameZone(record, check.record))) {
      throw new StateError(`${where} (${_id}): a second entry for the same zone`);
    }
    records.push({ _id, ...check.record });
  });
  return records;
}
