// Drift: the remote changed since the export. Such an object is a conflict in the plan and is never written
// over — not by the plan, not by an apply that finds the remote changed after the plan.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, ConfigError, exportFolder, planExitCode, planFolder, readManifest } from '../../../../src/core/configAsCode';
import { fingerprintOf } from '../../../../src/core/configAsCode/fingerprint';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind, type RoamingProfileDocument } from '../../../../src/core/platforms/sft/roamingProfile';
import { regionKind, type RegionDocument } from '../../../../src/core/platforms/telecomx/region';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { editJson, removeFile, removeTemporaryFolders, temporaryFolder } from './support/folders';
import { changeRemotely, deleteRemotely, writePaths } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const PROFILE_FILE = 'roaming-profiles/UK Ireland Roaming.roaming-profile.json';

async function exported(label: string, platform: 'sft' | 'telecomx' = 'sft'): Promise<string> {
  const folder = temporaryFolder(label);
  await exportFolder(harness.clientFor(platform), { folder });
  return folder;
}

describe('drift', () => {
  it('an edited file whose object changed on the remote is a conflict; apply sends nothing', async () => {
    const folder = await exported('drift-edit');
    await changeRemotely<RoamingProfileDocument>(harness.sft, roamingProfileKind, '3004', (document) => ({ ...document, status: '0' }));
    editJson<RoamingProfileDocument>(folder, PROFILE_FILE, (document) => ({ ...document, destinationGroupId: '2504' }));
    await harness.clearRequests('sft');

    const plan = await planFolder(harness.sft, { folder });
    const entry = plan.entries.find((item) => item.file === PROFILE_FILE);
    assert.equal(entry?.action, 'conflict');
    assert.match(entry?.summary ?? '', /changed on the remote since the export/);
    assert.match(entry?.diff ?? '', /^- {2}"status": "0"$/m, 'the diff shows the remote as it is now');
    assert.equal(entry?.writePlan, undefined);
    assert.equal(planExitCode(plan), 1);

    await assert.rejects(applyPlan(harness.sft, plan), (error: unknown) => error instanceof ConfigError && /Nothing was sent: the plan has 1 conflict/.test(error.message));
    assert.deepEqual(await writePaths(harness, 'sft'), []);
    assert.equal((await roamingProfileKind.get(harness.sft, '3004'))?.destinationGroupId, '2506');
  });

  it('an untouched file whose object changed on the remote is a conflict too: the remote change is not reverted', async () => {
    const folder = await exported('drift-untouched', 'telecomx');
    const file = 'regions/World 1.region.json';
    const id = readManifest(folder)?.files[file]?.id ?? assert.fail('not exported');
    await changeRemotely<RegionDocument>(harness.telecomx, regionKind, id, (region) => ({ ...region, notes: 'changed by a colleague' }));
    const plan = await planFolder(harness.telecomx, { folder });
    assert.deepEqual(plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action} ${entry.file}`), [`conflict ${file}`]);
  });

  it('an object deleted on the remote is a conflict while its file is there, and forgotten once the file goes', async () => {
    const folder = await exported('drift-deleted');
    const file = 'destination-groups/Baltics.destination-group.json';
    await deleteRemotely(harness.sft, destinationGroupKind, '2507');
    const plan = await planFolder(harness.sft, { folder });
    const entry = plan.entries.find((item) => item.file === file);
    assert.equal(entry?.action, 'conflict');
    assert.match(entry?.summary ?? '', /deleted on the remote/);

    removeFile(folder, file);
    const agreed = await planFolder(harness.sft, { folder });
    assert.equal(agreed.entries.find((item) => item.file === file)?.manifestUpdate, 'forget');
    assert.equal(planExitCode(agreed), 0);
    await applyPlan(harness.sft, agreed);
    assert.equal(readManifest(folder)?.files[file], undefined);
  });

  it('a remote that already holds the file\'s edit is no change; the manifest takes the new fingerprint', async () => {
    const folder = await exported('drift-same');
    await changeRemotely<RoamingProfileDocument>(harness.sft, roamingProfileKind, '3004', (document) => ({ ...document, status: '0' }));
    editJson<RoamingProfileDocument>(folder, PROFILE_FILE, (document) => ({ ...document, status: '0' }));
    const plan = await planFolder(harness.sft, { folder });
    const entry = plan.entries.find((item) => item.file === PROFILE_FILE);
    assert.equal(entry?.action, 'unchanged');
    assert.equal(entry?.manifestUpdate, 'refresh');
    assert.equal(planExitCode(plan), 0);
    await applyPlan(harness.sft, plan);
    const remote = await roamingProfileKind.get(harness.sft, '3004');
    assert.equal(readManifest(folder)?.files[PROFILE_FILE]?.fingerprint, fingerprintOf(roamingProfileKind.toDocument(remote ?? assert.fail())));
    assert.equal((await planFolder(harness.sft, { folder })).entries.find((item) => item.file === PROFILE_FILE)?.manifestUpdate, undefined);
  });

  it('a change on the remote between plan and apply: that step is not applied and nothing is sent for it', async () => {
    const folder = await exported('drift-late');
    editJson<RoamingProfileDocument>(folder, PROFILE_FILE, (document) => ({ ...document, status: '0' }));
    const plan = await planFolder(harness.sft, { folder });
    await changeRemotely<RoamingProfileDocument>(harness.sft, roamingProfileKind, '3004', (document) => ({ ...document, roamingProfileName: 'Renamed meanwhile' }));
    await harness.clearRequests('sft');

    const { report } = await applyPlan(harness.sft, plan);
    assert.equal(report.result, 'failed');
    assert.equal(report.steps[0].status, 'not-applied');
    assert.match(report.steps[0].message, /changed on the remote since the plan/);
    assert.deepEqual(await writePaths(harness, 'sft'), []);
    assert.equal((await roamingProfileKind.get(harness.sft, '3004'))?.status, '1');
  });
});
