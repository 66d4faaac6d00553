// The Coverage view inside VS Code, on the sandbox: the map marks the countries of a group, of a profile, and of two
// compared; the page tells the extension what it drew (its DOM, read in the webview itself), and screenshots show it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import type { RenderedCoverage } from '../../src/vscode/coverage/coveragePanel';
import { childLabelled, extensionApi, sandboxAdmin } from './support/api';
import { canTakeScreenshots, takeScreenshot } from './support/screenshots';

describe('Coverage view on the sandbox', function () {
  let api: TestApi;

  /** Runs a command and waits for the page it opens to say what it drew. */
  async function renderedBy(command: () => Thenable<unknown>): Promise<RenderedCoverage> {
    const drawn = new Promise<RenderedCoverage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the coverage page did not report what it drew within 20 s')), 20_000);
      const listener = api.coverage.onDidRender((rendered) => {
        clearTimeout(timer);
        listener.dispose();
        resolve(rendered);
      });
    });
    await command();
    return drawn;
  }

  const item = async (folder: string, label: string) => childLabelled(api, await childLabelled(api, await childLabelled(api, undefined, 'Sandbox SFT'), folder), label);

  before(async () => {
    api = await extensionApi();
    await vscode.commands.executeCommand('roaming.trySandbox');
    await sandboxAdmin(api.launcher.urls!.sft, 'reset');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the Coverage view of "Malta Only" from the tree: Malta marked on the map, its network in the list', async () => {
    const malta = await item('Destination Groups', 'Malta Only');
    const rendered = await renderedBy(() => vscode.commands.executeCommand('roaming.showCoverage', malta));
    assert.deepEqual(rendered.marked.covered, ['MT']);
    assert.equal(rendered.listed, 1, 'one network listed beside the map: MLTTL');
    assert.match(rendered.title, /Coverage of destination group "Malta Only" \(2505\)/);
    if (canTakeScreenshots()) assert.ok(fs.statSync(await takeScreenshot('coverage-malta-only')).size > 20_000);
  });

  it('shows a CUSTOM profile\'s own networks, and compares two groups: in both, only left, only right', async () => {
    const profile = await item('Roaming Profiles', 'UK Ireland Roaming');
    const own = await renderedBy(() => vscode.commands.executeCommand('roaming.showCoverage', profile));
    assert.deepEqual(own.marked.covered, ['GB', 'IE']);

    const euCore = await item('Destination Groups', 'EU Core');
    const ukIreland = await item('Destination Groups', 'UK & Ireland');
    const compared = await renderedBy(() => vscode.commands.executeCommand('roaming.compareCoverage', euCore, [euCore, ukIreland]));
    assert.deepEqual(compared.marked.both, ['IE'], 'IRLEC is in both');
    assert.deepEqual(compared.marked['only-right'], ['GB']);
    assert.deepEqual(compared.marked['only-left'], ['AT', 'BE', 'CZ', 'DE', 'ES', 'FR', 'IT', 'LU', 'NL', 'PL', 'PT']);
    assert.match(compared.title, /EU Core.*compared with.*UK & Ireland/);
    if (canTakeScreenshots()) assert.ok(fs.statSync(await takeScreenshot('coverage-comparison')).size > 20_000);
  });
});
