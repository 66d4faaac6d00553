// Coverage: where SIMs may roam, as countries and their networks. Pure functions over data already read, so the
// command line (`roaming-workbench coverage`), `plan` and a VS Code view compute it alike, without a client.
//
//   effectiveNetworksOf(profile, groupsById)  the networks a roaming profile really roams on: a CUSTOM profile's own
//                                              `tadigList` (its copy, not changed by group edits), a DEFAULT
//                                              profile's group's operators (it follows its group; its own list when
//                                              the group is not among `groupsById`)
//   coverageOf(networks)                       { countries: [ { iso2, name, networks: [ { tadigCode, categoryGroupId, operator } ] } ] }
//                                              countries by name, networks by TADIG code then supplier, each once
//   compareCoverage(left, right)               { countries, onlyLeft, onlyRight }: the networks on both sides, and those
//                                              on one side only, each as a coverage
//   countriesGainedAndLost(before, after)      the countries a change adds and removes (by ISO code)
//
// A network's country comes from its TADIG code's prefix (ISO 3166-1 alpha-3, src/core/referenceData). A code whose
// prefix names no country (TD.13's AA…, WW…; an unknown prefix) is listed under `iso2: ""` and the country name
// the platform gave, else "No country". Every step is linear in the networks, apart from the sorts.
import { effectiveNetworks } from '../platforms/sft/effectiveNetworks';
import { countryOfCanonicalTadig } from '../referenceData/tadigCountry';

/** A network as group and profile reads list it. */
export interface NetworkEntry {
  readonly tadigCode: string;
  readonly categoryGroupId: string;
  readonly operatorName?: string;
  readonly countryName?: string;
}

export interface CoverageNetwork {
  readonly tadigCode: string;
  readonly categoryGroupId: string;
  /** The operator's name as the platform gives it; empty when it gives none. */
  readonly operator: string;
}

export interface CountryCoverage {
  /** ISO 3166-1 alpha-2; empty for networks whose TADIG prefix names no country. */
  readonly iso2: string;
  readonly name: string;
  readonly networks: readonly CoverageNetwork[];
}

export interface Coverage {
  readonly countries: readonly CountryCoverage[];
}

export interface CoverageComparison {
  /** The networks both sides have. */
  readonly countries: readonly CountryCoverage[];
  readonly onlyLeft: readonly CountryCoverage[];
  readonly onlyRight: readonly CountryCoverage[];
}

/** What `effectiveNetworksOf` needs of a roaming profile (the SFT kind's row has these fields). */
export interface ProfileNetworks {
  readonly profileType?: string;
  readonly destinationGroupId: string;
  readonly networks?: readonly NetworkEntry[];
}

export interface GroupNetworks {
  readonly operators: readonly NetworkEntry[];
}

export const NO_COUNTRY = 'No country';

/** The roaming profile kind's rule (DEFAULT follows its group, CUSTOM keeps its copy), with the group looked up. */
export function effectiveNetworksOf(profile: ProfileNetworks, groupsById: ReadonlyMap<string, GroupNetworks>): readonly NetworkEntry[] {
  return effectiveNetworks<NetworkEntry>(profile, groupsById.get(profile.destinationGroupId));
}

const networkKey = (network: { tadigCode: string; categoryGroupId: string }): string => `${network.tadigCode}|${network.categoryGroupId}`;
const canonicalTadig = (code: string): string => code.trim().toUpperCase();

/** By TADIG code, then supplier id as a number (ids are numeric; plain text order for any that is not). */
function compareNetworks(left: CoverageNetwork, right: CoverageNetwork): number {
  if (left.tadigCode !== right.tadigCode) return left.tadigCode < right.tadigCode ? -1 : 1;
  const byNumber = Number(left.categoryGroupId) - Number(right.categoryGroupId);
  if (byNumber !== 0 && !Number.isNaN(byNumber)) return byNumber;
  return left.categoryGroupId < right.categoryGroupId ? -1 : left.categoryGroupId > right.categoryGroupId ? 1 : 0;
}

/** Countries by name; networks without a country last. */
function compareCountries(left: CountryCoverage, right: CountryCoverage): number {
  if ((left.iso2 === '') !== (right.iso2 === '')) return left.iso2 === '' ? 1 : -1;
  return left.name.localeCompare(right.name, 'en') || left.iso2.localeCompare(right.iso2);
}

export function coverageOf(networks: readonly NetworkEntry[]): Coverage {
  const countries = new Map<string, { iso2: string; name: string; networks: Map<string, CoverageNetwork> }>();
  for (const entry of networks) {
    const network: CoverageNetwork = {
      tadigCode: canonicalTadig(entry.tadigCode), categoryGroupId: entry.categoryGroupId.trim(), operator: (entry.operatorName ?? '').trim(),
    };
    if (network.tadigCode === '') continue;
    const found = countryOfCanonicalTadig(network.tadigCode);
    const iso2 = found?.iso2 ?? '';
    const name = found?.name ?? ((entry.countryName ?? '').trim() || NO_COUNTRY);
    const key = iso2 || `:${name}`;
    let country = countries.get(key);
    if (!country) countries.set(key, country = { iso2, name, networks: new Map() });
    const seen = networkKey(network);
    if (!country.networks.has(seen)) country.networks.set(seen, network);
  }
  return {
    countries: [...countries.values()]
      .map((country) => ({ iso2: country.iso2, name: country.name, networks: [...country.networks.values()].sort(compareNetworks) }))
      .sort(compareCountries),
  };
}

function networksOf(coverage: Coverage): Map<string, NetworkEntry & { readonly countryName: string }> {
  const networks = new Map<string, NetworkEntry & { readonly countryName: string }>();
  for (const country of coverage.countries) {
    for (const network of country.networks) {
      networks.set(networkKey(network), { tadigCode: network.tadigCode, categoryGroupId: network.categoryGroupId, operatorName: network.operator, countryName: country.name });
    }
  }
  return networks;
}

export function compareCoverage(left: Coverage, right: Coverage): CoverageComparison {
  const leftNetworks = networksOf(left);
  const rightNetworks = networksOf(right);
  const both: NetworkEntry[] = [];
  const onlyLeft: NetworkEntry[] = [];
  for (const [key, network] of leftNetworks) (rightNetworks.has(key) ? both : onlyLeft).push(network);
  const onlyRight = [...rightNetworks].filter(([key]) => !leftNetworks.has(key)).map(([, network]) => network);
  return { countries: coverageOf(both).countries, onlyLeft: coverageOf(onlyLeft).countries, onlyRight: coverageOf(onlyRight).countries };
}

export interface CountryChange {
  readonly gained: readonly { readonly iso2: string; readonly name: string }[];
  readonly lost: readonly { readonly iso2: string; readonly name: string }[];
}

/** The countries `after` covers and `before` does not (gained), and the other way round (lost). */
export function countriesGainedAndLost(before: Coverage, after: Coverage): CountryChange {
  const key = (country: CountryCoverage): string => country.iso2 || `:${country.name}`;
  const beforeKeys = new Set(before.countries.map(key));
  const afterKeys = new Set(after.countries.map(key));
  const brief = (country: CountryCoverage) => ({ iso2: country.iso2, name: country.name });
  return {
    gained: after.countries.filter((country) => !beforeKeys.has(key(country))).map(brief),
    lost: before.countries.filter((country) => !afterKeys.has(key(country))).map(brief),
  };
}
