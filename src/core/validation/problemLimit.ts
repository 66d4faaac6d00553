// How many problems one file lists. An attacker's (or a generator's) file can hold hundreds of thousands of
// mistakes; listing them all costs memory and time for nobody's benefit — a person fixes the first ones and checks
// again. Every layer that finds problems keeps the first ones and counts the rest: the JSON syntax, the schema
// (src/core/validation/schemaValidator.ts), the kind's rules (src/core/configAsCode/validateFile.ts), the editor's
// diagnostics (src/vscode/language/liveDiagnostics.ts). Documented in README.md ("Limits").

export const MAX_PROBLEMS_PER_FILE = 100;

/**
 * Errors the schema check collects before it stops (src/core/validation/errorBudget.ts): several can fall on one place,
 * so enough for `MAX_PROBLEMS_PER_FILE` places in any real file.
 */
export const SCHEMA_ERROR_BUDGET = 10 * MAX_PROBLEMS_PER_FILE;

/** The first problems found, and how many more there were. */
export interface BoundedProblems<T> {
  readonly problems: T[];
  /** Problems found beyond the first `MAX_PROBLEMS_PER_FILE`, not listed. */
  readonly omitted: number;
  /** The check stopped at its budget (src/core/validation/errorBudget.ts): there may be more than `omitted`. */
  readonly stoppedEarly?: boolean;
}

/** Keeps the first `limit` items offered and counts the others. */
export function boundedProblems<T>(items: readonly T[], limit = MAX_PROBLEMS_PER_FILE): BoundedProblems<T> {
  return { problems: items.slice(0, limit), omitted: Math.max(0, items.length - limit) };
}

/** The line that stands for the problems not listed: "and 447,900 more problems (…)". */
export function moreProblemsText(omitted: number, stoppedEarly = false): string {
  const count = `${stoppedEarly ? 'at least ' : ''}${omitted.toLocaleString('en-US')} more problem${omitted === 1 ? '' : 's'}`;
  const why = stoppedEarly ? `the check stops after ${SCHEMA_ERROR_BUDGET.toLocaleString('en-US')} findings, and only` : 'only';
  return `and ${count} (${why} the first ${MAX_PROBLEMS_PER_FILE} of a file are listed: fix these and check again)`;
}
