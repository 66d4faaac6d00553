// `roaming-workbench apply`: plan, show, confirm, apply, report. Nothing is sent without a yes: typed at a
// terminal, or `--yes` when the input is not one (a pipeline cannot answer).
import * as path from 'node:path';
import {
  applyPlan, ConfigError, describeWrites, isBlocked, renderPlanText, writesIn, type ApplyProgressEvent, type ApplyResult, type ConfigPlan,
} from '../core/configAsCode';
import { ApplyJournal, type RequestTap } from '../core/configAsCode/applyJournal';
import { acquireApplyLock, describeHolder } from '../core/configAsCode/applyLock';
import { applyWithJournal } from '../core/configAsCode/journaledApply';
import { checkSameAccount } from '../core/configAsCode/manifest';
import { planWithInputs, readSavedPlan, whyStale, type SavedPlan } from '../core/configAsCode/savedPlan';
import { environmentFiles } from '../core/configAsCode/environmentFiles';
import { warnUnmatchedDeletes } from './planCommand';
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

/**
 * Holds the environment's lock from before the plan is made until the apply ends, so what is applied is what was
 * planned (and shown, and confirmed) with nobody else applying meanwhile.
 */
export async function runApply(client: PlatformClient, options: CommandOptions, io: CliIo, tap?: RequestTap): Promise<number> {
  checkConfirmationPossible(options, io);
  if (options.planFile !== undefined && (options.allowDeletes || options.allowDelete.length > 0 || options.ci?.only !== undefined)) {
    throw new UsageError('apply --plan applies exactly what the saved plan holds: leave out --allow-deletes, --allow-delete and --only (plan again with them to change the plan).');
  }
  const planFile = options.planFile !== undefined ? path.resolve(io.cwd, options.planFile) : undefined;
  const saved = planFile !== undefined ? readSavedPlan(planFile) : undefined;
  const environment = options.environment;
  const connection = client.connection;
  if (saved) {
    checkSameAccount(saved.plan.connection, connection, `The plan ${options.planFile ?? ''}`);
    if (saved.environment !== environmentFiles(environment).environment) {
      throw new ConfigError(`Nothing was sent: the plan ${options.planFile ?? ''} was made for the ${saved.environment} environment, not ${environmentFiles(environment).environment}: apply it with --environment ${saved.environment}.`);
    }
  }
  const lock = acquireApplyLock(options.folder, {
    environment, forceUnlock: options.forceUnlock,
    connection: { name: connection.name, baseUrl: connection.baseUrl, username: connection.username, ...(connection.targetAccountId && { targetAccountId: connection.targetAccountId }) },
  });
  const journal = new ApplyJournal(options.folder, environment);
  try {
    if (lock.forced) {
      const held = 'unreadable' in lock.forced ? 'an unreadable lock' : `the lock of ${describeHolder(lock.forced)}`;
      journal.record('lock-forced', { holder: lock.forced, message: `--force-unlock removed ${held}` });
      io.stderr.write(`warning: ${printableLine(`--force-unlock removed ${held}.`)}\n`);
    }
    const record: ApplyRecord = { journal, ...(tap && { tap }), ...(planFile !== undefined && { savedPlan: planFile }) };
    return await runWithCiOutput(options, io, async (observer) => {
      const plan = await planUnderLock(client, options, io, saved, record);
      observer.planned(plan);
      return confirmAndApply(client, plan, options, io, observer, record);
    });
  } finally {
    lock.release();
  }
}

interface ApplyRecord {
  readonly journal: ApplyJournal;
  readonly tap?: RequestTap;
  readonly savedPlan?: string;
}

/** The plan to apply: made now, or the saved one when planning again read the same and planned the same. */
async function planUnderLock(client: PlatformClient, options: CommandOptions, io: CliIo, saved: SavedPlan | undefined, record: ApplyRecord): Promise<ConfigPlan> {
  const planOptions = {
    folder: options.folder, ...(options.environment !== undefined && { environment: options.environment }), signal: io.signal, onProgress: progressPrinter(io, options.verbose),
  };
  if (saved === undefined) {
    const { plan } = await planWithInputs(client, {
      ...planOptions, allowDeletes: options.allowDeletes, allowDelete: options.allowDelete, ...(options.ci?.only !== undefined && { only: options.ci.only }),
    });
    warnUnmatchedDeletes(plan, options, io);
    return plan;
  }
  const fresh = await planWithInputs(client, {
    ...planOptions, allowDeletes: saved.allowDeletes, allowDelete: saved.allowDelete, ...(saved.only !== undefined && { only: saved.only }),
  });
  const stale = whyStale(saved, fresh);
  if (stale !== undefined) {
    record.journal.record('apply-refused', { savedPlan: record.savedPlan, message: stale });
    throw new ConfigError(`Nothing was sent: ${stale}. Re-plan and review again.`);
  }
  // Exactly the reviewed plan, for this checkout of the folder (the same files, wherever it was made).
  return { ...saved.plan, folder: options.folder };
}

async function confirmAndApply(client: PlatformClient, plan: ConfigPlan, options: CommandOptions, io: CliIo, observer: CiObserver, record: ApplyRecord): Promise<number> {
  const connection = client.connection;
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
  const result = await applyWithJournal(client, plan, record.journal, {
    ...(record.tap && { tap: record.tap }), ...(record.savedPlan !== undefined && { savedPlan: record.savedPlan }),
    continueOnError: options.continueOnError,
    signal: io.signal,
    ...(!options.json && { onProgress: stepPrinter(io) }),
    ...(options.reportDir !== undefined && { reportFolder: path.resolve(io.cwd, options.reportDir) }),
  });
  observer.applied(result);
  output(result);
  if (!options.json) io.stdout.write(`${describeResult(result, io.cwd)}${printableLine(`Journal: ${record.journal.file} (roaming-workbench history prints it)`)}\n`);
  return result.report.result === 'applied' ? 0 : 1;
}
