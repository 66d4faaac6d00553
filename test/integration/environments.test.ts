// Environments inside VS Code: the Folder Plan asks which environment to plan (a folder's states, or a new one),
// and Roaming: Compare Connections… shows what differs between two SFT accounts (reseller 100, child 300) as a
// read-only document.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import { childLabelled, extensionApi, sandboxAdmin } from './support/api';
import { actInBrowser, canTakeScreenshots, takeScreenshot } from './support/screenshots';

interface Plan { environment?: string; entries: Array<{ action: string; file: string }> }
interface Comparison { differences: Array<{ name: string; only?: string; fields?: Array<{ pointer: string }> }> }

describe('Roaming environments and Compare Connections', function () {
  let api: TestApi;
  let folder: string;

  before(async () => {
    api = await extensionApi();
    await vscode.commands.executeCommand('roaming.trySandbox');
    await sandboxAdmin(api.launcher.urls!.sft, 'reset');
    await sandboxAdmin(api.launcher.urls!.sft, 'settings', { tps: 20 });
    folder = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'environments-sft');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  after(async () => {
    await sandboxAdmin(api.launcher.urls!.sft, 'settings', { tps: 2 });
    await sandboxAdmin(api.launcher.urls!.sft, 'reset');
  });

  it('plans the environment chosen in the picker', async function () {
    if (!canTakeScreenshots()) this.skip();
    await vscode.commands.executeCommand<string>('roaming.exportToFolder', await childLabelled(api, undefined, 'Sandbox SFT'), undefined, { folder, kinds: ['service-profile'] });
    // The folder moves to environments: its manifest becomes the "test" state, beside a "staging" copy.
    fs.mkdirSync(path.join(folder, 'roaming-state'));
    fs.renameSync(path.join(folder, 'roaming-manifest.json'), path.join(folder, 'roaming-state', 'test.json'));
    fs.copyFileSync(path.join(folder, 'roaming-state', 'test.json'), path.join(folder, 'roaming-state', 'staging.json'));
    const planning = vscode.commands.executeCommand<Plan | undefined>('roaming.planFolder', { folder });
    const widget = '.quick-input-widget';
    await actInBrowser('environment-picker', [
      { waitFor: `${widget} .monaco-list-row:has-text("New environment")` },
    ]);
    await takeScreenshot('environment-picker');
    await actInBrowser('environment-picker-choose', [{ click: `${widget} .monaco-list-row:has-text("test")` }]);
    const plan = await planning;
    assert.ok(plan, 'a plan was made');
    assert.equal(plan.environment, 'test');
    assert.deepEqual(plan.entries.filter((entry) => entry.action !== 'unchanged'), [], 'the moved state plans nothing');
  });

  it('compares two connections of one platform and shows the difference read-only', async () => {
    const sft = api.store.list().map((known) => known.record).find((record) => record.name === 'Sandbox SFT');
    assert.ok(sft, 'the sandbox SFT connection');
    const { id: _ignored, ...fields } = sft;
    void _ignored;
    const child = await api.store.add({ ...fields, name: 'Sandbox SFT child 300', targetAccountId: '300', environment: 'production' });
    await api.store.credentials(child.id).storePassword('sandbox');
    try {
      const comparison = await vscode.commands.executeCommand<Comparison | undefined>('roaming.compareConnections', { left: sft.id, right: child.id, kind: 'destination-group' });
      assert.ok(comparison, 'compared');
      assert.ok(comparison.differences.some((item) => item.name === 'Iberia' && item.only === 'left'));
      assert.ok(comparison.differences.some((item) => item.name === 'Child DACH' && item.only === 'right'));
      const document = vscode.window.visibleTextEditors.map((editor) => editor.document).find((item) => item.uri.scheme === 'roaming-review' && /Compare/.test(item.uri.path));
      assert.ok(document, 'shown as a read-only review document');
      assert.match(document.getText(), /only in Sandbox SFT child 300/);
      const single = await vscode.commands.executeCommand<Comparison | undefined>('roaming.compareConnections', { left: sft.id, right: child.id, kind: 'roaming-profile', name: 'DEFAULT' });
      assert.ok(single?.differences.every((item) => item.name === 'DEFAULT'), 'one object compared');
      if (canTakeScreenshots()) await takeScreenshot('compare-connections');
    } finally {
      // The suites after this one count the SFT connections (a file without a manifest has one only when it is alone).
      await api.store.remove(child.id);
    }
  });
});
