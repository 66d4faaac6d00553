import * as fs from 'node:fs';
import * as path from 'node:path';

/** The `--data` file: both vendors' state, tagged so that a random JSON file is never taken for sandbox state. */
export interface SandboxStateFile {
  readonly format: 'roaming-workbench-sandbox';
  readonly version: 1;
  readonly sft: unknown;
  readonly telecomx: unknown;
}

const FORMAT = 'roaming-workbench-sandbox';

/** Reads a state file; `undefined` when there is none yet. Throws a readable Error when it is not sandbox state. */
export function readStateFile(file: string): SandboxStateFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read sandbox data file ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`sandbox data file ${file} is not valid JSON (${(error as Error).message}); it was left untouched — fix it, move it away, or pass another --data file`);
  }
  const candidate = parsed as Partial<SandboxStateFile> | null;
  if (typeof candidate !== 'object' || candidate === null || candidate.format !== FORMAT) {
    throw new Error(`sandbox data file ${file} is not a Roaming Workbench sandbox state file (no "format": "${FORMAT}"); it was left untouched`);
  }
  if (candidate.version !== 1) {
    throw new Error(`sandbox data file ${file} has version ${String(candidate.version)}, this sandbox reads version 1; it was left untouched`);
  }
  return candidate as SandboxStateFile;
}

/** Writes atomically: a crash mid-write leaves the previous file, never half a file. */
export function writeStateFile(file: string, sft: unknown, telecomx: unknown): void {
  const state: SandboxStateFile = { format: FORMAT, version: 1, sft, telecomx };
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}
