// What differs between two accounts of one platform (two environments of a folder, two connections), by name:
// objects only in one, and objects in both whose content differs, field by field. Ids mean something on one
// account only, so they never make a difference: an object is matched by its kind's identity (its name; for a
// region its names and network), and a field naming another object (a profile's destination group, a region's
// outbound voice prices) is compared by the name of the object it names.
import type { PlatformId } from '../http/connection';
import { kindBySlug, kindsOfPlatform } from '../platforms/registry';
import type { KindSlug, PlatformClient, ResourceKind } from '../platforms/resourceKind';
import { printableLines } from '../text/printable';
import { ConfigError } from './configError';
import { stopIfCancelled, type ProgressListener } from './progress';
import { readAllObjects } from './remoteObjects';

export interface FieldDifference {
  /** JSON pointer into the object's document (`/status`, `/tadigCodeList/2`). */
  readonly pointer: string;
  /** Absent: the field is not there on that side. */
  readonly left?: unknown;
  readonly right?: unknown;
}

export interface ObjectDifference {
  readonly kind: KindSlug;
  readonly name: string;
  readonly leftId?: string;
  readonly rightId?: string;
  /** Set for an object only one side has. */
  readonly only?: 'left' | 'right';
  /** Objects on both sides: what differs (references given by the name of the object they name). */
  readonly fields?: readonly FieldDifference[];
}

export interface ComparedSide {
  /** What the person calls it: the environment's or the connection's name. */
  readonly label: string;
  readonly connectionName: string;
  readonly baseUrl: string;
  readonly targetAccountId?: string;
}

export interface AccountComparison {
  readonly platform: PlatformId;
  readonly left: ComparedSide;
  readonly right: ComparedSide;
  readonly kinds: readonly KindSlug[];
  /** Only in left, only in right, then differing: each by kind, then name. */
  readonly differences: readonly ObjectDifference[];
  /** Objects on both sides with the same content. */
  readonly same: number;
}

export interface CompareOptions {
  /** Only these kinds (default: every kind of the platform). */
  readonly kinds?: readonly KindSlug[];
  /** Only the object of this kind with this name (a per-object comparison). */
  readonly object?: { readonly kind: KindSlug; readonly name: string };
  readonly leftLabel?: string;
  readonly rightLabel?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
}

type Objects = ReadonlyMap<KindSlug, readonly unknown[]>;

function sideOf(client: PlatformClient, label: string | undefined): ComparedSide {
  const { connection } = client;
  return {
    label: label ?? connection.name, connectionName: connection.name, baseUrl: connection.baseUrl,
    ...(connection.targetAccountId && { targetAccountId: connection.targetAccountId }),
  };
}

/** The kinds to read: those asked for, and every kind they name (to compare references by name). */
function kindsToRead(platform: PlatformId, wanted: readonly KindSlug[]): ResourceKind[] {
  const slugs = new Set(wanted);
  for (const slug of wanted) for (const reference of kindBySlug(slug)?.references ?? []) slugs.add(reference.target);
  return kindsOfPlatform(platform).filter((kind) => slugs.has(kind.slug));
}

async function readSide(client: PlatformClient, kinds: readonly ResourceKind[], options: CompareOptions, offset: number, total: number): Promise<Map<KindSlug, unknown[]>> {
  const objects = new Map<KindSlug, unknown[]>();
  for (const [index, kind] of kinds.entries()) {
    stopIfCancelled(options.signal);
    options.onProgress?.({ message: `Reading ${kind.plural.toLowerCase()} from ${client.connection.name}`, done: offset + index, total });
    objects.set(kind.slug, await readAllObjects(client, kind, options.signal));
  }
  return objects;
}

export async function compareAccounts(left: PlatformClient, right: PlatformClient, options: CompareOptions = {}): Promise<AccountComparison> {
  const platform = left.connection.platform;
  if (right.connection.platform !== platform) {
    throw new ConfigError(`${left.connection.name} is ${platform} and ${right.connection.name} is ${right.connection.platform}: only accounts of one platform compare.`);
  }
  const platformKinds = kindsOfPlatform(platform).map((kind) => kind.slug);
  const wanted = options.object ? [options.object.kind] : options.kinds ?? platformKinds;
  const unknown = wanted.filter((slug) => !platformKinds.includes(slug));
  if (unknown.length > 0) throw new ConfigError(`${unknown.join(', ')} ${unknown.length === 1 ? 'is not a kind' : 'are not kinds'} of ${platform}: choose from ${platformKinds.join(', ')}.`);
  const kinds = kindsToRead(platform, wanted);
  const leftObjects = await readSide(left, kinds, options, 0, kinds.length * 2);
  const rightObjects = await readSide(right, kinds, options, kinds.length, kinds.length * 2);
  const compared = compareObjects(wanted, leftObjects, rightObjects, options.object?.name);
  options.onProgress?.({ message: 'Compared', done: kinds.length * 2, total: kinds.length * 2 });
  return { platform, left: sideOf(left, options.leftLabel), right: sideOf(right, options.rightLabel), kinds: wanted, ...compared };
}

