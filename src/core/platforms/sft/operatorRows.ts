// The operator rows SFT reads carry in a `tadigList` (destination groups, roaming profiles): one reader, so a group's
// operators and a profile's networks are the same shape and compare by the same key.
import { arrayField, asText, isJsonObject, type JsonObject } from '../documentValues';
import type { GroupOperator } from './destinationGroup';

/** One row of a `tadigList` as groups and roaming profiles are read. */
export function operatorOf(item: unknown): GroupOperator {
  const operator: JsonObject = isJsonObject(item) ? item : {};
  return {
    tadigCode: asText(operator.tadigCode),
    categoryGroupId: asText(operator.categoryGroupId),
    operatorName: asText(operator.operatorName),
    countryName: asText(operator.countryName),
  };
}

export function readOperatorRows(row: JsonObject, field = 'tadigList'): GroupOperator[] {
  return arrayField(row, field).map(operatorOf);
}
