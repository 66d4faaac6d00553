// One plan in a process of its own, as `roaming-workbench plan` runs it, so its peak memory is the plan's and not
// the benchmark's: `node out/bench/planChild.js <folder> <sftUrl>` prints one JSON line — how long planFolder()
// took, the process's peak RSS, the heap after, and what the plan found.
import { planFolder } from '../src/core/configAsCode';
import { InMemoryCredentialStore } from '../src/core/http/credentials';
import { silentLogger } from '../src/core/http/types';
import { createPlatformClient } from '../src/core/platforms/clientFactory';
import { SANDBOX_PASSWORD, sftBenchConnection } from './measures/sandboxAccounts';

export interface PlanChildResult {
  readonly planMs: number;
  /** Peak resident set size of the whole process (Node itself included), in MB. */
  readonly peakRssMb: number;
  readonly actions: readonly string[];
  readonly problemsListed: number;
  readonly omittedProblems: number;
}

async function main(): Promise<void> {
  const [folder, sftUrl] = process.argv.slice(2);
  const client = createPlatformClient(sftBenchConnection(sftUrl), {
    credentials: new InMemoryCredentialStore(SANDBOX_PASSWORD), logger: silentLogger, requestsPerSecond: 0,
  });
  await client.signIn();
  const startedAt = performance.now();
  const plan = await planFolder(client, { folder });
  const planMs = performance.now() - startedAt;
  const result: PlanChildResult = {
    planMs,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / (1024 * 1024),
    actions: plan.entries.map((entry) => entry.action),
    problemsListed: plan.entries.reduce((sum, entry) => sum + (entry.problems?.length ?? 0), 0),
    omittedProblems: plan.entries.reduce((sum, entry) => sum + (entry.omittedProblems ?? 0), 0),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`planChild: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
