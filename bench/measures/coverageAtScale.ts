// Coverage at scale: every destination group and roaming profile of the account (the large one: 5,007 groups of
// 50 operators) read through the kinds, then the coverage of each computed (src/core/coverage): what a Coverage
// view or `roaming-workbench coverage` for all of them would compute after the reads. Only the computing is timed;
// the reads are the tree's and plan's figures.
import { coverageOf, effectiveNetworksOf } from '../../src/core/coverage/coverage';
import { InMemoryCredentialStore } from '../../src/core/http/credentials';
import { silentLogger } from '../../src/core/http/types';
import { createPlatformClient } from '../../src/core/platforms/clientFactory';
import { destinationGroupKind } from '../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind } from '../../src/core/platforms/sft/roamingProfile';
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import type { SandboxHandle } from '../sandboxChild';
import { median } from '../statistics';
import { SANDBOX_PASSWORD, sftBenchConnection } from './sandboxAccounts';

export async function measureCoverageAtScale(sandbox: SandboxHandle, size: BenchSize): Promise<Figure[]> {
  await sandbox.admin('sft', 'reset');
  await sandbox.admin('sft', 'settings', 'POST', { tps: 0 });
  const client = createPlatformClient(sftBenchConnection(sandbox.sftUrl), {
    credentials: new InMemoryCredentialStore(SANDBOX_PASSWORD), logger: silentLogger, requestsPerSecond: 0,
  });
  await client.signIn();
  const groups = (await destinationGroupKind.list(client, {})).items;
  const profiles = (await roamingProfileKind.list(client, {})).items;
  const groupsById = new Map(groups.map((group) => [group.destinationListId, group]));

  const everyCoverage = (): number => {
    let countries = 0;
    for (const group of groups) countries += coverageOf(group.operators).countries.length;
    for (const profile of profiles) countries += coverageOf(effectiveNetworksOf(profile, groupsById)).countries.length;
    return countries;
  };
  everyCoverage(); // warm-up: the country index and the JIT
  const times: number[] = [];
  for (let run = 0; run < size.planRuns; run += 1) {
    const startedAt = performance.now();
    if (everyCoverage() === 0) throw new Error('no coverage computed: the account has no networks');
    times.push(performance.now() - startedAt);
  }
  const operators = groups.reduce((sum, group) => sum + group.operators.length, 0);
  return [measured(FIGURES.coverageAtScale, median(times),
    `coverageOf for ${groups.length} groups (${operators} operators) and ${profiles.length} profiles, after the reads; median of ${size.planRuns} run(s) after a warm-up`,
    size.name, times)];
}
