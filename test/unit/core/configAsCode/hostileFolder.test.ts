// A folder is data from a pull request: its manifest keys, file names, links and stray folders may be hostile or
// mistaken. Nothing read from it may make export, plan or apply read or write outside it, follow a link, or turn
// something it could not read into a delete; what it skips it says.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { applyPlan, ConfigError, exportFolder, planExitCode, planFolder, readManifest, type ConfigPlan } from '../../../../src/core/configAsCode';
import { MANIFEST_FILE } from '../../../../src/core/configAsCode/manifest';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { editJson, removeTemporaryFolders, temporaryFolder, writeJson } from './support/folders';
import { writePaths } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const BALTICS = 'destination-groups/Baltics.destination-group.json';

/** A workspace holding the exported folder `config/` and, beside it, a folder of files an attacker wants touched. */
async function exportedBesideOutside(label: string): Promise<{ folder: string; outside: string }> {
  const workspace = temporaryFolder(label);
  const folder = path.join(workspace, 'config');
  const outside = path.join(workspace, 'outside');
  fs.mkdirSync(outside);
  await exportFolder(harness.sft, { folder, kinds: ['destination-group'] });
  await harness.clearRequests('sft');
  return { folder, outside };
}

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true }).map(String).sort();
}

function entry(plan: ConfigPlan, file: string) {
  return plan.entries.find((candidate) => candidate.file === file);
}

describe('hostile folders: paths stay inside the folder', () => {
  it('a manifest key that climbs out of the folder is refused in one line, and export writes and deletes nothing outside', async () => {
    const { folder, outside } = await exportedBesideOutside('climb');
    fs.writeFileSync(path.join(outside, 'planted.destination-group.json'), 'keep me\n');
    const group = readManifest(folder)?.files[BALTICS];
    assert.ok(group);
    editJson<{ files: Record<string, unknown> }>(folder, MANIFEST_FILE, (manifest) => ({
      ...manifest,
      files: {
        ...manifest.files,
        // An object the remote no longer has: export would remove "its" file, outside the folder.
        'destination-groups/../../outside/planted.destination-group.json': { kind: 'destination-group', id: '999999' },
        // An object the remote has: export would write its file outside the folder.
        'destination-groups/../../outside/written.destination-group.json': { kind: 'destination-group', id: group.id },
      },
    }));
    const refusal = (error: unknown): boolean => error instanceof ConfigError
      && /outside the folder/.test(error.message) && !error.message.includes('\n');
    await assert.rejects(exportFolder(harness.sft, { folder, overwriteEdits: true }), refusal);
    await assert.rejects(planFolder(harness.sft, { folder }), refusal);
    assert.deepEqual(filesUnder(outside), ['planted.destination-group.json']);
    assert.equal(fs.readFileSync(path.join(outside, 'planted.destination-group.json'), 'utf8'), 'keep me\n');
  });

  it('manifest keys with a backslash, an absolute path, an empty part or a control character are refused', async () => {
    const { folder } = await exportedBesideOutside('odd-keys');
    for (const key of ['destination-groups\\..\\x.destination-group.json', '/etc/x.destination-group.json', 'destination-groups//x.destination-group.json',
      'destination-groups/./x.destination-group.json', 'destination-groups/x\n.destination-group.json', 'destination-groups/sub/x.destination-group.json']) {
      editJson<{ files: Record<string, unknown> }>(folder, MANIFEST_FILE, (manifest) => ({ ...manifest, files: { [key]: { kind: 'destination-group', id: '2507' } } }));
      assert.throws(() => readManifest(folder), (error: unknown) => error instanceof ConfigError && !error.message.includes('\n'), JSON.stringify(key));
    }
  });

  it('a report folder given by the folder cannot be a link out of it', async () => {
    const { folder, outside } = await exportedBesideOutside('report-link');
    fs.symlinkSync(outside, path.join(folder, 'apply-reports'));
    editJson<{ tadigCodeList: unknown[] }>(folder, BALTICS, (document) => ({ ...document, tadigCodeList: document.tadigCodeList.slice(1) }));
    const plan = await planFolder(harness.sft, { folder });
    assert.equal(planExitCode(plan), 2, JSON.stringify(plan.entries.filter((item) => item.action === 'error')));
    await assert.rejects(applyPlan(harness.sft, plan), (error: unknown) => error instanceof ConfigError && /apply-reports is a symbolic link/.test(error.message));
    assert.deepEqual(await writePaths(harness, 'sft'), [], 'nothing is sent when the report cannot be written safely');
    assert.deepEqual(filesUnder(outside), []);
  });
});

