// Roaming insight inside VS Code, on the sandbox: where a profile really roams (its own networks, by country, and
// whether it differs from its group), what uses an object, and what a push or a delete reaches before anything is
// sent — through the real tree, push pipeline and delete command, checked against the sandbox's request log.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import type { ExplorerNode } from '../../src/vscode/explorer/explorerNode';
import { childLabelled, childrenOf, eventually, extensionApi, labelOf, labelsUnder, sandboxAdmin } from './support/api';
import { canTakeScreenshots, takeScreenshot } from './support/screenshots';

type Json = Record<string, unknown>;
interface LoggedRequest { method: string; path: string; body: Json }

describe('Roaming explorer: roaming insight on the sandbox', function () {
  let api: TestApi;
  let sftId: string;
  const urls = () => api.launcher.urls!;
  const sft = () => childLabelled(api, undefined, 'Sandbox SFT');
  const folder = async (label: string) => childLabelled(api, await sft(), label);
  const descriptionOf = async (node: ExplorerNode) => String((await node.treeItem()).description ?? '');
  const writesTo = async () => (await sandboxAdmin(urls().sft, 'requests', undefined, 'GET') as LoggedRequest[])
    .filter((entry) => entry.method !== 'GET' && !entry.path.endsWith('/login'));
  const uriOf = (folderName: string, id: string, kind: string) => vscode.Uri.parse(`roaming:/${sftId}/${folderName}/${id}.${kind}.json`);

  /** Opens an object's document as it is on the remote now, replaces its content with `edit(value)` and saves it. */
  async function editAndSave(uri: vscode.Uri, edit: (value: Json) => Json): Promise<boolean> {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    // An earlier suite may have left this document open, or edits kept unpushed: start from the remote as it is now.
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('roaming.discardUnpushed', uri);
    await api.documents.refreshIfClean(uri);
    const current = api.documents.openDocument(uri)?.text;
    if (current !== undefined) {
      await eventually('the document to show the remote', () => document.getText() === current || undefined)
        .catch((error: Error) => { throw new Error(`${error.message}: dirty ${document.isDirty}, unpushed ${api.documents.unpushedText(uri) !== undefined}, shows ${document.getText().length} characters, the remote ${current.length}: ${document.getText().slice(0, 300)} ≠ ${current.slice(0, 300)}`); });
    }
    const value = JSON.parse(document.getText()) as Json;
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    assert.ok(await editor.edit((builder) => builder.replace(whole, `${JSON.stringify(edit(value), null, 2)}\n`)));
    return document.save();
  }

  const withOperator = (tadigCode: string, categoryGroupId: string) => (value: Json): Json =>
    ({ ...value, tadigCodeList: [...(value.tadigCodeList as Json[]), { tadigCode, categoryGroupId }] });

  before(async () => {
    api = await extensionApi();
    await vscode.commands.executeCommand('roaming.trySandbox');
    sftId = api.store.list().find((known) => known.record.name === 'Sandbox SFT')!.record.id;
    // Every push asks, as it does for production: the confirmation is what these tests read.
    await vscode.workspace.getConfiguration('roaming').update('push.confirmNonProduction', true, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('roaming').update('push.confirmNonProduction', undefined, vscode.ConfigurationTarget.Global);
    await sandboxAdmin(urls().sft, 'settings', { tps: 2 });
  });

  beforeEach(async () => {
    await sandboxAdmin(urls().sft, 'reset');
    await sandboxAdmin(urls().sft, 'settings', { tps: 20 });
    await vscode.commands.executeCommand('roaming.refresh');
    api.prompter.clearScript();
  });

  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && document.uri.scheme === 'roaming') {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    api.prompter.clearScript();
  });

  it('a group edit: the push names the CUSTOM profile that keeps its networks; after it the profile lists its own 8 and is marked as differing', async () => {
    const profileBefore = await childLabelled(api, await folder('Roaming Profiles'), 'UK Ireland Roaming');
    assert.equal(await descriptionOf(profileBefore), '3004 · active · 8 networks · copy of group 2506');

    api.prompter.script('Push');
    assert.equal(await editAndSave(uriOf('destination-groups', '2506', 'destination-group'), withOperator('GBRME', '27')), true, api.pipeline.refusals.at(-1));
    const question = api.prompter.asked.at(-1);
    assert.match(question?.message ?? '', /Push to Sandbox SFT \(sandbox\): Add 1 operator to UK & Ireland/);
    assert.match(question?.detail ?? '', /^What it reaches:\n• CUSTOM profile 3004 \(UK Ireland Roaming\) keeps its 8 networks .*GBRME\/27 only in the group$/m);
    // What it reaches stays in the dialog; the requests, too long to fit beside it, open in a review document.
    const review = vscode.workspace.textDocuments.find((candidate) => candidate.uri.scheme === 'roaming-review' && candidate.uri.path.includes('Push to Sandbox SFT'));
    assert.match(review?.getText() ?? '', /What it reaches:[\s\S]*POST \/api\/modifyDestinationGroup[\s\S]*"GBRME"/);

    // The tree follows the push: the profile is re-read, its own networks by country, and the difference named.
    const profile = await eventually('the profile to be marked as differing', async () => {
      const node = await childLabelled(api, await folder('Roaming Profiles'), 'UK Ireland Roaming');
      return /differs from group 2506/.test(await descriptionOf(node)) ? node : undefined;
    });
    assert.equal(await descriptionOf(profile), '3004 · active · 8 networks · differs from group 2506');
    const tooltip = api.explorer.resolveTreeItem(await profile.treeItem(), profile).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Roams on: 8 networks in 2 countries/);
    assert.deepEqual(await labelsUnder(api, profile), ['UK & Ireland', 'Networks', 'Differs from its group', 'Used by']);
    const networks = await childLabelled(api, profile, 'Networks');
    assert.equal(await descriptionOf(networks), '8 networks in 2 countries');
    assert.deepEqual(await labelsUnder(api, networks), ['Ireland', 'United Kingdom']);
    const uk = await childLabelled(api, networks, 'United Kingdom');
    assert.deepEqual(await labelsUnder(api, uk), ['GBRCN', 'GBRCN', 'GBRHU', 'GBRME', 'GBRVF'], 'its own copy: GBRME under supplier 12 only');
    const onlyInGroup = await childLabelled(api, await childLabelled(api, profile, 'Differs from its group'), 'Only in the group');
    assert.deepEqual(await labelsUnder(api, onlyInGroup), ['GBRME']);
    assert.match(await descriptionOf((await childrenOf(api, onlyInGroup))[0]), /supplier 27/);
  });

  it('an edit of the group a DEFAULT profile follows: the push names 3001 as following and the CUSTOM 3004 as keeping its networks', async () => {
    // UK Ireland Roaming moves onto EU Core, the group the DEFAULT profile follows: the push says it takes a copy.
    api.prompter.script('Push');
    assert.equal(await editAndSave(uriOf('roaming-profiles', '3004', 'roaming-profile'), (value) => ({ ...value, destinationGroupId: '2501' })), true, api.pipeline.refusals.at(-1));
    assert.match(api.prompter.asked.at(-1)?.detail ?? '', /• replaces the profile's 8 networks in 2 countries with a copy of group 2501's 17 networks in 12 countries/);

    api.prompter.script('Push');
    assert.equal(await editAndSave(uriOf('destination-groups', '2501', 'destination-group'), withOperator('MLTGO', '12')), true, api.pipeline.refusals.at(-1));
    const detail = api.prompter.asked.at(-1)?.detail ?? '';
    assert.match(detail, /^• adds MLTGO\/12 to DEFAULT profile 3001 \(follows the group\)$/m);
    assert.match(detail, /^• CUSTOM profile 3004 \(UK Ireland Roaming\) keeps its 17 networks .*MLTGO\/12 only in the group$/m);
    assert.match(detail, /^• CUSTOM profile 3005 \(EU Core Fixed\) keeps its 17 networks/m);

    const profiles = await folder('Roaming Profiles');
    await eventually('the tree to show the DEFAULT profile following', async () =>
      (await descriptionOf(await childLabelled(api, profiles, 'DEFAULT'))) === '3001 · active · 18 networks · follows group 2501' || undefined);
    assert.equal(await descriptionOf(await childLabelled(api, await folder('Roaming Profiles'), 'UK Ireland Roaming')), '3004 · active · 17 networks · differs from group 2501');
  });

  it('a delete of a group in use lists what uses it before anything is asked or sent', async () => {
    const group = await childLabelled(api, await folder('Destination Groups'), 'UK & Ireland');
    await sandboxAdmin(urls().sft, 'requests', undefined, 'DELETE');
    const before = api.notifications.length;
    api.prompter.script('Delete');
    await vscode.commands.executeCommand('roaming.delete', group, [group]);
    const told = api.notifications.slice(before);
    assert.deepEqual(told.map((notification) => notification.severity), ['warning'], JSON.stringify(told));
    assert.match(told[0].message, /^Nothing deleted: Destination group 2506 is still used by CUSTOM profile 3004 \(UK Ireland Roaming\): .*detach or delete that first\.$/);
    assert.deepEqual(api.prompter.asked, [], 'no question: there is nothing it could delete');
    assert.deepEqual(await writesTo(), [], 'nothing sent');
    assert.ok((await labelsUnder(api, await folder('Destination Groups'))).includes('UK & Ireland'));

    // Deleted together with its user, the user goes first and both go.
    const profile = await childLabelled(api, await folder('Roaming Profiles'), 'UK Ireland Roaming');
    const again = await childLabelled(api, await folder('Destination Groups'), 'UK & Ireland');
    api.prompter.script('Delete');
    await vscode.commands.executeCommand('roaming.delete', again, [again, profile]);
    assert.deepEqual((await writesTo()).map((entry) => entry.path), ['/api/deleteRoamingProfile', '/api/deleteDestinationGroup']);
  });

  it('shows the account\'s plans and ratezones, and what uses a group, a profile and a service profile', async () => {
    assert.deepEqual(await labelsUnder(api, await sft()), ['Roaming Profiles', 'Destination Groups', 'Service Profiles', 'Networks', 'Rate Plans', 'Ratezones']);
    const plans = await folder('Rate Plans');
    assert.deepEqual(await labelsUnder(api, plans), ['IoT Europe Basic', 'Nordic Data Boost']);
    const basic = await childLabelled(api, plans, 'IoT Europe Basic');
    assert.match(await descriptionOf(basic), /^8001 · normal · active$/);
    assert.deepEqual(await labelsUnder(api, basic), ['Service profile SP_1301', 'Destination group 2503', 'Roaming profile 3003']);
    const zone = await childLabelled(api, await folder('Ratezones'), 'Nordics Zone');
    assert.deepEqual(await labelsUnder(api, await childLabelled(api, zone, 'Used by')), ['Nordic Data Boost']);

    const usedBy = async (folderLabel: string, item: string) => {
      const node = await childLabelled(api, await childLabelled(api, await folder(folderLabel), item), 'Used by');
      assert.equal(await descriptionOf(node), 'expand to read', 'read only when expanded');
      const labels = await labelsUnder(api, node);
      return { description: await descriptionOf(node), labels };
    };
    assert.deepEqual(await usedBy('Destination Groups', 'Benelux + DACH'), { description: '1 roaming profile, 1 rate plan', labels: ['Benelux DACH Roaming', 'IoT Europe Basic'] });
    assert.deepEqual(await usedBy('Destination Groups', 'Nordics'), { description: '1 roaming profile, 1 ratezone', labels: ['Nordics Roaming', 'Nordics Zone'] });
    assert.deepEqual(await usedBy('Roaming Profiles', 'Benelux DACH Roaming'), { description: '1 rate plan', labels: ['IoT Europe Basic'] });
    assert.deepEqual(await usedBy('Service Profiles', 'Data + SMS 4G'), { description: '1 rate plan', labels: ['IoT Europe Basic'] });
    assert.equal((await usedBy('Destination Groups', 'Malta Only')).description, 'nothing');
  });

  it('takes a screenshot of a differing profile\'s networks by country and a group\'s Used by', async function () {
    if (!canTakeScreenshots()) this.skip();
    // The group edit of the first test, made by someone else straight on the API: the tree shows it after a refresh.
    const login = await fetch(`${urls().sft}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sandbox-reseller', password: 'sandbox' }) });
    const { AccessToken } = await login.json() as { AccessToken: string };
    await fetch(`${urls().sft}/api/modifyDestinationGroup`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'X-Authorization': `Bearer ${AccessToken}` },
      body: JSON.stringify({ destinationGroupinfo: { destinationGroupId: '2506', addTadigCodeList: [{ tadigCode: 'GBRME', categoryGroupId: '27' }] } }),
    });
    await vscode.commands.executeCommand('roaming.refresh');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.view.extension.roaming');
    // Only what this picture is about is expanded (earlier tests leave other nodes open, and the Folder Plan view
    // shown below the tree, which would take half the height).
    await vscode.commands.executeCommand('workbench.actions.treeView.roaming.explorer.collapseAll');
    const commands = await vscode.commands.getCommands(true);
    const planViewShown = api.planView.plan !== undefined && commands.includes('roaming.plan.removeView');
    if (planViewShown) await vscode.commands.executeCommand('roaming.plan.removeView');
    // Wide enough for the descriptions, as a person would drag the side bar on a 1,400 px screen.
    // (The size commands act on the editor area, the part left when the side bar is not an editor's.)
    for (let step = 0; step < 4; step += 1) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    const profile = await childLabelled(api, await folder('Roaming Profiles'), 'UK Ireland Roaming');
    await api.treeView.reveal(profile, { expand: true });
    const networks = await childLabelled(api, profile, 'Networks');
    await api.treeView.reveal(networks, { expand: true });
    await api.treeView.reveal(await childLabelled(api, networks, 'United Kingdom'), { expand: true });
    const difference = await childLabelled(api, profile, 'Differs from its group');
    await api.treeView.reveal(difference, { expand: true });
    await api.treeView.reveal(await childLabelled(api, difference, 'Only in the group'), { expand: true });
    const group = await childLabelled(api, await folder('Destination Groups'), 'Nordics');
    await api.treeView.reveal(group, { expand: true });
    const usedBy = await childLabelled(api, group, 'Used by');
    await api.treeView.reveal(usedBy, { expand: true, select: true });
    assert.equal(await labelOf(usedBy), 'Used by');
    await new Promise((resolve) => setTimeout(resolve, 800));
    try {
      assert.ok(fs.statSync(await takeScreenshot('roaming-insight-tree')).size > 20_000);
    } finally {
      if (planViewShown) await vscode.commands.executeCommand('roaming.plan.focus');
    }
  });
});
