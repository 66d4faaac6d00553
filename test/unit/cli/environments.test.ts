// One folder, two environments, over HTTP on the SFT sandbox: the reseller's own account 100 as "test", its child
// account 300 (support access) as "production". Each environment keeps its state in roaming-state/NAME.json; the
// first plan against production adopts what it already holds by name (never a create), references resolve per
// account, a second plan is empty in both, and `diff` reports what differs between the two accounts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ConfigPlan } from '../../../src/core/configAsCode';
import type { AccountComparison } from '../../../src/core/configAsCode/compareAccounts';
import { editJson, removeTemporaryFolders, temporaryFolder, writeJson } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli } from './support/cliHarness';

let harness: CliSandbox;

before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const GROUP = 'destination-groups/Promo Benelux.destination-group.json';
const PROFILE = 'roaming-profiles/Promo Benelux Roaming.roaming-profile.json';
const SERVICE = 'service-profiles/Promo Data.service-profile.json';
const CHILD_DACH = 'destination-groups/Child DACH.destination-group.json';

function env(): Record<string, string> {
  return { ROAMING_PASSWORD: harness.password };
}

function connection(environment: 'test' | 'production'): string[] {
  return [
    '--platform', 'sft', '--base-url', harness.sandbox.sftUrl, '--username', harness.sftUser, '--environment', environment,
    ...(environment === 'production' ? ['--target-account-id', '300'] : []),
  ];
}

