// Production deletes are named (issue 17 item 5), the VS Code way: on a production connection the Folder Plan skips
// a removed file's delete until the person types the object's name (Allow This Delete… on the entry); a wrong name
// is refused, a protected object is never offered, and Apply then deletes exactly that object — checked in the
// sandbox's request log and its state. Child account 300 of the SFT sandbox plays production.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import type { ConnectionRecord } from '../../src/core/http/connection';
import { childLabelled, eventually, extensionApi, sandboxAdmin } from './support/api';
import { actInBrowser, canTakeScreenshots, takeScreenshot } from './support/screenshots';

type Json = Record<string, unknown>;
interface Manifest { files: Record<string, { kind: string; id: string }>; protect?: string[] }
interface LoggedRequest { method: string; path: string; body?: unknown }

const PRODUCTION = 'Sandbox SFT production 300';
const PROFILE_FILE = 'roaming-profiles/Child DACH Roaming.roaming-profile.json';
const SERVICE_FILE = 'service-profiles/Child Data 4G.service-profile.json';

describe('Roaming production deletes typed in the Folder Plan', function () {
  let api: TestApi;
  let folder: string;
  let production: ConnectionRecord;

  const url = () => api.launcher.urls!.sft;
  const child = () => ((api.launcher.sandbox!.sft.exportState() as { accounts: Json[] }).accounts
    .find((account) => account.accountId === '300')) as { roamingProfiles: Array<{ roamingProfileId: string }>; serviceProfiles: Array<{ profileId: string }> };
  const manifestFile = () => path.join(folder, 'roaming-manifest.json');
  /** The Folder Plan view's entry nodes, with what the tree shows for each. */
  const planEntries = () => {
    const view = api.planView;
    return view.getChildren().filter((node) => (view.getTreeItem(node).contextValue ?? '').startsWith('plan:group:'))
      .flatMap((group) => view.getChildren(group))
      .map((node) => ({ node, item: view.getTreeItem(node) }));
  };
  const entryShown = (file: string) => {
    const found = planEntries().find(({ item }) => String(item.description ?? '').endsWith(`· ${file}`));
    assert.ok(found, `${file} is in the Folder Plan view`);
    return found;
  };
  const actionOf = (file: string) => api.planView.plan?.plan.entries.find((entry) => entry.file === file)?.action;

  before(async () => {
    api = await extensionApi();
    await vscode.commands.executeCommand('roaming.trySandbox');
    await sandboxAdmin(url(), 'reset');
    await sandboxAdmin(url(), 'settings', { tps: 20 });
    const sft = api.store.list().map((known) => known.record).find((record) => record.name === 'Sandbox SFT');
    assert.ok(sft, 'the sandbox SFT connection');
    const { id: _ignored, ...fields } = sft;
    void _ignored;
    production = await api.store.add({ ...fields, name: PRODUCTION, targetAccountId: '300', environment: 'production' });
    await api.store.credentials(production.id).storePassword('sandbox');
    folder = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'production-deletes');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  after(async () => {
    api.prompter.clearScript();
    // The suites after this one count the SFT connections.
    await api.store.remove(production.id);
    await sandboxAdmin(url(), 'settings', { tps: 2 });
    await sandboxAdmin(url(), 'reset');
  });

  it('plans a production delete once its name is typed (a wrong name refused, a protected object never offered), and Apply deletes exactly that object', async function () {
    if (!canTakeScreenshots()) this.skip();
    const connectionNode = await eventually('the production connection in the tree', () => childLabelled(api, undefined, PRODUCTION));
    assert.equal(await vscode.commands.executeCommand<string>('roaming.exportToFolder', connectionNode, undefined, { folder }), folder);
    // Both files removed; the service profile is protected by the state's list, so never deleted.
    const manifest = JSON.parse(fs.readFileSync(manifestFile(), 'utf8')) as Manifest;
    assert.equal(manifest.files[PROFILE_FILE]?.id, '3102');
    assert.equal(manifest.files[SERVICE_FILE]?.id, 'SP_1401');
    fs.writeFileSync(manifestFile(), `${JSON.stringify({ ...manifest, protect: ['Child Data 4G'] }, null, 2)}\n`);
    fs.rmSync(path.join(folder, PROFILE_FILE));
    fs.rmSync(path.join(folder, SERVICE_FILE));

    const planned = await vscode.commands.executeCommand<{ entries: Array<{ action: string; file: string; summary: string; protected?: boolean }> } | undefined>('roaming.planFolder', { folder });
    assert.ok(planned, 'a plan was made');
    assert.equal(api.planView.plan?.connection.id, production.id, 'planned against the production connection');
    const skippedProfile = planned.entries.find((entry) => entry.file === PROFILE_FILE);
    assert.equal(skippedProfile?.action, 'skipped');
    assert.match(skippedProfile?.summary ?? '', /production connection, where deletes are named one by one/);
    assert.equal(planned.entries.find((entry) => entry.file === SERVICE_FILE)?.protected, true);
    assert.equal(entryShown(PROFILE_FILE).item.contextValue, 'plan:entry:skipped:needsName', 'the skipped production delete offers Allow This Delete…');
    assert.equal(entryShown(SERVICE_FILE).item.contextValue, 'plan:entry:skipped', 'a protected object is not offered');
    // Run on the protected entry anyway (from a script): refused before anything is asked.
    assert.equal(await vscode.commands.executeCommand('roaming.plan.allowDelete', entryShown(SERVICE_FILE).node), undefined);
    assert.equal(actionOf(SERVICE_FILE), 'skipped');
    // A blanket "allow deletes" is not for production (its menus hide it): run anyway, it plans no delete.
    await vscode.commands.executeCommand('roaming.planAllowDeletes');
    assert.equal(api.planView.plan?.plan.allowDeletes, false);
    assert.equal(actionOf(PROFILE_FILE), 'skipped');
    await sandboxAdmin(url(), 'requests', {}, 'DELETE');

    // As a person does: select the entry in the Folder Plan, click its inline Allow This Delete…, type the name.
    const row = `.monaco-list-row:has-text("${PROFILE_FILE}")`;
    const widget = '.quick-input-widget';
    await actInBrowser('allow-delete-open', [
      { click: row },
      { click: `${row} .action-label[aria-label="Allow This Delete…"]` },
      { waitFor: `${widget} .quick-input-message:has-text("type its name to plan the delete")` },
      { inViewport: `${widget}` },
    ]);
    await takeScreenshot('allow-delete-prompt');
    await actInBrowser('allow-delete-wrong-name', [
      { click: `${widget} .quick-input-box input` },
      { type: 'Child DACH' }, { press: 'Enter' },
      { waitFor: `${widget} .quick-input-message:has-text("Not its name")` },
    ]);
    await takeScreenshot('allow-delete-wrong-name');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(actionOf(PROFILE_FILE), 'skipped', 'a wrong name allows nothing');
    assert.deepEqual(api.planView.plan?.allowDelete ?? [], []);
    await actInBrowser('allow-delete-right-name', [
      { press: 'Control+a' }, { type: 'Child DACH Roaming' }, { press: 'Enter' },
    ]);
    await eventually('the typed delete in the plan', () => actionOf(PROFILE_FILE) === 'delete');
    const current = api.planView.plan!;
    assert.deepEqual(current.allowDelete, [PROFILE_FILE], 'the typed name is kept with the plan');
    assert.deepEqual(current.plan.entries.find((entry) => entry.file === PROFILE_FILE)?.writePlan?.requests.map((request) => `${request.method} ${request.path}`), ['POST /api/deleteRoamingProfile']);
    assert.equal(actionOf(SERVICE_FILE), 'skipped', 'the protected object still stays');
    assert.equal(entryShown(PROFILE_FILE).item.contextValue, 'plan:entry:delete');
    await takeScreenshot('allow-delete-planned');

    // Refresh (the same folder, environment and connection) keeps the typed name.
    await vscode.commands.executeCommand('roaming.planFolder', { folder });
    assert.equal(actionOf(PROFILE_FILE), 'delete', 'a refresh keeps the typed delete');

    api.prompter.script('Apply');
    const report = await vscode.commands.executeCommand<string | undefined>('roaming.applyPlan');
    assert.ok(report && fs.existsSync(report), 'applied, with a report');
    assert.match(api.prompter.asked.at(-1)?.message ?? '', /^PRODUCTION — Apply 1 delete to Sandbox SFT production 300 \(production\)\?$/);
    const deletes = (await sandboxAdmin(url(), 'requests', {}, 'GET') as LoggedRequest[]).filter((request) => /delete/i.test(request.path));
    assert.deepEqual(deletes.map((request) => `${request.method} ${request.path} ${JSON.stringify(request.body)}`),
      ['POST /api/deleteRoamingProfile {"roamingProfileInfo":{"roamingProfileId":"3102"}}'], 'exactly that object was deleted');
    assert.equal(child().roamingProfiles.some((item) => item.roamingProfileId === '3102'), false, 'gone from production');
    assert.equal(child().serviceProfiles.some((item) => item.profileId === 'SP_1401'), true, 'the protected one is still there');

    // The plan after the apply: the deleted object is gone from it, and so is its name.
    await eventually('the plan after the apply', () => api.planView.plan !== current && api.planView.plan?.plan.entries.every((entry) => entry.file !== PROFILE_FILE));
    assert.deepEqual(api.planView.plan?.allowDelete, [], 'a name whose object was deleted is forgotten');
    assert.equal(actionOf(SERVICE_FILE), 'skipped');
  });
});
