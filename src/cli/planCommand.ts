// `roaming-workbench plan`: the plan as text or JSON; the exit code tells a pipeline whether anything differs.
// With --out FILE the plan is also saved, with what it read, for `apply --plan FILE` (savedPlan.ts).
import * as path from 'node:path';
import { planExitCode, renderPlanText } from '../core/configAsCode';
import { unmatchedDeleteNames } from '../core/configAsCode/protection';
import { planWithInputs, savedPlanOf, writeSavedPlan } from '../core/configAsCode/savedPlan';
import type { PlatformClient } from '../core/platforms/resourceKind';
import { printableLine } from '../core/text/printable';
import type { CliIo } from './cliIo';
import type { CommandOptions } from './commandLine';
import { progressPrinter } from './progressPrinter';
import { runWithCiOutput, type CiObserver } from './ciOutput';

export async function runPlan(client: PlatformClient, options: CommandOptions, io: CliIo): Promise<number> {
  return runWithCiOutput(options, io, (observer) => planAndPrint(client, options, io, observer));
}

async function planAndPrint(client: PlatformClient, options: CommandOptions, io: CliIo, observer: CiObserver): Promise<number> {
  const planOptions = {
    folder: options.folder, allowDeletes: options.allowDeletes, allowDelete: options.allowDelete,
    ...(options.environment !== undefined && { environment: options.environment }), ...(options.ci?.only !== undefined && { only: options.ci.only }),
    signal: io.signal, onProgress: progressPrinter(io, options.verbose),
  };
  const { plan, inputs } = await planWithInputs(client, planOptions);
  observer.planned(plan);
  io.stdout.write(options.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlanText(plan, { showRequestBodies: options.verbose }));
  warnUnmatchedDeletes(plan, options, io);
  if (options.out !== undefined) {
    const file = path.resolve(io.cwd, options.out);
    writeSavedPlan(file, savedPlanOf(plan, inputs, planOptions));
    io.stderr.write(`${printableLine(`Plan saved in ${file}: apply exactly it with apply --plan ${options.out}.`)}\n`);
  }
  return planExitCode(plan, { strict: options.strict });
}

/** A name given to --allow-delete that matches no removed file: most likely a typo, so it is said. */
export function warnUnmatchedDeletes(plan: Parameters<typeof unmatchedDeleteNames>[0], options: CommandOptions, io: CliIo): void {
  for (const name of unmatchedDeleteNames(plan, options.allowDelete)) {
    io.stderr.write(`warning: ${printableLine(`--allow-delete "${name}" names no object whose file was removed: nothing is deleted for it.`)}\n`);
  }
}
