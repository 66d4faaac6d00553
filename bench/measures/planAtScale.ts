// Plan at scale: every destination group of the account exported into a folder (src/core/configAsCode), 1 % of the
// files edited (an operator removed), then the folder planned against the remote: reading the remote (one list answer of about 30 MB
// on the large account), checking every file (syntax, schema, the kind's rules) and comparing it with its
// object. The sandbox's rate limit is off: at SFT's real 2 per second the single list read is the same.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportFolder, planFolder } from '../../src/core/configAsCode';
import { InMemoryCredentialStore } from '../../src/core/http/credentials';
import { silentLogger } from '../../src/core/http/types';
import { createPlatformClient } from '../../src/core/platforms/clientFactory';
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import type { SandboxHandle } from '../sandboxChild';
import { median } from '../statistics';
import { timed } from './concurrency';
import { SANDBOX_PASSWORD, sftBenchConnection } from './sandboxAccounts';

/** One file in this many is edited, so the plan has updates with diffs to compute. */
const EDIT_EVERY = 100;

/** Removes the group's last operator (the modify API cannot rename a group, but it can remove operators). */
function removeLastOperator(file: string): void {
  const document = JSON.parse(fs.readFileSync(file, 'utf8')) as { tadigCodeList: unknown[] };
  if (document.tadigCodeList.length < 2) throw new Error(`${file}: a group needs two operators to lose one`);
  document.tadigCodeList.pop();
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
}

export async function measurePlanAtScale(sandbox: SandboxHandle, size: BenchSize, workFolder: string): Promise<Figure[]> {
  await sandbox.admin('sft', 'reset');
  await sandbox.admin('sft', 'settings', 'POST', { tps: 0 });
  const client = createPlatformClient(sftBenchConnection(sandbox.sftUrl), {
    credentials: new InMemoryCredentialStore(SANDBOX_PASSWORD), logger: silentLogger, requestsPerSecond: 0,
  });
  await client.signIn();
  const folder = path.join(workFolder, 'plan-at-scale');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });

  let exported: Awaited<ReturnType<typeof exportFolder>> | undefined;
  const exportMs = await timed(async () => { exported = await exportFolder(client, { folder, kinds: ['destination-group'] }); });
  const files = exported?.files ?? [];
  const edited = files.filter((_, index) => index % EDIT_EVERY === 0);
  for (const file of edited) removeLastOperator(path.join(folder, file.file));

  const planMs: number[] = [];
  for (let run = 0; run < size.planRuns; run += 1) {
    let counts: Record<string, number> = {};
    planMs.push(await timed(async () => { counts = (await planFolder(client, { folder })).counts; }));
    if (counts.update !== edited.length || counts.unchanged !== files.length - edited.length) {
      throw new Error(`the plan of ${files.length} files with ${edited.length} edited came out as ${JSON.stringify(counts)}`);
    }
  }
  fs.rmSync(folder, { recursive: true, force: true });

  const objects = `${files.length.toLocaleString('en-US')} destination groups`;
  return [
    measured(FIGURES.planAtScale, median(planMs),
      `planFolder() on a folder of ${objects} exported from the sandbox, ${edited.length} of them edited (one operator removed): one list read of the remote, every file checked and compared, ${edited.length} updates with diffs; sandbox rate limit off; median of ${size.planRuns} run(s)`,
      size.name, planMs),
    measured(FIGURES.planExport, exportMs, `exportFolder() of ${objects} into an empty folder (one list read, one file per object, the manifest); one run`, size.name, [exportMs]),
  ];
}
