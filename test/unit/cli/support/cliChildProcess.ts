// Runs the built command line (bin/roaming-workbench.js) as a child process, as a pipeline does.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import type { CliRun } from './cliHarness';

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');
const launcher = path.join(repoRoot, 'bin', 'roaming-workbench.js');

/** Only what the command needs in its environment: PATH for node, and what `env` adds (the password). */
export function runProcess(argv: readonly string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [launcher, ...argv], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}
