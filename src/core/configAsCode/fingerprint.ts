// A fingerprint says "this is the remote state I exported" without keeping a copy of it: sha256 of the document
// in canonical JSON, so key order and whitespace never make two equal documents look different.
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level and keys holding `undefined` left out; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object).filter((key) => object[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Lower-case hex sha256 of the canonical JSON. */
export function fingerprintOf(document: unknown): string {
  return createHash('sha256').update(canonicalJson(document), 'utf8').digest('hex');
}

/** How a document is written to a file: pretty JSON, two spaces, final newline. */
export function documentText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
