// The seed the simulator starts from and returns to on reset. Ids come from one counter in a fixed order
// (TELENOR zones, TDC zones, large extras, then zone prices), so the same size always yields the same ids.
import type { Network, Region, TelecomxData } from '../model';
import { ObjectIdSequence } from '../objectIds';
import { seedLargeRegions, type NetworkAnchors } from './largeRegionSeed';
import { seedNetworkRegions } from './regionSeed';
import { seedZonePrices } from './zonePriceSeed';

export type SeedSize = 'small' | 'large';

/** `--size large`: this many regions in all, for benchmarks. */
export const LARGE_REGION_COUNT = 1000;

export interface TelecomxSeed {
  readonly data: TelecomxData;
  readonly nextIdNumber: number;
}

export function buildSeed(size: SeedSize): TelecomxSeed {
  const ids = new ObjectIdSequence();
  const newId = (): string => ids.take(() => false);
  const telenor = seedNetworkRegions('TELENOR', newId);
  const tdc = seedNetworkRegions('TDC', newId);
  const regions = [...telenor, ...tdc];
  if (size === 'large') {
    const anchorsOf = (zones: readonly Region[]): NetworkAnchors => ({
      homeland: { id: zones.find((zone) => zone.homeland)!._id, tier: 0 },
      roamLikeHome: { id: zones.find((zone) => zone.roamLikeHome)!._id, tier: 1 },
    });
    const anchors: Record<Network, NetworkAnchors> = { TELENOR: anchorsOf(telenor), TDC: anchorsOf(tdc) };
    regions.push(...seedLargeRegions(LARGE_REGION_COUNT - regions.length, anchors, newId));
  }
  const { voice, text, data } = seedZonePrices(newId);
  return { data: { regions, voice, text, data }, nextIdNumber: ids.next };
}
