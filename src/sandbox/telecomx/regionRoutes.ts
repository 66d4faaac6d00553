// `/roaming/region[/ID]`: list, get, create, update, delete (README "Regions"). Access has been checked by the
// caller; these functions only see requests the caller's level allows.
import type { SandboxResponse } from '../server/types';
import type { AccessLevel } from './accessLevels';
import {
  bodyNotAnObject,
  conflictingField,
  errorResponse,
  invalidField,
  okResponse,
  problemResponse,
  successResponse,
} from './errors';
import { regionAsSeenBy } from './fieldHiding';
import { NETWORKS, type Region } from './model';
import { isObjectIdText, normaliseObjectId } from './objectIds';
import { hasField, isJsonObject, type JsonObject } from './plainValues';
import { checkRegion } from './regionValidation';
import type { TelecomxStore } from './store';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;
/** Optional fields that `null` removes on update (README "Regions"). */
const REMOVABLE_FIELDS = ['notes', 'sms', 'data', 'voice'];

export const regionNotFound = (): SandboxResponse => errorResponse(404, 'id', 'Roaming region not found');

export function findRegion(store: TelecomxStore, rawId: string): Region | undefined {
  if (!isObjectIdText(rawId)) return undefined;
  const id = normaliseObjectId(rawId);
  return store.regions.find((region) => region._id === id);
}

export function listRegions(query: URLSearchParams, store: TelecomxStore, level: AccessLevel): SandboxResponse {
  const networkText = query.get('network');
  const network = networkText === null ? undefined : NETWORKS.find((known) => known === networkText.toUpperCase());
  if (networkText !== null && !network) return problemResponse(invalidField('network', 'Network must be TELENOR or TDC'));
  const offset = wholeNumber(query.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
  if (offset === undefined) return problemResponse(invalidField('offset', 'Offset must be a whole number of 0 or more'));
  const limit = wholeNumber(query.get('limit'), DEFAULT_LIMIT, 1, MAX_LIMIT);
  if (limit === undefined) return problemResponse(invalidField('limit', `Limit must be a whole number from 1 to ${MAX_LIMIT}`));

  const filter = query.get('filter')?.toLowerCase() ?? '';
  const matching = store.regions
    .filter((region) => !network || region.network === network)
    .filter((region) => filter === '' || region.names.some((name) => name.text.toLowerCase().includes(filter)))
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  const regions = matching.slice(offset, offset + limit).map((region) => regionAsSeenBy(region, level));
  return okResponse({ offset, limit, total: matching.length, regions });
}

export function createRegion(body: unknown, store: TelecomxStore): SandboxResponse {
  if (!isJsonObject(body)) return bodyNotAnObject();
  let requestedId: string | undefined;
  if (hasField(body, '_id')) {
    if (!isObjectIdText(body._id)) return problemResponse(invalidField('_id', 'Id must be a string of 24 hex characters'));
    requestedId = normaliseObjectId(body._id);
  }
  const check = checkRegion(body, { otherRegions: store.regions, ownId: requestedId });
  if (!check.ok) return problemResponse(check.problem);
  if (requestedId && store.isIdTaken(requestedId)) return problemResponse(conflictingField('_id', 'The id is already in use'));
  const region: Region = { _id: requestedId ?? store.newId(), ...check.region };
  store.regions.push(region);
  return okResponse(region);
}

/** Partial: each top-level field sent replaces the stored one wholesale; `null` removes an optional field. */
export function updateRegion(stored: Region, body: unknown, store: TelecomxStore): SandboxResponse {
  if (!isJsonObject(body)) return bodyNotAnObject();
  if (hasField(body, '_id') && (typeof body._id !== 'string' || normaliseObjectId(body._id) !== stored._id)) {
    return problemResponse(invalidField('_id', 'Id cannot be changed'));
  }
  const merged: JsonObject = { ...stored, ...body, _id: stored._id };
  for (const field of REMOVABLE_FIELDS) if (merged[field] === null) delete merged[field];
  const check = checkRegion(merged, {
    otherRegions: store.regions.filter((region) => region !== stored),
    ownId: stored._id,
    fixedNetwork: stored.network,
  });
  if (!check.ok) return problemResponse(check.problem);
  const updated: Region = { _id: stored._id, ...check.region };
  store.regions[store.regions.indexOf(stored)] = updated;
  return okResponse(updated);
}

/** Refused while another region prices calls to it: its outbound entry would point at nothing. */
export function deleteRegion(stored: Region, store: TelecomxStore): SandboxResponse {
  const callers = store.regions.filter(
    (region) => region !== stored && region.voice?.outbound?.some((entry) => entry._id === stored._id),
  );
  if (callers.length > 0) {
    const names = callers.slice(0, 3).map((region) => region.names[0]?.text ?? region._id).join(', ');
    const more = callers.length > 3 ? ` and ${callers.length - 3} more` : '';
    return problemResponse(conflictingField('id', `The region is called from the voice.outbound prices of ${names}${more}`));
  }
  store.regions.splice(store.regions.indexOf(stored), 1);
  return successResponse();
}

/** `undefined` when the parameter is there but not a whole number in range. */
function wholeNumber(text: string | null, fallback: number, min: number, max: number): number | undefined {
  if (text === null) return fallback;
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}
