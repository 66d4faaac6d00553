// References between the files of a folder. A new roaming profile may use a destination group that the same
// apply creates: in a folder, `destinationGroupId` may be "@" and the path of the group's file
// ("@destination-groups/Malta.destination-group.json"). Plan puts in the id the manifest records for that file;
// a file not applied yet gets its id during apply, right after its group is created (groups go first).
import * as fs from 'node:fs';
import * as jsonc from 'jsonc-parser';
import { kindBySlug } from '../platforms/registry';
import type { KindSlug } from '../platforms/resourceKind';
import { checkNoLinkOnTheWay, pathInsideFolder } from './folderPaths';

export const REFERENCE_PREFIX = '@';

/** Stands in for an id only apply will know, so the file can be checked and planned meanwhile: one per field. */
export function pendingId(index: number): string {
  return `9000000000000000${String(index).padStart(2, '0')}`;
}

/** Top-level fields of `kind` that may name a file of the folder, and the kind of file they name (the kind says). */
function fileReferenceFields(kind: KindSlug): Array<{ readonly field: string; readonly target: KindSlug }> {
  return (kindBySlug(kind)?.references ?? [])
    .filter((reference) => reference.mayNameFile === true && /^\/[^/*]+$/.test(reference.pointer))
    .map((reference) => ({ field: reference.pointer.slice(1), target: reference.target }));
}

export interface FolderReference {
  readonly field: string;
  readonly pointer: string;
  /** The named file, relative to the folder, with forward slashes. */
  readonly file: string;
  readonly target: KindSlug;
}

/** `"@./destination-groups\\Malta.destination-group.json"` → `destination-groups/Malta.destination-group.json`. */
export function referencedPath(value: string): string {
  return value.slice(REFERENCE_PREFIX.length).trim().replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The references a document of `kind` holds (none when it is not a JSON object). */
export function referencesIn(kind: KindSlug, document: unknown): FolderReference[] {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return [];
  const values = document as Record<string, unknown>;
  return fileReferenceFields(kind).flatMap(({ field, target }) => {
    const value = values[field];
    if (typeof value !== 'string' || !value.startsWith(REFERENCE_PREFIX)) return [];
    return [{ field, pointer: `/${field}`, file: referencedPath(value), target }];
  });
}

/**
 * The absolute path of the file a reference names, when it is a real file inside the folder; `undefined` when it
 * leads outside, passes through a link, or does not exist (a reference is data from the folder: never followed out).
 */
export function referencedFile(folder: string, reference: Pick<FolderReference, 'file'>): string | undefined {
  try {
    const absolute = pathInsideFolder(folder, reference.file);
    checkNoLinkOnTheWay(folder, reference.file);
    return fs.lstatSync(absolute).isFile() ? absolute : undefined;
  } catch {
    return undefined;
  }
}

/** The text with each referenced field set to the given value: positions elsewhere in the file stay put. */
export function textWithValues(text: string, values: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [field, value] of values) result = jsonc.applyEdits(result, jsonc.modify(result, [field], value, {}));
  return result;
}

/** A copy of the document with the given top-level fields replaced. */
export function documentWithValues(document: unknown, values: ReadonlyMap<string, string>): unknown {
  return { ...(document as Record<string, unknown>), ...Object.fromEntries(values) };
}

/** Every string equal to `from` inside `value` replaced by `to` (the pending id in a planned request, for display). */
export function replaceString<T>(value: T, from: string, to: string): T {
  if (Array.isArray(value)) return value.map((item: unknown) => replaceString(item, from, to)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceString(item, from, to)])) as T;
  }
  if (typeof value === 'string' && value.includes(from)) return value.split(from).join(to) as T;
  return value;
}

/**
 * The document as export writes it: each field that may name a file (a profile's `destinationGroupId`) names the
 * file of the object it refers to, when the folder has one, instead of its id, so the same files apply to any
 * account (`fileOf` answers the folder's file for a kind and id).
 */
export function documentWithFileReferences(kind: KindSlug, document: unknown, fileOf: (target: KindSlug, id: string) => string | undefined): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const values = new Map<string, string>();
  for (const { field, target } of fileReferenceFields(kind)) {
    const value = (document as Record<string, unknown>)[field];
    const file = typeof value === 'string' && !value.startsWith(REFERENCE_PREFIX) ? fileOf(target, value) : undefined;
    if (file !== undefined) values.set(field, `${REFERENCE_PREFIX}${file}`);
  }
  return values.size === 0 ? document : documentWithValues(document, values);
}

/** The other way: each file a document names replaced by the id `idOf` gives (left as it is when none). */
export function documentWithReferencedIds(kind: KindSlug, document: unknown, idOf: (file: string, target: KindSlug) => string | undefined): unknown {
  const values = new Map<string, string>();
  for (const reference of referencesIn(kind, document)) {
    const id = idOf(reference.file, reference.target);
    if (id !== undefined) values.set(reference.field, id);
  }
  return values.size === 0 ? document : documentWithValues(document, values);
}
