// What the file system provider remembers about each roaming document: the remote object as it was when the
// document was read (the base for "has the remote changed since?") and the exact text it served.
import type { ConnectionRecord } from '../http/connection';
import type { ResourceKind } from '../platforms/resourceKind';

export interface OpenDocument {
  readonly connection: ConnectionRecord;
  readonly kind: ResourceKind;
  /** The remote id; undefined for a new object not created yet. */
  readonly id: string | undefined;
  /** The remote object when the document was last read or pushed. */
  remote: unknown;
  /** The text served to the editor (pretty-printed editable form). */
  text: string;
  mtime: number;
}

/** The document text for an editable form: pretty-printed, two spaces, final newline, stable key order. */
export function serialiseDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Equality of two JSON values regardless of key order (documents from the remote vs from the editor). */
export function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== typeof right || left === null || right === null || typeof left !== 'object') return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left)) {
    const rightArray = right as unknown[];
    return left.length === rightArray.length && left.every((item, index) => sameJson(item, rightArray[index]));
  }
  const leftEntries = Object.entries(left as Record<string, unknown>).filter(([, value]) => value !== undefined);
  const rightObject = right as Record<string, unknown>;
  const rightKeys = Object.keys(rightObject).filter((key) => rightObject[key] !== undefined);
  return leftEntries.length === rightKeys.length && leftEntries.every(([key, value]) => sameJson(value, rightObject[key]));
}
