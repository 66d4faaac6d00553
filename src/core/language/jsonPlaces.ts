// Small helpers for moving problems between an object and the file that holds it. Pure.
import { isJsonObject, type JsonObject } from '../platforms/documentValues';
import type { DocumentProblem } from '../platforms/resourceKind';
import { segmentsFromPointer } from '../validation/jsonPointer';

/** The value at `pointer`, or `undefined` when the path does not exist. */
export function valueAtPointer(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of segmentsFromPointer(pointer)) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isJsonObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** The object at `pointer`, or `undefined` when there is none (a wrong envelope: the schema says so). */
export function objectAtPointer(value: unknown, pointer: string): JsonObject | undefined {
  const found = valueAtPointer(value, pointer);
  return isJsonObject(found) ? found : undefined;
}

/** Problems found in an inner object, with pointers into the whole file. */
export function underPrefix(prefix: string, problems: readonly DocumentProblem[]): DocumentProblem[] {
  if (prefix === '') return [...problems];
  return problems.map((problem) => ({ ...problem, pointer: prefix + problem.pointer }));
}

/** The first segment of a pointer inside an object (`/sms/cost` → `sms`), or undefined for the object itself. */
export function topLevelField(pointer: string): string | undefined {
  return segmentsFromPointer(pointer)[0];
}
