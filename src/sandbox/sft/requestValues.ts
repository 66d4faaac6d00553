// Reading values out of request bodies and query strings. The sandbox accepts numbers or strings for ids,
// `status`, `category` and `categoryGroupId` and always answers with strings (contract, "Values").

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-negative integer given as a number or a string of digits, as a string; otherwise undefined. */
export function numericId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  // Leading zeros dropped by text, not through Number, so that a very long id is not rounded.
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return value.trim().replace(/^0+(?=\d)/, '');
  return undefined;
}

/** `0` or `1`, given as a number or a string. */
export function binaryFlag(value: unknown): '0' | '1' | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  return text === '0' || text === '1' ? text : undefined;
}

/** A name: a string with something besides blanks. The stored name keeps the caller's spelling, trimmed. */
export function nameValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Names are unique per account, compared case-insensitively after trimming (contract, decided). */
export function sameName(left: string, right: string): boolean {
  return left.trim().toLowerCase() === right.trim().toLowerCase();
}

export function describeValue(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}
