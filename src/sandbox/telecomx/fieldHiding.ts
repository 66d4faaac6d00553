// What each access level may see. Hidden fields are left out of the answer, not nulled (README "Access levels").
import { hasAtLeast, type AccessLevel } from './accessLevels';
import type { Region, ZonePrice } from './model';
import type { ZonePriceKind } from './zonePriceKinds';

/** Region list: below RESELLER_ADMIN only the identifying fields (the list page's notes). */
export function regionAsSeenBy(region: Region, level: AccessLevel): Partial<Region> {
  if (hasAtLeast(level, 'RESELLER_ADMIN')) return region;
  const { _id, names, network, roamLikeHome, homeland } = region;
  return { _id, names, network, roamLikeHome, homeland };
}

/** Voice, text and data: cost for ADMIN only, wholesale for RESELLER and up, prices for everyone. */
export function zonePriceAsSeenBy(record: ZonePrice, kind: ZonePriceKind, level: AccessLevel): Partial<ZonePrice> {
  const hidden = new Set<string>();
  if (!hasAtLeast(level, 'ADMIN')) kind.costFields.forEach((field) => hidden.add(field));
  if (!hasAtLeast(level, 'RESELLER')) kind.wholesaleFields.forEach((field) => hidden.add(field));
  return Object.fromEntries(Object.entries(record).filter(([field]) => !hidden.has(field))) as Partial<ZonePrice>;
}
