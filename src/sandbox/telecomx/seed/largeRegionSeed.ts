// Extra regions for `--size large` (benchmarks): country regions spread over both networks, each priced for calls
// home, to the EU region and within itself. Built from fixed tables only, so every run produces the same ids.
import type { Network, Region } from '../model';
import { buildRegion, type SeededRegionTarget } from './regionSeed';
import type { Tier } from './tariffs';

const COUNTRIES: readonly { readonly dan: string; readonly eng: string }[] = [
  { dan: 'Storbritannien', eng: 'United Kingdom' },
  { dan: 'Tyrkiet', eng: 'Turkey' },
  { dan: 'Serbien', eng: 'Serbia' },
  { dan: 'Albanien', eng: 'Albania' },
  { dan: 'Ukraine', eng: 'Ukraine' },
  { dan: 'Moldova', eng: 'Moldova' },
  { dan: 'USA', eng: 'United States' },
  { dan: 'Canada', eng: 'Canada' },
  { dan: 'Mexico', eng: 'Mexico' },
  { dan: 'Brasilien', eng: 'Brazil' },
  { dan: 'Argentina', eng: 'Argentina' },
  { dan: 'Chile', eng: 'Chile' },
  { dan: 'Japan', eng: 'Japan' },
  { dan: 'Sydkorea', eng: 'South Korea' },
  { dan: 'Kina', eng: 'China' },
  { dan: 'Indien', eng: 'India' },
  { dan: 'Thailand', eng: 'Thailand' },
  { dan: 'Vietnam', eng: 'Vietnam' },
  { dan: 'Australien', eng: 'Australia' },
  { dan: 'New Zealand', eng: 'New Zealand' },
  { dan: 'Sydafrika', eng: 'South Africa' },
  { dan: 'Egypten', eng: 'Egypt' },
  { dan: 'Marokko', eng: 'Morocco' },
  { dan: 'Kenya', eng: 'Kenya' },
  { dan: 'Forenede Arabiske Emirater', eng: 'United Arab Emirates' },
  { dan: 'Saudi-Arabien', eng: 'Saudi Arabia' },
  { dan: 'Israel', eng: 'Israel' },
  { dan: 'Georgien', eng: 'Georgia' },
  { dan: 'Armenien', eng: 'Armenia' },
  { dan: 'Kasakhstan', eng: 'Kazakhstan' },
  { dan: 'Singapore', eng: 'Singapore' },
  { dan: 'Indonesien', eng: 'Indonesia' },
];

const FAR_TIERS: readonly Tier[] = [2, 3, 4, 5, 6];

export interface NetworkAnchors {
  readonly homeland: SeededRegionTarget;
  readonly roamLikeHome: SeededRegionTarget;
}

export function seedLargeRegions(count: number, anchors: Readonly<Record<Network, NetworkAnchors>>, newId: () => string): Region[] {
  const regions: Region[] = [];
  for (let index = 0; index < count; index += 1) {
    const network: Network = index % 2 === 0 ? 'TELENOR' : 'TDC';
    const country = COUNTRIES[index % COUNTRIES.length];
    const zoneNumber = Math.floor(index / COUNTRIES.length) + 1;
    const tier = FAR_TIERS[index % FAR_TIERS.length];
    const self = { id: newId(), tier };
    const { homeland, roamLikeHome } = anchors[network];
    const names = { dan: `${country.dan} – zone ${zoneNumber}`, eng: `${country.eng} – zone ${zoneNumber}` };
    regions.push(buildRegion(self.id, network, names, tier, [homeland, roamLikeHome, self]));
  }
  return regions;
}