/** Compares objects already read (by kind), matching them by identity; `onlyName` keeps one object. */
export function compareObjects(kinds: readonly KindSlug[], left: Objects, right: Objects, onlyName?: string): { differences: ObjectDifference[]; same: number } {
  const differences: ObjectDifference[] = [];
  let same = 0;
  const sameName = (name: string): boolean => onlyName === undefined || name.trim().toLowerCase() === onlyName.trim().toLowerCase();
  for (const slug of kinds) {
    const kind = kindBySlug(slug) as ResourceKind;
    const leftByIdentity = byIdentity(kind, left.get(slug) ?? []);
    const rightByIdentity = byIdentity(kind, right.get(slug) ?? []);
    const onlyLeft: ObjectDifference[] = [];
    const onlyRight: ObjectDifference[] = [];
    const differing: ObjectDifference[] = [];
    for (const [identity, object] of leftByIdentity) {
      const name = kind.nameOf(object);
      if (!sameName(name)) continue;
      const other = rightByIdentity.get(identity);
      if (other === undefined) {
        onlyLeft.push({ kind: slug, name, leftId: kind.idOf(object), only: 'left' });
        continue;
      }
      const fields = fieldDifferences(comparable(kind, object, left), comparable(kind, other, right), '');
      if (fields.length === 0) same += 1;
      else differing.push({ kind: slug, name, leftId: kind.idOf(object), rightId: kind.idOf(other), fields });
    }
    for (const [identity, object] of rightByIdentity) {
      if (!leftByIdentity.has(identity) && sameName(kind.nameOf(object))) onlyRight.push({ kind: slug, name: kind.nameOf(object), rightId: kind.idOf(object), only: 'right' });
    }
    const byName = (a: ObjectDifference, b: ObjectDifference): number => a.name.localeCompare(b.name);
    differences.push(...onlyLeft.sort(byName), ...onlyRight.sort(byName), ...differing.sort(byName));
  }
  return { differences, same };
}

function byIdentity(kind: ResourceKind, objects: readonly unknown[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  // Two objects of one identity on one side (a duplicate): the first is compared, which is all a name can say.
  for (const object of objects) {
    const identity = kind.identityOf(kind.toDocument(object));
    if (!map.has(identity)) map.set(identity, object);
  }
  return map;
}

/** The object's document with every reference to another object given as `@<kind>:<its name>` instead of its id. */
function comparable(kind: ResourceKind, object: unknown, side: Objects): unknown {
  let document = kind.toDocument(object);
  for (const reference of kind.references) {
    const target = kindBySlug(reference.target);
    if (!target) continue;
    const names = new Map((side.get(target.slug) ?? []).map((item) => [target.idOf(item), target.nameOf(item)]));
    document = replaceAtPointer(document, reference.pointer.split('/').slice(1), (value) =>
      (typeof value === 'string' || typeof value === 'number') && names.has(String(value)) ? `@${target.slug}:${names.get(String(value))}` : value);
  }
  return document;
}

function replaceAtPointer(value: unknown, parts: readonly string[], replace: (value: unknown) => unknown): unknown {
  if (parts.length === 0) return replace(value);
  const [part, ...rest] = parts;
  if (part === '*') return Array.isArray(value) ? value.map((item) => replaceAtPointer(item, rest, replace)) : value;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !(part in value)) return value;
  return { ...(value as Record<string, unknown>), [part]: replaceAtPointer((value as Record<string, unknown>)[part], rest, replace) };
}

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf by leaf: objects key by key, lists of one length entry by entry, anything else as a whole. */
export function fieldDifferences(left: unknown, right: unknown, pointer: string): FieldDifference[] {
  if (isRecord(left) && isRecord(right)) {
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
    return keys.flatMap((key) => {
      const at = `${pointer}/${escapePointer(key)}`;
      if (!(key in right)) return [{ pointer: at, left: left[key] }];
      if (!(key in left)) return [{ pointer: at, right: right[key] }];
      return fieldDifferences(left[key], right[key], at);
    });
  }
  if (Array.isArray(left) && Array.isArray(right) && left.length === right.length) {
    return left.flatMap((item, index) => fieldDifferences(item, right[index], `${pointer}/${index}`));
  }
  return JSON.stringify(left) === JSON.stringify(right) ? [] : [{ pointer: pointer === '' ? '/' : pointer, left, right }];
}

/** 0 when the accounts hold the same, 2 when they differ (like `plan`). */
export function comparisonExitCode(comparison: AccountComparison): 0 | 2 {
  return comparison.differences.length === 0 ? 0 : 2;
}

function describeSide(side: ComparedSide): string {
  return `${side.label} (${side.connectionName}, ${side.baseUrl}${side.targetAccountId ? `, account ${side.targetAccountId}` : ''})`;
}

const shown = (value: unknown): string => (value === undefined ? '(absent)' : JSON.stringify(value));

/** The comparison as a person reads it: one block per object, each line printable on its own. */
export function renderComparisonText(comparison: AccountComparison): string {
  const { left, right } = comparison;
  const lines = [`Compare ${describeSide(left)}`, `   with ${describeSide(right)}`, ''];
  const count = (only?: 'left' | 'right'): number => comparison.differences.filter((item) => item.only === only).length;
  lines.push(`${count('left')} only in ${left.label}, ${count('right')} only in ${right.label}, ${count(undefined)} differing, ${comparison.same} the same.`);
  for (const item of comparison.differences) {
    const kind = kindBySlug(item.kind)?.singular.toLowerCase() ?? item.kind;
    if (item.only === 'left') lines.push('', `< ${kind} "${item.name}": only in ${left.label} (id ${item.leftId})`);
    else if (item.only === 'right') lines.push('', `> ${kind} "${item.name}": only in ${right.label} (id ${item.rightId})`);
    else {
      lines.push('', `~ ${kind} "${item.name}" (${left.label} ${item.leftId}, ${right.label} ${item.rightId}):`);
      for (const field of item.fields ?? []) lines.push(`    ${field.pointer}: ${left.label} ${shown(field.left)}, ${right.label} ${shown(field.right)}`);
    }
  }
  lines.push('', comparison.differences.length === 0 ? 'No differences.' : 'Ids differ between accounts and are not compared; references are compared by the name they point to.');
  return `${printableLines(lines)}\n`;
}