describe('hostile folders: links are never followed', () => {
  it('a kind folder that links elsewhere is neither planned from nor exported into', async () => {
    const { folder, outside } = await exportedBesideOutside('folder-link');
    fs.rmSync(path.join(folder, 'destination-groups'), { recursive: true });
    writeJson(outside, 'Elsewhere.destination-group.json', { destinationGroupName: 'Elsewhere', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    fs.symlinkSync(outside, path.join(folder, 'destination-groups'));

    const plan = await planFolder(harness.sft, { folder, allowDeletes: true });
    assert.equal(entry(plan, 'destination-groups')?.action, 'error');
    assert.match(entry(plan, 'destination-groups')?.summary ?? '', /symbolic link/);
    assert.deepEqual(plan.entries.filter((item) => item.action === 'create' || item.action === 'delete'), [], 'nothing read through the link, nothing deleted for what was not read');
    assert.equal(planExitCode(plan), 1);

    await assert.rejects(exportFolder(harness.sft, { folder, overwriteEdits: true }), (error: unknown) => error instanceof ConfigError && /symbolic link/.test(error.message));
    assert.deepEqual(filesUnder(outside), ['Elsewhere.destination-group.json']);
  });

  it('a tracked file replaced by a link is not a removed file: no delete, even with deletes allowed', async () => {
    const { folder, outside } = await exportedBesideOutside('file-link');
    fs.writeFileSync(path.join(outside, 'target.json'), fs.readFileSync(path.join(folder, BALTICS)));
    fs.rmSync(path.join(folder, BALTICS));
    fs.symlinkSync(path.join(outside, 'target.json'), path.join(folder, BALTICS));

    const plan = await planFolder(harness.sft, { folder, allowDeletes: true });
    assert.equal(entry(plan, BALTICS)?.action, 'error');
    assert.match(entry(plan, BALTICS)?.summary ?? '', /symbolic link/);
    assert.equal(plan.entries.filter((item) => item.action === 'delete').length, 0);
    await assert.rejects(applyPlan(harness.sft, plan), ConfigError);
    assert.ok(await destinationGroupKind.get(harness.sft, '2507'), 'group 2507 is still on the remote');
    assert.deepEqual(await writePaths(harness, 'sft'), []);
  });

  it('a manifest that is a link is refused without reading what it points to', async () => {
    const { folder, outside } = await exportedBesideOutside('manifest-link');
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'TOP-SECRET-CONTENT not json');
    fs.rmSync(path.join(folder, MANIFEST_FILE));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, MANIFEST_FILE));
    assert.throws(() => readManifest(folder), (error: unknown) => error instanceof ConfigError
      && /symbolic link/.test(error.message) && !error.message.includes('TOP-SECRET'));
  });

  it('a manifest that is not JSON is described by position, never by quoting its text', async () => {
    const { folder } = await exportedBesideOutside('manifest-garbage');
    fs.writeFileSync(path.join(folder, MANIFEST_FILE), '{"manifestVersion": 1, SECRET-LOOKING-TEXT }');
    assert.throws(() => readManifest(folder), (error: unknown) => error instanceof ConfigError
      && /line 1, column \d+/.test(error.message) && !error.message.includes('SECRET-LOOKING'));
  });
});

