// Every resource kind, in the order the explorer shows them. Adding a kind is one module and one line here: every
// list of kinds elsewhere (folders, file names, apply order, folder references, the editor's request bodies, the
// command line's --kinds) is derived from this one (platforms/README.md has the checklist).
import type { PlatformId } from '../http/connection';
import type { KindSlug, ReadOnlyList, ResourceKind } from './resourceKind';
import { ratePlanList, rateZoneList } from './sft/accountLists';
import { destinationGroupKind } from './sft/destinationGroup';
import { roamingProfileKind } from './sft/roamingProfile';
import { serviceProfileKind } from './sft/serviceProfile';
import { dataPriceKind } from './telecomx/dataPrice';
import { regionKind } from './telecomx/region';
import { textPriceKind } from './telecomx/textPrice';
import { voicePriceKind } from './telecomx/voicePrice';

// Kinds are generic in their remote and document types; the registry hands them out type-erased, and the
// adapter passes back only what the same kind gave it.
type AnyKind = ResourceKind<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const kinds: ResourceKind[] = ([
  roamingProfileKind,
  destinationGroupKind,
  serviceProfileKind,
  regionKind,
  voicePriceKind,
  textPriceKind,
  dataPriceKind,
] as AnyKind[]) as ResourceKind[];

export const RESOURCE_KINDS: readonly ResourceKind[] = kinds;

/**
 * Adds a kind for as long as the returned function is not called: what a test does to prove that a kind is one
 * module and one registry line (it is then listed, planned and ordered like the others).
 */
export function addKindForTest(kind: ResourceKind): () => void {
  if (kindBySlug(kind.slug) || kindByFolder(kind.folder)) throw new Error(`a kind ${kind.slug} (${kind.folder}/) is registered already`);
  kinds.push(kind);
  return () => {
    const index = kinds.indexOf(kind);
    if (index >= 0) kinds.splice(index, 1);
  };
}

export function kindBySlug(slug: string): ResourceKind | undefined {
  return RESOURCE_KINDS.find((kind) => kind.slug === slug);
}

export function kindByFolder(folder: string): ResourceKind | undefined {
  return RESOURCE_KINDS.find((kind) => kind.folder === folder);
}

export function kindsOfPlatform(platform: PlatformId): readonly ResourceKind[] {
  return RESOURCE_KINDS.filter((kind) => kind.platform === platform);
}

/** Lists the tree shows read-only after a platform's kinds (SFT rate plans and ratezones): not kinds, no documents. */
const READ_ONLY_LISTS: readonly ReadOnlyList[] = [ratePlanList, rateZoneList];

export function readOnlyListsOf(platform: PlatformId): readonly ReadOnlyList[] {
  return READ_ONLY_LISTS.filter((list) => list.platform === platform);
}

export function isKindSlug(value: string): value is KindSlug {
  return kindBySlug(value) !== undefined;
}
