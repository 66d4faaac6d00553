// The Roaming tree on the sandbox, through the real commands and tree provider inside VS Code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import type { ExplorerNode } from '../../src/vscode/explorer/explorerNode';
import { startSandbox } from '../../src/sandbox';
import type { ConnectionRecord } from '../../src/core/http/connection';
import { childLabelled, childrenOf, contextOf, eventually, extensionApi, labelOf, labelsUnder, sandboxAdmin } from './support/api';

// Node classes are not imported: the test's copy of a class is not the bundled extension's, so `instanceof`
// would lie. Nodes are recognised by their context value, as menus recognise them.
type MessageLike = ExplorerNode & { readonly tone: string; readonly text: string; readonly retry: ExplorerNode };
import { actInBrowser, canTakeScreenshots, readTextWritten, takeScreenshot } from './support/screenshots';

describe('Roaming explorer on the sandbox', function () {
  let api: TestApi;
  let sft: ExplorerNode;
  let telecomx: ExplorerNode;

  before(async () => {
    api = await extensionApi();
    const connections = await vscode.commands.executeCommand<ConnectionRecord[]>('roaming.trySandbox');
    assert.equal(connections?.length, 2, 'Try the Sandbox returns its two connections');
    sft = await childLabelled(api, undefined, 'Sandbox SFT');
    telecomx = await childLabelled(api, undefined, 'Sandbox TelecomX');
  });

  afterEach(async () => {
    // Tests that change the remote put the seed back, so the order of tests does not matter.
    if (api.launcher.urls) {
      await sandboxAdmin(api.launcher.urls.sft, 'reset');
      await sandboxAdmin(api.launcher.urls.telecomx, 'reset');
    }
    api.prompter.clearScript();
    await vscode.commands.executeCommand('roaming.refresh');
    sft = await childLabelled(api, undefined, 'Sandbox SFT');
    telecomx = await childLabelled(api, undefined, 'Sandbox TelecomX');
  });

  it('adds the two sandbox connections with their environment label', async () => {
    const sftItem = await sft.treeItem();
    assert.match(String(sftItem.description), /^sandbox/);
    assert.equal((await telecomx.treeItem()).contextValue?.startsWith('connection'), true);
    const record = api.store.list().find((known) => known.record.name === 'Sandbox SFT')?.record;
    assert.equal(record?.environment, 'sandbox');
  });

  it('shows the folders of each vendor', async () => {
    assert.deepEqual(await labelsUnder(api, sft), ['Roaming Profiles', 'Destination Groups', 'Service Profiles', 'Networks', 'Rate Plans', 'Ratezones']);
    assert.deepEqual(await labelsUnder(api, telecomx), ['Regions', 'Voice Prices', 'Text Prices', 'Data Prices']);
  });

  it('lists the seed data under each folder, and the connection becomes signed in', async () => {
    const groups = await labelsUnder(api, await childLabelled(api, sft, 'Destination Groups'));
    for (const name of ['EU Core', 'Nordics', 'Benelux + DACH', 'Iberia', 'Malta Only']) assert.ok(groups.includes(name), `${name} in ${groups.join(', ')}`);
    const profiles = await labelsUnder(api, await childLabelled(api, sft, 'Roaming Profiles'));
    assert.ok(profiles.includes('Nordics Roaming') && profiles.includes('DEFAULT'), profiles.join(', '));
    const services = await labelsUnder(api, await childLabelled(api, sft, 'Service Profiles'));
    assert.ok(services.includes('NB-IoT Only'), services.join(', '));
    const networks = await labelsUnder(api, await childLabelled(api, sft, 'Networks'));
    assert.ok(networks.includes('DEUD1') && networks.length >= 60, `${networks.length} networks`);
    const regions = await labelsUnder(api, await childLabelled(api, telecomx, 'Regions'));
    assert.ok(regions.includes('Denmark') && regions.includes('EU & Western Europe'), regions.join(', '));
    assert.ok((await labelsUnder(api, await childLabelled(api, telecomx, 'Voice Prices'))).length >= 40);
    assert.match(String((await sft.treeItem()).description), /signed in/);
  });

  it('follows references: a group lists its operators, a profile its group, a network its groups', async () => {
    const euCore = await childLabelled(api, await childLabelled(api, sft, 'Destination Groups'), 'EU Core');
    const operators = await labelsUnder(api, euCore);
    assert.ok(operators.filter((label) => label === 'DEUD1').length === 2, `DEUD1 under both suppliers: ${operators.join(', ')}`);
    const profile = await childLabelled(api, await childLabelled(api, sft, 'Roaming Profiles'), 'Nordics Roaming');
    assert.ok((await labelsUnder(api, profile)).some((label) => label.includes('Nordics')));
    const deud1 = await childLabelled(api, await childLabelled(api, sft, 'Networks'), 'DEUD1');
    assert.ok((await labelsUnder(api, deud1)).includes('EU Core'));
    const denmark = (await childrenOf(api, await childLabelled(api, telecomx, 'Regions')))[0];
    assert.ok((await labelsUnder(api, denmark)).length > 0, 'a region shows its prices');
  });

  it('loads a folder once when VS Code asks for its children twice at the same time', async () => {
    // VS Code asks again when the connection redraws (it signs in during the first load): one request, one set of items.
    await vscode.commands.executeCommand('roaming.refresh', sft);
    const folder = await childLabelled(api, sft, 'Service Profiles');
    await sandboxAdmin(api.launcher.urls!.sft, 'requests', undefined, 'DELETE');
    const [first, second] = await Promise.all([childrenOf(api, folder), childrenOf(api, folder)]);
    assert.deepEqual(first.map((node) => node.id), second.map((node) => node.id));
    // A request refused with 401 (the sandbox was reset: new tokens) and replayed after a login is still one read.
    const log = await sandboxAdmin(api.launcher.urls!.sft, 'requests', undefined, 'GET') as Array<{ path: string; status: number }>;
    assert.equal(log.filter((entry) => entry.path === '/api/GetServiceProfile' && entry.status === 200).length, 1);
  });

  it('reveals items of a connection that signs in during its first load (VS Code fetches the folder twice)', async () => {
    const record = await vscode.commands.executeCommand<ConnectionRecord>('roaming.addConnection', {
      platform: 'sft', name: 'Fresh SFT', baseUrl: api.launcher.urls!.sft, username: 'sandbox-reseller', password: 'sandbox', environment: 'test',
    });
    try {
      await vscode.commands.executeCommand('workbench.view.extension.roaming');
      const connection = await childLabelled(api, undefined, 'Fresh SFT');
      const folder = await childLabelled(api, connection, 'Destination Groups');
      await api.treeView.reveal(folder, { expand: true });
      const group = await childLabelled(api, folder, 'Iberia');
      await api.treeView.reveal(group, { select: true, expand: true });
      const operator = (await childrenOf(api, group))[0];
      await api.treeView.reveal(operator, { select: true });
      assert.equal(api.treeView.selection[0]?.id, operator.id);
    } finally {
      await api.store.remove(record.id);
    }
  });

  it('shows key fields in the tooltip and the id in the description', async () => {
    const nbIot = await childLabelled(api, await childLabelled(api, sft, 'Service Profiles'), 'NB-IoT Only');
    // The tooltip is resolved as VS Code does when the person hovers.
    const item = api.explorer.resolveTreeItem(await nbIot.treeItem(), nbIot);
    assert.match(String(item.description), /SP_1302/);
    assert.match((item.tooltip as vscode.MarkdownString).value, /NB\\?-IoT/);
    assert.equal(item.contextValue, 'item:service-profile');
  });

  it('filters a folder by name and by TADIG code, shows the filter, and clears it', async () => {
    const folder = await childLabelled(api, sft, 'Destination Groups');
    await vscode.commands.executeCommand('roaming.filter', folder, 'nordics');
    assert.deepEqual(await labelsUnder(api, folder), ['Nordics']);
    assert.match(String((await folder.treeItem()).description), /filter: "nordics"/);
    await vscode.commands.executeCommand('roaming.filter', folder, 'MLTTL');
    const withMalta = await labelsUnder(api, folder);
    assert.ok(withMalta.includes('Malta Only'), withMalta.join(', '));
    await vscode.commands.executeCommand('roaming.filter', folder, 'no such group anywhere');
    const empty = await childrenOf(api, folder);
    assert.equal(await contextOf(empty[0]), 'message:empty');
    await vscode.commands.executeCommand('roaming.clearFilter', folder);
    assert.ok((await labelsUnder(api, folder)).length >= 7);
  });

  it('sorts a folder by id or by name', async () => {
    const folder = await childLabelled(api, sft, 'Roaming Profiles');
    await vscode.commands.executeCommand('roaming.sortById', folder);
    const byId = (await childrenOf(api, folder)).map((node) => (node as ExplorerNode & { remoteId: string }).remoteId);
    assert.deepEqual(byId, [...byId].sort());
    await vscode.commands.executeCommand('roaming.sortByName', folder);
    const byName = await labelsUnder(api, folder);
    assert.deepEqual(byName, [...byName].sort((left, right) => left.localeCompare(right, undefined, { numeric: true, sensitivity: 'base' })));
  });

  it('shows an error node with Retry when the sandbox is stopped, and recovers after Retry', async () => {
    const folder = await childLabelled(api, sft, 'Service Profiles');
    await vscode.commands.executeCommand('roaming.stopSandbox');
    await vscode.commands.executeCommand('roaming.refresh', folder);
    const [error] = await childrenOf(api, folder) as MessageLike[];
    assert.equal(await contextOf(error), 'message:error:retry', 'an error node with Retry, not a pop-up');
    assert.equal(error.tone, 'error');
    assert.match(error.text, /Could not load service profiles/);
    const sftUrlBefore = api.store.list().find((known) => known.record.name === 'Sandbox SFT')?.record.baseUrl;
    await vscode.commands.executeCommand('roaming.trySandbox');
    const sftUrlAfter = api.store.list().find((known) => known.record.name === 'Sandbox SFT')?.record.baseUrl;
    assert.equal(sftUrlAfter, sftUrlBefore, 'the sandbox came back on the same port, so the tree was kept');
    await vscode.commands.executeCommand('roaming.retry', error);
    assert.ok((await labelsUnder(api, folder)).includes('NB-IoT Only'));
  });

  it('a command that fails shows one message with the command and the reason, never a stack', async () => {
    // A folder whose kind folder is a link elsewhere: export refuses it before writing anything.
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'roaming-command-failure-'));
    fs.mkdirSync(path.join(workspace, 'elsewhere'));
    fs.mkdirSync(path.join(workspace, 'config'));
    fs.symlinkSync(path.join(workspace, 'elsewhere'), path.join(workspace, 'config', 'destination-groups'));
    const before = api.notifications.length;
    try {
      assert.equal(await vscode.commands.executeCommand('roaming.exportToFolder', sft, undefined, { folder: path.join(workspace, 'config') }), undefined);
      const shown = api.notifications.slice(before).filter((notification) => notification.severity === 'error');
      assert.equal(shown.length, 1, JSON.stringify(shown));
      assert.match(shown[0].message, /^Export to Folder.*: destination-groups is a symbolic link/);
      assert.doesNotMatch(shown[0].message, /\n\s+at /);
      assert.deepEqual(fs.readdirSync(path.join(workspace, 'elsewhere')), [], 'nothing written through the link');
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('deletes every selected object after one confirmation listing them all', async () => {
    const folder = await childLabelled(api, sft, 'Roaming Profiles');
    const first = await childLabelled(api, folder, 'UK Ireland Roaming');
    const second = await childLabelled(api, folder, 'EU Core Fixed');
    api.prompter.script('Delete');
    await vscode.commands.executeCommand('roaming.delete', first, [first, second]);
    const [question] = api.prompter.asked;
    assert.match(question.message, /Delete these 2 objects from Sandbox SFT/);
    assert.match(question.detail ?? '', /UK Ireland Roaming \(3004\)[\s\S]*EU Core Fixed \(3005\)/);
    const remaining = await labelsUnder(api, await childLabelled(api, sft, 'Roaming Profiles'));
    assert.ok(!remaining.includes('UK Ireland Roaming') && !remaining.includes('EU Core Fixed'), remaining.join(', '));
    const log = await sandboxAdmin(api.launcher.urls!.sft, 'requests', undefined, 'GET') as Array<{ path: string; body: { roamingProfileInfo?: { roamingProfileId: string } } }>;
    const deletedIds = log.filter((entry) => entry.path === '/api/deleteRoamingProfile').map((entry) => entry.body.roamingProfileInfo?.roamingProfileId);
    assert.deepEqual(deletedIds.sort(), ['3004', '3005']);
  });

  it('finds the groups of a network by operator or country, and says when a word names no network', async () => {
    const sftId = api.store.list().find((known) => known.record.name === 'Sandbox SFT')!.record.id;
    const before = api.notifications.length;
    await vscode.commands.executeCommand('roaming.findGroupsWithNetwork', 'Telix', sftId);
    assert.match(api.notifications.at(-1)?.message ?? '', /"TELIX" matches no TADIG code, operator or country of Sandbox SFT's networks/);
    assert.ok(api.notifications.length > before);
    if (!canTakeScreenshots()) return;
    // "Telia Sweden" is one network (SWETR): the groups holding it are offered, the title in good grammar.
    const finding = vscode.commands.executeCommand('roaming.findGroupsWithNetwork', 'Telia Sweden', sftId);
    await actInBrowser('groups-with-network', [
      { waitFor: '.quick-input-widget .quick-input-title' },
      { readText: '.quick-input-widget .quick-input-title', into: 'groups-with-network-title' }, { press: 'Escape' },
    ]);
    await finding;
    assert.match(readTextWritten('groups-with-network-title').join(' '), /^(1 destination group of Sandbox SFT contains|\d+ destination groups of Sandbox SFT contain) Telia Sweden \(SWETR\)$/);
  });

  it('says why a delete cannot be made, and what to do, once, before sending it', async () => {
    const folder = await childLabelled(api, sft, 'Roaming Profiles');
    const attached = await childLabelled(api, folder, 'Benelux DACH Roaming');
    const before = api.notifications.length;
    await sandboxAdmin(api.launcher.urls!.sft, 'requests', undefined, 'DELETE');
    api.prompter.script('Delete');
    await vscode.commands.executeCommand('roaming.delete', attached, [attached]);
    const [refusal] = api.notifications.slice(before).filter((notification) => notification.severity === 'warning');
    assert.match(refusal?.message ?? '', /Roaming profile 3003 is still used by rate plan 8001 \(IoT Europe Basic\)/);
    const advice = /detach or delete/g;
    assert.equal((refusal?.message ?? '').match(advice)?.length, 1, `the advice once: ${refusal?.message}`);
    assert.doesNotMatch(refusal?.message ?? '', /(?<!\.)\.\.(?!\.)|\.\s*;/, 'no doubled marks');
    const log = await sandboxAdmin(api.launcher.urls!.sft, 'requests', undefined, 'GET') as Array<{ method: string; path: string }>;
    assert.deepEqual(log.filter((entry) => entry.method === 'POST' && entry.path !== '/api/login'), [], 'nothing sent');
  });

  it('keeps the confirmation of a long multi-delete short: the list opens beside it', async () => {
    const regions = await childrenOf(api, await childLabelled(api, telecomx, 'Regions'));
    const textPrices = await childrenOf(api, await childLabelled(api, telecomx, 'Text Prices'));
    const selected = [...regions, ...textPrices];
    assert.ok(selected.length >= 18, `a list longer than a dialog holds (${selected.length})`);
    api.prompter.script(undefined);
    await vscode.commands.executeCommand('roaming.delete', selected[0], selected);
    const question = api.prompter.asked.at(-1);
    assert.match(question?.message ?? '', new RegExp(`Delete these ${selected.length} objects from Sandbox TelecomX`));
    assert.ok((question?.detail ?? '').split('\n').length <= 3, `a short detail: ${question?.detail}`);
    const review = vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'roaming-review' && document.uri.path.includes('Objects to delete'));
    assert.equal((review?.getText() ?? '').split('\n').filter((line) => line.startsWith('• ')).length, selected.length);
    const log = await sandboxAdmin(api.launcher.urls!.telecomx, 'requests', undefined, 'GET') as Array<{ method: string }>;
    assert.deepEqual(log.filter((entry) => entry.method === 'DELETE'), [], 'dismissed: nothing deleted');
  });

  it('shows a viewer what it may do: its level, no New or Delete, prices read-only without missing fields, regions not opened', async () => {
    const record = await api.store.add({ name: 'Sandbox Viewer', platform: 'telecomx', baseUrl: api.launcher.urls!.telecomx, username: 'viewer@sandbox.example', environment: 'sandbox', readOnly: false });
    await api.store.credentials(record.id).storePassword('sandbox');
    try {
      const viewer = await eventually('the viewer connection in the tree', async () => (await labelsUnder(api, undefined)).includes('Sandbox Viewer') || undefined)
        .then(() => childLabelled(api, undefined, 'Sandbox Viewer'));
      const textPrices = await childLabelled(api, viewer, 'Text Prices');
      const [price] = await childrenOf(api, textPrices);
      assert.ok(price, 'a viewer lists text prices');
      const connectionNode = await childLabelled(api, undefined, 'Sandbox Viewer');
      assert.match(String((await connectionNode.treeItem()).description), /signed in as VIEWER/);
      assert.match(await contextOf(await childLabelled(api, connectionNode, 'Text Prices')) ?? '', /:readonly/, 'no New on the folder');
      assert.match(await contextOf((await childrenOf(api, await childLabelled(api, connectionNode, 'Text Prices')))[0]) ?? '', /:readonly/, 'no Delete on an item');

      // A text price opens read-only, and the fields a viewer cannot see are not reported missing.
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('roaming.open', (await childrenOf(api, await childLabelled(api, connectionNode, 'Text Prices')))[0]);
      assert.ok(editor, 'opened');
      assert.equal((await vscode.workspace.fs.stat(editor.document.uri)).permissions, vscode.FilePermission.Readonly);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      assert.ok(!lenses.some((lens) => lens.command?.title === 'Push'), 'no Push offered to a viewer');
      assert.ok(lenses.some((lens) => /read-only/.test(lens.command?.title ?? '')), 'the header says read-only');
      assert.doesNotMatch(editor.document.getText(), /"cost"|"wholesale"/, 'what a viewer sees');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const missing = vscode.languages.getDiagnostics(editor.document.uri).filter((diagnostic) => /Missing property/i.test(diagnostic.message));
      assert.deepEqual(missing.map((diagnostic) => diagnostic.message), []);

      // A region is listed, not opened: the viewer is told which level opening one needs.
      const region = (await childrenOf(api, await childLabelled(api, connectionNode, 'Regions')))[0];
      assert.match(await contextOf(region) ?? '', /:noopen/);
      const before = api.notifications.length;
      await vscode.commands.executeCommand('roaming.open', region);
      const told = api.notifications.slice(before);
      assert.deepEqual(told.map((notification) => notification.severity), ['warning'], 'said calmly, not as a failure');
      assert.match(told[0].message, /^Opening a region needs access level RESELLER_ADMIN or higher on Sandbox Viewer; viewer@sandbox\.example is VIEWER/);
      if (canTakeScreenshots()) {
        await vscode.commands.executeCommand('workbench.view.extension.roaming');
        await api.treeView.reveal(connectionNode, { expand: 2 });
        // Let the folders that just loaded draw their counts.
        await new Promise((resolve) => setTimeout(resolve, 800));
        assert.ok(fs.statSync(await takeScreenshot('roaming-viewer-tree')).size > 20_000);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await api.store.remove(record.id);
    }
  });

  it('says where the sandbox runs, shows every loaded folder\'s count, and prices with their currency', async function () {
    if (!canTakeScreenshots()) this.skip();
    await vscode.commands.executeCommand('roaming.trySandbox');
    await actInBrowser('sandbox-status', [{ waitFor: '.statusbar-item' }, { readText: '.statusbar-item', into: 'sandbox-status' }]);
    assert.ok(readTextWritten('sandbox-status').some((item) => /Sandbox.*SFT http:\/\/127\.0\.0\.1:\d+, TelecomX http:\/\/127\.0\.0\.1:\d+/.test(item)),
      readTextWritten('sandbox-status').join(' | '));

    // Expanded as a person would, folder after folder: each shows how many it holds once loaded.
    await vscode.commands.executeCommand('workbench.view.extension.roaming');
    for (const label of ['Voice Prices', 'Text Prices', 'Data Prices']) await api.treeView.reveal(await childLabelled(api, telecomx, label), { expand: true });
    await new Promise((resolve) => setTimeout(resolve, 800));
    await actInBrowser('folder-counts', [{ readText: '.monaco-list-row', into: 'folder-counts' }]);
    const rows = readTextWritten('folder-counts');
    for (const label of ['Voice Prices', 'Text Prices', 'Data Prices']) {
      assert.ok(rows.some((row) => new RegExp(`^${label}\\s*\\d+$`).test(row)), `${label} shows its count: ${rows.filter((row) => row.startsWith(label)).join(' | ')}`);
    }
    assert.ok(rows.some((row) => /per SMS/.test(row) && /DKK/.test(row)), `a text price says its currency: ${rows.filter((row) => /SMS/.test(row)).join(' | ')}`);
  });

  it('takes a screenshot of the expanded tree', async function () {
    if (!canTakeScreenshots()) this.skip();
    await vscode.commands.executeCommand('workbench.view.extension.roaming');
    const groups = await childLabelled(api, sft, 'Destination Groups');
    const euCore = await childLabelled(api, groups, 'EU Core');
    await api.treeView.reveal(euCore, { expand: true, select: true });
    const regions = await childLabelled(api, telecomx, 'Regions');
    await api.treeView.reveal(regions, { expand: true });
    await eventually('the tree to draw', () => api.treeView.visible || undefined);
    const file = await takeScreenshot('roaming-tree-expanded');
    assert.ok(fs.statSync(file).size > 20_000);
  });
});

describe('Roaming explorer on a large account', function () {
  it('shows the first destination groups of 5,000 with a Load more node', async () => {
    const api = await extensionApi();
    const large = await startSandbox({ size: 'large', sft: { tps: 0 } });
    try {
      const record = await vscode.commands.executeCommand<ConnectionRecord>('roaming.addConnection', {
        platform: 'sft', name: 'Large SFT account', baseUrl: large.sftUrl, username: 'sandbox-reseller', password: 'sandbox',
        environment: 'test', readOnly: true,
      });
      assert.ok(record, 'the connection was added');
      const connection = await childLabelled(api, undefined, 'Large SFT account');
      const folder = await childLabelled(api, connection, 'Destination Groups');
      const children = await childrenOf(api, folder);
      const pageSize = vscode.workspace.getConfiguration('roaming').get<number>('explorer.pageSize', 200);
      const items = async () => (await Promise.all((await childrenOf(api, folder)).map(contextOf))).filter((value) => value === 'item:destination-group:readonly').length;
      assert.equal(await items(), pageSize);
      const more = children[children.length - 1];
      assert.equal(await contextOf(more), 'loadMore');
      assert.match(String((await more.treeItem()).description), /^\d+ more$/);
      assert.match(String((await folder.treeItem()).description), /5007|5,007|^\d{4}/);
      await vscode.commands.executeCommand('roaming.loadMore', more);
      assert.equal(await items(), pageSize * 2);
      assert.equal(await labelOf(children[0]), await labelOf((await childrenOf(api, folder))[0]));
      await api.store.remove(record.id);
    } finally {
      await large.close();
    }
  });
});
