// `/roaming/voice|text|data[/ID]`: list, get, create, update, delete (README "Voice, text and data prices").
// Access has been checked by the caller.
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
import { zonePriceAsSeenBy } from './fieldHiding';
import { DIRECTIONS, type ZonePrice } from './model';
import { isObjectIdText, normaliseObjectId } from './objectIds';
import { hasField, isJsonObject } from './plainValues';
import type { TelecomxStore } from './store';
import type { ZonePriceKind } from './zonePriceKinds';
import { checkNewZonePrice, checkZonePriceUpdate, sameZone } from './zonePriceValidation';

export const zonePriceNotFound = (kind: ZonePriceKind): SandboxResponse => errorResponse(404, 'id', kind.notFoundMessage);

export function findZonePrice(store: TelecomxStore, kind: ZonePriceKind, rawId: string): ZonePrice | undefined {
  if (!isObjectIdText(rawId)) return undefined;
  const id = normaliseObjectId(rawId);
  return store.zonePrices(kind.name).find((record) => record._id === id);
}

/** A bare array in id order; voice is filtered by `direction`, OUT unless asked otherwise. */
export function listZonePrices(query: URLSearchParams, kind: ZonePriceKind, store: TelecomxStore, level: AccessLevel): SandboxResponse {
  let records = store.zonePrices(kind.name);
  if (kind.hasDirection) {
    const requested = query.get('direction') ?? 'OUT';
    const direction = DIRECTIONS.find((known) => known === requested);
    if (!direction) return problemResponse(invalidField('direction', 'Direction is invalid'));
    records = records.filter((record) => record.direction === direction);
  }
  const sorted = [...records].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  return okResponse(sorted.map((record) => zonePriceAsSeenBy(record, kind, level)));
}

export function showZonePrice(record: ZonePrice, kind: ZonePriceKind, level: AccessLevel): SandboxResponse {
  return okResponse(zonePriceAsSeenBy(record, kind, level));
}

export function createZonePrice(body: unknown, kind: ZonePriceKind, store: TelecomxStore): SandboxResponse {
  if (!isJsonObject(body)) return bodyNotAnObject();
  let requestedId: string | undefined;
  if (hasField(body, '_id')) {
    if (!isObjectIdText(body._id)) return problemResponse(invalidField('_id', 'Id must be a string of 24 hex characters'));
    requestedId = normaliseObjectId(body._id);
  }
  const check = checkNewZonePrice(body, kind);
  if (!check.ok) return problemResponse(check.problem);
  if (requestedId && store.isIdTaken(requestedId)) return problemResponse(conflictingField('_id', 'The id is already in use'));
  const records = store.zonePrices(kind.name);
  if (records.some((record) => sameZone(record, check.record))) {
    return problemResponse(conflictingField('stayingRegion', 'There already exists an entry for the selected staying region'));
  }
  const record: ZonePrice = { _id: requestedId ?? store.newId(), ...check.record };
  records.push(record);
  return okResponse(record);
}

export function updateZonePrice(stored: ZonePrice, body: unknown, kind: ZonePriceKind, store: TelecomxStore): SandboxResponse {
  if (!isJsonObject(body)) return bodyNotAnObject();
  const check = checkZonePriceUpdate(body, stored, kind);
  if (!check.ok) return problemResponse(check.problem);
  const records = store.zonePrices(kind.name);
  const updated: ZonePrice = { _id: stored._id, ...check.record };
  records[records.indexOf(stored)] = updated;
  return okResponse(updated);
}

export function deleteZonePrice(stored: ZonePrice, kind: ZonePriceKind, store: TelecomxStore): SandboxResponse {
  const records = store.zonePrices(kind.name);
  records.splice(records.indexOf(stored), 1);
  return successResponse();
}
