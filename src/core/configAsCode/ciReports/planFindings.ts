// What a CI system should flag in a plan, as one flat list: every problem of an invalid file (syntax, schema, the
// kind's rules, the remote's rules) with its line and column, every conflict, every warning, and what the folder
// holds that no kind reads. The GitHub annotations, the JUnit and the SARIF files are all made from this list, so
// they say the same thing. Messages are scrubbed of known secrets here: they quote vendors' refusals.
import { scrubSecrets } from '../../http/knownSecrets';
import { kindBySlug } from '../../platforms/registry';
import type { ConfigPlan, PlanEntry } from '../planTypes';

export type FindingRule = 'invalid-file' | 'conflict' | 'file-warning' | 'not-read';

export interface PlanFinding {
  readonly rule: FindingRule;
  readonly level: 'error' | 'warning';
  /** Path in the folder, `/`-separated. */
  readonly file: string;
  /** 1-based, when the finding has a place in the file. */
  readonly line?: number;
  readonly column?: number;
  /** A few words: the annotation's title. */
  readonly title: string;
  readonly message: string;
}

export interface FindingOptions {
  /** `--strict`: what the folder holds that no kind reads is an error, not a warning. */
  readonly strict?: boolean;
}

export const FINDING_RULES: Readonly<Record<FindingRule, { readonly name: string; readonly description: string }>> = {
  'invalid-file': { name: 'InvalidFile', description: 'The file is invalid (JSON syntax, the kind\'s schema, its rules or the remote\'s): nothing is applied while any is.' },
  conflict: { name: 'Conflict', description: 'The remote changed since the export, or already holds an object of that name: never overwritten.' },
  'file-warning': { name: 'FileWarning', description: 'A warning about a file that is applied all the same (a price below its wholesale, …).' },
  'not-read': { name: 'NotRead', description: 'Something in the folder that belongs to no kind, so was not read (an error with --strict).' },
};

function kindName(entry: PlanEntry): string {
  return kindBySlug(entry.kind)?.singular.toLowerCase() ?? entry.kind;
}

function entryFindings(entry: PlanEntry): PlanFinding[] {
  const problems = entry.problems ?? [];
  if (entry.action === 'conflict') {
    return [{ rule: 'conflict', level: 'error', file: entry.file, title: `Conflict: ${kindName(entry)} "${entry.name}"`, message: entry.summary }];
  }
  if (entry.action === 'error') {
    const findings: PlanFinding[] = problems.map((problem) => ({
      rule: problem.severity === 'error' ? 'invalid-file' : 'file-warning', level: problem.severity, file: entry.file,
      line: problem.line, column: problem.column, title: `Invalid ${kindName(entry)} file`, message: problem.message,
    }));
    if (!findings.some((finding) => finding.level === 'error')) {
      findings.push({ rule: 'invalid-file', level: 'error', file: entry.file, line: 1, column: 1, title: `Invalid ${kindName(entry)} file`, message: entry.summary });
    }
    if (entry.omittedProblems) {
      findings.push({
        rule: 'invalid-file', level: 'error', file: entry.file, line: 1, column: 1, title: `Invalid ${kindName(entry)} file`,
        message: `${entry.problemCheckStopped ? 'at least ' : ''}${entry.omittedProblems} more problem${entry.omittedProblems === 1 ? '' : 's'} not listed`,
      });
    }
    return findings;
  }
  return problems.filter((problem) => problem.severity === 'warning').map((problem) => ({
    rule: 'file-warning', level: 'warning', file: entry.file, line: problem.line, column: problem.column, title: `Warning: ${kindName(entry)} "${entry.name}"`, message: problem.message,
  }));
}

export function planFindings(plan: ConfigPlan, options: FindingOptions = {}): PlanFinding[] {
  const findings = [
    ...plan.entries.flatMap(entryFindings),
    ...plan.notRead.map((item): PlanFinding => ({
      rule: 'not-read', level: options.strict === true ? 'error' : 'warning', file: item.path, title: 'Not read', message: item.message,
    })),
  ];
  return findings.map((finding) => ({ ...finding, title: scrubSecrets(finding.title), message: scrubSecrets(finding.message) }));
}
