// `roaming-workbench apply`: plan, show, confirm, apply, report. Nothing is sent without a yes: typed at a
// terminal, or `--yes` when the input is not one (a pipeline cannot answer).
import * as path from 'node:path';
import {
  applyPlan, describeWrites, isBlocked, planFolder, renderPlanText, writesIn, type ApplyProgressEvent, type ApplyResult,
} from '../core/configAsCode';
import { isProduction } from '../core/http/connection';
import type { PlatformClient } from '../core/platforms/resourceKind';
import { printableLine, printableLines } from '../core/text/printable';
import { UsageError, type CliIo } from './cliIo';
import type { CommandOptions } from './commandLine';
import { askToConfirm } from './confirm';
import { progressPrinter } from './progressPrinter';
import { runWithCiOutput, type CiObserver } from './ciOutput';

/** Refused before anything is read, so a pipeline fails fast and clearly. */
export function checkConfirmationPossible(options: CommandOptions, io: CliIo): void {
  if (!options.yes && !io.stdinIsTerminal) {
    throw new UsageError('apply asks before it sends anything, and its input is not a terminal: add --yes to apply without asking. Nothing was sent.');
  }
}


function stepPrinter(io: CliIo): (event: ApplyProgressEvent) => void {
  return (event) => {
    if (!event.step) return;
    // The summary and message carry file and object names and the vendor's words: one line, whatever they hold.
    io.stdout.write(`${printableLine(`[${event.done}/${event.total}] ${event.step.status}: ${event.step.summary}${event.step.status === 'applied' ? '' : ` — ${event.step.message}`}`)}\n`);
  };
}

/** Relative to the working directory when below it, absolute otherwise. */
function shortPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function describeResult(result: ApplyResult, cwd: string): string {
  const { report } = result;
  const lines = [''];
  const applied = report.counts.applied;
  if (report.result === 'applied') lines.push(`Applied ${applied} of ${report.steps.length}.`);
  else if (report.result === 'cancelled') lines.push(`Cancelled: ${applied} of ${report.steps.length} applied, the rest not sent.`);
  else lines.push(`Not everything was applied: ${applied} applied, ${report.counts['not-applied']} not applied, ${report.counts.unknown} unknown, ${report.counts.skipped} not sent.`);
  for (const step of report.steps.filter((item) => item.status === 'not-applied' || item.status === 'unknown')) {
    lines.push(`  ${step.file}: ${step.message}`);
  }
  if (report.result !== 'applied') lines.push('The manifest records every applied step: fix the cause and run apply again to continue.');
  if (result.reportFiles) lines.push(`Report: ${shortPath(result.reportFiles.markdown, cwd)} (and .json)`);
  // Each element is one line; file names and step messages inside them come from outside.
  return `${printableLines(lines)}\n`;
}

export async function runApply(client: PlatformClient, options: CommandOptions, io: CliIo): Promise<number> {
  checkConfirmationPossible(options, io);
  return runWithCiOutput(options, io, (observer) => planAndApply(client, options, io, observer));
}

async function planAndApply(client: PlatformClient, options: CommandOptions, io: CliIo, observer: CiObserver): Promise<number> {
  const connection = client.connection;
  const plan = await planFolder(client, { folder: options.folder, allowDeletes: options.allowDeletes, ...(options.environment !== undefined && { environment: options.environment }), signal: io.signal, onProgress: progressPrinter(io, options.verbose), only: options.ci?.only });
  observer.planned(plan);
  const output = (result: ApplyResult | undefined): void => {
    if (options.json) io.stdout.write(`${JSON.stringify({ plan, report: result?.report ?? null, reportFiles: result?.reportFiles ?? null }, null, 2)}\n`);
  };
  if (!options.json) io.stdout.write(renderPlanText(plan, { showRequestBodies: options.verbose }));

  if (isBlocked(plan) || (options.strict && plan.notRead.length > 0)) {
    output(undefined);
    if (!options.json) io.stdout.write('Nothing was sent.\n');
    return 1;
  }
  const writes = writesIn(plan);
  if (writes === 0) {
    // Manifest bookkeeping only (fingerprints refreshed, files gone on both sides): nothing to ask about.
    await applyPlan(client, plan, { signal: io.signal });
    output(undefined);
    return 0;
  }
  if (connection.readOnly) throw new UsageError(`${connection.name} is read-only: nothing was sent.`);

  if (!options.yes) {
    const production = isProduction(connection) ? 'PRODUCTION ' : '';
    const confirmed = await askToConfirm(io, `Apply ${describeWrites(plan)} to ${production}${connection.name} (${connection.environment})? Type "yes" to apply: `);
    if (!confirmed) {
      io.stderr.write('Nothing was sent.\n');
      return 1;
    }
  }
  const result = await applyPlan(client, plan, {
    continueOnError: options.continueOnError,
    signal: io.signal,
    ...(!options.json && { onProgress: stepPrinter(io) }),
    ...(options.reportDir !== undefined && { reportFolder: path.resolve(io.cwd, options.reportDir) }),
  });
  observer.applied(result);
  output(result);
  if (!options.json) io.stdout.write(describeResult(result, io.cwd));
  return result.report.result === 'applied' ? 0 : 1;
}
