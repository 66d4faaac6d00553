// The seeded TelecomX regions: on each network a homeland (Denmark), one roam-like-home region (EU/EEA) and the
// zones a Danish operator prices separately. Each region prices calls to every region of its own network.
import type { Network, OutboundVoiceRates, Region } from '../model';
import { dataPrices, inboundVoiceRates, NETWORK_COST_FACTOR, outboundVoiceRates, smsPrices, type Tier } from './tariffs';

interface ZoneTemplate {
  readonly dan: string;
  readonly eng: string;
  readonly tier: Tier;
  readonly homeland?: boolean;
  readonly roamLikeHome?: boolean;
  readonly notes: string;
}

const ZONES: readonly ZoneTemplate[] = [
  { dan: 'Danmark', eng: 'Denmark', tier: 0, homeland: true, notes: 'Home network: domestic prices apply' },
  {
    dan: 'EU & Vest-Europa',
    eng: 'EU & Western Europe',
    tier: 1,
    roamLikeHome: true,
    notes: 'All EU and EEA countries, including Switzerland, Norway, Iceland and Liechtenstein',
  },
  {
    dan: 'Færøerne og Grønland',
    eng: 'Faroe Islands and Greenland',
    tier: 2,
    notes: 'Part of the Danish realm but outside the EU roaming regulation',
  },
  {
    dan: 'Resten af Europa',
    eng: 'Rest of Europe',
    tier: 3,
    notes: 'United Kingdom, Turkey, Serbia, Bosnia and Herzegovina, Albania, North Macedonia, Ukraine, Moldova',
  },
  { dan: 'Verden 1', eng: 'World 1', tier: 4, notes: 'USA and Canada' },
  { dan: 'Verden 2', eng: 'World 2', tier: 5, notes: 'Asia, Australia and New Zealand' },
  { dan: 'Verden 3', eng: 'World 3', tier: 6, notes: 'Rest of the world, including maritime and in-flight networks' },
];

export interface SeededRegionTarget {
  readonly id: string;
  readonly tier: Tier;
}

export function buildRegion(
  id: string,
  network: Network,
  names: { readonly dan: string; readonly eng: string },
  tier: Tier,
  calls: readonly SeededRegionTarget[],
  flags: { readonly homeland?: boolean; readonly roamLikeHome?: boolean; readonly notes?: string } = {},
): Region {
  const factor = NETWORK_COST_FACTOR[network];
  const outbound: OutboundVoiceRates[] = calls.map((called) => ({ _id: called.id, ...outboundVoiceRates(tier, called.tier, factor) }));
  return {
    _id: id,
    names: [
      { language: 'dan', text: names.dan },
      { language: 'eng', text: names.eng },
    ],
    network,
    homeland: flags.homeland ?? false,
    roamLikeHome: flags.roamLikeHome ?? false,
    ...(flags.notes !== undefined && { notes: flags.notes }),
    sms: smsPrices(tier, factor),
    data: dataPrices(tier, factor),
    voice: { inbound: inboundVoiceRates(tier, factor), outbound },
  };
}

/** The seven zones of one network; `newId` is called once per zone, in order. */
export function seedNetworkRegions(network: Network, newId: () => string): Region[] {
  const targets = ZONES.map((zone) => ({ id: newId(), tier: zone.tier }));
  return ZONES.map((zone, index) =>
    buildRegion(targets[index].id, network, zone, zone.tier, targets, {
      homeland: zone.homeland,
      roamLikeHome: zone.roamLikeHome,
      notes: zone.notes,
    }),
  );
}
