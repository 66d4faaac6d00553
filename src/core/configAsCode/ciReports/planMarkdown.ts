// The plan as Markdown for a pull-request comment or a GitHub job summary: counts, then a table per action with
// each file, its object, what happens, and for a destination group the countries its change gains and loses; the
// problems of invalid files with their line and column; each diff folded away. File names, object names and
// messages come from outside: each is made printable, then escaped for Markdown (so a name cannot add a link,
// HTML, a mention or a table cell), and code is fenced with more backticks than it holds. Known secrets are
// scrubbed from the whole plan first, as in the apply report.
import { scrubSecretsIn } from '../../http/knownSecrets';
import { printableLine, printableLines } from '../../text/printable';
import { describeCoverageChange } from '../coverageChange';
import { hasChanges, isBlocked, type ConfigPlan, type PlanAction, type PlanEntry } from '../planTypes';
import { describeCounts } from '../renderPlan';
import { describePulledIn, describeSelection } from '../targeting';

const SECTIONS: readonly { action: PlanAction; title: string }[] = [
  { action: 'error', title: ':x: Invalid files (nothing is sent while there are any)' },
  { action: 'conflict', title: ':warning: Conflicts (never overwritten)' },
  { action: 'create', title: 'Create' },
  { action: 'update', title: 'Update' },
  { action: 'delete', title: 'Delete' },
  { action: 'adopt', title: 'Already on the remote (recorded in the manifest)' },
  { action: 'skipped', title: 'Deletes not allowed (left on the remote)' },
];

/** Text from outside as Markdown text: one line, no markup of its own. */
export function markdownText(value: string): string {
  return printableLine(value)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

/** Text from outside as an inline code span (inside a table, a pipe still has to be escaped). */
export function markdownCode(value: string): string {
  const text = printableLine(value).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

function fenced(text: string, language: string): string[] {
  const lines = text.replace(/\n$/, '').split('\n').map(printableLine);
  const longest = Math.max(2, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, ...lines, fence];
}

function whatHappens(entry: PlanEntry): string {
  const parts = [markdownText(entry.summary)];
  const pulledIn = describePulledIn(entry);
  if (pulledIn !== undefined) parts.push(`_${markdownText(pulledIn)}_`);
  return parts.join('<br>');
}

function coverage(entry: PlanEntry): string {
  return entry.coverageChange ? markdownText(describeCoverageChange(entry.coverageChange)) : '';
}

function sectionLines(entries: readonly PlanEntry[], title: string): string[] {
  const withCoverage = entries.some((entry) => entry.coverageChange !== undefined);
  const lines = [`### ${title} (${entries.length})`, ''];
  lines.push(withCoverage ? '| File | Object | What happens | Coverage change |' : '| File | Object | What happens |');
  lines.push(withCoverage ? '| --- | --- | --- | --- |' : '| --- | --- | --- |');
  for (const entry of entries) {
    const cells = [markdownCode(entry.file), `${markdownText(entry.name)}${entry.id !== undefined ? ` (${markdownText(entry.id)})` : ''}`, whatHappens(entry)];
    if (withCoverage) cells.push(coverage(entry));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('');
  for (const entry of entries) {
    const problems = entry.problems ?? [];
    if (problems.length > 0) {
      lines.push(`${markdownCode(entry.file)}:`, '');
      for (const problem of problems) {
        lines.push(`- line ${problem.line}, column ${problem.column}: ${problem.severity === 'warning' ? '**warning**: ' : ''}${markdownText(problem.message)}`);
      }
      if (entry.omittedProblems) lines.push(`- and ${entry.omittedProblems} more`);
      lines.push('');
    }
    if (entry.diff) {
      lines.push('<details>', `<summary>Diff of ${markdownText(entry.file)}</summary>`, '', ...fenced(entry.diff, 'diff'), '', '</details>', '');
    }
  }
  return lines;
}

function verdict(plan: ConfigPlan): string {
  if (isBlocked(plan)) return '**Nothing can be applied** until the invalid files and conflicts are resolved.';
  if (!hasChanges(plan)) return 'No changes: the folder matches the remote.';
  return 'Apply sends these writes in dependency order: groups before profiles, regions before prices, deletes last.';
}

export function renderPlanMarkdown(given: ConfigPlan, { strict = false }: { readonly strict?: boolean } = {}): string {
  const plan = scrubSecretsIn(given);
  const { connection } = plan;
  const lines = [
    `## Roaming plan for ${markdownText(connection.name)} (${markdownText(connection.environment)})`,
    '',
    `- Connection: ${markdownText(connection.platform)} at ${markdownCode(connection.baseUrl)}${connection.targetAccountId ? `, account ${markdownText(connection.targetAccountId)}` : ''}`,
    `- Folder: ${markdownCode(plan.folder)}`,
    `- **${markdownText(describeCounts(plan))}**`,
  ];
  if (plan.selection) lines.push(`- ${markdownText(describeSelection(plan.selection))}`);
  lines.push('');
  for (const section of SECTIONS) {
    const entries = plan.entries.filter((entry) => entry.action === section.action);
    if (entries.length > 0) lines.push(...sectionLines(entries, section.title));
  }
  if (plan.notRead.length > 0) {
    lines.push(`### Not read (${strict ? 'errors: --strict' : 'warnings; errors with --strict'})`, '');
    for (const item of plan.notRead) lines.push(`- ${markdownCode(item.path)}: ${markdownText(item.message)}`);
    lines.push('');
  }
  lines.push(verdict(plan));
  // Each element above is one line already; printableLines keeps it so.
  return `${printableLines(lines)}\n`;
}
