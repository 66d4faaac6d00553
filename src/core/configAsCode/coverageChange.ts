// What a destination group's update does to where SIMs may roam: the countries its operators cover after the
// change and not before (gained), and the other way round (lost), for `plan`'s text and JSON. Computed from the
// two documents (the remote's and the file's), so it costs no read; other kinds have no coverage of their own.
import { countriesGainedAndLost, coverageOf, type CountryChange, type NetworkEntry } from '../coverage/coverage';
import type { KindSlug } from '../platforms/resourceKind';

function operatorsOf(document: unknown): NetworkEntry[] {
  const list = (document as { tadigCodeList?: unknown } | undefined)?.tadigCodeList;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const operator = item as { tadigCode?: unknown; categoryGroupId?: unknown } | null;
    return typeof operator?.tadigCode === 'string' ? [{ tadigCode: operator.tadigCode, categoryGroupId: String(operator.categoryGroupId ?? '') }] : [];
  });
}

/** `{ coverageChange }` for a destination group's update, nothing for other kinds: spread into the plan entry. */
export function coverageChangeOf(kind: KindSlug, before: unknown, after: unknown): { coverageChange?: CountryChange } {
  if (kind !== 'destination-group') return {};
  return { coverageChange: countriesGainedAndLost(coverageOf(operatorsOf(before)), coverageOf(operatorsOf(after))) };
}

/** "countries gained: Ireland (IE); lost: United Kingdom (GB)", or that they stay the same. */
export function describeCoverageChange(change: CountryChange): string {
  const names = (countries: CountryChange['gained']) => countries.map((country) => (country.iso2 ? `${country.name} (${country.iso2})` : country.name)).join(', ');
  if (change.gained.length === 0 && change.lost.length === 0) return 'countries: the same';
  return [
    ...(change.gained.length > 0 ? [`countries gained: ${names(change.gained)}`] : []),
    ...(change.lost.length > 0 ? [`countries lost: ${names(change.lost)}`] : []),
  ].join('; ');
}
