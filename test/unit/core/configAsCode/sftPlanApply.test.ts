// The whole loop on SFT: export an account, edit files, the plan shows exactly those edits, apply makes them
// (checked on the sandbox), and a second plan is empty. Deletes only when allowed, in dependency order.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, exportFolder, planExitCode, planFolder, readManifest, type ConfigPlan } from '../../../../src/core/configAsCode';
import { renderPlanText } from '../../../../src/core/configAsCode/renderPlan';
import { destinationGroupKind, type DestinationGroupDocument } from '../../../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind, type RoamingProfileDocument } from '../../../../src/core/platforms/sft/roamingProfile';
import { serviceProfileKind } from '../../../../src/core/platforms/sft/serviceProfile';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { editJson, removeFile, removeTemporaryFolders, temporaryFolder, writeJson } from './support/folders';
import { objectsNamed, writePaths } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const PROFILE_FILE = 'roaming-profiles/UK Ireland Roaming.roaming-profile.json';
const GROUP_FILE = 'destination-groups/Iberia.destination-group.json';

function actions(plan: ConfigPlan): string[] {
  return plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action} ${entry.file}`);
}

async function exported(label: string): Promise<string> {
  const folder = temporaryFolder(label);
  await exportFolder(harness.sft, { folder });
  await harness.clearRequests('sft');
  return folder;
}

describe('SFT: plan and apply a folder', () => {
  it('plans exactly the edited and new files, applies them, then plans nothing', async () => {
    const folder = await exported('sft-edit');
    editJson<RoamingProfileDocument>(folder, PROFILE_FILE, (document) => ({ ...document, status: '0' }));
    editJson<DestinationGroupDocument>(folder, GROUP_FILE, (document) => ({ ...document, tadigCodeList: [...document.tadigCodeList, { tadigCode: 'MLTTL', categoryGroupId: '12' }] }));
    writeJson(folder, 'destination-groups/CaC Malta.destination-group.json', { destinationGroupName: 'CaC Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    writeJson(folder, 'roaming-profiles/CaC Iberia.roaming-profile.json', { roamingProfileName: 'CaC Iberia', destinationGroupId: '2504', status: '1' });
    writeJson(folder, 'service-profiles/CaC NB-IoT.service-profile.json', { name: 'CaC NB-IoT', category: '0', status: '1', service: '4' });

    const plan = await planFolder(harness.sft, { folder });
    assert.deepEqual(actions(plan), [
      'create destination-groups/CaC Malta.destination-group.json',
      `update ${GROUP_FILE}`,
      'create service-profiles/CaC NB-IoT.service-profile.json',
      'create roaming-profiles/CaC Iberia.roaming-profile.json',
      `update ${PROFILE_FILE}`,
    ]);
    assert.equal(planExitCode(plan), 2);
    const profileUpdate = plan.entries.find((entry) => entry.file === PROFILE_FILE);
    assert.deepEqual(profileUpdate?.writePlan?.requests, [{ method: 'POST', path: '/api/modifyRoamingProfile', body: { roamingProfileInfo: { roamingProfileId: '3004', status: '0' } } }]);
    assert.match(profileUpdate?.diff ?? '', /^- {2}"status": "1"$/m);
    assert.match(profileUpdate?.diff ?? '', /^\+ {2}"status": "0"$/m);
    assert.deepEqual(JSON.parse(JSON.stringify(plan)), plan, 'the plan is plain JSON');
    assert.deepEqual(await writePaths(harness, 'sft'), [], 'planning sends no write');

    const { report, reportFiles } = await applyPlan(harness.sft, plan);
    assert.equal(report.result, 'applied', JSON.stringify(report.steps));
    assert.deepEqual(report.steps.map((step) => step.status), ['applied', 'applied', 'applied', 'applied', 'applied']);
    assert.ok(reportFiles?.markdown.endsWith('.md') && reportFiles.json.endsWith('.json'));
    assert.deepEqual(await writePaths(harness, 'sft'), [
      'POST /api/createDestinationGroup', 'POST /api/modifyDestinationGroup', 'POST /api/CreateServiceProfile', 'POST /api/createRoamingProfile', 'POST /api/modifyRoamingProfile',
    ]);

    assert.equal((await roamingProfileKind.get(harness.sft, '3004'))?.status, '0');
    assert.ok((await destinationGroupKind.get(harness.sft, '2504'))?.operators.some((operator) => operator.tadigCode === 'MLTTL'));
    const [malta] = await objectsNamed(harness.sft, destinationGroupKind, 'CaC Malta');
    const [iberia] = await objectsNamed(harness.sft, roamingProfileKind, 'CaC Iberia');
    const [nbIot] = await objectsNamed(harness.sft, serviceProfileKind, 'CaC NB-IoT');
    assert.ok(malta && iberia && nbIot, 'the three new objects exist');

    const manifest = readManifest(folder);
    assert.equal(manifest?.files['destination-groups/CaC Malta.destination-group.json']?.id, destinationGroupKind.idOf(malta));
    assert.equal(manifest?.files['roaming-profiles/CaC Iberia.roaming-profile.json']?.id, roamingProfileKind.idOf(iberia));
    assert.equal(manifest?.files['service-profiles/CaC NB-IoT.service-profile.json']?.id, serviceProfileKind.idOf(nbIot));
    assert.ok(manifest?.appliedAt);

    const second = await planFolder(harness.sft, { folder });
    assert.deepEqual(actions(second), []);
    assert.equal(planExitCode(second), 0);
  });

  it('deletes removed files only when allowed: roaming profiles before their destination group', async () => {
    const folder = await exported('sft-delete');
    removeFile(folder, 'roaming-profiles/UK Ireland Roaming.roaming-profile.json');
    removeFile(folder, 'destination-groups/UK & Ireland.destination-group.json');

    const withoutDeletes = await planFolder(harness.sft, { folder });
    assert.deepEqual(actions(withoutDeletes), [
      'skipped destination-groups/UK & Ireland.destination-group.json',
      'skipped roaming-profiles/UK Ireland Roaming.roaming-profile.json',
    ]);
    assert.equal(planExitCode(withoutDeletes), 2, 'the folder and the remote differ');
    const skipped = await applyPlan(harness.sft, withoutDeletes);
    assert.equal(skipped.report.result, 'nothing-to-apply');
    assert.deepEqual(await writePaths(harness, 'sft'), []);
    assert.ok(await roamingProfileKind.get(harness.sft, '3004'));

    const withDeletes = await planFolder(harness.sft, { folder, allowDeletes: true });
    assert.deepEqual(actions(withDeletes), [
      'delete roaming-profiles/UK Ireland Roaming.roaming-profile.json',
      'delete destination-groups/UK & Ireland.destination-group.json',
    ]);
    const { report } = await applyPlan(harness.sft, withDeletes);
    assert.equal(report.result, 'applied', JSON.stringify(report.steps));
    assert.deepEqual(await writePaths(harness, 'sft'), ['POST /api/deleteRoamingProfile', 'POST /api/deleteDestinationGroup']);
    assert.equal(await roamingProfileKind.get(harness.sft, '3004'), undefined);
    assert.equal(await destinationGroupKind.get(harness.sft, '2506'), undefined);
    const files = readManifest(folder)?.files ?? {};
    assert.ok(!Object.values(files).some((entry) => entry.id === '3004' || entry.id === '2506'));
    assert.deepEqual(actions(await planFolder(harness.sft, { folder, allowDeletes: true })), []);
  });

  it('says what each change reaches: the profiles following an edited group, what still uses an object to delete', async () => {
    const folder = await exported('sft-reach');
    editJson<DestinationGroupDocument>(folder, 'destination-groups/EU Core.destination-group.json', (document) => ({ ...document, tadigCodeList: [...document.tadigCodeList, { tadigCode: 'MLTGO', categoryGroupId: '12' }] }));
    removeFile(folder, 'destination-groups/UK & Ireland.destination-group.json');
    const plan = await planFolder(harness.sft, { folder, allowDeletes: true });
    const edit = plan.entries.find((entry) => entry.file === 'destination-groups/EU Core.destination-group.json');
    assert.equal(edit?.impact?.[0], 'adds MLTGO/12 to DEFAULT profile 3001 (follows the group)');
    assert.match(edit?.impact?.[1] ?? '', /^CUSTOM profile 3005 \(EU Core Fixed\) keeps its 17 networks/);
    const text = renderPlanText(plan);
    assert.match(text, /^ {6}reaches: adds MLTGO\/12 to DEFAULT profile 3001 \(follows the group\)$/m);
    assert.match(text, /^ {6}reaches: Destination group 2506 is still used by CUSTOM profile 3004 \(UK Ireland Roaming\)/m);
    assert.deepEqual(await writePaths(harness, 'sft'), [], 'planning sends no write');

    // The profile deleted in the same plan goes first: the group's delete is then free.
    removeFile(folder, PROFILE_FILE);
    const both = await planFolder(harness.sft, { folder, allowDeletes: true });
    assert.equal(both.entries.find((entry) => entry.file === 'destination-groups/UK & Ireland.destination-group.json')?.impact, undefined);
  });

  it('a removed DEFAULT profile cannot be planned for deletion: an error, not a request', async () => {
    const folder = await exported('sft-default');
    removeFile(folder, 'roaming-profiles/DEFAULT.roaming-profile.json');
    const plan = await planFolder(harness.sft, { folder, allowDeletes: true });
    const entry = plan.entries.find((item) => item.file === 'roaming-profiles/DEFAULT.roaming-profile.json');
    assert.equal(entry?.action, 'error');
    assert.match(entry?.summary ?? '', /DEFAULT roaming profile 3001 cannot be deleted/);
    assert.equal(planExitCode(plan), 1);
  });

  it('a renamed file is the same object: no delete and create, the manifest follows the new name', async () => {
    const folder = await exported('sft-rename');
    const renamed = 'roaming-profiles/uk-ireland.roaming-profile.json';
    writeJson(folder, renamed, { roamingProfileName: 'UK Ireland Roaming', destinationGroupId: '2506', status: '0' });
    removeFile(folder, PROFILE_FILE);

    const plan = await planFolder(harness.sft, { folder, allowDeletes: true });
    assert.deepEqual(actions(plan), [`update ${renamed}`]);
    assert.equal(plan.entries.find((entry) => entry.file === renamed)?.previousFile, PROFILE_FILE);
    await applyPlan(harness.sft, plan);
    const files = readManifest(folder)?.files ?? {};
    assert.equal(files[renamed]?.id, '3004');
    assert.equal(files[PROFILE_FILE], undefined);
    assert.deepEqual(actions(await planFolder(harness.sft, { folder, allowDeletes: true })), []);
  });
});
