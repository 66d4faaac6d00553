// Which connection a workspace file is checked against: the manifest's account, else the only one of the platform.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { bindWorkspaceFile } from '../../../../src/core/language/workspaceConnection';
import type { ConnectionRecord } from '../../../../src/core/http/connection';

const record = (id: string, platform: 'sft' | 'telecomx', baseUrl: string): ConnectionRecord =>
  ({ id, name: id, platform, baseUrl, username: 'u', environment: 'test', readOnly: false });

const sftProduction = record('sft-prod', 'sft', 'https://sft.example');
const sftTest = record('sft-test', 'sft', 'https://sft-test.example');
const telecomx = record('tx', 'telecomx', 'https://tx.example');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'roaming-language-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

function folderWithManifest(name: string, manifest: unknown): string {
  const folder = path.join(root, name);
  fs.mkdirSync(path.join(folder, 'destination-groups'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'roaming-manifest.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  return folder;
}

const manifestFor = (baseUrl: string, files: object = {}) => ({
  manifestVersion: 1, connection: { name: 'x', platform: 'sft', baseUrl, username: 'someone', environment: 'production' }, files,
});

describe('the connection of a workspace file', () => {
  it('a manifest above the file names the account, and the file\'s remote id', () => {
    const folder = folderWithManifest('exported', manifestFor('https://SFT-TEST.example/', { 'destination-groups/EU Core.destination-group.json': { kind: 'destination-group', id: '2501' } }));
    const file = path.join(folder, 'destination-groups', 'EU Core.destination-group.json');
    const binding = bindWorkspaceFile(file, 'sft', [sftProduction, sftTest, telecomx]);
    assert.equal(binding.connection?.id, 'sft-test');
    assert.equal(binding.objectId, '2501');
    assert.equal(binding.manifestFolder, folder);
  });

  it('a manifest of an account without a connection: none, never another account', () => {
    const folder = folderWithManifest('unknown-account', manifestFor('https://elsewhere.example'));
    assert.equal(bindWorkspaceFile(path.join(folder, 'a.roaming-profile.json'), 'sft', [sftProduction]).connection, undefined);
  });

  it('a broken manifest: none', () => {
    const folder = folderWithManifest('broken', '{ not json');
    assert.equal(bindWorkspaceFile(path.join(folder, 'a.roaming-profile.json'), 'sft', [sftProduction]).connection, undefined);
  });

  it('no manifest: the only connection of the platform, else none', () => {
    const folder = path.join(root, 'plain');
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'a.create-roaming-profile.request.json');
    assert.equal(bindWorkspaceFile(file, 'sft', [sftProduction, telecomx], root).connection?.id, 'sft-prod');
    assert.equal(bindWorkspaceFile(file, 'sft', [sftProduction, sftTest], root).connection, undefined);
    assert.equal(bindWorkspaceFile(file, 'telecomx', [sftProduction], root).connection, undefined);
  });
});
