// One file's check before anything is planned from it: JSON syntax, the kind's JSON Schema (the same files VS
// Code uses), then the kind's own rules. Each problem carries a line and column, for a terminal or an editor.
import type { ResourceKind } from '../platforms/resourceKind';
import { checkJsonText } from '../validation/checkJsonText';
import { bundledSchemaValidator } from '../validation/bundledSchemas';
import { parseJsonText, spanOfPointer } from '../validation/jsonTextLocations';
import { isSchemaName } from '../validation/schemaCatalogue';

export interface FileProblem {
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** JSON pointer into the document, when the problem belongs to a field. */
  readonly pointer?: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
}

export interface CheckedFile {
  /** The parsed document, when the text is JSON. */
  readonly document?: unknown;
  readonly problems: readonly FileProblem[];
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

export function hasErrors(problems: readonly FileProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** `remote` is the object the file edits (for rules such as "the DEFAULT profile cannot be renamed"). */
export function checkFile(text: string, kind: ResourceKind, remote: unknown): CheckedFile {
  if (isSchemaName(kind.slug)) {
    const located = checkJsonText(text, kind.slug, bundledSchemaValidator());
    if (located.length > 0) {
      const parsed = parseJsonText(text);
      return {
        ...(parsed.syntaxProblems.length === 0 && { document: parsed.value }),
        problems: located.map((problem) => ({
          message: problem.message,
          severity: 'error',
          ...(problem.pointer !== undefined && { pointer: problem.pointer }),
          ...lineAndColumn(text, problem.offset),
        })),
      };
    }
  }
  const parsed = parseJsonText(text);
  if (parsed.syntaxProblems.length > 0) {
    return { problems: parsed.syntaxProblems.map((problem) => ({ message: problem.message, severity: 'error', ...lineAndColumn(text, problem.offset) })) };
  }
  const problems = kind.checkDocument(parsed.value, remote).map((problem): FileProblem => ({
    message: problem.message,
    severity: problem.severity,
    pointer: problem.pointer,
    ...lineAndColumn(text, spanOfPointer(parsed.tree, problem.pointer).offset),
  }));
  return { document: parsed.value, problems };
}
