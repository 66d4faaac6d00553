// A plan as a person reads it in a terminal or a pull request: counts first, then each file grouped by what
// happens to it, with the diff of every change and the line and column of every problem. File names, names from the
// remote and problem messages come from outside: every line is built as one element and made printable on its own,
// so no value can start a line of its own or send an escape sequence to the terminal.
import type { ApiRequest } from '../http/types';
import { printableLines } from '../text/printable';
import { moreProblemsText } from '../validation/problemLimit';
import { describeCoverageChange } from './coverageChange';
import { hasChanges, isBlocked, type ConfigPlan, type PlanAction, type PlanEntry } from './planTypes';
import { describePulledIn, describeSelection } from './targeting';

const SECTIONS: readonly { action: PlanAction; title: string; mark: string }[] = [
  { action: 'error', title: 'Invalid files (nothing is sent while there are any)', mark: 'x' },
  { action: 'conflict', title: 'Conflicts (never overwritten)', mark: '!' },
  { action: 'create', title: 'Create', mark: '+' },
  { action: 'update', title: 'Update', mark: '~' },
  { action: 'delete', title: 'Delete', mark: '-' },
  { action: 'adopt', title: 'Already on the remote (recorded in the manifest)', mark: '=' },
  { action: 'skipped', title: 'Deletes not allowed (left on the remote)', mark: '?' },
];

const COUNT_LABELS: readonly [PlanAction, string][] = [
  ['create', 'to create'], ['update', 'to update'], ['delete', 'to delete'], ['adopt', 'to record'],
  ['conflict', 'in conflict'], ['error', 'invalid'], ['skipped', 'deletes skipped'], ['unchanged', 'unchanged'],
];

export interface RenderPlanOptions {
  /** Show each request's body too (otherwise method and path only). */
  readonly showRequestBodies?: boolean;
}

/** Splits text the program built line by line (a diff, a JSON body): the only place a plan's lines are split. */
function indent(text: string, prefix: string): string[] {
  return text.replace(/\n$/, '').split('\n').map((line) => `${prefix}${line}`);
}

function requestLines(requests: readonly ApiRequest[], showBodies: boolean): string[] {
  return requests.flatMap((request) => {
    const head = `${request.method} ${request.path}`;
    return showBodies && request.body !== undefined ? [head, ...indent(JSON.stringify(request.body, null, 2), '  ')] : [head];
  });
}

function entryLines(entry: PlanEntry, mark: string, options: RenderPlanOptions): string[] {
  // An invalid file's summary is its first problem again; the problems below say it with their place.
  const summaryRepeatsProblems = entry.action === 'error' && (entry.problems?.length ?? 0) > 0;
  // An adopted object that differs from its file: recorded in the environment's state and updated, never created.
  const shownMark = entry.adopted === true ? `${mark}=` : mark;
  const lines = [`  ${shownMark} ${entry.file}${entry.id !== undefined ? ` (${entry.id})` : ''}${entry.adopted === true ? ' adopt + update' : ''}`, ...(summaryRepeatsProblems ? [] : [`      ${entry.summary}`])];
  for (const problem of entry.problems ?? []) {
    lines.push(`      line ${problem.line}, column ${problem.column}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`);
  }
  if (entry.omittedProblems) lines.push(`      ${moreProblemsText(entry.omittedProblems, entry.problemCheckStopped)}`);
  const pulledIn = describePulledIn(entry);
  if (pulledIn !== undefined) lines.push(`      ${pulledIn}`);
  if (entry.coverageChange) lines.push(`      ${describeCoverageChange(entry.coverageChange)}`);
  for (const reach of entry.impact ?? []) lines.push(`      reaches: ${reach}`);
  if (entry.writePlan) lines.push(...requestLines(entry.writePlan.requests, options.showRequestBodies === true).map((line) => `      ${line}`));
  if (entry.diff) lines.push(...indent(entry.diff, '      '));
  return lines;
}

const WRITES: readonly [PlanAction, string, string][] = [
  ['create', 'create', 'creates'], ['update', 'update', 'updates'], ['delete', 'delete', 'deletes'], ['adopt', 'record in the manifest', 'records in the manifest'],
];

/** How many writes (and manifest records) applying the plan makes. */
export function writesIn(plan: ConfigPlan): number {
  return WRITES.reduce((total, [action]) => total + plan.counts[action], 0);
}

/** "1 create and 2 updates": what a confirmation asks about. */
export function describeWrites(plan: ConfigPlan): string {
  const parts = WRITES.filter(([action]) => plan.counts[action] > 0)
    .map(([action, one, many]) => `${plan.counts[action]} ${plan.counts[action] === 1 ? one : many}`);
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function describeCounts(plan: ConfigPlan): string {
  const parts = COUNT_LABELS.filter(([action]) => plan.counts[action] > 0).map(([action, label]) => `${plan.counts[action]} ${label}`);
  return parts.length > 0 ? parts.join(', ') : 'no files';
}

export function renderPlanText(plan: ConfigPlan, options: RenderPlanOptions = {}): string {
  const { connection } = plan;
  const lines = [
    `Plan for ${connection.name} (${connection.environment}, ${connection.platform} at ${connection.baseUrl}${connection.targetAccountId ? `, account ${connection.targetAccountId}` : ''})`,
    `Folder ${plan.folder}: ${describeCounts(plan)}`,
    ...(plan.environment !== undefined ? [`Environment ${plan.environment} (state in roaming-state/${plan.environment}.json)`] : []),
  ];
  if (plan.selection) lines.push(describeSelection(plan.selection));
  for (const section of SECTIONS) {
    const entries = plan.entries.filter((entry) => entry.action === section.action);
    if (entries.length === 0) continue;
    lines.push('', `${section.title}:`);
    for (const entry of entries) lines.push(...entryLines(entry, section.mark, options));
  }
  const protections = plan.entries.filter((entry) => entry.protectionChange !== undefined);
  if (protections.length > 0) {
    lines.push('', 'Protection recorded in the state (nothing is sent):');
    for (const entry of protections) lines.push(...entryLines(entry, '#', options));
  }
  if (plan.notRead.length > 0) {
    lines.push('', 'Not read (belongs to no kind; an error with --strict):');
    for (const item of plan.notRead) lines.push(`  warning: ${item.message}`);
  }
  lines.push('');
  if (isBlocked(plan)) lines.push('Nothing can be applied until the invalid files and conflicts are resolved.');
  else if (!hasChanges(plan)) lines.push('No changes: the folder matches the remote.');
  else if (plan.entries.every((entry) => entry.action !== 'create' && entry.action !== 'update' && entry.action !== 'delete' && entry.action !== 'adopt')) {
    lines.push('Nothing to apply without allowing deletes.');
  } else lines.push('Apply sends these writes in dependency order: groups before profiles, regions before prices, deletes last.');
  return `${printableLines(lines)}\n`;
}
