// One file's check before anything is planned from it: JSON syntax, the kind's JSON Schema (the same files VS
// Code uses), then the kind's own rules. Each problem carries a line and column, for a terminal or an editor; at
// most `MAX_PROBLEMS_PER_FILE` are listed (src/core/validation/problemLimit.ts), the others counted.
import type { ResourceKind } from '../platforms/resourceKind';
import { bundledSchemaValidator } from '../validation/bundledSchemas';
import { checkJsonTextBounded } from '../validation/checkJsonText';
import { parseJsonText, type ParsedJsonText } from '../validation/jsonTextLocations';
import { LineIndex, type LineAndColumn } from '../validation/lineIndex';
import { locatePointers } from '../validation/pointerLocator';
import { boundedProblems } from '../validation/problemLimit';
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
  /** The first `MAX_PROBLEMS_PER_FILE` problems. */
  readonly problems: readonly FileProblem[];
  /** Problems found beyond those listed ("and N more"). */
  readonly omittedProblems: number;
  /** The schema check stopped at its budget: there may be more than `omittedProblems`. */
  readonly problemCheckStopped?: boolean;
}

export function hasErrors(problems: readonly FileProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/**
 * `remote` is the object the file edits (for rules such as "the DEFAULT profile cannot be renamed"). `parsed`:
 * the text already parsed by the caller, so it is parsed once. Linear in the text whatever it holds: the problems
 * are capped, their places found in one scan, their lines from one line index.
 */
export function checkFile(text: string, kind: ResourceKind, remote: unknown, parsed: ParsedJsonText = parseJsonText(text)): CheckedFile {
  const lines = new LineIndex(text);
  if (isSchemaName(kind.slug)) {
    const located = checkJsonTextBounded(text, kind.slug, bundledSchemaValidator(), parsed);
    if (located.problems.length > 0) {
      return {
        ...(parsed.syntaxProblems.length === 0 && { document: parsed.value }),
        problems: located.problems.map((problem) => ({
          message: problem.message,
          severity: 'error',
          ...(problem.pointer !== undefined && { pointer: problem.pointer }),
          ...lines.positionOf(problem.offset),
        })),
        omittedProblems: located.omitted,
        ...(located.stoppedEarly && { problemCheckStopped: true }),
      };
    }
  }
  if (parsed.syntaxProblems.length > 0) {
    return {
      problems: parsed.syntaxProblems.map((problem) => ({ message: problem.message, severity: 'error', ...lines.positionOf(problem.offset) })),
      omittedProblems: parsed.omittedSyntaxProblems,
    };
  }
  const { problems, omitted } = boundedProblems(kind.checkDocument(parsed.value, remote));
  const spans = locatePointers(text, problems);
  return {
    document: parsed.value,
    problems: problems.map((problem, index): FileProblem => ({
      message: problem.message,
      severity: problem.severity,
      pointer: problem.pointer,
      ...lines.positionOf(spans[index].offset),
    })),
    omittedProblems: omitted,
  };
}

/** 1-based line and column of one offset. For many offsets in one text, keep one `LineIndex` instead. */
export function lineAndColumn(text: string, offset: number): LineAndColumn {
  return new LineIndex(text).positionOf(offset);
}

/** Line and column of the value at `pointer` (or of its nearest existing parent), for a problem found elsewhere. */
export function positionOfPointer(text: string, pointer: string): LineAndColumn {
  const [span] = locatePointers(text, [{ pointer }]);
  return new LineIndex(text).positionOf(span.offset);
}
