// A failure mid-apply leaves a report and a manifest that a re-run continues from: applied steps are not sent
// again, and no object is ever created twice — also when a create's answer was ambiguous (10239/10240, HTTP 500).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, exportFolder, planFolder, readManifest, type ApplyReport, type ConfigPlan } from '../../../../src/core/configAsCode';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind } from '../../../../src/core/platforms/sft/roamingProfile';
import { serviceProfileKind } from '../../../../src/core/platforms/sft/serviceProfile';
import { SandboxHarness, type FaultRequest } from '../platforms/support/sandboxClients';
import { removeTemporaryFolders, temporaryFolder, writeJson } from './support/folders';
import { objectsNamed, writePaths } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const GROUP = { file: 'destination-groups/CaC Malta.destination-group.json', name: 'CaC Malta' };
const SERVICE = { file: 'service-profiles/CaC NB-IoT.service-profile.json', name: 'CaC NB-IoT' };
const PROFILE = { file: 'roaming-profiles/CaC Iberia.roaming-profile.json', name: 'CaC Iberia' };

/** An exported account plus three new files, applied in this order: group, service profile, roaming profile. */
async function folderWithThreeCreates(label: string): Promise<string> {
  const folder = temporaryFolder(label);
  await exportFolder(harness.sft, { folder });
  writeJson(folder, GROUP.file, { destinationGroupName: GROUP.name, tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
  writeJson(folder, SERVICE.file, { name: SERVICE.name, category: '0', status: '1', service: '4' });
  writeJson(folder, PROFILE.file, { roamingProfileName: PROFILE.name, destinationGroupId: '2504', status: '1' });
  await harness.clearRequests('sft');
  return folder;
}

function changes(plan: ConfigPlan): string[] {
  return plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action} ${entry.file}`);
}

async function countOnSandbox(): Promise<number[]> {
  return [
    (await objectsNamed(harness.sft, destinationGroupKind, GROUP.name)).length,
    (await objectsNamed(harness.sft, serviceProfileKind, SERVICE.name)).length,
    (await objectsNamed(harness.sft, roamingProfileKind, PROFILE.name)).length,
  ];
}

async function sent(path: string): Promise<number> {
  return (await writePaths(harness, 'sft')).filter((line) => line === `POST ${path}`).length;
}

const secondWriteFaults: { label: string; fault: FaultRequest }[] = [
  { label: 'HTTP 500', fault: { method: 'POST', path: '/api/CreateServiceProfile', kind: 'http500' } },
  { label: '10239 without the write', fault: { method: 'POST', path: '/api/CreateServiceProfile', kind: 'verify-not-applied', resultCode: '10239' } },
];

describe('a failure mid-apply', () => {
  for (const { label, fault } of secondWriteFaults) {
    it(`${label} on the second write: stops, leaves a report and a manifest; the re-run creates each object once`, async () => {
      const folder = await folderWithThreeCreates('fail-mid');
      await harness.addFault('sft', fault);
      const plan = await planFolder(harness.sft, { folder });
      assert.deepEqual(changes(plan), [`create ${GROUP.file}`, `create ${SERVICE.file}`, `create ${PROFILE.file}`]);

      const first = await applyPlan(harness.sft, plan);
      assert.equal(first.report.result, 'failed');
      assert.deepEqual(first.report.steps.map((step) => step.status), ['applied', 'not-applied', 'skipped']);
      assert.match(first.report.steps[1].message, /nothing was created/);
      assert.match(first.report.steps[2].message, /stopped after service-profiles\/CaC NB-IoT/);

      // The report, on disk, in both forms.
      const files = first.reportFiles ?? assert.fail('no report files');
      assert.deepEqual(JSON.parse(fs.readFileSync(files.json, 'utf8')) as ApplyReport, JSON.parse(JSON.stringify(first.report)));
      const markdown = fs.readFileSync(files.markdown, 'utf8');
      assert.match(markdown, /## Not applied/);
      assert.match(markdown, /CaC NB-IoT.*not-applied/);

      // The manifest knows the group that was created, and only that.
      const manifest = readManifest(folder);
      const [group] = await objectsNamed(harness.sft, destinationGroupKind, GROUP.name);
      assert.equal(manifest?.files[GROUP.file]?.id, destinationGroupKind.idOf(group));
      assert.equal(manifest?.files[SERVICE.file], undefined);
      assert.equal(manifest?.files[PROFILE.file], undefined);

      const rerun = await planFolder(harness.sft, { folder });
      assert.deepEqual(changes(rerun), [`create ${SERVICE.file}`, `create ${PROFILE.file}`]);
      const second = await applyPlan(harness.sft, rerun);
      assert.equal(second.report.result, 'applied', JSON.stringify(second.report.steps));
      assert.deepEqual(await countOnSandbox(), [1, 1, 1]);
      assert.equal(await sent('/api/createDestinationGroup'), 1, 'the group was sent once over both runs');
      assert.equal(await sent('/api/createRoamingProfile'), 1);
      assert.deepEqual(changes(await planFolder(harness.sft, { folder })), []);
    });
  }

  it('10240 on a create that was applied: recorded with its id, sent once, nothing left to plan', async () => {
    const folder = await folderWithThreeCreates('fail-10240');
    await harness.addFault('sft', { method: 'POST', path: '/api/createRoamingProfile', kind: 'verify-applied', resultCode: '10240' });
    const { report } = await applyPlan(harness.sft, await planFolder(harness.sft, { folder }));
    assert.equal(report.result, 'applied', JSON.stringify(report.steps));
    const step = report.steps.find((item) => item.file === PROFILE.file);
    assert.equal(step?.outcome?.ambiguity?.code, '10240');
    const [profile] = await objectsNamed(harness.sft, roamingProfileKind, PROFILE.name);
    assert.equal(step?.id, roamingProfileKind.idOf(profile));
    assert.equal(readManifest(folder)?.files[PROFILE.file]?.id, roamingProfileKind.idOf(profile));
    assert.equal(await sent('/api/createRoamingProfile'), 1);
    assert.deepEqual(changes(await planFolder(harness.sft, { folder })), []);
    assert.deepEqual(await countOnSandbox(), [1, 1, 1]);
  });

  it('an object created but never recorded (the run died before the manifest was written) is adopted, not created again', async () => {
    const folder = await folderWithThreeCreates('fail-adopt');
    const document = { roamingProfileName: PROFILE.name, destinationGroupId: '2504', status: '1' };
    const outcome = await roamingProfileKind.execute(harness.sft, roamingProfileKind.planCreate(document), document);
    await harness.clearRequests('sft');

    const plan = await planFolder(harness.sft, { folder });
    assert.deepEqual(changes(plan), [`create ${GROUP.file}`, `create ${SERVICE.file}`, `adopt ${PROFILE.file}`]);
    await applyPlan(harness.sft, plan);
    assert.equal(await sent('/api/createRoamingProfile'), 0);
    assert.equal(readManifest(folder)?.files[PROFILE.file]?.id, outcome.id);
    assert.deepEqual(await countOnSandbox(), [1, 1, 1]);
  });

  it('an untracked remote object that differs from the new file is a conflict, not a second create', async () => {
    const folder = await folderWithThreeCreates('fail-name');
    const document = { roamingProfileName: PROFILE.name, destinationGroupId: '2506', status: '0' };
    await roamingProfileKind.execute(harness.sft, roamingProfileKind.planCreate(document), document);
    const plan = await planFolder(harness.sft, { folder });
    const entry = plan.entries.find((item) => item.file === PROFILE.file);
    assert.equal(entry?.action, 'conflict');
    assert.match(entry?.summary ?? '', /already exists on the remote/);
  });

  it('continues after a failure when told to; the failed step alone is left for the re-run', async () => {
    const folder = await folderWithThreeCreates('fail-continue');
    await harness.addFault('sft', { method: 'POST', path: '/api/CreateServiceProfile', kind: 'http500' });
    const { report } = await applyPlan(harness.sft, await planFolder(harness.sft, { folder }), { continueOnError: true });
    assert.equal(report.result, 'failed');
    assert.deepEqual(report.steps.map((step) => step.status), ['applied', 'not-applied', 'applied']);
    assert.deepEqual(changes(await planFolder(harness.sft, { folder })), [`create ${SERVICE.file}`]);
  });

  it('cancelling stops before the next write; progress tells each step', async () => {
    const folder = await folderWithThreeCreates('fail-cancel');
    const controller = new AbortController();
    const messages: string[] = [];
    const { report } = await applyPlan(harness.sft, await planFolder(harness.sft, { folder }), {
      signal: controller.signal,
      onProgress: (event) => {
        messages.push(event.message);
        if (event.step) controller.abort();
      },
    });
    assert.equal(report.result, 'cancelled');
    assert.deepEqual(report.steps.map((step) => step.status), ['applied', 'skipped', 'skipped']);
    assert.match(messages[0], /Create destination group "CaC Malta".*\(1\/3\)/);
    assert.deepEqual(await writePaths(harness, 'sft'), ['POST /api/createDestinationGroup']);
    assert.deepEqual(changes(await planFolder(harness.sft, { folder })), [`create ${SERVICE.file}`, `create ${PROFILE.file}`]);
  });
});
