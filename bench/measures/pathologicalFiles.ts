// Plans of pathological files (issue 13, item 7): a destination group of 400,000 invalid entries (about 20 MB,
// one operator per line, as a generator writes it) and a valid one of about 19 MB, each planned as a new file in a
// folder of its own. Each plan runs in a fresh process (planChild.ts), like the command line, so the peak memory
// is the plan's own: reading the remote, the file, parsing, the schema and the kind's rules, the plan entry. The
// remote is a sandbox of the small account, started for these figures, so they are the file's cost and not the
// large account's 30 MB list answer (measured by "plan at scale").
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import type { PlanChildResult } from '../planChild';
import { startSandboxProcess, type SandboxHandle } from '../sandboxChild';
import { median } from '../statistics';

const GROUP_FILE = 'destination-groups/Generated.destination-group.json';

/** `valid`: distinct well-formed (tadigCode, categoryGroupId) pairs; otherwise every TADIG code is malformed. */
function groupText(entries: number, valid: boolean): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const lines: string[] = [];
  for (let index = 0; index < entries; index += 1) {
    const tadigCode = valid ? `BEL${letters[index % 26]}${letters[Math.floor(index / 26) % 26]}` : `BAD${index}`;
    const categoryGroupId = valid ? String(Math.floor(index / 676)) : '12';
    lines.push(valid ? `    {\n      "tadigCode": "${tadigCode}",\n      "categoryGroupId": "${categoryGroupId}"\n    }` : `    {"tadigCode": "${tadigCode}", "categoryGroupId": "${categoryGroupId}"}`);
  }
  return `{\n  "destinationGroupName": "Generated",\n  "tadigCodeList": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

function planInChild(folder: string, sftUrl: string): PlanChildResult {
  const child = path.join(__dirname, '..', 'planChild.js');
  const output = execFileSync(process.execPath, [child, folder, sftUrl], { encoding: 'utf8', maxBuffer: 1024 * 1024, timeout: 10 * 60_000 });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as PlanChildResult;
}

async function measureOne(sandbox: SandboxHandle, size: BenchSize, workFolder: string, entries: number, valid: boolean) {
  const folder = path.join(workFolder, valid ? 'plan-large-valid-file' : 'plan-invalid-file');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(path.join(folder, 'destination-groups'), { recursive: true });
  const text = groupText(entries, valid);
  fs.writeFileSync(path.join(folder, GROUP_FILE), text);
  await sandbox.admin('sft', 'reset');
  await sandbox.admin('sft', 'settings', 'POST', { tps: 0 });
  const runs: PlanChildResult[] = [];
  for (let run = 0; run < size.pathologicalRuns; run += 1) {
    const result = planInChild(folder, sandbox.sftUrl);
    // Both end as invalid files: the valid one passes the schema and the kind's own rules, but its made-up operators
    // are not in the account's network list, so the remote rule refuses them (100 listed, the rest counted).
    if (result.actions.length !== 1 || result.actions[0] !== 'error' || result.problemsListed !== 100) {
      throw new Error(`the plan of the ${valid ? 'valid' : 'invalid'} file came out as ${JSON.stringify(result)}`);
    }
    runs.push(result);
  }
  fs.rmSync(folder, { recursive: true, force: true });
  const megabytes = (text.length / (1024 * 1024)).toFixed(1);
  return { runs, describe: `${entries.toLocaleString('en-US')} operators, ${megabytes} MB` };
}

export async function measurePathologicalFiles(size: BenchSize, workFolder: string): Promise<Figure[]> {
  const sandbox = await startSandboxProcess('small');
  let invalid: Awaited<ReturnType<typeof measureOne>>;
  let valid: Awaited<ReturnType<typeof measureOne>>;
  try {
    invalid = await measureOne(sandbox, size, workFolder, size.pathologicalInvalidEntries, false);
    valid = await measureOne(sandbox, size, workFolder, size.pathologicalValidEntries, true);
  } finally {
    await sandbox.close();
  }
  const figures: Figure[] = [];
  for (const [measuredFile, timeSpec, memorySpec, what] of [
    [invalid, FIGURES.planInvalidFile, FIGURES.planInvalidFileRss, 'an invalid destination group file (every TADIG code malformed, one operator per line)'],
    [valid, FIGURES.planValidFile, FIGURES.planValidFileRss, 'a schema-valid destination group file (distinct operators, 2-space JSON as exported), refused by the remote rule: its operators are not in the account\'s network list'],
  ] as const) {
    const times = measuredFile.runs.map((run) => run.planMs);
    const peaks = measuredFile.runs.map((run) => run.peakRssMb);
    const runs = `median of ${measuredFile.runs.length} run(s), each in a fresh process`;
    figures.push(
      measured(timeSpec, median(times), `planFolder() of a folder holding only ${what}, ${measuredFile.describe}, planned as a new file against the sandbox's small account (one list read); ${runs}`, size.name, times),
      measured(memorySpec, median(peaks), `peak RSS (process.resourceUsage().maxRSS) of the Node process that signed in and ran that plan, Node itself included; ${runs}`, size.name, peaks),
    );
  }
  return figures;
}
