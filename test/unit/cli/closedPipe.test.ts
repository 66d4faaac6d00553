// `roaming-workbench plan … | head -1`: the reader goes away after the first line while the command still writes.
// The child process (the real bundle, dist/cli.js) must end quietly with the exit code it would have had, never
// with Node's stack trace of an unhandled EPIPE.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { CliSandbox } from './support/cliHarness';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const launcher = path.join(repoRoot, 'bin', 'roaming-workbench.js');

/** Far more than a pipe holds (64 KiB on Linux), so the command is still writing when the reader has gone. */
const INVALID_FILES = 2500;

let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

interface HeadRun {
  readonly firstLine: string;
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Starts the command with stdout into a reader that closes its end after the first line, like `| head -1`. */
function runIntoHead(argv: readonly string[], env: Record<string, string>): Promise<HeadRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...argv], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('the command did not end')); }, 60_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.includes('\n')) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ firstLine: stdout.split('\n')[0], stderr, code, signal });
    });
  });
}

describe('roaming-workbench with its output closed early', () => {
  it('plan | head -1 ends quietly with plan\'s own exit code', async () => {
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is built (node esbuild.js)');
    const workspace = temporaryFolder('cli-head');
    const connection = harness.writeConnectionFile(workspace, 'sft');
    const folder = path.join(workspace, 'config');
    fs.mkdirSync(path.join(folder, 'destination-groups'), { recursive: true });
    // Invalid JSON: planned without any request, each printed with its problem.
    for (let index = 0; index < INVALID_FILES; index += 1) {
      fs.writeFileSync(path.join(folder, 'destination-groups', `Group number ${String(index).padStart(5, '0')}.destination-group.json`), '{');
    }
    const run = await runIntoHead(['plan', '--folder', folder, '--connection', connection], { ROAMING_PASSWORD: harness.password });
    assert.match(run.firstLine, /^Plan for CLI SFT/);
    assert.doesNotMatch(run.stderr, /Error|^\s*at /m, `no stack trace:\n${run.stderr}`);
    assert.equal(run.stderr, '');
    assert.equal(run.signal, null);
    assert.equal(run.code, 1, 'a plan with invalid files exits 1');
  });
});