describe('hostile folders: nothing is ignored silently', () => {
  it('a folder or file that matches no kind is a warning of the plan, and blocks with strict', async () => {
    const { folder } = await exportedBesideOutside('typo');
    writeJson(folder, 'destination-group/Malta.destination-group.json', { destinationGroupName: 'Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    writeJson(folder, 'Stray.destination-group.json', { destinationGroupName: 'Stray', tadigCodeList: [] });
    fs.mkdirSync(path.join(folder, 'destination-groups', 'nested'));
    fs.writeFileSync(path.join(folder, 'destination-groups', 'Malta.destination-group.json.bak'), '{}');
    fs.writeFileSync(path.join(folder, 'README.md'), '# notes\n');

    const plan = await planFolder(harness.sft, { folder });
    const notRead = new Map(plan.notRead.map((item) => [item.path, item.message]));
    assert.deepEqual([...notRead.keys()].sort(), [
      'Stray.destination-group.json', 'destination-group', 'destination-groups/Malta.destination-group.json.bak', 'destination-groups/nested',
    ]);
    assert.match(notRead.get('destination-group') ?? '', /destination-groups/, 'the nearest kind folder is suggested');
    assert.equal(planExitCode(plan), 0, 'a warning alone does not block');
    assert.equal(planExitCode(plan, { strict: true }), 1);
  });
});

describe('hostile folders: files that would overflow the stack', () => {
  it('a file nested 100,000 levels is an invalid file with its place, not a crash', async () => {
    const { folder } = await exportedBesideOutside('deep');
    const depth = 100_000;
    fs.writeFileSync(path.join(folder, 'destination-groups/Deep.destination-group.json'), `{"destinationGroupName":"Deep","tadigCodeList":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const plan = await planFolder(harness.sft, { folder });
    const deep = entry(plan, 'destination-groups/Deep.destination-group.json');
    assert.equal(deep?.action, 'error');
    assert.match(deep?.problems?.[0]?.message ?? '', /nested deeper than 64 levels/);
    assert.deepEqual([deep?.problems?.[0]?.line, deep?.problems?.[0]?.column], [1, 47 + 63 + 1], "at the bracket that reaches depth 65 (the object is depth 1)");
  });
});

describe('hostile folders: one object, one file', () => {
  it('two new files naming the same object are refused, naming each other; nothing is created', async () => {
    const { folder } = await exportedBesideOutside('twins');
    const malta = { destinationGroupName: 'Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] };
    writeJson(folder, 'destination-groups/Malta.destination-group.json', malta);
    writeJson(folder, 'destination-groups/Malta copy.destination-group.json', { ...malta, destinationGroupName: ' malta ' });
    const plan = await planFolder(harness.sft, { folder });
    const first = entry(plan, 'destination-groups/Malta.destination-group.json');
    const second = entry(plan, 'destination-groups/Malta copy.destination-group.json');
    assert.equal(first?.action, 'error');
    assert.equal(second?.action, 'error');
    assert.match(first?.summary ?? '', /Malta copy\.destination-group\.json/);
    assert.match(second?.summary ?? '', /Malta\.destination-group\.json/);
    assert.equal(planExitCode(plan), 1);
    await assert.rejects(applyPlan(harness.sft, plan), ConfigError);
    assert.deepEqual(await writePaths(harness, 'sft'), []);
  });

  it('a new file naming the object a tracked file already holds is refused', async () => {
    const { folder } = await exportedBesideOutside('copy-of-tracked');
    fs.copyFileSync(path.join(folder, BALTICS), path.join(folder, 'destination-groups/Baltics again.destination-group.json'));
    editJson<{ tadigCodeList: unknown[] }>(folder, 'destination-groups/Baltics again.destination-group.json', (document) => ({ ...document, tadigCodeList: document.tadigCodeList.slice(1) }));
    const plan = await planFolder(harness.sft, { folder });
    assert.equal(entry(plan, 'destination-groups/Baltics again.destination-group.json')?.action, 'error');
    assert.match(entry(plan, 'destination-groups/Baltics again.destination-group.json')?.summary ?? '', /Baltics\.destination-group\.json/);
    assert.equal(planExitCode(plan), 1);
  });
});
