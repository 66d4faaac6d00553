// Checks voice, text and data price bodies and reports the first failing field (README "Voice, text and data
// prices"). Uniqueness and id conflicts need the stored collection and are checked by the caller afterwards.
import { invalidField, type FieldProblem } from './errors';
import {
  CALLED_REGIONS,
  DIRECTIONS,
  STAYING_REGIONS,
  type CalledRegion,
  type Direction,
  type StayingRegion,
  type ZonePrice,
  type ZonePriceFields,
} from './model';
import { capitalise, hasField, isPriceValue, type JsonObject } from './plainValues';
import type { ZonePriceKind } from './zonePriceKinds';

export type ZonePriceCheck =
  | { readonly ok: true; readonly record: ZonePriceFields }
  | { readonly ok: false; readonly problem: FieldProblem };

const refused = (field: string, message: string): ZonePriceCheck => ({ ok: false, problem: invalidField(field, message) });

/** A create body (or an imported record): identity fields, then every price field, then unknown fields. */
export function checkNewZonePrice(body: JsonObject, kind: ZonePriceKind): ZonePriceCheck {
  const stayingRegion = STAYING_REGIONS.find((known) => known === body.stayingRegion);
  if (!stayingRegion) return refused('stayingRegion', 'Staying region is not recognized');
  const identity: { stayingRegion: StayingRegion; calledRegion?: CalledRegion; direction?: Direction } = { stayingRegion };
  if (kind.hasDirection) {
    const direction = hasField(body, 'direction') ? DIRECTIONS.find((known) => known === body.direction) : 'OUT';
    if (!direction) return refused('direction', 'Direction is invalid');
    if (direction === 'OUT') {
      const calledRegion = CALLED_REGIONS.find((known) => known === body.calledRegion);
      if (!calledRegion) return refused('calledRegion', 'Called region is not recognized');
      identity.calledRegion = calledRegion;
    } else if (hasField(body, 'calledRegion')) {
      return refused('calledRegion', 'Called region is only used for direction OUT');
    }
    identity.direction = direction;
  }
  const prices: Record<string, number> = {};
  for (const field of kind.priceFields) {
    const value = body[field];
    if (!isPriceValue(value)) return refused(field, `${capitalise(field)} is invalid`);
    prices[field] = value;
  }
  const unknown = unknownField(body, kind);
  if (unknown !== undefined) return refused(unknown, `Unknown field ${unknown}`);
  return { ok: true, record: { ...identity, ...prices } };
}

/**
 * An update body: any subset of the price fields. The identity fields may be sent back unchanged (a client that
 * edits the whole object does), but not changed: that would be a different entry.
 */
export function checkZonePriceUpdate(body: JsonObject, stored: ZonePrice, kind: ZonePriceKind): ZonePriceCheck {
  if (hasField(body, '_id') && (typeof body._id !== 'string' || body._id.toLowerCase() !== stored._id)) {
    return refused('_id', 'Id cannot be changed');
  }
  for (const field of identityFields(kind)) {
    if (hasField(body, field) && body[field] !== stored[field]) return refused(field, `${capitalise(field)} cannot be changed`);
  }
  const updated: Record<string, unknown> = { ...stored };
  delete updated._id;
  for (const field of kind.priceFields) {
    if (!hasField(body, field)) continue;
    const value = body[field];
    if (!isPriceValue(value)) return refused(field, `${capitalise(field)} is invalid`);
    updated[field] = value;
  }
  const unknown = unknownField(body, kind);
  if (unknown !== undefined) return refused(unknown, `Unknown field ${unknown}`);
  return { ok: true, record: updated as ZonePriceFields };
}

/** Voice entries are unique per (staying, called, direction); text and data per staying region. */
export function sameZone(a: ZonePriceFields, b: ZonePriceFields): boolean {
  return a.stayingRegion === b.stayingRegion && a.calledRegion === b.calledRegion && a.direction === b.direction;
}

function identityFields(kind: ZonePriceKind): readonly string[] {
  return kind.hasDirection ? ['stayingRegion', 'calledRegion', 'direction'] : ['stayingRegion'];
}

function unknownField(body: JsonObject, kind: ZonePriceKind): string | undefined {
  const allowed = new Set(['_id', ...identityFields(kind), ...kind.priceFields]);
  return Object.keys(body).find((field) => !allowed.has(field));
}
