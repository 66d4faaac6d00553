// The apply report on disk, twice: JSON for pipelines and Markdown for people (a pull request comment, an
// archive). One pair per run, named by the time it ended, so earlier runs stay on record. A report is a file that
// gets committed, attached and printed in CI logs: every string in it is scrubbed of the secrets the process knows
// (step messages quote vendors' refusals), and each Markdown line is made printable (file names come from outside).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scrubSecretsIn } from '../http/knownSecrets';
import { printableLines } from '../text/printable';
import { writeFileAtomically } from './folderFiles';
import type { ApplyReport, ApplyStep } from './reportTypes';

export { REPORT_FOLDER } from './folderLayout';

const RESULT_LABELS: Readonly<Record<ApplyReport['result'], string>> = {
  applied: 'everything applied',
  'nothing-to-apply': 'nothing to apply',
  failed: 'not everything was applied',
  cancelled: 'cancelled',
};

/** A table cell: one line, no pipe breaking the table. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function describeCounts(report: ApplyReport): string {
  const { applied, 'not-applied': notApplied, unknown, skipped } = report.counts;
  return `${applied} applied, ${notApplied} not applied, ${unknown} unknown, ${skipped} skipped`;
}

function stepDetails(step: ApplyStep, number: number): string[] {
  const lines = [`### ${number}. ${step.summary} — ${step.status}`, '', `- File: \`${step.file}\``];
  if (step.id !== undefined) lines.push(`- Id: \`${step.id}\``);
  lines.push(`- What happened: ${step.message}`);
  if (step.failure) lines.push(`- Failure: ${step.failure.kind}${step.failure.code ? ` (code ${step.failure.code})` : ''}: ${step.failure.message}`);
  if (step.outcome?.ambiguity) {
    lines.push(`- First answer: ${step.outcome.ambiguity.kind}${step.outcome.ambiguity.code ? ` (code ${step.outcome.ambiguity.code})` : ''}: ${step.outcome.ambiguity.message}`);
  }
  if (step.requests && step.requests.length > 0) {
    lines.push('- Requests:', '', '```json', ...JSON.stringify(step.requests, null, 2).split('\n'), '```');
  }
  lines.push('');
  return lines;
}

export function renderReportMarkdown(given: ApplyReport): string {
  const report = scrubSecretsIn(given);
  const { connection } = report;
  const lines = [
    `# Apply report: ${connection.name} (${connection.environment})`,
    '',
    `- Connection: ${connection.platform} at ${connection.baseUrl}, user ${connection.username}${connection.targetAccountId ? `, account ${connection.targetAccountId}` : ''}`,
    `- Folder: \`${report.folder}\``,
    `- Started ${report.startedAt}, finished ${report.finishedAt}`,
    `- Result: **${RESULT_LABELS[report.result]}** — ${describeCounts(report)}${report.continueOnError ? ' (continued after failures)' : ''}`,
    '',
  ];
  if (report.steps.length > 0) {
    lines.push('| # | Step | File | Status | What happened |', '| --- | --- | --- | --- | --- |');
    report.steps.forEach((step, index) => {
      lines.push(`| ${index + 1} | ${cell(step.summary)} | \`${cell(step.file)}\` | ${step.status} | ${cell(step.message)} |`);
    });
    lines.push('');
  }
  const notApplied = report.steps.map((step, index) => ({ step, number: index + 1 })).filter(({ step }) => step.status !== 'applied');
  if (notApplied.length > 0) {
    lines.push('## Not applied', '', 'Plan again once the cause is fixed: the manifest records every step that was applied, so nothing is sent twice.', '');
    for (const { step, number } of notApplied) lines.push(...stepDetails(step, number));
  }
  return `${printableLines(lines).trimEnd()}\n`;
}

function timestamp(time: Date): string {
  const iso = time.toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
}

/** Writes `apply-<time>.md` and `.json`; never over an earlier report. */
export function writeReportFiles(given: ApplyReport, folder: string, time: Date): { markdown: string; json: string } {
  const report = scrubSecretsIn(given);
  fs.mkdirSync(folder, { recursive: true });
  let stem = `apply-${timestamp(time)}`;
  for (let counter = 2; fs.existsSync(path.join(folder, `${stem}.json`)) || fs.existsSync(path.join(folder, `${stem}.md`)); counter += 1) {
    stem = `apply-${timestamp(time)}-${counter}`;
  }
  const markdown = path.join(folder, `${stem}.md`);
  const json = path.join(folder, `${stem}.json`);
  writeFileAtomically(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileAtomically(markdown, renderReportMarkdown(report));
  return { markdown, json };
}
