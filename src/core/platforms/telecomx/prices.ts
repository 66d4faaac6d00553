// TelecomX prices come in triples: what the operator pays (cost), what a reseller pays (wholesale) and what
// the customer pays (price). Shared by regions and zone prices: the ordering rule, and margins for tooltips.
import { isJsonObject } from '../documentValues';
import type { DocumentProblem } from '../resourceKind';

/** One triple's field names, cheapest first. */
export type PriceTripleFields = readonly [cost: string, wholesale: string, price: string];

export const SIMPLE_TRIPLE: PriceTripleFields = ['cost', 'wholesale', 'price'];
export const VOICE_TRIPLES: readonly PriceTripleFields[] = [
  ['connectionFeeCost', 'connectionFeeWholesale', 'connectionFee'],
  ['rateCost', 'rateWholesale', 'rate'],
];

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Negative prices are errors (the API refuses them); cost ≤ wholesale ≤ price is a convention the API does not
 * enforce, so breaking it is a warning: usually a typo, sometimes a deliberate loss leader.
 */
export function checkPriceTriples(holder: unknown, pointer: string, triples: readonly PriceTripleFields[]): DocumentProblem[] {
  if (!isJsonObject(holder)) return [];
  const problems: DocumentProblem[] = [];
  for (const triple of triples) {
    for (const field of triple) {
      const value = holder[field];
      if (isNumber(value) && value < 0) {
        problems.push({ pointer: `${pointer}/${field}`, severity: 'error', code: 'price-negative', message: `${field} cannot be negative.` });
      }
    }
    const [costField, wholesaleField, priceField] = triple;
    const [cost, wholesale, price] = triple.map((field) => holder[field]);
    if (isNumber(cost) && isNumber(wholesale) && cost > wholesale) {
      problems.push({
        pointer: `${pointer}/${wholesaleField}`, severity: 'warning', code: 'price-order',
        message: `${wholesaleField} ${wholesale} is below ${costField} ${cost}: resellers would pay less than it costs.`,
      });
    }
    if (isNumber(wholesale) && isNumber(price) && wholesale > price) {
      problems.push({
        pointer: `${pointer}/${priceField}`, severity: 'warning', code: 'price-order',
        message: `${priceField} ${price} is below ${wholesaleField} ${wholesale}: customers would pay less than resellers.`,
      });
    } else if (!isNumber(wholesale) && isNumber(cost) && isNumber(price) && cost > price) {
      problems.push({
        pointer: `${pointer}/${priceField}`, severity: 'warning', code: 'price-order',
        message: `${priceField} ${price} is below ${costField} ${cost}: customers would pay less than it costs.`,
      });
    }
  }
  return problems;
}

function formatNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** An amount with its currency when one is known: `0.07 DKK`. */
export function money(value: unknown, currency: string | undefined): string {
  const amount = isNumber(value) ? formatNumber(value) : '?';
  return currency ? `${amount} ${currency}` : amount;
}

/** `0.07 DKK (cost 0.05, margin 0.02 = 28.6 %)`; cost hidden from the account → just the price. */
export function describePrice(price: unknown, cost: unknown, currency?: string): string | undefined {
  if (!isNumber(price)) return undefined;
  if (!isNumber(cost)) return money(price, currency);
  const margin = price - cost;
  const percent = price === 0 ? '' : ` = ${(margin / price * 100).toFixed(1)} %`;
  return `${money(price, currency)} (cost ${formatNumber(cost)}, margin ${formatNumber(margin)}${percent})`;
}

/** Markdown lines for one triple: customer price with margin, and wholesale when the account sees it. */
export function priceLines(label: string, holder: unknown, triple: PriceTripleFields, currency?: string): string[] {
  if (!isJsonObject(holder)) return [];
  const [costField, wholesaleField, priceField] = triple;
  const customer = describePrice(holder[priceField], holder[costField], currency);
  if (customer === undefined) return [];
  const wholesale = isNumber(holder[wholesaleField]) ? `; wholesale ${formatNumber(holder[wholesaleField] as number)}` : '';
  return [`- ${label}: ${customer}${wholesale}`];
}
