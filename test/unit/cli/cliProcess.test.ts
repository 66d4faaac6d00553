// The command line as a pipeline runs it: a real child process through bin/roaming-workbench.js and the bundle
// dist/cli.js (built by `node esbuild.js`), its input a pipe rather than a terminal, the password in its
// environment. The sandbox runs in this process, so the child is started asynchronously.
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

describe('roaming-workbench as a child process', () => {
  it('export, plan (2), apply without --yes refused, apply --yes, plan (0)', async () => {
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is built (node esbuild.js)');
    const workspace = temporaryFolder('cli-process');
    const connection = harness.writeConnectionFile(workspace, 'sft');
    const folder = path.join(workspace, 'config');
    const env = { ROAMING_PASSWORD: harness.password };

    const exported = await runProcess(['export', '--folder', folder, '--connection', connection], env);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /Exported 17 objects/);

    editJson<{ status: string }>(folder, 'roaming-profiles/UK Ireland Roaming.roaming-profile.json', (document) => ({ ...document, status: '0' }));
    const planned = await runProcess(['plan', '--folder', folder, '--connection', connection], env);
    assert.equal(planned.code, 2, planned.stderr);
    assert.match(planned.stdout, /1 to update/);

    const refused = await runProcess(['apply', '--folder', folder, '--connection', connection], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^roaming-workbench: .*add --yes/);
    assert.deepEqual(harness.writes('sft'), []);

    const applied = await runProcess(['apply', '--folder', folder, '--connection', connection, '--yes'], env);
    assert.equal(applied.code, 0, applied.stderr);
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile']);

    const clean = await runProcess(['plan', '--folder', folder, '--connection', connection, '--json'], env);
    assert.equal(clean.code, 0, clean.stderr);
    assert.equal((JSON.parse(clean.stdout) as { counts: { unchanged: number } }).counts.unchanged, 17);
    assert.ok(!(exported.stdout + planned.stdout + applied.stdout + applied.stderr).includes(harness.password));
  });

  it('an unreachable host is one line on stderr and exit 1, without a stack trace', async () => {
    const run = await runProcess(['plan', '--folder', temporaryFolder('cli-unreachable'), '--platform', 'sft', '--base-url', 'http://127.0.0.1:9', '--username', 'someone'], { ROAMING_PASSWORD: 'x-password' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^roaming-workbench: Cannot reach http:\/\/127\.0\.0\.1:9/);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    assert.equal(run.stdout, '');
  });
});
