// The order writes go out in, derived from what the kinds say they refer to (`ResourceKind.references`): a kind
// that others name comes first on the way in and last on the way out. A roaming profile names its destination
// group, so groups are created and changed before profiles, and profiles deleted before groups. Kinds of the same
// rank keep the registry's order, so that a plan reads the same every time.
import { kindBySlug, RESOURCE_KINDS } from '../platforms/registry';
import type { KindSlug } from '../platforms/resourceKind';

/** 0 for a kind that names no other kind; otherwise one more than the highest rank it names. */
export function dependencyRank(slug: KindSlug, visiting: ReadonlySet<KindSlug> = new Set()): number {
  const kind = kindBySlug(slug);
  if (!kind || visiting.has(slug)) return 0;
  const named = kind.references.map((reference) => reference.target).filter((target) => target !== slug);
  const inPath = new Set([...visiting, slug]);
  return named.reduce((rank, target) => Math.max(rank, dependencyRank(target, inPath) + 1), 0);
}

function registryIndex(slug: KindSlug): number {
  const index = RESOURCE_KINDS.findIndex((kind) => kind.slug === slug);
  return index < 0 ? RESOURCE_KINDS.length : index;
}

export interface OrderedWrite {
  readonly action: 'create' | 'update' | 'delete';
  readonly kind: KindSlug;
  readonly file: string;
}

/**
 * Creates and updates first, referred-to kinds before referring ones (creates before updates within a kind, so
 * an update may use what was just created); deletes last, in the reverse kind order, so nothing is deleted
 * while something that is still being written could refer to it.
 */
export function compareApplyOrder(left: OrderedWrite, right: OrderedWrite): number {
  const phase = (write: OrderedWrite): number => (write.action === 'delete' ? 1 : 0);
  if (phase(left) !== phase(right)) return phase(left) - phase(right);
  const direction = phase(left) === 1 ? -1 : 1;
  const rank = dependencyRank(left.kind) - dependencyRank(right.kind);
  if (rank !== 0) return direction * rank;
  const kind = registryIndex(left.kind) - registryIndex(right.kind);
  if (kind !== 0) return direction * kind;
  if (left.action !== right.action) return left.action === 'create' ? -1 : 1;
  return left.file < right.file ? -1 : left.file > right.file ? 1 : 0;
}

/**
 * `items` in their order, except that each comes after the items of the list it needs (by key): within a kind that
 * names itself — a region pricing calls to another new region — what is named goes first. Depth first and stable;
 * a cycle (items that need each other) is broken where it closes, and the plan says what is sent after the create.
 */
export function withNeedsFirst<T>(items: readonly T[], keyOf: (item: T) => string, needs: (item: T) => readonly string[]): T[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const ordered: T[] = [];
  const place = (item: T): void => {
    const key = keyOf(item);
    if (placed.has(key) || visiting.has(key)) return;
    visiting.add(key);
    for (const needed of needs(item)) {
      const other = byKey.get(needed);
      if (other !== undefined) place(other);
    }
    visiting.delete(key);
    placed.add(key);
    ordered.push(item);
  };
  for (const item of items) place(item);
  return ordered;
}
