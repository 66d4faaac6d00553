// One file's text judged by the domain rules, without the network: parse, run the kind's rules, and note where
// the schema already has something to say (those places are VS Code's JSON service's to underline). Pure.
import type { Node } from 'jsonc-parser';
import type { DocumentProblem } from '../platforms/resourceKind';
import { parseJsonText } from '../validation/jsonTextLocations';
import { boundedProblems } from '../validation/problemLimit';
import type { SchemaName } from '../validation/schemaCatalogue';
import type { SchemaValidator } from '../validation/schemaValidator';
import type { CheckSubject } from './checkSubjects';
import { judgeFolderReferences } from './folderReferenceChecks';
import { checkLocally } from './localChecks';
import { isSchemaDuplicate, schemaPointersOf } from './schemaDuplicates';

export interface FileAnalysis {
  readonly value: unknown;
  /** jsonc-parser's tree, built when first read (quick fixes need it; a diagnostic's place does not). */
  readonly tree: Node | undefined;
  /** Where the schema reports problems (among its first `MAX_PROBLEMS_PER_FILE`). */
  readonly schemaPointers: ReadonlySet<string>;
  /**
   * The first `MAX_PROBLEMS_PER_FILE` domain problems, including those the schema reports too (their quick fixes
   * still apply): a generated file with 50,000 repeated operators would otherwise become 50,000 diagnostics.
   */
  readonly problems: readonly DocumentProblem[];
  /** Domain problems found beyond those in `problems`. */
  readonly omittedProblems: number;
}

/**
 * `undefined` while the text is not valid JSON: the JSON service reports the syntax, and rules judging a
 * half-parsed value would only add noise that goes away once the syntax is fixed.
 */
export function analyseLocally(
  text: string, schemaName: SchemaName, subject: CheckSubject, remote: unknown, validator: SchemaValidator,
  /** The config-as-code folder the file belongs to, where references to its other files are allowed. */
  folder?: string,
): FileAnalysis | undefined {
  const parsed = parseJsonText(text);
  if (parsed.syntaxProblems.length > 0) return undefined;
  const { problems, omitted } = boundedProblems(judgeFolderReferences(checkLocally(parsed.value, subject, remote), parsed.value, subject, folder));
  return {
    value: parsed.value,
    get tree() { return parsed.tree; },
    schemaPointers: schemaPointersOf(validator.validate(schemaName, parsed.value)),
    problems,
    omittedProblems: omitted,
  };
}

/** The problems to show as Roaming diagnostics: those the schema does not already report at the same place. */
export function problemsToShow(analysis: Pick<FileAnalysis, 'schemaPointers'>, problems: readonly DocumentProblem[]): DocumentProblem[] {
  return problems.filter((problem) => !isSchemaDuplicate(problem, analysis.schemaPointers));
}
