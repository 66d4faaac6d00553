// What a person types to find a network: its TADIG code ("SWETR"), its operator's name ("Telia Sweden", "telia")
// or its country ("Sweden", "SE"). One network per TADIG code (the same code can be reached through several
// suppliers), best matches first: the exact code, then names and countries that start with the words typed.
import type { NetworkRow } from './lookups';

export interface NetworkMatch {
  readonly tadigCode: string;
  readonly operatorName: string;
  readonly countryName: string;
}

const TADIG = /^[A-Za-z]{3}[A-Za-z0-9]{2}$/;

export function matchNetworks(networks: readonly NetworkRow[], query: string): NetworkMatch[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const byTadig = new Map<string, NetworkMatch>();
  for (const network of networks) {
    const code = network.tadigCode.toUpperCase();
    if (!byTadig.has(code)) byTadig.set(code, { tadigCode: code, operatorName: network.operatorName, countryName: network.countryName });
  }
  const all = [...byTadig.values()];
  const exact = TADIG.test(wanted) ? all.filter((network) => network.tadigCode.toLowerCase() === wanted) : [];
  if (exact.length > 0) return exact;
  const rank = (network: NetworkMatch): number => {
    const name = network.operatorName.toLowerCase();
    const country = network.countryName.toLowerCase();
    if (name === wanted || country === wanted) return 0;
    if (name.startsWith(wanted) || country.startsWith(wanted)) return 1;
    if (name.includes(wanted) || country.includes(wanted)) return 2;
    return -1;
  };
  return all.map((network) => ({ network, score: rank(network) }))
    .filter(({ score }) => score >= 0)
    .sort((left, right) => left.score - right.score || left.network.operatorName.localeCompare(right.network.operatorName))
    .map(({ network }) => network);
}

export function looksLikeTadig(query: string): boolean {
  return TADIG.test(query.trim());
}
