// What a hostile folder or a hostile server can put in front of a terminal: a file name with a newline that forges
// a plan line, ANSI escape sequences in a file name or in a corrupt manifest, a remote object's name with a
// newline. Whatever the folder scan decides to do with such names, what the command line prints stays one line per
// line it means to print, with every control character shown, never sent.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { removeTemporaryFolders, temporaryFolder, writeJson } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli, type CliRun } from './support/cliHarness';

let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const ESC = '\u001b';
const FORGED_LINE = /^\s*\+ INJECTED/m;
/** Every C0 and C1 control character but the newline and tab the program writes itself. */
// eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
const STRAY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function env(): Record<string, string> {
  return { ROAMING_PASSWORD: harness.password };
}

function assertSafeForTerminal(run: CliRun, what: string): void {
  for (const [stream, text] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
    assert.doesNotMatch(text, FORGED_LINE, `${what}: no forged line on ${stream}:\n${text}`);
    assert.ok(!text.includes(ESC), `${what}: no ESC byte on ${stream}: ${JSON.stringify(text)}`);
    assert.doesNotMatch(text, STRAY_CONTROL, `${what}: no control character on ${stream}: ${JSON.stringify(text)}`);
  }
}

async function exportedSft(label: string): Promise<{ folder: string; connection: string }> {
  const workspace = temporaryFolder(label);
  const connection = harness.writeConnectionFile(workspace, 'sft');
  const folder = path.join(workspace, 'config');
  const run = await runCli(['export', '--folder', folder, '--connection', connection], { env: env() });
  assert.equal(run.code, 0, run.stderr);
  return { folder, connection };
}

const NEW_GROUP = { destinationGroupName: 'CLI Hostile', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] };

describe('roaming-workbench: hostile names reach the terminal as visible text', () => {
  it('a file name with a newline does not forge a plan line; one with ESC sends no escape sequence', async () => {
    const { folder, connection } = await exportedSft('hostile-names');
    writeJson(folder, 'destination-groups/x\n  + INJECTED.destination-group.json', NEW_GROUP);
    writeJson(folder, `destination-groups/red${ESC}[31mALERT${ESC}[0m.destination-group.json`, { ...NEW_GROUP, destinationGroupName: 'CLI Red' });
    // The same names in an invalid file, whose problems are printed too.
    writeJson(folder, 'destination-groups/y\n  + INJECTED.destination-group.json', { destinationGroupName: 'Broken' });

    for (const extra of [[], ['--verbose']]) {
      const planned = await runCli(['plan', '--folder', folder, '--connection', connection, ...extra], { env: env() });
      assert.ok(planned.code === 1 || planned.code === 2, planned.stderr);
      assertSafeForTerminal(planned, `plan ${extra.join(' ')}`);
      assert.match(planned.stdout, /INJECTED/, 'the file is still named, visibly');
    }
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: env() });
    assertSafeForTerminal(applied, 'apply');
  });

  it('apply of files with such names prints its steps and result safely', async () => {
    const { folder, connection } = await exportedSft('hostile-apply');
    writeJson(folder, 'destination-groups/x\n  + INJECTED.destination-group.json', NEW_GROUP);
    writeJson(folder, `destination-groups/red${ESC}[31mALERT.destination-group.json`, { ...NEW_GROUP, destinationGroupName: 'CLI Red' });
    // Both creates end "not applied" (verified after a 10240), so the result lists each failed step by file name.
    harness.sandbox.sftServer.faults.add({ method: 'POST', path: '/api/createDestinationGroup', kind: 'verify-not-applied', resultCode: '10240', count: 2 });
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--continue-on-error', '--verbose'], { env: env() });
    assertSafeForTerminal(applied, 'apply');
  });

  it('a corrupt manifest whose JSON holds ESC is reported without the escape sequence', async () => {
    const { folder, connection } = await exportedSft('hostile-manifest');
    fs.writeFileSync(path.join(folder, 'roaming-manifest.json'), `${ESC}[2J${ESC}[31m{\n  + INJECTED\n}`);
    const planned = await runCli(['plan', '--folder', folder, '--connection', connection], { env: env() });
    assert.equal(planned.code, 1);
    assert.match(planned.stderr, /not valid JSON/);
    assertSafeForTerminal(planned, 'plan');
    assert.match(planned.stderr, /^roaming-workbench: .*roaming-manifest\.json/);
    assert.equal(planned.stderr.trimEnd().split('\n').length, 1, planned.stderr);
  });

  it('a remote object named with a newline does not forge a line', async () => {
    // A hostile server can answer any name: the sandbox's state is changed behind its API's checks.
    const state = harness.sandbox.sft.exportState() as { accounts: { accountId: string; destinationGroups: { destinationListName: string }[] }[] };
    const reseller = state.accounts.find((account) => account.destinationGroups.length > 0);
    assert.ok(reseller);
    reseller.destinationGroups[0].destinationListName = `A\n  + INJECTED ${ESC}[31mred`;
    harness.sandbox.sft.importState(state);

    const { folder, connection } = await exportedSft('hostile-remote');
    const groupFiles = fs.readdirSync(path.join(folder, 'destination-groups'));
    const hostile = groupFiles.find((file) => file.includes('INJECTED'));
    assert.ok(hostile, `the group was exported: ${groupFiles.join(', ')}`);
    fs.rmSync(path.join(folder, 'destination-groups', hostile));

    const planned = await runCli(['plan', '--folder', folder, '--connection', connection, '--verbose'], { env: env() });
    assert.equal(planned.code, 2, planned.stderr);
    assert.match(planned.stdout, /Deletes not allowed/);
    assertSafeForTerminal(planned, 'plan');

    const deleted = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--allow-deletes', '--verbose'], { env: env() });
    assertSafeForTerminal(deleted, 'apply --allow-deletes');
  });
});
