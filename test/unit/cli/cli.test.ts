// The command line in-process (`main(argv, io)`) against the sandbox: the export → edit → plan → apply loop with
// its exit codes, confirmation, failures a re-run continues from, and secrets that never reach the output.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ApplyReport, ConfigPlan } from '../../../src/core/configAsCode';
import { removeTemporaryFolders, temporaryFolder, editJson, writeJson } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli, type CliRun } from './support/cliHarness';

let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const PROFILE_FILE = 'roaming-profiles/UK Ireland Roaming.roaming-profile.json';

function env(): Record<string, string> {
  return { ROAMING_PASSWORD: harness.password };
}

/** A folder exported by the command line from the SFT sandbox, and the connection file it used. */
async function exportedSft(label: string): Promise<{ folder: string; connection: string }> {
  const workspace = temporaryFolder(label);
  const connection = harness.writeConnectionFile(workspace, 'sft');
  const folder = path.join(workspace, 'config');
  const run = await runCli(['export', '--folder', folder, '--connection', connection], { env: env() });
  assert.equal(run.code, 0, run.stderr);
  return { folder, connection };
}

/** Nothing on either stream carries the password or a JWT, and every token parameter is redacted. */
function assertNoSecrets(run: CliRun): void {
  const output = run.stdout + run.stderr;
  assert.ok(!output.includes(harness.password), 'the password is not printed');
  assert.doesNotMatch(output, /eyJ[A-Za-z0-9_-]{10,}/, 'no JWT is printed');
  assert.doesNotMatch(output, /token=(?!\*\*\*)/, 'token parameters are redacted');
}

describe('roaming-workbench: help and usage', () => {
  it('prints help for the program and each command, and exits 0', async () => {
    const program = await runCli(['--help']);
    assert.equal(program.code, 0);
    assert.match(program.stdout, /roaming-workbench export --folder DIR/);
    for (const [command, phrase] of [['export', /--kinds K/], ['plan', /0 no change, 2 changes planned, 1 errors/], ['apply', /--yes .*required when the input is not a terminal/]] as const) {
      const run = await runCli([command, '--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, phrase, command);
      assert.equal(run.stderr, '');
    }
  });

  it('mistakes end in one line on stderr and exit 1', async () => {
    const cases: [string[], RegExp][] = [
      [[], /say which command to run/],
      [['deploy'], /"deploy" is not a command/],
      [['plan', '--folder', '.', '--frobnicate'], /unknown option --frobnicate for plan/],
      [['plan'], /plan needs --folder DIR/],
      [['plan', '--folder', '.', '--password', 'hunter22'], /never taken from the command line/],
      [['plan', '--folder', '.', '--password=hunter22'], /never taken from the command line/],
      [['export', '--folder', '.', '--kinds', 'plans'], /"plans" is not a kind/],
      [['plan', '--folder', temporaryFolder('no-connection')], /no connection: give --connection FILE, or --platform, --base-url \(or ROAMING_BASE_URL\), --username/],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv, { env: env() });
      assert.equal(run.code, 1, argv.join(' '));
      assert.match(run.stderr, message, argv.join(' '));
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, `one line: ${run.stderr}`);
      assert.doesNotMatch(run.stderr, /hunter22|\n\s+at /);
    }
  });
});