function changes(plan: ConfigPlan): string[] {
  return plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action}${entry.adopted ? ' (adopted)' : ''} ${entry.file}`);
}

async function planJson(folder: string, environment: 'test' | 'production'): Promise<{ code: number; plan: ConfigPlan }> {
  const run = await runCli(['plan', '--folder', folder, ...connection(environment), '--json'], { env: env() });
  assert.notEqual(run.code, 1, run.stderr + run.stdout);
  return { code: run.code, plan: JSON.parse(run.stdout) as ConfigPlan };
}

interface ProfileFile { roamingProfileName: string; destinationGroupId: string; status: string }

/** The folder a team keeps: new objects valid in both accounts, and a group production already has (with an edit). */
async function teamFolder(): Promise<string> {
  const scratch = temporaryFolder('env-scratch');
  const exported = await runCli(['export', '--folder', scratch, ...connection('production'), '--kinds', 'destination-group'], { env: env() });
  assert.equal(exported.code, 0, exported.stderr);
  const folder = temporaryFolder('env-team');
  const childDach = JSON.parse(fs.readFileSync(path.join(scratch, CHILD_DACH), 'utf8')) as { tadigCodeList: { tadigCode: string; categoryGroupId: string }[] };
  writeJson(folder, CHILD_DACH, { ...childDach, tadigCodeList: [...childDach.tadigCodeList, { ...childDach.tadigCodeList[0], tadigCode: 'LUXPT' }] });
  writeJson(folder, GROUP, { destinationGroupName: 'Promo Benelux', tadigCodeList: childDach.tadigCodeList.slice(0, 1).map((item) => ({ ...item, tadigCode: 'BELPB' })) });
  writeJson(folder, PROFILE, { roamingProfileName: 'Promo Benelux Roaming', destinationGroupId: `@${GROUP}`, status: '1' });
  writeJson(folder, SERVICE, { name: 'Promo Data', category: '0', status: '1', service: '1', accessType: '06' });
  harness.sandbox.sftServer.log.clear();
  return folder;
}

describe('roaming-workbench: one folder, several environments', () => {
  it('applies one folder to test and production: each object once in each, references per account, production adopts by name, then both plans are empty', async () => {
    const folder = await teamFolder();

    const testPlan = await planJson(folder, 'test');
    assert.deepEqual(changes(testPlan.plan), [`create ${CHILD_DACH}`, `create ${GROUP}`, `create ${SERVICE}`, `create ${PROFILE}`]);
    assert.equal(testPlan.plan.environment, 'test');
    assert.deepEqual(testPlan.plan.notRead, []);
    const appliedTest = await runCli(['apply', '--folder', folder, ...connection('test'), '--yes'], { env: env() });
    assert.equal(appliedTest.code, 0, appliedTest.stdout + appliedTest.stderr);
    assert.ok(fs.existsSync(path.join(folder, 'roaming-state', 'test.json')), 'the test state is roaming-state/test.json');
    assert.ok(!fs.existsSync(path.join(folder, 'roaming-manifest.json')), 'the default manifest is not written');

    harness.sandbox.sftServer.log.clear();
    const productionPlan = await planJson(folder, 'production');
    assert.deepEqual(changes(productionPlan.plan), [`create ${GROUP}`, `update (adopted) ${CHILD_DACH}`, `create ${SERVICE}`, `create ${PROFILE}`]);
    assert.equal(productionPlan.plan.entries.find((entry) => entry.file === CHILD_DACH)?.id, '2602', 'adopted: the child account\'s own Child DACH');
    // roaming-state/ is a known entry: never reported as an unknown folder, never planned.
    assert.deepEqual(productionPlan.plan.notRead, []);
    const text = await runCli(['plan', '--folder', folder, ...connection('production')], { env: env() });
    assert.match(text.stdout, /~= destination-groups\/Child DACH\.destination-group\.json \(2602\) adopt \+ update/);
    assert.match(text.stdout, /Environment production \(state in roaming-state\/production\.json\)/);

    harness.sandbox.sftServer.log.clear();
    const appliedProduction = await runCli(['apply', '--folder', folder, ...connection('production'), '--yes'], { env: env() });
    assert.equal(appliedProduction.code, 0, appliedProduction.stdout + appliedProduction.stderr);
    const writes = harness.writes('sft');
    assert.equal(writes.filter((write) => /create.*destination/i.test(write)).length, 1, `one group created (Promo Benelux), Child DACH adopted: ${writes.join(', ')}`);
    assert.equal(writes.filter((write) => /modify.*destination/i.test(write)).length, 1, `the adopted Child DACH updated: ${writes.join(', ')}`);

    // Each account has each object once, and the profile names its own account's group.
    const testState = JSON.parse(fs.readFileSync(path.join(folder, 'roaming-state', 'test.json'), 'utf8')) as { files: Record<string, { id: string }>; connection: { targetAccountId?: string } };
    const productionState = JSON.parse(fs.readFileSync(path.join(folder, 'roaming-state', 'production.json'), 'utf8')) as typeof testState;
    assert.equal(productionState.connection.targetAccountId, '300');
    assert.equal(testState.connection.targetAccountId, undefined);
    assert.deepEqual(Object.keys(productionState.files).sort(), Object.keys(testState.files).sort());
    assert.equal(productionState.files[CHILD_DACH].id, '2602');
    assert.notEqual(productionState.files[GROUP].id, testState.files[GROUP].id, 'two accounts, two groups');
    for (const [environment, state] of [['test', testState], ['production', productionState]] as const) {
      const scratch = temporaryFolder(`env-check-${environment}`);
      const exported = await runCli(['export', '--folder', scratch, ...connection(environment), '--ids', state.files[PROFILE].id, '--kinds', 'roaming-profile'], { env: env() });
      assert.equal(exported.code, 0, exported.stderr);
      const [profileFile] = fs.readdirSync(path.join(scratch, 'roaming-profiles'));
      const profile = JSON.parse(fs.readFileSync(path.join(scratch, 'roaming-profiles', profileFile), 'utf8')) as ProfileFile;
      assert.equal(profile.roamingProfileName, 'Promo Benelux Roaming');
      assert.equal(profile.destinationGroupId, state.files[GROUP].id, `${environment}: the profile uses ${environment}'s group`);
    }

    harness.sandbox.sftServer.log.clear();
    for (const environment of ['test', 'production'] as const) {
      const again = await planJson(folder, environment);
      assert.equal(again.code, 0, `${environment}: ${changes(again.plan).join(', ')}`);
      assert.deepEqual(changes(again.plan), []);
    }
    assert.deepEqual(harness.writes('sft'), [], 'planning sends nothing');

    // diff: a change made on production only shows as a difference of that field; references compare by name.
    editJson<ProfileFile>(folder, PROFILE, (document) => ({ ...document, status: '0' }));
    const changed = await runCli(['apply', '--folder', folder, ...connection('production'), '--yes'], { env: env() });
    assert.equal(changed.code, 0, changed.stdout + changed.stderr);
    const diffArgs = [
      'diff', '--folder', folder, '--environment', 'test', '--environment', 'production', '--platform', 'sft', '--base-url', harness.sandbox.sftUrl,
      '--username', harness.sftUser, '--target-account-id', '', '--target-account-id', '300',
    ];
    harness.sandbox.sftServer.log.clear();
    const diff = await runCli([...diffArgs, '--json'], { env: env() });
    assert.equal(diff.code, 2, diff.stderr);
    const comparison = JSON.parse(diff.stdout) as AccountComparison;
    const profileDifference = comparison.differences.find((item) => item.name === 'Promo Benelux Roaming');
    assert.deepEqual(profileDifference?.fields, [{ pointer: '/status', left: '1', right: '0' }], 'only the status differs; the group is the same by name');
    for (const name of ['Promo Benelux', 'Child DACH', 'Promo Data']) {
      assert.equal(comparison.differences.find((item) => item.name === name), undefined, `${name} is the same in both`);
    }
    assert.ok(comparison.differences.some((item) => item.name === 'Iberia' && item.only === 'left'), 'the reseller\'s own groups are only in test');
    assert.ok(comparison.differences.some((item) => item.name === 'Child Benelux' && item.only === 'right'));
    assert.deepEqual(harness.writes('sft'), [], 'diff sends nothing');
    const diffText = await runCli(diffArgs, { env: env() });
    assert.match(diffText.stdout, /~ roaming profile "Promo Benelux Roaming" \(test \d+, production \d+\):\n {4}\/status: test "1", production "0"/);
  });

  it('refuses a second state for the account the default manifest tracks, a bad environment name, and diff without two environments', async () => {
    const folder = temporaryFolder('env-refusals');
    const exported = await runCli(['export', '--folder', folder, '--platform', 'sft', '--base-url', harness.sandbox.sftUrl, '--username', harness.sftUser, '--kinds', 'service-profile'], { env: env() });
    assert.equal(exported.code, 0, exported.stderr);
    const twice = await runCli(['plan', '--folder', folder, ...connection('test')], { env: env() });
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /roaming-manifest\.json already tracks sft at .*: leave out --environment to use it, or make it the "test" environment's state first \(git mv roaming-manifest\.json roaming-state\/test\.json\)/);
    // The way to move: the manifest becomes the environment's state, and the plan is the same.
    fs.mkdirSync(path.join(folder, 'roaming-state'));
    fs.renameSync(path.join(folder, 'roaming-manifest.json'), path.join(folder, 'roaming-state', 'test.json'));
    const moved = await runCli(['plan', '--folder', folder, ...connection('test')], { env: env() });
    assert.equal(moved.code, 0, moved.stdout + moved.stderr);

    const bad = await runCli(['plan', '--folder', folder, '--platform', 'sft', '--base-url', harness.sandbox.sftUrl, '--username', harness.sftUser, '--environment', '../prod'], { env: env() });
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    assert.match(bad.stderr, /--environment: ".*prod" cannot name an environment/);
    const once = await runCli(['diff', '--folder', folder, '--environment', 'test'], { env: env() });
    assert.equal(once.code, 1);
    assert.match(once.stderr, /diff needs --environment twice/);
  });
});
