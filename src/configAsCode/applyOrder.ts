// The order writes go out in. Objects that others refer to come first on the way in and last on the way out:
// a roaming profile names its destination group, so groups are created and changed before profiles, and
// profiles deleted before groups; TelecomX regions go before the voice, text and data prices. Service profiles
// refer to nothing the folder holds.
import type { KindSlug } from '../platforms/resourceKind';

/** Lower ranks are referred to by higher ones. */
const DEPENDENCY_RANK: Readonly<Record<KindSlug, number>> = {
  'destination-group': 0,
  'service-profile': 0,
  'roaming-profile': 1,
  region: 0,
  'voice-price': 1,
  'text-price': 1,
  'data-price': 1,
};

/** Within a rank, a fixed kind order, so that a plan reads the same every time. */
const KIND_ORDER: readonly KindSlug[] = ['destination-group', 'service-profile', 'roaming-profile', 'region', 'voice-price', 'text-price', 'data-price'];

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
  const rank = DEPENDENCY_RANK[left.kind] - DEPENDENCY_RANK[right.kind];
  if (rank !== 0) return direction * rank;
  const kind = KIND_ORDER.indexOf(left.kind) - KIND_ORDER.indexOf(right.kind);
  if (kind !== 0) return direction * kind;
  if (left.action !== right.action) return left.action === 'create' ? -1 : 1;
  return left.file < right.file ? -1 : left.file > right.file ? 1 : 0;
}
