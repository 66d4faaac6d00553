// References between the files of a folder. A new roaming profile may use a destination group that the same
// apply creates: in a folder, `destinationGroupId` may be "@" and the path of the group's file
// ("@destination-groups/Malta.destination-group.json"); a region's outbound voice prices may name the called
// regions' files the same way (`voice.outbound[]._id`, this region's own file included). Plan puts in the id the
// state records for that file; a file not applied yet gets its id during apply, once its object is created.
// Which fields may do this is the kinds' word (`KindReference.mayNameFile`); this module only walks them.
import * as fs from 'node:fs';
import * as jsonc from 'jsonc-parser';
import { kindBySlug } from '../platforms/registry';
import type { KindSlug } from '../platforms/resourceKind';
import { checkNoLinkOnTheWay, pathInsideFolder } from './folderPaths';

export const REFERENCE_PREFIX = '@';

/**
 * Stands in for the id of a `target` object only apply will know, so the file can be checked and planned
 * meanwhile: one per named file, shaped as the kind's ids are (a region's: 24 hex digits).
 */
export function placeholderIdOf(target: KindSlug, index: number): string {
  return kindBySlug(target)?.placeholderId?.(index) ?? `9000000000000000${String(index).padStart(2, '0')}`;
}

type PathPart = string | number;

