// Where a roaming profile really roams. A DEFAULT profile follows its destination group: group edits reach it
// (seed 001's propagation), so its networks are the group's. A CUSTOM profile took a copy of its group's networks
// when it was created or regrouped and is never changed by group edits, so its own `tadigList` is what counts, and
// it can drift from the group. Pure: the tree, the push confirmation and `plan` all ask these questions.
import { countryOfCanonicalTadig } from '../../referenceData/tadigCountry';
import type { GroupOperator, OperatorKey } from './destinationGroup';

const keyOf = (network: OperatorKey): string => `${network.tadigCode.toUpperCase()}|${network.categoryGroupId}`;

export interface ProfileNetworks {
  readonly profileType?: string;
  /** The profile's own list (`tadigList` in reads). */
  readonly networks?: readonly GroupOperator[];
}

/** True for a profile that follows its group (DEFAULT); a CUSTOM profile, or one of unknown type, keeps its copy. */
export function followsGroup(profile: { readonly profileType?: string }): boolean {
  return profile.profileType === 'DEFAULT';
}

/**
 * The networks SIMs with this profile roam on: a DEFAULT profile's are its group's when the group is known (the
 * group is what the platform keeps it in step with), otherwise and for CUSTOM profiles its own list.
 */
export function effectiveNetworks<T extends OperatorKey = GroupOperator>(
  profile: { readonly profileType?: string; readonly networks?: readonly T[] }, group?: { readonly operators: readonly T[] },
): readonly T[] {
  if (followsGroup(profile) && group) return group.operators;
  return profile.networks ?? [];
}

export interface GroupDifference {
  /** Networks of the group the profile does not roam on. */
  readonly onlyInGroup: readonly GroupOperator[];
  /** Networks the profile roams on that the group no longer has. */
  readonly onlyInProfile: readonly GroupOperator[];
}

export function differenceFromGroup(profileNetworks: readonly GroupOperator[], groupNetworks: readonly GroupOperator[]): GroupDifference {
  const inProfile = new Set(profileNetworks.map(keyOf));
  const inGroup = new Set(groupNetworks.map(keyOf));
  return {
    onlyInGroup: groupNetworks.filter((network) => !inProfile.has(keyOf(network))),
    onlyInProfile: profileNetworks.filter((network) => !inGroup.has(keyOf(network))),
  };
}

export function differs(difference: GroupDifference): boolean {
  return difference.onlyInGroup.length > 0 || difference.onlyInProfile.length > 0;
}

export interface CountryNetworks {
  /** What the country is known by for grouping: its ISO 3166-1 alpha-2 code, or the TADIG prefix when it has none. */
  readonly key: string;
  /** The country's ISO short name; without one, the name the account's lists give, else the prefix. */
  readonly name: string;
  readonly networks: readonly GroupOperator[];
}

/**
 * The country of a network: TD.13 makes the first three letters of a TADIG code the country (ISO 3166 alpha-3 with
 * a few exceptions, which the reference data knows). A prefix that names no country (`AAM…`, `WWW…`) keeps the name
 * the API gives with the network, so it still groups.
 */
export function countryOfNetwork(network: GroupOperator): { readonly key: string; readonly name: string } {
  const code = network.tadigCode.trim().toUpperCase();
  const country = countryOfCanonicalTadig(code);
  if (country) return { key: country.iso2, name: country.name };
  const prefix = code.slice(0, 3);
  return { key: prefix, name: network.countryName.trim() || prefix };
}

/** Networks grouped by country, countries by name, networks by TADIG code then supplier, as listed. */
export function networksByCountry(networks: readonly GroupOperator[]): CountryNetworks[] {
  const countries = new Map<string, { name: string; networks: GroupOperator[] }>();
  for (const network of networks) {
    const { key, name } = countryOfNetwork(network);
    const country = countries.get(key) ?? { name, networks: [] };
    country.networks.push(network);
    countries.set(key, country);
  }
  return [...countries.entries()]
    .map(([key, country]) => ({ key, name: country.name, networks: country.networks }))
    .sort((left, right) => left.name.localeCompare(right.name));
}

/** "8 networks in 2 countries". */
export function describeCoverage(networks: readonly GroupOperator[]): string {
  const countries = new Set(networks.map((network) => countryOfNetwork(network).key)).size;
  return `${networks.length} network${networks.length === 1 ? '' : 's'} in ${countries} countr${countries === 1 ? 'y' : 'ies'}`;
}

/** `GBRME/27`: how a network is named in one line. */
export function networkLabel(network: OperatorKey): string {
  return `${network.tadigCode}/${network.categoryGroupId}`;
}
