// One apply at a time across processes: two `roaming-workbench apply` child processes of one folder at once (two
// terminals, two pipeline jobs on one runner), through bin/roaming-workbench.js and dist/cli.js. The lock file is
// created exclusively, so exactly one of them applies and the other names it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { editJson, removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { CliSandbox } from './support/cliHarness';
import { repoRoot, runProcess } from './support/cliChildProcess';


let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

describe('two apply processes at once', () => {
  it('one applies, the other is refused with the holder\'s pid, and nothing is sent twice', async () => {
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is built (node esbuild.js)');
    const workspace = temporaryFolder('lock-processes');
    const connection = harness.writeConnectionFile(workspace, 'sft');
    const folder = path.join(workspace, 'config');
    const env = { ROAMING_PASSWORD: harness.password };
    assert.equal((await runProcess(['export', '--folder', folder, '--connection', connection], env)).code, 0);
    editJson<{ status: string }>(folder, 'roaming-profiles/UK Ireland Roaming.roaming-profile.json', (document) => ({ ...document, status: '0' }));
    // Every read is slow, so the first holds the lock (taken before it plans) well past the second's start.
    harness.sandbox.sftServer.faults.add({ method: 'GET', path: '/api/GetRoamingProfile', kind: 'slow', delayMs: 1500, count: -1 });

    const argv = ['apply', '--folder', folder, '--connection', connection, '--yes'];
    const runs = await Promise.all([runProcess(argv, env), runProcess(argv, env)]);
    const refused = runs.filter((run) => run.code === 1);
    assert.equal(refused.length, 1, runs.map((run) => run.stderr).join('\n'));
    assert.equal(runs.filter((run) => run.code === 0).length, 1, runs.map((run) => run.stderr).join('\n'));
    assert.match(refused[0].stderr, /^roaming-workbench: Nothing was sent: another apply to the default environment is running: .* \(pid \d+\) since .* holds roaming-state\/default\.lock/);
    assert.doesNotMatch(refused[0].stderr, new RegExp(`pid ${process.pid}\\)`), 'the holder is the other process');
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile']);
    assert.ok(!fs.existsSync(path.join(folder, 'roaming-state', 'default.lock')));
  });
});
