import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { canTakeScreenshots, takeScreenshot } from './support/screenshots';

const EXTENSION_ID = 'roaming-workbench.roaming-workbench';

describe('Roaming Workbench in VS Code', () => {
  it('activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('contributes the Roaming view container, its explorer view and welcome', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const container = manifest.contributes.viewsContainers.activitybar.find((entry: { id: string }) => entry.id === 'roaming');
    assert.equal(container?.title, 'Roaming');
    assert.ok(manifest.contributes.views.roaming.some((view: { id: string }) => view.id === 'roaming.explorer'));
    assert.ok(manifest.contributes.viewsWelcome.some((welcome: { view: string }) => welcome.view === 'roaming.explorer'));
    assert.ok(!manifest.activationEvents.includes('*'), 'activation must stay lazy');
  });

  it('registers every contributed command, each under the Roaming category', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed: Array<{ command: string; category?: string }> = manifest.contributes.commands;
    assert.ok(contributed.length > 0);
    for (const command of contributed) {
      assert.ok(registered.has(command.command), `${command.command} is contributed but not registered`);
      assert.equal(command.category, 'Roaming', `${command.command} is not in the Roaming category`);
    }
  });

  it('opens the Roaming view and shows it in a screenshot', async function () {
    if (!canTakeScreenshots()) this.skip();
    await vscode.commands.executeCommand('workbench.view.extension.roaming');
    await vscode.commands.executeCommand('roaming.explorer.focus');
    const file = await takeScreenshot('roaming-view-welcome');
    assert.ok(fs.statSync(file).size > 10_000, 'the screenshot is empty');
  });
});
