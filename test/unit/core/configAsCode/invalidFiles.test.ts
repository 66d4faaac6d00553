// An invalid file is an error in the plan, with the line and column of each problem, and while there is one
// apply sends nothing at all — not even the valid changes beside it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, ConfigError, exportFolder, planExitCode, planFolder, renderPlanText } from '../../../../src/core/configAsCode';
import type { RoamingProfileDocument } from '../../../../src/core/platforms/sft/roamingProfile';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { editJson, removeTemporaryFolders, temporaryFolder, writeJson } from './support/folders';
import { writePaths } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

describe('invalid files', () => {
  it('schema, syntax and kind-rule problems are errors with positions; nothing is sent', async () => {
    const folder = temporaryFolder('invalid');
    await exportFolder(harness.sft, { folder });
    await harness.clearRequests('sft');
    // A valid edit, which must not go out either.
    editJson<RoamingProfileDocument>(folder, 'roaming-profiles/UK Ireland Roaming.roaming-profile.json', (document) => ({ ...document, status: '0' }));
    writeJson(folder, 'roaming-profiles/Bad Group.roaming-profile.json', { roamingProfileName: 'Bad Group', destinationGroupId: 'abc', status: '1' });
    fs.writeFileSync(path.join(folder, 'service-profiles/Broken.service-profile.json'), '{\n  "name": "Broken",\n  "category": "0"\n  "status": "1"\n}\n');
    editJson<RoamingProfileDocument>(folder, 'roaming-profiles/DEFAULT.roaming-profile.json', (document) => ({ ...document, roamingProfileName: 'Not default' }));
    writeJson(folder, 'roaming-profiles/notes.json', { note: 'not a profile' });
    writeJson(folder, 'regions/Elsewhere.region.json', { names: [] });

    const plan = await planFolder(harness.sft, { folder });
    const errors = Object.fromEntries(plan.entries.filter((entry) => entry.action === 'error').map((entry) => [entry.file, entry.problems ?? []]));
    assert.deepEqual(Object.keys(errors).sort(), [
      'regions/Elsewhere.region.json',
      'roaming-profiles/Bad Group.roaming-profile.json',
      'roaming-profiles/DEFAULT.roaming-profile.json',
      'roaming-profiles/notes.json',
      'service-profiles/Broken.service-profile.json',
    ]);
    const badGroup = errors['roaming-profiles/Bad Group.roaming-profile.json'][0];
    assert.equal(badGroup.pointer, '/destinationGroupId');
    assert.deepEqual([badGroup.line, badGroup.column], [3, 25]);
    assert.equal(errors['service-profiles/Broken.service-profile.json'][0].line, 4);
    assert.match(errors['roaming-profiles/DEFAULT.roaming-profile.json'][0].message, /cannot be renamed/);
    assert.match(errors['regions/Elsewhere.region.json'][0].message, /TelecomX/);
    assert.equal(planExitCode(plan), 1);
    assert.match(renderPlanText(plan), /line 3, column 25: /);

    await assert.rejects(applyPlan(harness.sft, plan), (error: unknown) => error instanceof ConfigError && /Nothing was sent: the plan has 5 invalid files/.test(error.message));
    assert.deepEqual(await writePaths(harness, 'sft'), []);
  });

  it('a folder without a manifest plans every file as a create; a manifest that is not one, or no folder, is refused', async () => {
    const folder = temporaryFolder('no-manifest');
    writeJson(folder, 'service-profiles/Fresh.service-profile.json', { name: 'Fresh', category: '0', status: '1', service: '4' });
    const plan = await planFolder(harness.sft, { folder });
    assert.deepEqual(plan.entries.map((entry) => `${entry.action} ${entry.file}`), ['create service-profiles/Fresh.service-profile.json']);

    fs.writeFileSync(path.join(folder, 'roaming-manifest.json'), '{"manifestVersion": 7}');
    await assert.rejects(planFolder(harness.sft, { folder }), /not a Roaming Workbench manifest \(manifestVersion is 7/);
    await assert.rejects(planFolder(harness.sft, { folder: path.join(folder, 'missing') }), (error: unknown) => error instanceof ConfigError && /does not exist: export into it first/.test(error.message));
  });
});
