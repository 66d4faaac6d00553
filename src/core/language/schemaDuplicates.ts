// The schema's problems are shown first. Several domain rules say the same thing (a negative price, an obsolete
// access type, both region flags), so a domain problem is shown only where the schema has nothing to say: one
// squiggle per place, the schema's. Pure.
import type { DocumentProblem } from '../platforms/resourceKind';
import type { SchemaProblem } from '../validation/schemaProblem';

/** Rules the schema reports at another place than the kind does: where the schema puts it. */
const SCHEMA_PLACE: Readonly<Record<string, (pointer: string) => string>> = {
  // The kind points at `service` (what makes the access type necessary); the schema at the missing property.
  'accessType-missing': (pointer) => pointer.replace(/\/service$/, '/accessType'),
};

export function isSchemaDuplicate(problem: DocumentProblem, schemaPointers: ReadonlySet<string>): boolean {
  if (schemaPointers.has(problem.pointer)) return true;
  const elsewhere = problem.code ? SCHEMA_PLACE[problem.code] : undefined;
  return elsewhere !== undefined && schemaPointers.has(elsewhere(problem.pointer));
}

export function schemaPointersOf(schemaProblems: readonly SchemaProblem[]): Set<string> {
  return new Set(schemaProblems.map((problem) => problem.pointer));
}
