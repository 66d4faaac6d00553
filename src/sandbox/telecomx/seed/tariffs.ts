// Deterministic price tables for the seed, in DKK. A "tier" ranks how far from home a zone is (0 = Denmark,
// 1 = EU, 6 = rest of the world); every price derives from its cost by fixed margins, so cost ≤ wholesale ≤
// price always holds and a test or a demo can rely on that ordering.
import type { PriceTriple, VoiceRates } from '../model';

export type Tier = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const SMS_COST = [0.02, 0.03, 0.35, 0.4, 0.55, 0.7, 0.9];
const DATA_COST_PER_MB = [0.002, 0.0085, 1.2, 2.5, 3.75, 6, 9.5];
const INBOUND_CONNECTION_COST = [0, 0, 0.25, 0.35, 0.5, 0.75, 1];
const INBOUND_RATE_COST = [0, 0.02, 1.2, 1.6, 2.4, 3.5, 5.5];
const OUTBOUND_CONNECTION_COST = [0, 0, 0.3, 0.4, 0.6, 0.8, 1.2];
const OUTBOUND_RATE_COST = [0.01, 0.03, 1.5, 2.2, 3.2, 4.8, 7.5];
/** Calling a far zone costs more than calling home, by this much per tier of the destination. */
const CALLED_TIER_SURCHARGE = 0.1;

const WHOLESALE_MARGIN = 1.25;
const CUSTOMER_MARGIN = 1.9;

/** Network-specific cost levels, so the two networks' seeds are recognisably different. */
export const NETWORK_COST_FACTOR = { TELENOR: 1, TDC: 1.1 } as const;

function money(amount: number): number {
  return Math.round(amount * 10_000) / 10_000;
}

function triple(cost: number): Required<PriceTriple> {
  return { cost: money(cost), wholesale: money(cost * WHOLESALE_MARGIN), price: money(cost * CUSTOMER_MARGIN) };
}

function rates(connectionCost: number, rateCost: number): Required<VoiceRates> {
  const connection = triple(connectionCost);
  const rate = triple(rateCost);
  return {
    connectionFeeCost: connection.cost,
    connectionFeeWholesale: connection.wholesale,
    connectionFee: connection.price,
    rateCost: rate.cost,
    rateWholesale: rate.wholesale,
    rate: rate.price,
  };
}

export const smsPrices = (tier: Tier, factor = 1): Required<PriceTriple> => triple(SMS_COST[tier] * factor);

export const dataPrices = (tier: Tier, factor = 1): Required<PriceTriple> => triple(DATA_COST_PER_MB[tier] * factor);

export const inboundVoiceRates = (tier: Tier, factor = 1): Required<VoiceRates> =>
  rates(INBOUND_CONNECTION_COST[tier] * factor, INBOUND_RATE_COST[tier] * factor);

export const outboundVoiceRates = (stayingTier: Tier, calledTier: Tier, factor = 1): Required<VoiceRates> =>
  rates(
    OUTBOUND_CONNECTION_COST[stayingTier] * factor,
    (OUTBOUND_RATE_COST[stayingTier] + CALLED_TIER_SURCHARGE * calledTier) * factor,
  );
