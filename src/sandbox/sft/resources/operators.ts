// Operators as requests name them (`{ categoryGroupId, tadigCode }`) and as reads show them (with the
// operator's details from the network catalogue).
import type { Account, NetworkKey } from '../model';
import { networkKeyOf } from '../model';
import { isObject, numericId } from '../requestValues';
import type { SftStore } from '../store';

export type ParsedOperators = { ok: true; operators: NetworkKey[] } | { ok: false; reason: string };

/** A list of `{ categoryGroupId, tadigCode }`; TADIG codes are compared upper-case. */
export function parseOperatorList(value: unknown, field: string): ParsedOperators {
  if (value === undefined || value === null) return { ok: true, operators: [] };
  if (!Array.isArray(value)) return { ok: false, reason: `${field} must be a list` };
  const operators: NetworkKey[] = [];
  for (const [index, item] of value.entries()) {
    if (!isObject(item)) return { ok: false, reason: `${field}[${index}] must be an object` };
    const tadigCode = typeof item.tadigCode === 'string' ? item.tadigCode.trim().toUpperCase() : '';
    const categoryGroupId = numericId(item.categoryGroupId);
    if (tadigCode === '') return { ok: false, reason: `${field}[${index}].tadigCode is mandatory` };
    if (categoryGroupId === undefined) return { ok: false, reason: `${field}[${index}].categoryGroupId is mandatory` };
    operators.push({ tadigCode, categoryGroupId });
  }
  return { ok: true, operators };
}

export function describeOperator(key: NetworkKey): string {
  return `${key.tadigCode} (categoryGroupId ${key.categoryGroupId})`;
}

export function firstDuplicate(operators: readonly NetworkKey[]): NetworkKey | undefined {
  const seen = new Set<string>();
  for (const operator of operators) {
    const key = networkKeyOf(operator);
    if (seen.has(key)) return operator;
    seen.add(key);
  }
  return undefined;
}

export function containsOperator(operators: readonly NetworkKey[], wanted: NetworkKey): boolean {
  return operators.some((operator) => operator.tadigCode === wanted.tadigCode && operator.categoryGroupId === wanted.categoryGroupId);
}

/** The first operator that is not in the account's network list (its coverage). */
export function firstNotAttached(account: Account, operators: readonly NetworkKey[]): NetworkKey | undefined {
  const attached = new Set(account.networks.map(networkKeyOf));
  return operators.find((operator) => !attached.has(networkKeyOf(operator)));
}

/** The row shape of `tadigList[]` in destination-group and roaming-profile reads. */
export function operatorRows(store: SftStore, operators: readonly NetworkKey[]): Record<string, string>[] {
  return operators.map((key) => {
    const network = store.network(key);
    return {
      tadigCode: key.tadigCode,
      categoryGroupId: key.categoryGroupId,
      operatorId: network?.operatorId ?? '',
      operatorName: network?.operatorName ?? '',
      countryName: network?.countryName ?? '',
    };
  });
}
