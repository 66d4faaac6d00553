// The whole check of a file's text, as an editor needs it: syntax first, then the schema, every problem with the
// offsets to underline.
import { parseJsonText, spanOfPointer, type TextSpan } from './jsonTextLocations';
import type { SchemaName } from './schemaCatalogue';
import type { SchemaValidator } from './schemaValidator';

export interface LocatedProblem extends TextSpan {
  readonly message: string;
  readonly severity: 'error';
  /** The JSON pointer for schema problems; absent for syntax problems. */
  readonly pointer?: string;
}

/**
 * Syntax problems alone when the text is not valid JSON: the schema would only judge a partial value and add
 * noise that disappears once the syntax is fixed.
 */
export function checkJsonText(text: string, name: SchemaName, validator: SchemaValidator): LocatedProblem[] {
  const parsed = parseJsonText(text);
  if (parsed.syntaxProblems.length > 0) return parsed.syntaxProblems;
  return validator.validate(name, parsed.value).map((problem) => ({
    ...spanOfPointer(parsed.tree, problem.pointer, problem.target),
    message: problem.message,
    severity: problem.severity,
    pointer: problem.pointer,
  }));
}
