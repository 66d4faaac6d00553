// One file's text judged without the network: parse, check it against its schema, run the kind's rules. The
// schema's problems are the extension's to show, as errors (VS Code's JSON service gets a suggestion-only form of
// each schema, src/core/validation/suggestionSchema.ts, because it can only show them as warnings). Pure.
import type { Node } from 'jsonc-parser';
import type { DocumentProblem } from '../platforms/resourceKind';
import { parseJsonText } from '../validation/jsonTextLocations';
import { boundedProblems } from '../validation/problemLimit';
import type { SchemaName } from '../validation/schemaCatalogue';
import type { SchemaValidator } from '../validation/schemaValidator';
import type { SchemaProblem } from '../validation/schemaProblem';
import type { CheckSubject } from './checkSubjects';
import { judgeFolderReferences } from './folderReferenceChecks';
import { checkLocally } from './localChecks';
import { isSchemaDuplicate, schemaPointersOf } from './schemaDuplicates';

export interface FileAnalysis {
  readonly value: unknown;
  /** jsonc-parser's tree, built when first read (quick fixes need it; a diagnostic's place does not). */
  readonly tree: Node | undefined;
  /** What the schema finds: its first `MAX_PROBLEMS_PER_FILE` places, each an error. */
  readonly schemaProblems: readonly SchemaProblem[];
  /** Places with a schema problem beyond those listed. */
  readonly omittedSchemaProblems: number;
  /**
   * The first `MAX_PROBLEMS_PER_FILE` domain problems, including those the schema reports too (their quick fixes
   * still apply): a generated file with 50,000 repeated operators would otherwise become 50,000 diagnostics.
   */
  readonly problems: readonly DocumentProblem[];
  /** Domain problems found beyond those in `problems`. */
  readonly omittedProblems: number;
}

/** A problem as the editor underlines it: a schema problem says whether its key or its value. */
export type ShownProblem = DocumentProblem & { readonly target?: 'key' | 'value' };

/**
 * `undefined` while the text is not valid JSON: the JSON service reports the syntax, and rules judging a
 * half-parsed value would only add noise that goes away once the syntax is fixed. `subject`: the kind whose rules
 * apply, `undefined` for a body that carries no object (a login): the schema alone then.
 */
export function analyseLocally(
  text: string, schemaName: SchemaName, subject: CheckSubject | undefined, remote: unknown, validator: SchemaValidator,
  /** The config-as-code folder the file belongs to, where references to its other files are allowed. */
  folder?: string,
): FileAnalysis | undefined {
  const parsed = parseJsonText(text);
  if (parsed.syntaxProblems.length > 0) return undefined;
  const domain = subject ? judgeFolderReferences(checkLocally(parsed.value, subject, remote), parsed.value, subject, folder) : [];
  const { problems, omitted } = boundedProblems(domain);
  const schema = validator.check(schemaName, parsed.value);
  return {
    value: parsed.value,
    get tree() { return parsed.tree; },
    schemaProblems: schema.problems,
    omittedSchemaProblems: schema.omitted,
    problems,
    omittedProblems: omitted,
  };
}

/**
 * The problems to show as Roaming diagnostics: the schema's, then the domain problems `problems` (the local ones,
 * perhaps with the remote ones) where the schema does not already say something at the same place — one squiggle
 * per place.
 */
export function problemsToShow(analysis: Pick<FileAnalysis, 'schemaProblems'>, problems: readonly DocumentProblem[]): ShownProblem[] {
  const schemaPointers = schemaPointersOf(analysis.schemaProblems);
  const fromSchema = analysis.schemaProblems.map((problem): ShownProblem => ({ pointer: problem.pointer, message: problem.message, severity: 'error', target: problem.target }));
  return [...fromSchema, ...problems.filter((problem) => !isSchemaDuplicate(problem, schemaPointers))];
}

/** How many problems the shown ones leave out (each list is capped on its own). */
export function omittedFromShown(analysis: Pick<FileAnalysis, 'omittedSchemaProblems' | 'omittedProblems'>): number {
  return analysis.omittedSchemaProblems + analysis.omittedProblems;
}
