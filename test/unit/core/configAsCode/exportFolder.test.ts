// Export writes one file per object in its editable form plus a manifest of ids and fingerprints, keeps file
// names across exports, and never replaces edits that were not applied.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { documentWithFileReferences } from '../../../../src/core/configAsCode/folderReferences';
import { ConfigError, exportFolder, planFolder, readManifest, type ManifestEntry } from '../../../../src/core/configAsCode';
import { documentText, fingerprintOf } from '../../../../src/core/configAsCode/fingerprint';
import { kindsOfPlatform } from '../../../../src/core/platforms/registry';
import { roamingProfileKind, type RoamingProfileDocument } from '../../../../src/core/platforms/sft/roamingProfile';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { SandboxHarness } from '../platforms/support/sandboxClients';
import { editJson, listFiles, readJson, removeFile, removeTemporaryFolders, temporaryFolder } from './support/folders';
import { changeRemotely, deleteRemotely } from './support/remote';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

describe('export', () => {
  for (const platform of ['sft', 'telecomx'] as const) {
    it(`${platform}: every object of the account, one file each, as the kind's document, recorded in the manifest`, async () => {
      const client = harness.clientFor(platform);
      const folder = temporaryFolder(`export-${platform}`);
      const result = await exportFolder(client, { folder });
      const manifest = readManifest(folder);
      assert.ok(manifest);
      let total = 0;
      for (const kind of kindsOfPlatform(platform)) {
        const remote = (await kind.list(client, kind.pagedRemotely ? { limit: 500 } : {})).items;
        assert.ok(remote.length > 0, `the seed has ${kind.plural}`);
        total += remote.length;
        const files = listFiles(folder, kind.folder);
        assert.equal(files.length, remote.length, kind.plural);
        assert.ok(files.every((file) => file.endsWith(`.${kind.slug}.json`)), kind.plural);
        for (const object of remote) {
          const id = kind.idOf(object);
          const entries: [string, ManifestEntry][] = Object.entries(manifest.files).filter(([, entry]) => entry.kind === kind.slug && entry.id === id);
          assert.equal(entries.length, 1, `${kind.slug} ${id} is in the manifest once`);
          const [file, entry] = entries[0];
          assert.equal(entry.fingerprint, fingerprintOf(kind.toDocument(object)));
          // A reference to an object of the folder is written by its file, so the files apply to any account.
          const fileOf = (target: string, targetId: string): string | undefined =>
            Object.entries(manifest.files).find(([, other]) => other.kind === target && other.id === targetId)?.[0];
          const expected = documentWithFileReferences(kind.slug, kind.toDocument(object), fileOf);
          assert.equal(fs.readFileSync(path.join(folder, file), 'utf8'), documentText(expected));
          if (kind.slug === 'roaming-profile') assert.match(String((expected as { destinationGroupId: string }).destinationGroupId), /^@destination-groups\//);
        }
      }
      assert.equal(result.files.length, total);
      assert.equal(Object.keys(manifest.files).length, total);
      assert.deepEqual(Object.keys(manifest.connection).sort(), ['baseUrl', 'environment', 'name', 'platform', 'username']);
      assert.equal(manifest.connection.baseUrl, client.connection.baseUrl);
      assert.ok(manifest.exportedAt && !Number.isNaN(Date.parse(manifest.exportedAt)));
    });
  }

  it('names files after the objects and keeps each name when the remote object is renamed', async () => {
    const folder = temporaryFolder('export-stable');
    await exportFolder(harness.sft, { folder });
    assert.ok(listFiles(folder, 'roaming-profiles').includes('UK Ireland Roaming.roaming-profile.json'));
    await changeRemotely<RoamingProfileDocument>(harness.sft, roamingProfileKind, '3004', (document) => ({ ...document, roamingProfileName: 'UK and Ireland' }));

    const again = await exportFolder(harness.sft, { folder });
    assert.ok(listFiles(folder, 'roaming-profiles').includes('UK Ireland Roaming.roaming-profile.json'));
    assert.ok(!listFiles(folder, 'roaming-profiles').includes('UK and Ireland.roaming-profile.json'));
    assert.equal((readJson(folder, 'roaming-profiles/UK Ireland Roaming.roaming-profile.json') as RoamingProfileDocument).roamingProfileName, 'UK and Ireland');
    // Only the changed file is rewritten.
    assert.deepEqual(again.files.filter((file) => file.written).map((file) => file.id), ['3004']);
  });

  it('refuses to replace files holding edits that were never applied, unless told to', async () => {
    const folder = temporaryFolder('export-edits');
    await exportFolder(harness.sft, { folder });
    const file = 'roaming-profiles/UK Ireland Roaming.roaming-profile.json';
    editJson<RoamingProfileDocument>(folder, file, (document) => ({ ...document, status: '0' }));

    await assert.rejects(exportFolder(harness.sft, { folder }), (error: unknown) => error instanceof ConfigError && error.message.includes(file));
    assert.equal((readJson(folder, file) as RoamingProfileDocument).status, '0', 'the edit is kept');

    await exportFolder(harness.sft, { folder, overwriteEdits: true });
    assert.equal((readJson(folder, file) as RoamingProfileDocument).status, '1', 'replaced by the remote');

    // A removed file is a delete not yet applied: kept removed unless told otherwise.
    removeFile(folder, file);
    await assert.rejects(exportFolder(harness.sft, { folder }), (error: unknown) => error instanceof ConfigError && error.message.includes(file));
    assert.ok(!listFiles(folder, 'roaming-profiles').includes('UK Ireland Roaming.roaming-profile.json'));
    await exportFolder(harness.sft, { folder, overwriteEdits: true });
    assert.ok(listFiles(folder, 'roaming-profiles').includes('UK Ireland Roaming.roaming-profile.json'));
  });

  it('exports chosen kinds or ids only, and says which ids it cannot find', async () => {
    const folder = temporaryFolder('export-chosen');
    const result = await exportFolder(harness.sft, { folder, kinds: ['roaming-profile'], ids: ['3002', '3004'] });
    assert.deepEqual(result.files.map((file) => file.id).sort(), ['3002', '3004']);
    assert.deepEqual(listFiles(folder, 'destination-groups'), []);
    assert.deepEqual(Object.keys(readManifest(folder)?.files ?? {}).length, 2);

    await assert.rejects(exportFolder(harness.sft, { folder, kinds: ['roaming-profile'], ids: ['9999'] }), /Not found .*9999/);
    await assert.rejects(exportFolder(harness.sft, { folder, kinds: ['region'] }), /region is not a kind of sft/);
  });

  it('removes the file of an object deleted on the remote when exporting again', async () => {
    const folder = temporaryFolder('export-gone');
    await exportFolder(harness.sft, { folder });
    await deleteRemotely(harness.sft, destinationGroupKind, '2507');
    const result = await exportFolder(harness.sft, { folder });
    assert.deepEqual(result.removed.map((item) => item.id), ['2507']);
    assert.ok(!listFiles(folder, 'destination-groups').includes('Baltics.destination-group.json'));
    assert.ok(!Object.values(readManifest(folder)?.files ?? {}).some((entry) => entry.id === '2507'));
    assert.equal((await planFolder(harness.sft, { folder })).counts.unchanged, result.files.length);
  });

  it('refuses a folder exported from another account', async () => {
    const folder = temporaryFolder('export-account');
    await exportFolder(harness.sft, { folder, kinds: ['service-profile'] });
    const child = harness.childAccountClient();
    await assert.rejects(exportFolder(child, { folder }), /account 300/);
    await assert.rejects(planFolder(child, { folder }), /account 300/);
  });
});