/** `/voice/outbound/*\/_id` → `['voice', 'outbound', '*', '_id']` (JSON pointer escapes undone). */
function partsOf(pointer: string): string[] {
  return pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function pointerOf(parts: readonly PathPart[]): string {
  return parts.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** `voice.outbound[2]._id`: how a message names the field. */
function fieldNameOf(parts: readonly PathPart[]): string {
  return parts.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${part}`)).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every concrete path the pattern reaches in `value` (a `*` part: each entry of a list), with the value there. */
function expand(value: unknown, pattern: readonly string[], at: PathPart[] = []): Array<{ path: PathPart[]; value: unknown }> {
  if (pattern.length === 0) return [{ path: at, value }];
  const [part, ...rest] = pattern;
  if (part === '*') return Array.isArray(value) ? value.flatMap((item, index) => expand(item, rest, [...at, index])) : [];
  return isRecord(value) && part in value ? expand(value[part], rest, [...at, part]) : [];
}

/** The fields of `kind` that may name a file of the folder, and the kind of file they name (the kind says). */
function fileReferencePatterns(kind: KindSlug): Array<{ readonly parts: string[]; readonly target: KindSlug }> {
  return (kindBySlug(kind)?.references ?? [])
    .filter((reference) => reference.mayNameFile === true)
    .map((reference) => ({ parts: partsOf(reference.pointer), target: reference.target }));
}

/** The value of every field of `document` that may name a file, by pointer (`/voice/outbound/2/_id`). */
function referenceFields(kind: KindSlug, document: unknown): Array<{ path: PathPart[]; pattern: readonly string[]; target: KindSlug; value: unknown }> {
  return fileReferencePatterns(kind).flatMap(({ parts, target }) =>
    expand(document, parts).map(({ path, value }) => ({ path, pattern: parts, target, value })));
}

export interface FolderReference {
  /** How messages name the field: `destinationGroupId`, `voice.outbound[2]._id`. */
  readonly field: string;
  /** The field's JSON pointer: `/destinationGroupId`, `/voice/outbound/2/_id`. */
  readonly pointer: string;
  /** The named file, relative to the folder, with forward slashes. */
  readonly file: string;
  readonly target: KindSlug;
  /** Set for a field inside a list entry: that entry's pointer (`/voice/outbound/2`), which a create may leave out. */
  readonly listEntry?: string;
}

/** `"@./destination-groups\\Malta.destination-group.json"` → `destination-groups/Malta.destination-group.json`. */
export function referencedPath(value: string): string {
  return value.slice(REFERENCE_PREFIX.length).trim().replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The references a document of `kind` holds (none when it is not a JSON object). */
export function referencesIn(kind: KindSlug, document: unknown): FolderReference[] {
  if (!isRecord(document)) return [];
  return referenceFields(kind, document).flatMap(({ path, pattern, target, value }) => {
    if (typeof value !== 'string' || !value.startsWith(REFERENCE_PREFIX)) return [];
    const star = pattern.lastIndexOf('*');
    return [{
      field: fieldNameOf(path), pointer: pointerOf(path), file: referencedPath(value), target,
      ...(star >= 0 && { listEntry: pointerOf(path.slice(0, star + 1)) }),
    }];
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

/** A pointer as jsonc's path: list indices as numbers (the kinds' own field names are never all digits). */
function jsoncPathOf(pointer: string): PathPart[] {
  return partsOf(pointer).map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** The text with the field at each pointer set to the given value: positions elsewhere in the file stay put. */
export function textWithValues(text: string, values: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [pointer, value] of values) result = jsonc.applyEdits(result, jsonc.modify(result, jsoncPathOf(pointer), value, {}));
  return result;
}

function withValueAt(value: unknown, path: readonly PathPart[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [part, ...rest] = path;
  if (Array.isArray(value) && typeof part === 'number' && part < value.length) {
    return value.map((item, index) => (index === part ? withValueAt(item, rest, replacement) : item));
  }
  if (isRecord(value) && typeof part === 'string') return { ...value, [part]: withValueAt(value[part], rest, replacement) };
  return value;
}

/** A copy of the document with the field at each pointer replaced (a pointer that leads nowhere changes nothing). */
export function documentWithValues(document: unknown, values: ReadonlyMap<string, string>): unknown {
  let result = document;
  for (const [pointer, value] of values) result = withValueAt(result, jsoncPathOf(pointer), value);
  return result;
}

/** A copy of the document without the list entries at these pointers (`/voice/outbound/2`). */
export function documentWithoutEntries(document: unknown, entries: readonly string[]): unknown {
  const byList = new Map<string, Set<number>>();
  for (const entry of entries) {
    const path = jsoncPathOf(entry);
    const index = path.at(-1);
    if (typeof index !== 'number') continue;
    const list = pointerOf(path.slice(0, -1));
    byList.set(list, (byList.get(list) ?? new Set()).add(index));
  }
  let result = document;
  for (const [list, indices] of byList) {
    const path = jsoncPathOf(list);
    const current = path.reduce<unknown>((value, part) => (value as Record<PathPart, unknown> | undefined)?.[part], result);
    if (Array.isArray(current)) result = withValueAt(result, path, current.filter((_, index) => !indices.has(index)));
  }
  return result;
}

/** Whether the string occurs anywhere inside `value` (a placeholder still standing in a planned document). */
export function containsString(value: unknown, wanted: string): boolean {
  if (Array.isArray(value)) return value.some((item) => containsString(item, wanted));
  if (isRecord(value)) return Object.values(value).some((item) => containsString(item, wanted));
  return typeof value === 'string' && value.includes(wanted);
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
 * The document as export writes it: each field that may name a file (a profile's `destinationGroupId`, a region's
 * called regions) names the file of the object it refers to, when the folder has one, instead of its id, so the
 * same files apply to any account (`fileOf` answers the folder's file for a kind and id).
 */
export function documentWithFileReferences(kind: KindSlug, document: unknown, fileOf: (target: KindSlug, id: string) => string | undefined): unknown {
  if (!isRecord(document)) return document;
  const values = new Map<string, string>();
  for (const { path, target, value } of referenceFields(kind, document)) {
    const file = typeof value === 'string' && !value.startsWith(REFERENCE_PREFIX) ? fileOf(target, value) : undefined;
    if (file !== undefined) values.set(pointerOf(path), `${REFERENCE_PREFIX}${file}`);
  }
  return values.size === 0 ? document : documentWithValues(document, values);
}

/** The other way: each file a document names replaced by the id `idOf` gives (left as it is when none). */
export function documentWithReferencedIds(kind: KindSlug, document: unknown, idOf: (file: string, target: KindSlug) => string | undefined): unknown {
  const values = new Map<string, string>();
  for (const reference of referencesIn(kind, document)) {
    const id = idOf(reference.file, reference.target);
    if (id !== undefined) values.set(reference.pointer, id);
  }
  return values.size === 0 ? document : documentWithValues(document, values);
}
