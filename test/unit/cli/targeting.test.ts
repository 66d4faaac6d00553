// `--only GLOB` on plan and apply, over HTTP against the sandbox: only the selection and the new files it needs
// are planned (and the plan says which were pulled in, and by what), only those are sent, nothing left out is
// planned as a delete, and a pattern that selects nothing is an error rather than "no changes".
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ConfigPlan } from '../../../src/core/configAsCode';
import { editJson, removeTemporaryFolders, temporaryFolder, writeJson } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli } from './support/cliHarness';

let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const UK_PROFILE = 'roaming-profiles/UK Ireland Roaming.roaming-profile.json';
const MALTA_GROUP = 'destination-groups/Only Malta.destination-group.json';
const MALTA_PROFILE = 'roaming-profiles/Only Malta Roaming.roaming-profile.json';
const OTHER_GROUP = 'destination-groups/Only Other.destination-group.json';

/** An exported folder with four changes in it: a new group and the new profile naming it, another new group, an edit, and a removed file. */
async function folderWithChanges(label: string): Promise<{ argv: string[]; removed: string }> {
  const workspace = temporaryFolder(label);
  const connection = harness.writeConnectionFile(workspace, 'sft');
  const folder = path.join(workspace, 'config');
  const exported = await runCli(['export', '--folder', folder, '--connection', connection], { env: env() });
  assert.equal(exported.code, 0, exported.stderr);
  writeJson(folder, MALTA_GROUP, { destinationGroupName: 'Only Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
  writeJson(folder, MALTA_PROFILE, { roamingProfileName: 'Only Malta Roaming', destinationGroupId: `@${MALTA_GROUP}`, status: '1' });
  writeJson(folder, OTHER_GROUP, { destinationGroupName: 'Only Other', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
  editJson<{ status: string }>(folder, UK_PROFILE, (document) => ({ ...document, status: '0' }));
  const removed = fs.readdirSync(path.join(folder, 'service-profiles')).map((name) => `service-profiles/${name}`)[0];
  fs.rmSync(path.join(folder, removed));
  return { argv: ['--folder', folder, '--connection', connection], removed };
}

function env(): Record<string, string> {
  return { ROAMING_PASSWORD: harness.password };
}

const changes = (plan: ConfigPlan) => plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action} ${entry.file}`);

describe('--only: plan and apply a part of the folder', () => {
  it('a selected profile pulls in the new group it names, and nothing else is planned, not even a delete', async () => {
    const { argv, removed } = await folderWithChanges('only-plan');
    const whole = await runCli(['plan', ...argv, '--allow-deletes', '--json'], { env: env() });
    assert.equal(whole.code, 2, whole.stderr);
    assert.equal(changes(JSON.parse(whole.stdout) as ConfigPlan).length, 5, 'without --only the plan holds all five changes');

    const planned = await runCli(['plan', ...argv, '--allow-deletes', '--json', '--only', 'roaming-profile/Only Malta*'], { env: env() });
    assert.equal(planned.code, 2, planned.stderr);
    const plan = JSON.parse(planned.stdout) as ConfigPlan;
    assert.deepEqual(changes(plan), [`create ${MALTA_GROUP}`, `create ${MALTA_PROFILE}`], 'the group first, nothing unselected');
    assert.deepEqual(plan.entries.map((entry) => entry.file), [MALTA_GROUP, MALTA_PROFILE], 'unselected files are not in the plan at all');
    assert.deepEqual(plan.entries[0].pulledInBy, [MALTA_PROFILE]);
    assert.equal(plan.entries[1].pulledInBy, undefined, 'the selected file itself was not pulled in');
    assert.deepEqual(plan.selection?.patterns, ['roaming-profile/Only Malta*']);
    assert.ok(!plan.entries.some((entry) => entry.file === removed), 'a removed file that is not selected is not a delete');

    const text = await runCli(['plan', ...argv, '--only', 'roaming-profile/Only Malta*'], { env: env() });
    assert.equal(text.code, 2, text.stderr);
    assert.match(text.stdout, new RegExp(`\\+ ${MALTA_GROUP}[^\\n]*\\n[^\\n]*\\n\\s+pulled in: needed by ${MALTA_PROFILE}`));
    assert.match(text.stdout, /Only "roaming-profile\/Only Malta\*" and what it needs \(\d+ other files left out: not sent, not deleted\)/);
    assert.doesNotMatch(text.stdout, /UK Ireland Roaming|Only Other/);
  });

  it('file globs select by path, several patterns add up, and a pattern that selects nothing is one line and exit 1', async () => {
    const { argv, removed } = await folderWithChanges('only-globs');
    const byPath = await runCli(['plan', ...argv, '--json', '--only', 'destination-groups/Only O*.json', '--only', UK_PROFILE], { env: env() });
    assert.equal(byPath.code, 2, byPath.stderr);
    assert.deepEqual(changes(JSON.parse(byPath.stdout) as ConfigPlan), [`create ${OTHER_GROUP}`, `update ${UK_PROFILE}`]);

    const deletes = await runCli(['plan', ...argv, '--json', '--allow-deletes', '--only', removed], { env: env() });
    assert.equal(deletes.code, 2, deletes.stderr);
    assert.deepEqual(changes(JSON.parse(deletes.stdout) as ConfigPlan), [`delete ${removed}`], 'a selected removed file is a delete');

    const none = await runCli(['plan', ...argv, '--only', 'roaming-profiles/Nowhere*'], { env: env() });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /--only "roaming-profiles\/Nowhere\*" matches no file of the folder/);
    assert.equal(none.stderr.trimEnd().split('\n').length, 1);
  });

  it('apply --only sends only the selection and what it pulled in; the rest stays planned', async () => {
    const { argv } = await folderWithChanges('only-apply');
    const applied = await runCli(['apply', ...argv, '--yes', '--allow-deletes', '--only', 'roaming-profiles/Only Malta Roaming'], { env: env() });
    assert.equal(applied.code, 0, applied.stdout + applied.stderr);
    assert.match(applied.stdout, /pulled in: needed by roaming-profiles\/Only Malta Roaming\.roaming-profile\.json/);
    assert.deepEqual(harness.writes('sft'), ['POST /api/createDestinationGroup', 'POST /api/createRoamingProfile']);

    const rest = await runCli(['plan', ...argv, '--allow-deletes', '--json'], { env: env() });
    assert.equal(rest.code, 2, rest.stderr);
    const remaining = changes(JSON.parse(rest.stdout) as ConfigPlan);
    assert.equal(remaining.length, 3, remaining.join('\n'));
    assert.ok(remaining.includes(`update ${UK_PROFILE}`) && remaining.includes(`create ${OTHER_GROUP}`) && remaining.some((line) => line.startsWith('delete ')));
  });
});
