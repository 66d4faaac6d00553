// The older zone-price collections: voice OUT for every staying × called zone, voice IN, text and data for every
// staying zone. A complete price list, so a create in the sandbox meets the uniqueness rule (409) unless the
// matching entry was deleted first.
import { CALLED_REGIONS, STAYING_REGIONS, type CalledRegion, type ZonePrice } from '../model';
import { dataPrices, inboundVoiceRates, outboundVoiceRates, smsPrices, type Tier } from './tariffs';

const ZONE_TIER: Readonly<Record<CalledRegion, Tier>> = {
  HOMELAND: 0,
  NORDIC: 1,
  EU: 1,
  REST_OF_EUROPE: 3,
  WORLD1: 4,
  WORLD2: 5,
  WORLD3: 6,
};

export interface ZonePriceSeed {
  readonly voice: ZonePrice[];
  readonly text: ZonePrice[];
  readonly data: ZonePrice[];
}

export function seedZonePrices(newId: () => string): ZonePriceSeed {
  const voice: ZonePrice[] = [];
  for (const stayingRegion of STAYING_REGIONS) {
    for (const calledRegion of CALLED_REGIONS) {
      const rates = outboundVoiceRates(ZONE_TIER[stayingRegion], ZONE_TIER[calledRegion]);
      voice.push({ _id: newId(), stayingRegion, calledRegion, direction: 'OUT', ...rates });
    }
  }
  for (const stayingRegion of STAYING_REGIONS) {
    voice.push({ _id: newId(), stayingRegion, direction: 'IN', ...inboundVoiceRates(ZONE_TIER[stayingRegion]) });
  }
  const text = STAYING_REGIONS.map((stayingRegion): ZonePrice => ({ _id: newId(), stayingRegion, ...smsPrices(ZONE_TIER[stayingRegion]) }));
  const data = STAYING_REGIONS.map((stayingRegion): ZonePrice => ({ _id: newId(), stayingRegion, ...dataPrices(ZONE_TIER[stayingRegion]) }));
  return { voice, text, data };
}