describe('roaming-workbench: export, plan, apply', () => {
  it('exports, plans no change (0), plans an edit (2), applies it with --yes, then plans no change again', async () => {
    const { folder, connection } = await exportedSft('cli-loop');
    assert.ok(fs.existsSync(path.join(folder, 'roaming-manifest.json')));

    const clean = await runCli(['plan', '--folder', folder, '--connection', connection], { env: env() });
    assert.equal(clean.code, 0, clean.stderr);
    assert.match(clean.stdout, /No changes: the folder matches the remote/);

    editJson<{ status: string }>(folder, PROFILE_FILE, (document) => ({ ...document, status: '0' }));
    const planned = await runCli(['plan', '--folder', folder, '--connection', connection, '--json'], { env: env() });
    assert.equal(planned.code, 2, planned.stderr);
    const plan = JSON.parse(planned.stdout) as ConfigPlan;
    assert.deepEqual(plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action} ${entry.file}`), [`update ${PROFILE_FILE}`]);

    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /\[1\/1\] applied: Change status of roaming profile "UK Ireland Roaming"/);
    assert.match(applied.stdout, /Report: .*apply-reports\/apply-.*\.md/);
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile']);

    // The manifest fills in the platform and user; the host is named by the pipeline (ROAMING_BASE_URL).
    const after = await runCli(['plan', '--folder', folder], { env: { ...env(), ROAMING_BASE_URL: harness.sandbox.sftUrl } });
    assert.equal(after.code, 0, `the manifest and the named host are enough to connect: ${after.stderr}`);
  });

  it('apply without a terminal needs --yes; at a terminal it asks, and only "yes" sends anything', async () => {
    const { folder, connection } = await exportedSft('cli-confirm');
    editJson<{ status: string }>(folder, PROFILE_FILE, (document) => ({ ...document, status: '0' }));
    const base = ['apply', '--folder', folder, '--connection', connection];

    const piped = await runCli(base, { env: env() });
    assert.equal(piped.code, 1);
    assert.match(piped.stderr, /add --yes/);
    assert.equal(piped.stdout, '', 'refused before anything was read');

    const declined = await runCli(base, { env: env(), typed: 'no\n' });
    assert.equal(declined.code, 1);
    assert.match(declined.stderr, /Apply 1 update to CLI SFT \(sandbox\)\? Type "yes"/);
    assert.match(declined.stderr, /Nothing was sent/);
    assert.deepEqual(harness.writes('sft'), []);

    const production = harness.writeConnectionFile(temporaryFolder('cli-production'), 'sft', { environment: 'production' });
    const careful = await runCli(['apply', '--folder', folder, '--connection', production], { env: env(), typed: '\n' });
    assert.equal(careful.code, 1);
    assert.match(careful.stderr, /Apply 1 update to PRODUCTION CLI SFT \(production\)\?/);
    assert.deepEqual(harness.writes('sft'), []);

    const accepted = await runCli(base, { env: env(), typed: 'yes\n' });
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.deepEqual(harness.writes('sft'), ['POST /api/modifyRoamingProfile']);
  });

  it('an invalid file: plan and apply exit 1 and nothing is sent', async () => {
    const { folder, connection } = await exportedSft('cli-invalid');
    writeJson(folder, 'roaming-profiles/Broken.roaming-profile.json', { roamingProfileName: 'Broken', status: '1' });
    const planned = await runCli(['plan', '--folder', folder, '--connection', connection], { env: env() });
    assert.equal(planned.code, 1);
    assert.match(planned.stdout, /Invalid files[\s\S]*Broken\.roaming-profile\.json[\s\S]*line 1, column 1: missing required property "destinationGroupId"/);
    assert.equal(planned.stdout.split('missing required property "destinationGroupId"').length - 1, 1, 'each problem is printed once');
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(applied.code, 1);
    assert.match(applied.stdout, /Nothing was sent/);
    assert.deepEqual(harness.writes('sft'), []);
  });

  it('a failed step: exit 1 with the JSON report; the re-run applies the rest, creating nothing twice', async () => {
    const { folder, connection } = await exportedSft('cli-failure');
    writeJson(folder, 'destination-groups/CLI Malta.destination-group.json', { destinationGroupName: 'CLI Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    writeJson(folder, 'service-profiles/CLI NB-IoT.service-profile.json', { name: 'CLI NB-IoT', category: '0', status: '1', service: '4' });
    harness.sandbox.sftServer.faults.add({ method: 'POST', path: '/api/CreateServiceProfile', kind: 'verify-not-applied', resultCode: '10240' });

    const failed = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--json'], { env: env() });
    assert.equal(failed.code, 1, failed.stderr);
    const output = JSON.parse(failed.stdout) as { report: ApplyReport; reportFiles: { json: string; markdown: string } };
    assert.equal(output.report.result, 'failed');
    assert.deepEqual(output.report.steps.map((step) => `${step.status} ${step.file}`), [
      'applied destination-groups/CLI Malta.destination-group.json',
      'not-applied service-profiles/CLI NB-IoT.service-profile.json',
    ]);
    assert.ok(fs.existsSync(output.reportFiles.json) && fs.existsSync(output.reportFiles.markdown));

    const rerun = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(harness.writes('sft'), ['POST /api/createDestinationGroup', 'POST /api/CreateServiceProfile', 'POST /api/CreateServiceProfile']);
    const second = await runCli(['plan', '--folder', folder, '--connection', connection], { env: env() });
    assert.equal(second.code, 0, second.stdout);
  });

  it('deletes need --allow-deletes', async () => {
    const { folder, connection } = await exportedSft('cli-delete');
    fs.rmSync(path.join(folder, PROFILE_FILE));
    const skipped = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assert.equal(skipped.code, 0, skipped.stderr);
    assert.match(skipped.stdout, /Deletes not allowed/);
    assert.deepEqual(harness.writes('sft'), []);
    const deleted = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--allow-deletes'], { env: env() });
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.deepEqual(harness.writes('sft'), ['POST /api/deleteRoamingProfile']);
  });

  it('a misspelt kind folder is a warning of plan and apply; with --strict both refuse and nothing is sent', async () => {
    const { folder, connection } = await exportedSft('cli-strict');
    writeJson(folder, 'destination-group/Malta.destination-group.json', { destinationGroupName: 'Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    const warned = await runCli(['plan', '--folder', folder, '--connection', connection], { env: env() });
    assert.equal(warned.code, 0, warned.stderr);
    assert.match(warned.stdout, /warning: "destination-group" is not a kind folder, so nothing in it is read: did you mean destination-groups\/\?/);
    const strictPlan = await runCli(['plan', '--folder', folder, '--connection', connection, '--strict'], { env: env() });
    assert.equal(strictPlan.code, 1);
    editJson<{ status: string }>(folder, PROFILE_FILE, (document) => ({ ...document, status: '0' }));
    const strictApply = await runCli(['apply', '--folder', folder, '--connection', connection, '--strict', '--yes'], { env: env() });
    assert.equal(strictApply.code, 1);
    assert.match(strictApply.stdout, /Nothing was sent/);
    assert.deepEqual(harness.writes('sft'), []);
  });

  it('TelecomX from flags, with the password in a variable of your choice', async () => {
    const folder = temporaryFolder('cli-telecomx');
    const argv = ['--platform', 'telecomx', '--base-url', harness.sandbox.telecomxUrl, '--username', harness.telecomxUser, '--environment', 'test', '--password-env', 'TX_SECRET'];
    const exported = await runCli(['export', '--folder', folder, ...argv, '--kinds', 'regions,text-price'], { env: { TX_SECRET: harness.password } });
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /Exported 20 objects .*: 14 regions, 6 text prices/);
    const planned = await runCli(['plan', '--folder', folder, ...argv], { env: { TX_SECRET: harness.password } });
    assert.equal(planned.code, 0, planned.stderr);
  });
});

describe('roaming-workbench: secrets', () => {
  it('a password in the connection file is refused, and its value is never printed', async () => {
    const workspace = temporaryFolder('cli-secret-file');
    const connection = harness.writeConnectionFile(workspace, 'sft', { password: 'file-secret-value' });
    const run = await runCli(['plan', '--folder', workspace, '--connection', connection], { env: env() });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /holds "password": remove it/);
    assert.doesNotMatch(run.stdout + run.stderr, /file-secret-value/);
  });

  it('without the password variable, or with a wrong password: one line, exit 1', async () => {
    const { folder, connection } = await exportedSft('cli-no-password');
    const missing = await runCli(['plan', '--folder', folder, '--connection', connection], { env: {} });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /set the password in the environment variable ROAMING_PASSWORD/);
    const wrong = await runCli(['plan', '--folder', folder, '--connection', connection], { env: { ROAMING_PASSWORD: 'not-the-password' } });
    assert.equal(wrong.code, 1);
    assert.equal(wrong.stderr.trimEnd().split('\n').length, 1, wrong.stderr);
    assert.doesNotMatch(wrong.stderr, /not-the-password|\n\s+at /);
  });

  it('--verbose shows the request log of both vendors, without the password or any token', async () => {
    const { folder, connection } = await exportedSft('cli-verbose');
    editJson<{ status: string }>(folder, PROFILE_FILE, (document) => ({ ...document, status: '0' }));
    const sft = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--verbose'], { env: env() });
    assert.equal(sft.code, 0, sft.stderr);
    assert.match(sft.stderr, /POST \/api\/login → 200/);
    assert.match(sft.stderr, /POST \/api\/modifyRoamingProfile → 200 1206/);
    assertNoSecrets(sft);

    const workspace = temporaryFolder('cli-verbose-tx');
    const telecomx = await runCli(['export', '--folder', path.join(workspace, 'config'), '--connection', harness.writeConnectionFile(workspace, 'telecomx'), '--verbose'], { env: env() });
    assert.equal(telecomx.code, 0, telecomx.stderr);
    assert.match(telecomx.stderr, /GET \/roaming\/region\?.*token=\*\*\*/);
    assertNoSecrets(telecomx);
  });
});
