// The whole check of a file's text, as an editor needs it: syntax first, then the schema, every problem with the
// offsets to underline. Bounded: at most `MAX_PROBLEMS_PER_FILE` problems, the others counted.
import { parseJsonText, type ParsedJsonText, type TextSpan } from './jsonTextLocations';
import { locatePointers } from './pointerLocator';
import type { BoundedProblems } from './problemLimit';
import type { SchemaName } from './schemaCatalogue';
import type { SchemaValidator } from './schemaValidator';

export interface LocatedProblem extends TextSpan {
  readonly message: string;
  readonly severity: 'error';
  /** The JSON pointer for schema problems; absent for syntax problems. */
  readonly pointer?: string;
}

/** The listed problems; `checkJsonTextBounded` also says how many more there were. */
export function checkJsonText(text: string, name: SchemaName, validator: SchemaValidator): LocatedProblem[] {
  return checkJsonTextBounded(text, name, validator).problems;
}

/**
 * Syntax problems alone when the text is not valid JSON: the schema would only judge a partial value and add
 * noise that disappears once the syntax is fixed. `parsed`: the text already parsed, so it is parsed once.
 */
export function checkJsonTextBounded(
  text: string, name: SchemaName, validator: SchemaValidator, parsed: ParsedJsonText = parseJsonText(text),
): BoundedProblems<LocatedProblem> {
  if (parsed.syntaxProblems.length > 0) return { problems: parsed.syntaxProblems, omitted: parsed.omittedSyntaxProblems };
  const { problems, omitted, stoppedEarly } = validator.check(name, parsed.value);
  const spans = locatePointers(text, problems);
  return {
    problems: problems.map((problem, index) => ({ ...spans[index], message: problem.message, severity: problem.severity, pointer: problem.pointer })),
    omitted,
    ...(stoppedEarly && { stoppedEarly }),
  };
}
