// Names inline: the work behind the inlay hints of a 200-operator destination group document — finding every
// reference in the text (referenceSitesIn) and the short name of each (shortNamesOf) from the connection's cached
// reads, as the editor asks for them once the network list has been read. The provider in src/vscode only turns
// these into InlayHint objects; the network list's first read is the tree's and the hover's figure.
import { referenceSitesIn } from '../../src/core/language/referenceSites';
import { shortNamesOf } from '../../src/core/language/referenceLookups';
import { InMemoryCredentialStore } from '../../src/core/http/credentials';
import { silentLogger } from '../../src/core/http/types';
import { createPlatformClient } from '../../src/core/platforms/clientFactory';
import { ReadCache } from '../../src/core/platforms/readCache';
import { listNetworks } from '../../src/core/platforms/sft/lookups';
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import type { SandboxHandle } from '../sandboxChild';
import { median } from '../statistics';
import { SANDBOX_PASSWORD, sftBenchConnection } from './sandboxAccounts';

const OPERATORS = 200;

export async function measureInlayNames(sandbox: SandboxHandle, size: BenchSize): Promise<Figure[]> {
  await sandbox.admin('sft', 'reset');
  await sandbox.admin('sft', 'settings', 'POST', { tps: 0 });
  const client = createPlatformClient(sftBenchConnection(sandbox.sftUrl), {
    credentials: new InMemoryCredentialStore(SANDBOX_PASSWORD), logger: silentLogger, requestsPerSecond: 0,
  });
  await client.signIn();
  // An hour's lifetime: the timed runs must read from the cache, as a document being read does.
  const cached = new ReadCache(60 * 60_000).wrap(client);
  const networks = await listNetworks(cached);
  if (networks.length === 0) throw new Error('the account has no networks to name');
  const tadigCodeList = Array.from({ length: OPERATORS }, (_, index) => {
    const network = networks[index % networks.length];
    return { tadigCode: network.tadigCode, categoryGroupId: network.categoryGroupId };
  });
  const text = JSON.stringify({ destinationGroupName: 'Bench', tadigCodeList }, null, 2);

  const nameEverything = async (): Promise<number> => {
    return (await shortNamesOf(cached, referenceSitesIn(text))).filter((name) => name !== undefined).length;
  };
  await nameEverything(); // warm-up: the JIT, and the cache holds every list the names come from
  const times: number[] = [];
  for (let run = 0; run < Math.max(size.planRuns, 5); run += 1) {
    const startedAt = performance.now();
    const named = await nameEverything();
    times.push(performance.now() - startedAt);
    if (named < OPERATORS * 2) throw new Error(`only ${named} of ${OPERATORS * 2} references were named`);
  }
  return [measured(FIGURES.inlayNames, median(times),
    `referenceSitesIn + shortNamesOf for the ${OPERATORS * 2} references (TADIG codes and suppliers) of a ${OPERATORS}-operator group document, network list of ${networks.length} rows cached; median of ${times.length} run(s) after a warm-up`,
    size.name, times)];
}
