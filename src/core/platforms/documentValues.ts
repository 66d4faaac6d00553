// Small value helpers every kind shares: reading loosely typed API rows, and comparing documents so that an
// unchanged document plans nothing whatever order its keys are in.

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as text: SFT answers strings, but a person may type `1` where `"1"` is meant. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The object's own array under `key`, or an empty one when the API left it out. */
export function arrayField(object: JsonObject, key: string): unknown[] {
  const value = object[key];
  return Array.isArray(value) ? value : [];
}

/**
 * Structural equality of JSON values: key order does not matter, a key holding `undefined` counts as absent
 * (documents built with optional fields carry such keys).
 */
export function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => sameJson(item, right[index]));
  }
  if (isJsonObject(left) && isJsonObject(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) if (!sameJson(left[key], right[key])) return false;
    return true;
  }
  return false;
}

/** Names are unique per account, compared case-insensitively after trimming (contract, "Roaming Profile"). */
export function sameName(left: string, right: string): boolean {
  return nameIdentity(left) === nameIdentity(right);
}

/** A name as vendors compare names: case and surrounding spaces do not count. */
export function nameIdentity(name: unknown): string {
  return typeof name === 'string' ? name.trim().toLowerCase() : '';
}

/** Drops keys whose value is `undefined`, so a document prints and compares as the person sees it. */
export function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
