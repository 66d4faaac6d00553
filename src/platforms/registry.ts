// Every resource kind, in the order the explorer shows them. Adding a kind is one module and one line here.
import type { PlatformId } from './connection';
import type { KindSlug, ResourceKind } from './resourceKind';
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

export const RESOURCE_KINDS: readonly ResourceKind[] = ([
  roamingProfileKind,
  destinationGroupKind,
  serviceProfileKind,
  regionKind,
  voicePriceKind,
  textPriceKind,
  dataPriceKind,
] as readonly AnyKind[]) as readonly ResourceKind[];

export function kindBySlug(slug: string): ResourceKind | undefined {
  return RESOURCE_KINDS.find((kind) => kind.slug === slug);
}

export function kindByFolder(folder: string): ResourceKind | undefined {
  return RESOURCE_KINDS.find((kind) => kind.folder === folder);
}

export function kindsOfPlatform(platform: PlatformId): readonly ResourceKind[] {
  return RESOURCE_KINDS.filter((kind) => kind.platform === platform);
}

export function isKindSlug(value: string): value is KindSlug {
  return kindBySlug(value) !== undefined;
}
