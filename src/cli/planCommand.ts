// `roaming-workbench plan`: the plan as text or JSON; the exit code tells a pipeline whether anything differs.
import { planExitCode, planFolder, renderPlanText } from '../core/configAsCode';
import type { PlatformClient } from '../core/platforms/resourceKind';
import type { CliIo } from './cliIo';
import type { CommandOptions } from './commandLine';
import { progressPrinter } from './progressPrinter';
import { runWithCiOutput, type CiObserver } from './ciOutput';

export async function runPlan(client: PlatformClient, options: CommandOptions, io: CliIo): Promise<number> {
  return runWithCiOutput(options, io, (observer) => planAndPrint(client, options, io, observer));
}

async function planAndPrint(client: PlatformClient, options: CommandOptions, io: CliIo, observer: CiObserver): Promise<number> {
  const plan = await planFolder(client, { folder: options.folder, allowDeletes: options.allowDeletes, ...(options.environment !== undefined && { environment: options.environment }), signal: io.signal, onProgress: progressPrinter(io, options.verbose), only: options.ci?.only });
  observer.planned(plan);
  io.stdout.write(options.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlanText(plan, { showRequestBodies: options.verbose }));
  return planExitCode(plan, { strict: options.strict });
}
