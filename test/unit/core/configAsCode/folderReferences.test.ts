// A new roaming profile can use a destination group the same apply creates: its destinationGroupId names the
// group's file ("@destination-groups/….json"), plan shows where the id will go, and apply puts it in.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, exportFolder, planFolder } from '../../../../src/core/configAsCode';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind } from '../../../../src/core/platforms/sft/roamingProfile';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { removeTemporaryFolders, temporaryFolder, writeJson } from './support/folders';
import { objectsNamed } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const GROUP_FILE = 'destination-groups/Ref Malta.destination-group.json';
const PROFILE_FILE = 'roaming-profiles/Ref Malta.roaming-profile.json';
const REFERENCE = `@${GROUP_FILE}`;

async function exported(label: string): Promise<string> {
  const folder = temporaryFolder(label);
  await exportFolder(harness.sft, { folder });
  return folder;
}

const changes = (plan: Awaited<ReturnType<typeof planFolder>>) =>
  plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action} ${entry.file}`);

describe('references between the files of a folder', () => {
  it('creates a group and a profile using it in one apply; the next plan is empty', async () => {
    const folder = await exported('ref-create');
    writeJson(folder, GROUP_FILE, { destinationGroupName: 'Ref Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    writeJson(folder, PROFILE_FILE, { roamingProfileName: 'Ref Malta', destinationGroupId: REFERENCE, status: '1' });

    const plan = await planFolder(harness.sft, { folder });
    assert.deepEqual(changes(plan), [`create ${GROUP_FILE}`, `create ${PROFILE_FILE}`], 'the group goes first');
    const profileEntry = plan.entries.find((entry) => entry.file === PROFILE_FILE)!;
    assert.deepEqual(profileEntry.pendingReferences, [{ field: 'destinationGroupId', pointer: '/destinationGroupId', file: GROUP_FILE, target: 'destination-group' }]);
    assert.match(JSON.stringify(profileEntry.writePlan?.requests), new RegExp(`"destinationGroupId":"${REFERENCE}"`), 'the plan shows where the id goes');

    const { report } = await applyPlan(harness.sft, plan);
    assert.equal(report.result, 'applied', JSON.stringify(report.steps.map((step) => step.message)));
    const [group] = await objectsNamed(harness.sft, destinationGroupKind, 'Ref Malta');
    const [profile] = await objectsNamed(harness.sft, roamingProfileKind, 'Ref Malta');
    assert.ok(group && profile);
    assert.equal((profile as { destinationGroupId: string }).destinationGroupId, destinationGroupKind.idOf(group));
    assert.match(JSON.stringify(report.steps[1].requests), new RegExp(`"destinationGroupId":"${destinationGroupKind.idOf(group)}"`), 'the report shows what was sent');

    assert.deepEqual(changes(await planFolder(harness.sft, { folder })), [], 'the reference now resolves through the manifest');
  });

  it('moves an existing profile to a new group by reference', async () => {
    const folder = await exported('ref-update');
    writeJson(folder, GROUP_FILE, { destinationGroupName: 'Ref Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    writeJson(folder, 'roaming-profiles/UK Ireland Roaming.roaming-profile.json', { roamingProfileName: 'UK Ireland Roaming', destinationGroupId: REFERENCE, status: '1' });
    const plan = await planFolder(harness.sft, { folder });
    assert.deepEqual(changes(plan), [`create ${GROUP_FILE}`, 'update roaming-profiles/UK Ireland Roaming.roaming-profile.json']);
    assert.equal((await applyPlan(harness.sft, plan)).report.result, 'applied');
    const [group] = await objectsNamed(harness.sft, destinationGroupKind, 'Ref Malta');
    const [profile] = await objectsNamed(harness.sft, roamingProfileKind, 'UK Ireland Roaming');
    assert.equal((profile as { destinationGroupId: string }).destinationGroupId, destinationGroupKind.idOf(group));
    assert.deepEqual(changes(await planFolder(harness.sft, { folder })), []);
  });

  it('refuses a reference to a file the folder does not have, at its line and column', async () => {
    const folder = await exported('ref-missing');
    writeJson(folder, PROFILE_FILE, { roamingProfileName: 'Ref Malta', destinationGroupId: '@destination-groups/Nowhere.destination-group.json', status: '1' });
    const plan = await planFolder(harness.sft, { folder });
    const entry = plan.entries.find((candidate) => candidate.file === PROFILE_FILE)!;
    assert.equal(entry.action, 'error');
    assert.match(entry.problems?.[0]?.message ?? '', /names "@destination-groups\/Nowhere\.destination-group\.json", which is not a destination group file of this folder/);
    assert.equal(entry.problems?.[0]?.line, 3);
  });

  it('sends no profile when its group could not be created', async () => {
    const folder = await exported('ref-failed');
    writeJson(folder, GROUP_FILE, { destinationGroupName: 'Ref Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    writeJson(folder, PROFILE_FILE, { roamingProfileName: 'Ref Malta', destinationGroupId: REFERENCE, status: '1' });
    const plan = await planFolder(harness.sft, { folder });
    await harness.addFault('sft', { method: 'POST', path: '/api/createDestinationGroup', kind: 'http500' });
    const { report } = await applyPlan(harness.sft, plan, { continueOnError: true });
    assert.deepEqual(report.steps.map((step) => step.status), ['not-applied', 'not-applied']);
    assert.match(report.steps[1].message, /whose object was not created/);
    assert.deepEqual(await objectsNamed(harness.sft, roamingProfileKind, 'Ref Malta'), []);
  });
});
