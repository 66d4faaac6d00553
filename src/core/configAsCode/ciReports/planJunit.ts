// The plan as a JUnit XML report (junit-report-builder), for CI systems that show test results (GitLab, Jenkins,
// Azure Pipelines…): one test case per file of the plan, failing for an invalid file (its problems with line and
// column as the failure's text) or a conflict, and — with --strict — for anything not read. Every string is one
// printable line (XML 1.0 has no place for most control characters) and free of known secrets.
import junitReportBuilder from 'junit-report-builder';
import { scrubSecrets } from '../../http/knownSecrets';
import { printableLine, printableLines } from '../../text/printable';
import type { ConfigPlan } from '../planTypes';
import { planFindings, type PlanFinding } from './planFindings';

const clean = (value: string): string => printableLine(scrubSecrets(value));

function failureText(findings: readonly PlanFinding[]): string {
  return printableLines(findings.map((finding) => `${finding.line !== undefined ? `line ${finding.line}, column ${finding.column}: ` : ''}${finding.level}: ${scrubSecrets(finding.message)}`));
}

export function renderPlanJunit(plan: ConfigPlan, { strict = false }: { readonly strict?: boolean } = {}): string {
  const builder = junitReportBuilder.newBuilder();
  const suite = builder.testSuite().name(clean(`roaming-workbench plan: ${plan.connection.name} (${plan.connection.environment})`));
  const findings = planFindings(plan, { strict });
  for (const entry of plan.entries) {
    const own = findings.filter((finding) => finding.file === entry.file && finding.rule !== 'not-read');
    const testCase = suite.testCase().className(clean(`roaming-workbench.${entry.kind}`)).name(clean(entry.file)).file(clean(entry.file));
    const errors = own.filter((finding) => finding.level === 'error');
    if (errors.length > 0) {
      const label = entry.action === 'conflict' ? 'conflict' : 'invalid';
      testCase.failure(clean(`${label}: ${errors[0].message}`), label);
      testCase.standardOutput(failureText(own));
    } else {
      testCase.standardOutput(clean(`${entry.action}: ${entry.summary}`));
    }
  }
  for (const finding of findings.filter((item) => item.rule === 'not-read')) {
    const testCase = suite.testCase().className('roaming-workbench.not-read').name(clean(finding.file));
    if (finding.level === 'error') testCase.failure(clean(finding.message), 'not-read');
    else testCase.standardOutput(clean(`warning: ${finding.message}`));
  }
  return `${builder.build()}\n`;
}
