// Small predicates for checking untrusted JSON.

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Prices are numbers of 0 or more; a numeric string is not a number (README: strict JSON types). */
export function isPriceValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function hasField(object: JsonObject, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, field);
}
