// The whole loop on TelecomX: regions and zone prices exported, edited, planned, applied (regions before prices,
// deletes last), checked on the sandbox, then an empty plan.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, exportFolder, planFolder, readManifest, renderPlanText, type ConfigPlan } from '../../../../src/core/configAsCode';
import { documentWithReferencedIds } from '../../../../src/core/configAsCode/folderReferences';
import { regionKind, type RegionDocument } from '../../../../src/core/platforms/telecomx/region';
import { textPriceKind } from '../../../../src/core/platforms/telecomx/textPrice';
import { dataPriceKind } from '../../../../src/core/platforms/telecomx/dataPrice';
import type { ZonePriceDocument } from '../../../../src/core/platforms/telecomx/zonePriceKind';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { editJson, readJson, removeFile, removeTemporaryFolders, temporaryFolder, writeJson } from './support/folders';
import { objectsNamed, writePaths } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

function actions(plan: ConfigPlan): string[] {
  return plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action} ${entry.file}`);
}

describe('TelecomX: plan and apply a folder', () => {
  it('plans the edits, applies regions before prices and deletes last, then plans nothing', async () => {
    const folder = temporaryFolder('telecomx-edit');
    await exportFolder(harness.telecomx, { folder });
    const manifest = readManifest(folder);
    const idOf = (file: string): string => manifest?.files[file]?.id ?? assert.fail(`${file} is not in the manifest`);
    const regionFile = 'regions/World 3.region.json';
    const textFile = 'text-prices/NORDIC.text-price.json';
    const dataFile = 'data-prices/WORLD3.data-price.json';
    await harness.clearRequests('telecomx');

    editJson<RegionDocument>(folder, regionFile, (region) => ({ ...region, sms: { ...region.sms, price: (region.sms?.price ?? 0) + 1 } }));
    editJson<ZonePriceDocument>(folder, textFile, (price) => ({ ...price, price: Number(price.price) + 0.05 }));
    writeJson(folder, 'regions/CaC Region.region.json', {
      names: [{ language: 'eng', text: 'CaC Region' }, { language: 'dan', text: 'CaC Region' }],
      network: 'TDC', homeland: false, roamLikeHome: false, sms: { cost: 0.1, wholesale: 0.2, price: 0.3 },
    });
    removeFile(folder, dataFile);

    const plan = await planFolder(harness.telecomx, { folder, allowDeletes: true });
    assert.deepEqual(actions(plan), [
      'create regions/CaC Region.region.json',
      `update ${regionFile}`,
      `update ${textFile}`,
      `delete ${dataFile}`,
    ]);
    assert.deepEqual(Object.keys((plan.entries.find((entry) => entry.file === regionFile)?.writePlan?.requests[0].body ?? {}) as object), ['sms']);

    const { report } = await applyPlan(harness.telecomx, plan);
    assert.equal(report.result, 'applied', JSON.stringify(report.steps));
    assert.deepEqual(await writePaths(harness, 'telecomx'), [
      'POST /roaming/region', `POST /roaming/region/${idOf(regionFile)}`, `POST /roaming/text/${idOf(textFile)}`, `DELETE /roaming/data/${idOf(dataFile)}`,
    ]);

    // The remote now holds exactly what the files say; the files name called regions by file, the remote by id.
    const region = await regionKind.get(harness.telecomx, idOf(regionFile));
    const regionDocument = readJson(folder, regionFile) as RegionDocument;
    assert.ok(regionDocument.voice?.outbound?.every((entry) => entry._id.startsWith('@regions/')), 'export names called regions by file');
    assert.deepEqual(region && regionKind.toDocument(region), documentWithReferencedIds('region', regionDocument, (file) => manifest?.files[file]?.id));
    const text = await textPriceKind.get(harness.telecomx, idOf(textFile));
    assert.deepEqual(text && textPriceKind.toDocument(text), readJson(folder, textFile));
    assert.equal(await dataPriceKind.get(harness.telecomx, idOf(dataFile)), undefined);
    const created = await objectsNamed(harness.telecomx, regionKind, 'CaC Region');
    assert.equal(created.length, 1);
    assert.equal(readManifest(folder)?.files['regions/CaC Region.region.json']?.id, regionKind.idOf(created[0]));

    assert.deepEqual(actions(await planFolder(harness.telecomx, { folder, allowDeletes: true })), []);
  });

  it('a price below its wholesale is a warning shown with the change, which still goes out', async () => {
    const folder = temporaryFolder('telecomx-warning');
    await exportFolder(harness.telecomx, { folder, kinds: ['text-price'] });
    const file = 'text-prices/EU.text-price.json';
    editJson<ZonePriceDocument>(folder, file, (price) => ({ ...price, price: 0 }));
    const plan = await planFolder(harness.telecomx, { folder });
    const entry = plan.entries.find((item) => item.file === file);
    assert.equal(entry?.action, 'update');
    assert.deepEqual(entry?.problems?.map((problem) => `${problem.severity} ${problem.pointer}`), ['warning /price']);
    assert.match(renderPlanText(plan), /line \d+, column \d+: warning: /);
    assert.equal((await applyPlan(harness.telecomx, plan)).report.result, 'applied');
  });

  it('a region file renamed, with every reference to it (its own included) following, is the same region: nothing is created or deleted', async () => {
    const folder = temporaryFolder('telecomx-rename');
    await exportFolder(harness.telecomx, { folder, kinds: ['region'] });
    const before = readManifest(folder)?.files ?? {};
    const [oldFile, tracked] = Object.entries(before).find(([file]) => file.startsWith('regions/World 3')) ?? assert.fail('World 3 was exported');
    const newFile = 'regions/Far Away.region.json';
    const regionFiles = Object.keys(before);
    for (const file of regionFiles) {
      const text = fs.readFileSync(path.join(folder, file), 'utf8').split(`"@${oldFile}"`).join(`"@${newFile}"`);
      fs.writeFileSync(path.join(folder, file), text);
    }
    fs.renameSync(path.join(folder, oldFile), path.join(folder, newFile));
    await harness.clearRequests('telecomx');

    const plan = await planFolder(harness.telecomx, { folder, allowDeletes: true });
    assert.deepEqual(actions(plan), []);
    const renamed = plan.entries.find((entry) => entry.file === newFile);
    assert.equal(renamed?.previousFile, oldFile);
    assert.equal(renamed?.id, tracked.id);
    await applyPlan(harness.telecomx, plan);
    assert.deepEqual(await writePaths(harness, 'telecomx'), []);
    assert.equal(readManifest(folder)?.files[newFile]?.id, tracked.id);
    assert.equal(readManifest(folder)?.files[oldFile], undefined);
    assert.deepEqual(actions(await planFolder(harness.telecomx, { folder, allowDeletes: true })), []);
  });

  it('two new regions pricing each other: the first is completed once the second exists; stopped between them, the completion is not sent and the next apply finishes', async () => {
    const folder = temporaryFolder('telecomx-cycle');
    await exportFolder(harness.telecomx, { folder, kinds: ['region'] });
    const prices = { connectionFeeCost: 0.1, connectionFeeWholesale: 0.2, connectionFee: 0.3, rateCost: 0.1, rateWholesale: 0.2, rate: 0.3 };
    const region = (name: string, calls: string) => ({
      names: [{ language: 'eng', text: name }], network: 'TDC', homeland: false, roamLikeHome: false,
      voice: { outbound: [{ _id: `@${calls}`, ...prices }] },
    });
    // Each needs the other: the cycle is broken where it closes, so B (named by A, planned first) is created first.
    const first = 'regions/Cycle B.region.json';
    const second = 'regions/Cycle A.region.json';
    writeJson(folder, first, region('Cycle B', second));
    writeJson(folder, second, region('Cycle A', first));

    const plan = await planFolder(harness.telecomx, { folder });
    assert.deepEqual(actions(plan), [`create ${first}`, `create ${second}`]);
    assert.match(plan.entries[0].summary, /then a second request adds the entry naming regions\/Cycle A\.region\.json/);
    // Stopped right after the first create: the second is not sent, nor is the first's completion.
    const stop = new AbortController();
    const { report } = await applyPlan(harness.telecomx, plan, {
      signal: stop.signal, onProgress: (event) => { if (event.step?.file === first) stop.abort(); },
    });
    assert.deepEqual(report.steps.map((step) => `${step.status} ${step.action} ${step.file}`), [
      `applied create ${first}`, `skipped create ${second}`, `skipped update ${first}`,
    ]);
    assert.match(report.steps[2].message, /Not sent: regions\/Cycle B\.region\.json was created without the entries naming regions\/Cycle A\.region\.json, which was not created/);
    const [created] = await objectsNamed(harness.telecomx, regionKind, 'Cycle B');
    assert.deepEqual(created.voice?.outbound ?? [], [], 'created without the entry naming a region that does not exist');

    // The next apply creates the second (with the first's id) and completes the first; then nothing is left.
    const again = await planFolder(harness.telecomx, { folder });
    assert.deepEqual(actions(again), [`create ${second}`, `update ${first}`]);
    assert.equal((await applyPlan(harness.telecomx, again)).report.result, 'applied');
    const ids = readManifest(folder)?.files ?? {};
    const calls = async (name: string) => ((await objectsNamed(harness.telecomx, regionKind, name))[0].voice?.outbound ?? []).map((entry) => entry._id);
    assert.deepEqual(await calls('Cycle B'), [ids[second].id]);
    assert.deepEqual(await calls('Cycle A'), [ids[first].id]);
    assert.deepEqual(actions(await planFolder(harness.telecomx, { folder })), []);
  });
});
