// Remote objects as JSON documents, saved back through the real file system provider and push pipeline,
// checked against the sandbox's own state and request log.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import { childLabelled, eventually, extensionApi, sandboxAdmin } from './support/api';
import { actInBrowser, canTakeScreenshots } from './support/screenshots';

type Json = Record<string, unknown>;
interface LoggedRequest { method: string; path: string; body: Json; query: Record<string, string> }

describe('Roaming documents on the sandbox', function () {
  let api: TestApi;
  let sftId: string;
  let telecomxId: string;
  const urls = () => api.launcher.urls!;

  const sftAccount = () => ((api.launcher.sandbox!.sft.exportState() as { accounts: Json[] }).accounts
    .find((account) => account.accountId === '100')) as { roamingProfiles: Json[]; destinationGroups: Array<{ destinationListId: string; operators: Json[] }>; serviceProfiles: Json[] };
  const telecomxData = () => api.launcher.sandbox!.telecomx.exportState() as { regions: Json[]; voice: Json[]; text: Json[]; data: Json[] };
  const sentTo = async (vendor: 'sft' | 'telecomx') => await sandboxAdmin(urls()[vendor], 'requests', undefined, 'GET') as LoggedRequest[];
  const writesTo = async (vendor: 'sft' | 'telecomx') => (await sentTo(vendor)).filter((entry) => entry.method !== 'GET' && !entry.path.endsWith('/login'));
  const uriOf = (connectionId: string, folder: string, id: string, kind: string) => vscode.Uri.parse(`roaming:/${connectionId}/${folder}/${id}.${kind}.json`);

  async function openEditable(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; value: Json }> {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    // As the Open command does: a document VS Code kept in memory shows the remote as it is now (tests reset it).
    const before = document.getText();
    await api.documents.refreshIfClean(uri);
    const expected = api.documents.openDocument(uri)?.text;
    if (expected !== undefined && expected !== before) await eventually('the document to reload', () => document.getText() === expected || undefined);
    return { document, value: JSON.parse(document.getText()) as Json };
  }

  async function replaceWith(document: vscode.TextDocument, value: unknown): Promise<void> {
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    assert.ok(await editor.edit((builder) => builder.replace(whole, `${JSON.stringify(value, null, 2)}\n`)));
    assert.equal(document.isDirty, true);
  }

  /** Closes every editor, dropping unsaved edits, so one test's dirty document cannot affect the next. */
  async function closeAllEditors(): Promise<void> {
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && document.uri.scheme === 'roaming') {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }

  before(async () => {
    api = await extensionApi();
    await vscode.commands.executeCommand('roaming.trySandbox');
    sftId = api.store.list().find((known) => known.record.name === 'Sandbox SFT')!.record.id;
    telecomxId = api.store.list().find((known) => known.record.name === 'Sandbox TelecomX')!.record.id;
    await vscode.workspace.getConfiguration('roaming').update('push.confirmNonProduction', false, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('roaming').update('push.confirmNonProduction', undefined, vscode.ConfigurationTarget.Global);
    await sandboxAdmin(urls().sft, 'settings', { tps: 2 });
  });

  beforeEach(async () => {
    await sandboxAdmin(urls().sft, 'reset');
    await sandboxAdmin(urls().telecomx, 'reset');
    // More requests per second than the default 2, so the suite is not slowed by the limit it does not test.
    await sandboxAdmin(urls().sft, 'settings', { tps: 20 });
  });

  afterEach(async () => {
    await closeAllEditors();
    api.prompter.clearScript();
  });

  it('shows the exact request before pushing, pushes an edit and re-reads the remote (roaming profile)', async () => {
    await vscode.workspace.getConfiguration('roaming').update('push.confirmNonProduction', true, vscode.ConfigurationTarget.Global);
    try {
      const { document, value } = await openEditable(uriOf(sftId, 'roaming-profiles', '3004', 'roaming-profile'));
      assert.deepEqual(Object.keys(value), ['roamingProfileName', 'destinationGroupId', 'status'], 'the editable form, ids kept out');
      await sandboxAdmin(urls().sft, 'requests', undefined, 'DELETE');
      api.prompter.script('Push');
      await replaceWith(document, { ...value, roamingProfileName: 'UK Ireland Roaming v2' });
      assert.equal(await document.save(), true);
      const [question] = api.prompter.asked;
      assert.match(question.message, /Push to Sandbox SFT \(sandbox\)/);
      assert.match(question.detail ?? '', /POST \/api\/modifyRoamingProfile[\s\S]*"roamingProfileId": "3004"[\s\S]*UK Ireland Roaming v2/);
      assert.equal(sftAccount().roamingProfiles.find((profile) => profile.roamingProfileId === '3004')?.roamingProfileName, 'UK Ireland Roaming v2');
      assert.equal(document.isDirty, false);
      assert.equal((await writesTo('sft')).length, 1, 'one write, nothing else');
    } finally {
      await vscode.workspace.getConfiguration('roaming').update('push.confirmNonProduction', false, vscode.ConfigurationTarget.Global);
    }
  });

  it('lists every warning in the push confirmation, and asks even where confirmations are off', async () => {
    const uri = uriOf(telecomxId, 'data-prices', String(telecomxData().data[0]._id), 'data-price');
    const { document, value } = await openEditable(uri);
    const wholesale = Number(value.wholesale);
    await replaceWith(document, { ...value, price: wholesale / 2 });
    api.prompter.script(undefined);
    assert.equal(await document.save(), false, 'dismissed: not pushed');
    const question = api.prompter.asked.at(-1);
    assert.match(question?.message ?? '', /with 1 warning: push anyway\?$/);
    assert.match(question?.detail ?? '', /⚠ .*below.*wholesale/i);
    assert.deepEqual((await writesTo('telecomx')).filter((entry) => entry.path.startsWith('/roaming/data')), []);
  });

  it('keeps a push confirmation short for a large change: the requests open beside it', async () => {
    await vscode.workspace.getConfiguration('roaming').update('push.confirmNonProduction', true, vscode.ConfigurationTarget.Global);
    try {
      const uri = uriOf(sftId, 'destination-groups', '2507', 'destination-group');
      const { document, value } = await openEditable(uri);
      // Networks of the account the group does not hold yet: the remote rules accept them.
      const attached = (sftAccount() as unknown as { networks: Array<{ tadigCode: string; categoryGroupId: string }> }).networks;
      const held = new Set((value.tadigCodeList as Array<{ tadigCode: string }>).map((operator) => operator.tadigCode));
      const more = attached.filter((network) => !held.has(network.tadigCode)).slice(0, 60).map((network) => ({ tadigCode: network.tadigCode, categoryGroupId: String(network.categoryGroupId) }));
      assert.ok(more.length >= 30, `the sandbox has networks to add (${more.length})`);
      await replaceWith(document, { ...value, tadigCodeList: [...(value.tadigCodeList as Json[]), ...more] });
      api.prompter.script(undefined);
      assert.equal(await document.save(), false);
      const question = api.prompter.asked.at(-1);
      // What the change reaches stays in the dialog, above the pointer to the requests.
      assert.ok((question?.detail ?? '').split('\n').length <= 5, `a short detail: ${question?.detail}`);
      assert.match(question?.detail ?? '', /^What it reaches:\n• no roaming profile uses this group/);
      const review = vscode.workspace.textDocuments.find((candidate) => candidate.uri.scheme === 'roaming-review' && candidate.uri.path.includes('Push to Sandbox SFT'));
      assert.match(review?.getText() ?? '', /POST \/api\/modifyDestinationGroup[\s\S]*addTadigCodeList/);
    } finally {
      await vscode.workspace.getConfiguration('roaming').update('push.confirmNonProduction', false, vscode.ConfigurationTarget.Global);
    }
  });

  it('counts every problem it shows when it refuses a save, local and remote alike', async () => {
    const uri = uriOf(sftId, 'destination-groups', '2507', 'destination-group');
    const { document, value } = await openEditable(uri);
    // One rule of the kind without the remote (a group keeps its name) and two that need it (unknown TADIGs).
    await replaceWith(document, {
      ...value, destinationGroupName: 'Baltic States',
      tadigCodeList: [...(value.tadigCodeList as Json[]), { tadigCode: 'MLTZZ', categoryGroupId: '12' }, { tadigCode: 'IRLZZ', categoryGroupId: '12' }],
    });
    assert.equal(await document.save(), false);
    const refusal = api.pipeline.refusals.at(-1) ?? '';
    assert.match(refusal, /Nothing was sent: 3 problems — /);
    const shown = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Roaming');
    assert.equal(shown.length, 3, shown.map((diagnostic) => diagnostic.message).join(' | '));
    assert.doesNotMatch(refusal, /(?<!\.)\.\.(?!\.)|\.\s*;/, 'no doubled marks');
    assert.deepEqual(await writesTo('sft'), []);
  });

  it('says "nothing to push" when the document holds no change, and sends nothing', async () => {
    const { document, value } = await openEditable(uriOf(sftId, 'roaming-profiles', '3004', 'roaming-profile'));
    await sandboxAdmin(urls().sft, 'requests', undefined, 'DELETE');
    await replaceWith(document, { ...value });
    assert.equal(await document.save(), true);
    assert.deepEqual(await writesTo('sft'), []);
  });

  it('sends only the difference of a destination group\'s operators', async () => {
    const { document, value } = await openEditable(uriOf(sftId, 'destination-groups', '2504', 'destination-group'));
    const operators = value.tadigCodeList as Array<{ tadigCode: string; categoryGroupId: string }>;
    const removed = operators[0];
    const added = { tadigCode: 'FRAF1', categoryGroupId: '12' };
    assert.ok(!operators.some((operator) => operator.tadigCode === 'FRAF1'), 'FRAF1 is new to Iberia');
    await sandboxAdmin(urls().sft, 'requests', undefined, 'DELETE');
    await replaceWith(document, { ...value, tadigCodeList: [...operators.slice(1), added] });
    assert.equal(await document.save(), true);
    const writes = await writesTo('sft');
    assert.equal(writes.length, 1);
    assert.equal(writes[0].path, '/api/modifyDestinationGroup');
    assert.deepEqual(writes[0].body, { destinationGroupinfo: { destinationGroupId: '2504', addTadigCodeList: [added], removeTadigCodeList: [removed] } });
    const group = sftAccount().destinationGroups.find((candidate) => candidate.destinationListId === '2504')!;
    assert.ok(group.operators.some((operator) => operator.tadigCode === 'FRAF1'));
    assert.ok(!group.operators.some((operator) => operator.tadigCode === removed.tadigCode && operator.categoryGroupId === removed.categoryGroupId));
    await eventually('the document to show the remote again', () => document.getText().includes('"FRAF1"') || undefined);
  });

  it('edits, saves and re-reads a service profile, a region and voice, text and data prices', async () => {
    const cases: Array<{ vendor: 'sft' | 'telecomx'; uri: vscode.Uri; change: (value: Json) => Json; check: () => boolean }> = [];
    cases.push({
      vendor: 'sft', uri: uriOf(sftId, 'service-profiles', 'SP_1304', 'service-profile'),
      change: (value) => ({ ...value, name: 'SMS Only 2G (renamed)' }),
      check: () => sftAccount().serviceProfiles.some((profile) => profile.profileId === 'SP_1304' && profile.profileName === 'SMS Only 2G (renamed)'),
    });
    const data = telecomxData();
    const region = data.regions[0];
    cases.push({
      vendor: 'telecomx', uri: uriOf(telecomxId, 'regions', String(region._id), 'region'),
      change: (value) => ({ ...value, notes: 'Checked by the integration test' }),
      check: () => telecomxData().regions.some((candidate) => candidate._id === region._id && candidate.notes === 'Checked by the integration test'),
    });
    for (const [folder, kind, collection] of [['voice-prices', 'voice-price', 'voice'], ['text-prices', 'text-price', 'text'], ['data-prices', 'data-price', 'data']] as const) {
      const target = data[collection][0];
      const field = collection === 'voice' ? 'rate' : 'price';
      const newPrice = Number(target[field]) + 1;
      cases.push({
        vendor: 'telecomx', uri: uriOf(telecomxId, folder, String(target._id), kind),
        change: (value) => ({ ...value, [field]: newPrice }),
        check: () => telecomxData()[collection].some((candidate) => candidate._id === target._id && candidate[field] === newPrice),
      });
    }
    for (const entry of cases) {
      const { document, value } = await openEditable(entry.uri);
      await replaceWith(document, entry.change(value));
      assert.equal(await document.save(), true, `saving ${entry.uri.path}`);
      assert.ok(entry.check(), `the remote holds the edit of ${entry.uri.path}`);
      assert.equal(document.isDirty, false);
    }
    const regionWrite = (await writesTo('telecomx')).find((entry) => entry.path === `/roaming/region/${region._id}`);
    assert.deepEqual(regionWrite?.body, { notes: 'Checked by the integration test' }, 'only the changed field is sent');
  });

  it('creates from New, reopens the document at its real id, and deletes it', async () => {
    const folder = await childLabelled(api, await childLabelled(api, undefined, 'Sandbox SFT'), 'Roaming Profiles');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('roaming.new', folder);
    assert.match(editor.document.uri.path, /\/roaming-profiles\/new-\d+\.roaming-profile\.json$/);
    await replaceWith(editor.document, { roamingProfileName: 'Created By Test', destinationGroupId: '2504', status: '1' });
    assert.equal(await editor.document.save(), true, api.pipeline.refusals.at(-1));
    const created = sftAccount().roamingProfiles.filter((profile) => profile.roamingProfileName === 'Created By Test');
    assert.equal(created.length, 1);
    const id = String(created[0].roamingProfileId);
    await eventually('the document to reopen at the real id', () =>
      vscode.window.activeTextEditor?.document.uri.path.endsWith(`/roaming-profiles/${id}.roaming-profile.json`) || undefined);

    await vscode.commands.executeCommand('roaming.refresh', folder);
    const node = await childLabelled(api, folder, 'Created By Test');
    api.prompter.script('Delete');
    await vscode.commands.executeCommand('roaming.delete', node);
    assert.equal(sftAccount().roamingProfiles.filter((profile) => profile.roamingProfileName === 'Created By Test').length, 0);
  });

  it('detects a conflicting remote change and never overwrites it silently', async () => {
    const uri = uriOf(sftId, 'roaming-profiles', '3004', 'roaming-profile');
    const { document, value } = await openEditable(uri);
    // Someone else renames the profile after the document was opened.
    const login = await fetch(`${urls().sft}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sandbox-reseller', password: 'sandbox' }) });
    const { AccessToken } = await login.json() as { AccessToken: string };
    await fetch(`${urls().sft}/api/modifyRoamingProfile`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'X-Authorization': `Bearer ${AccessToken}` },
      body: JSON.stringify({ roamingProfileInfo: { roamingProfileId: '3004', roamingProfileName: 'Renamed Elsewhere' } }),
    });
    await replaceWith(document, { ...value, status: '0' });

    api.prompter.script(undefined);
    assert.equal(await document.save(), false, 'dismissing the conflict question does not push');
    assert.match(api.prompter.asked[0].message, /changed on Sandbox SFT since you opened it/);
    assert.deepEqual(api.prompter.asked[0].choices, ['Compare', 'Overwrite', 'Discard and Reload']);
    assert.equal(document.isDirty, true);
    let profile = sftAccount().roamingProfiles.find((candidate) => candidate.roamingProfileId === '3004')!;
    assert.equal(profile.roamingProfileName, 'Renamed Elsewhere');
    assert.equal(profile.status, '1');

    api.prompter.clearScript();
    api.prompter.script('Compare');
    assert.equal(await document.save(), false);
    await eventually('the comparison to open', () => vscode.window.tabGroups.all.flatMap((group) => group.tabs)
      .some((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.original.scheme === 'roaming-remote') || undefined);

    api.prompter.clearScript();
    api.prompter.script('Overwrite');
    assert.equal(await document.save(), true);
    profile = sftAccount().roamingProfiles.find((candidate) => candidate.roamingProfileId === '3004')!;
    assert.equal(profile.status, '0');
    assert.equal(profile.roamingProfileName, value.roamingProfileName, 'Overwrite pushed the document as edited');
  });

  it('keeps the tree and open comparisons current after its own writes and after Discard and Reload', async () => {
    const uri = uriOf(sftId, 'roaming-profiles', '3004', 'roaming-profile');
    const folder = await childLabelled(api, await childLabelled(api, undefined, 'Sandbox SFT'), 'Roaming Profiles');
    const descriptionOf = async () => {
      const node = await childLabelled(api, folder, 'UK Ireland Roaming');
      return String((await node.treeItem()).description ?? '');
    };
    assert.match(await descriptionOf(), /active · 8 networks · copy of group 2506/);

    // A push: the open "remote ↔ yours" comparison and the tree show the new remote.
    const { document, value: opened } = await openEditable(uri);
    let value = opened;
    await vscode.commands.executeCommand('roaming.diffWithRemote', uri);
    const remoteView = await eventually('the remote side of the comparison', () =>
      vscode.workspace.textDocuments.find((candidate) => candidate.uri.scheme === 'roaming-remote' && candidate.uri.path === uri.path));
    await replaceWith(document, { ...value, status: '0' });
    assert.equal(await document.save(), true, api.pipeline.refusals.at(-1));
    await eventually('the comparison to show the pushed remote', () => /"status": "0"/.test(remoteView.getText()) || undefined);
    assert.match(await descriptionOf(), /inactive/);

    // Someone else moves the profile to another group; Discard and Reload takes the remote, and so does the tree.
    const login = await fetch(`${urls().sft}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sandbox-reseller', password: 'sandbox' }) });
    const { AccessToken } = await login.json() as { AccessToken: string };
    await fetch(`${urls().sft}/api/modifyRoamingProfile`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'X-Authorization': `Bearer ${AccessToken}` },
      body: JSON.stringify({ roamingProfileInfo: { roamingProfileId: '3004', destinationGroupId: '2504' } }),
    });
    value = JSON.parse(document.getText()) as Json;
    await replaceWith(document, { ...value, status: '1' });
    api.prompter.script('Discard and Reload');
    assert.equal(await document.save(), false);
    await eventually('the tree to show the new group', async () => /group 2504/.test(await descriptionOf()) || undefined);
  });

  it('refuses an invalid document with diagnostics and sends nothing', async () => {
    const uri = uriOf(sftId, 'service-profiles', 'SP_1304', 'service-profile');
    const { document, value } = await openEditable(uri);
    await sandboxAdmin(urls().sft, 'requests', undefined, 'DELETE');
    await replaceWith(document, { ...value, status: '7', colour: 'blue' });
    assert.equal(await document.save(), false);
    assert.equal(document.isDirty, true);
    const diagnostics = await eventually('diagnostics on the document', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length >= 2 ? found : undefined;
    });
    // A save straight after typing, before the live check ran: the refusal underlines what it refused, in red.
    assert.ok(diagnostics.some((diagnostic) => /colour/.test(diagnostic.message) && diagnostic.severity === vscode.DiagnosticSeverity.Error), diagnostics.map((diagnostic) => diagnostic.message).join(' | '));
    assert.deepEqual(await writesTo('sft'), [], 'nothing was sent');

    const refusalsBefore = api.pipeline.refusals.length;
    const withoutAccessType = Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'accessType'));
    await replaceWith(document, { ...withoutAccessType, service: '1' });
    assert.equal(await document.save(), false, 'DATA without an access type is refused before sending');
    assert.equal(api.pipeline.refusals.length, refusalsBefore + 1, `the pipeline refused it: ${api.pipeline.refusals.at(-1)}`);
    const messages = vscode.languages.getDiagnostics(uri).map((diagnostic) => `${String(diagnostic.code)}: ${diagnostic.message}`);
    assert.ok(messages.some((message) => /accessType/.test(message)), messages.join(' | '));
    assert.deepEqual(await writesTo('sft'), []);
  });

  it('verifies a 10240 answer: applied when the write happened, not applied when it did not — never a duplicate', async () => {
    const uri = uriOf(sftId, 'roaming-profiles', '3004', 'roaming-profile');
    const fault = (kind: string, path: string) => sandboxAdmin(urls().sft, 'faults', { method: 'POST', path, kind, resultCode: '10240' });

    let { document, value } = await openEditable(uri);
    await fault('verify-applied', '/api/modifyRoamingProfile');
    await replaceWith(document, { ...value, roamingProfileName: 'Applied Despite 10240' });
    assert.equal(await document.save(), true, `verified as applied: ${api.pipeline.refusals.at(-1)}`);
    assert.equal(sftAccount().roamingProfiles.find((profile) => profile.roamingProfileId === '3004')?.roamingProfileName, 'Applied Despite 10240');

    ({ document, value } = await openEditable(uri));
    await fault('verify-not-applied', '/api/modifyRoamingProfile');
    await replaceWith(document, { ...value, roamingProfileName: 'Not Applied' });
    assert.equal(await document.save(), false, 'verified as not applied: the save fails');
    assert.equal(document.isDirty, true, 'and the edits are kept');
    assert.equal(sftAccount().roamingProfiles.find((profile) => profile.roamingProfileId === '3004')?.roamingProfileName, 'Applied Despite 10240');
    const modifies = (await writesTo('sft')).filter((entry) => entry.path === '/api/modifyRoamingProfile');
    assert.equal(modifies.length, 2, 'one send per save: never retried blindly');
    await closeAllEditors();

    const folder = await childLabelled(api, await childLabelled(api, undefined, 'Sandbox SFT'), 'Roaming Profiles');
    for (const [kind, name, expectSaved] of [['verify-applied', 'Created Through 10240', true], ['verify-not-applied', 'Not Created Through 10240', false]] as const) {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('roaming.new', folder);
      await fault(kind, '/api/createRoamingProfile');
      await replaceWith(editor.document, { roamingProfileName: name, destinationGroupId: '2504', status: '1' });
      assert.equal(await editor.document.save(), expectSaved, `${kind}: saved ${expectSaved}`);
      assert.equal(sftAccount().roamingProfiles.filter((profile) => profile.roamingProfileName === name).length, expectSaved ? 1 : 0);
      if (!expectSaved) {
        assert.equal(editor.document.isDirty, true);
        assert.equal(await editor.document.save(), true, 'saving again (no fault now) creates it once');
        assert.equal(sftAccount().roamingProfiles.filter((profile) => profile.roamingProfileName === name).length, 1);
      }
    }
  });

  it('a create whose connection dropped is unknown; saving again waits for it instead of making a second one', async () => {
    const folder = await childLabelled(api, await childLabelled(api, undefined, 'Sandbox SFT'), 'Destination Groups');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('roaming.new', folder);
    await sandboxAdmin(urls().sft, 'faults', { method: 'POST', path: '/api/createDestinationGroup', kind: 'drop' });
    await replaceWith(editor.document, { destinationGroupName: 'Dropped Group', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] });
    assert.equal(await editor.document.save(), false, 'unknown is not a success');
    assert.match(api.pipeline.refusals.at(-1) ?? '', /may still be created/);
    assert.equal(await editor.document.save(), false, 'the second save waits');
    assert.match(api.pipeline.refusals.at(-1) ?? '', /may still land, and sending it again could make two/);
    assert.equal(editor.document.isDirty, true);
    const creates = (await writesTo('sft')).filter((entry) => entry.path === '/api/createDestinationGroup');
    assert.equal(creates.length, 1, 'sent once, never again while it may still land');
  });

  it('keeps the document dirty, with the reason, when the server fails', async () => {
    const uri = uriOf(telecomxId, 'text-prices', String(telecomxData().text[0]._id), 'text-price');
    const { document, value } = await openEditable(uri);
    await sandboxAdmin(urls().telecomx, 'faults', { method: 'POST', path: uri.path.replace(/^\/[^/]+\/text-prices\/([^.]+)\..*$/, '/roaming/text/$1'), kind: 'http500' });
    await replaceWith(document, { ...value, price: 9.99 });
    assert.equal(await document.save(), false);
    assert.equal(document.isDirty, true);
    assert.match(document.getText(), /9\.99/);
  });

  it('never pushes from auto save, and never calls it a failure: the edits are kept here until Ctrl+S pushes them', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSaveDelay', 200, vscode.ConfigurationTarget.Global);
    await files.update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global);
    try {
      const uri = uriOf(sftId, 'roaming-profiles', '3004', 'roaming-profile');
      const { document, value } = await openEditable(uri);
      await sandboxAdmin(urls().sft, 'requests', undefined, 'DELETE');
      const refusalsBefore = api.pipeline.refusals.length;
      const notificationsBefore = api.notifications.length;
      await replaceWith(document, { ...value, roamingProfileName: 'UK Ireland Roaming (half-typ' });
      await eventually('auto save to keep the edits', () => api.documents.unpushedText(uri)?.includes('half-typ') || undefined);
      await eventually('VS Code to count the document as saved', () => !document.isDirty || undefined);
      assert.equal(api.pipeline.refusals.length, refusalsBefore, 'an auto save is not a refused save');
      const told = api.notifications.slice(notificationsBefore);
      assert.deepEqual(told.filter((notification) => notification.severity === 'error'), [], 'no red toast');
      assert.ok(told.some((notification) => /Auto save keeps your edits .* Ctrl\+S/.test(notification.message)), JSON.stringify(told));
      assert.deepEqual(await writesTo('sft'), [], 'nothing reached the sandbox');
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      assert.ok(lenses.some((lens) => /Not pushed yet/.test(lens.command?.title ?? '')), 'the document says its edits are not pushed');

      // Typing on: the next auto save keeps the newer text; the explicit push sends it.
      await replaceWith(document, { ...value, roamingProfileName: 'UK Ireland Roaming (finished)' });
      await eventually('the newer text to be kept', () => api.documents.unpushedText(uri)?.includes('(finished)') || undefined);
      await eventually('VS Code to count it saved', () => !document.isDirty || undefined);
      if (canTakeScreenshots()) {
        // Ctrl+S as a person presses it, on a document VS Code shows as saved.
        await vscode.window.showTextDocument(document, { preview: false });
        await actInBrowser('push-kept-edits', [{ waitFor: '.monaco-editor.focused' }, { press: 'Control+s' }]);
        await eventually('the push', () => sftAccount().roamingProfiles.find((profile) => profile.roamingProfileId === '3004')?.roamingProfileName === 'UK Ireland Roaming (finished)' || undefined);
      } else {
        assert.equal(await vscode.commands.executeCommand('roaming.push', uri), true, api.pipeline.refusals.at(-1));
      }
      assert.equal(sftAccount().roamingProfiles.find((profile) => profile.roamingProfileId === '3004')?.roamingProfileName, 'UK Ireland Roaming (finished)');
      assert.equal((await writesTo('sft')).length, 1);
      assert.equal(api.documents.unpushedText(uri), undefined, 'pushed: nothing kept any more');

      // Kept edits can be dropped: the document shows the remote again.
      await replaceWith(document, { ...value, roamingProfileName: 'UK Ireland Roaming (unwanted)' });
      await eventually('the unwanted edit to be kept', () => api.documents.unpushedText(uri)?.includes('(unwanted)') || undefined);
      await vscode.commands.executeCommand('roaming.discardUnpushed', uri);
      await eventually('the remote text back', () => (document.getText().includes('(finished)') && !document.isDirty) || undefined);
      assert.equal((await writesTo('sft')).length, 1, 'the dropped edit was never sent');

      // An edit typed back to the remote's text is no edit: the auto save after it keeps nothing as unpushed.
      await replaceWith(document, { ...value, roamingProfileName: 'UK Ireland Roaming (changed my mind)' });
      await eventually('the edit to be kept', () => api.documents.unpushedText(uri)?.includes('(changed my mind)') || undefined);
      await replaceWith(document, JSON.parse(api.documents.openDocument(uri)!.text) as Json);
      await eventually('nothing kept once the text is the remote\'s again', () => api.documents.unpushedText(uri) === undefined || undefined);
      assert.equal((await writesTo('sft')).length, 1);
    } finally {
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Global);
      await files.update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('names the connection, its environment and the object at the top of a document, production loudly', async () => {
    const headerOf = async (uri: vscode.Uri) => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      return lenses.map((lens) => lens.command?.title ?? '');
    };
    const { document, value } = await openEditable(uriOf(sftId, 'roaming-profiles', '3004', 'roaming-profile'));
    assert.deepEqual(await headerOf(document.uri), ['Sandbox SFT (sandbox) · Roaming Profile "UK Ireland Roaming" 3004', 'Diff with Remote', 'Push']);

    await replaceWith(document, { ...value, roamingProfileName: 'UK Ireland Roaming v3' });
    assert.equal(await document.save(), true);
    await eventually('the header to name the object as pushed', async () =>
      (await headerOf(document.uri))[0]?.includes('"UK Ireland Roaming v3"') || undefined);

    const record = await vscode.commands.executeCommand<{ id: string }>('roaming.addConnection', {
      platform: 'sft', name: 'Production SFT', baseUrl: urls().sft, username: 'sandbox-reseller', password: 'sandbox', environment: 'production', readOnly: true,
    });
    try {
      const productionUri = uriOf(record.id, 'roaming-profiles', '3002', 'roaming-profile');
      await vscode.window.showTextDocument(productionUri);
      assert.deepEqual(await headerOf(productionUri),
        ['$(warning) PRODUCTION — Production SFT (production) · read-only · Roaming Profile "Nordics Roaming" 3002', 'Diff with Remote']);
    } finally {
      await api.store.remove(record.id);
    }
  });

  it('opens documents of a read-only connection read-only, and Open Read-Only likewise', async () => {
    // Typing as a person would (an API edit is not bound by the editor's read-only state).
    const typingChanges = async (uri: vscode.Uri) => {
      const document = vscode.window.activeTextEditor!.document;
      assert.equal(document.uri.toString(), uri.toString());
      const before = document.getText();
      await vscode.commands.executeCommand('type', { text: 'x' });
      const changed = document.getText() !== before;
      if (changed) await vscode.commands.executeCommand('undo');
      return changed;
    };
    const uri = uriOf(sftId, 'roaming-profiles', '3004', 'roaming-profile');
    const node = await childLabelled(api, await childLabelled(api, await childLabelled(api, undefined, 'Sandbox SFT'), 'Roaming Profiles'), 'UK Ireland Roaming');
    await vscode.commands.executeCommand('roaming.openReadOnly', node);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path, uri.path);
    const shown = vscode.window.activeTextEditor!.document.uri;
    assert.equal(shown.scheme, 'roaming-remote', 'Open Read-Only shows the remote view');
    assert.equal(await typingChanges(shown), false, 'Open Read-Only refuses typing');

    const record = await vscode.commands.executeCommand<{ id: string }>('roaming.addConnection', {
      platform: 'sft', name: 'Read-only SFT', baseUrl: urls().sft, username: 'sandbox-reseller', password: 'sandbox', environment: 'test', readOnly: true,
    });
    try {
      const readOnlyUri = uriOf(record.id, 'roaming-profiles', '3004', 'roaming-profile');
      const stat = await vscode.workspace.fs.stat(readOnlyUri);
      assert.equal(stat.permissions, vscode.FilePermission.Readonly);
      await vscode.window.showTextDocument(readOnlyUri);
      assert.equal(await typingChanges(readOnlyUri), false, 'a read-only connection refuses typing');
      await vscode.window.showTextDocument(uri);
      assert.equal(await typingChanges(uri), true, 'the same object on a writable connection takes typing');
    } finally {
      await api.store.remove(record.id);
    }
  });
});
