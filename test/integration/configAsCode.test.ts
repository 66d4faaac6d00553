// Configuration as code inside VS Code: export a whole account, edit files, plan, apply, plan again — checked on
// the sandbox's own state.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import { childLabelled, extensionApi, sandboxAdmin } from './support/api';
import { actInBrowser, canTakeScreenshots, takeScreenshot } from './support/screenshots';

type Json = Record<string, unknown>;
interface Manifest { files: Record<string, { kind: string; id: string }> }
interface Plan { counts: Record<string, number>; entries: Array<{ action: string; file: string; kind: string; id?: string }> }

describe('Roaming configuration as code in VS Code', function () {
  let api: TestApi;
  let folder: string;

  const sftAccount = () => ((api.launcher.sandbox!.sft.exportState() as { accounts: Json[] }).accounts
    .find((account) => account.accountId === '100')) as { roamingProfiles: Json[]; destinationGroups: Array<{ destinationListId: string; destinationListName: string; operators: Json[] }>; serviceProfiles: Json[] };
  const manifest = () => JSON.parse(fs.readFileSync(path.join(folder, 'roaming-manifest.json'), 'utf8')) as Manifest;
  const fileOf = (kind: string, id: string) => {
    const entry = Object.entries(manifest().files).find(([, value]) => value.kind === kind && value.id === id);
    assert.ok(entry, `${kind} ${id} is in the manifest`);
    return path.join(folder, entry[0]);
  };
  const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  const writeJson = (file: string, value: unknown) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  const plan = async () => {
    const result = await vscode.commands.executeCommand<Plan | undefined>('roaming.planFolder', { folder });
    assert.ok(result, 'a plan was made');
    return result;
  };
  const exportAll = async () => vscode.commands.executeCommand<string>('roaming.exportToFolder', await childLabelled(api, undefined, 'Sandbox SFT'), undefined, { folder });
  /** Each test can run alone (`--grep`): the later ones export first when the folder has no manifest yet. */
  const ensureExported = async () => { if (!fs.existsSync(path.join(folder, 'roaming-manifest.json'))) await exportAll(); };
  const apply = async () => {
    api.prompter.script('Apply');
    return vscode.commands.executeCommand<string | undefined>('roaming.applyPlan');
  };

  before(async () => {
    api = await extensionApi();
    await vscode.commands.executeCommand('roaming.trySandbox');
    await sandboxAdmin(api.launcher.urls!.sft, 'reset');
    await sandboxAdmin(api.launcher.urls!.sft, 'settings', { tps: 20 });
    folder = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'exported-sft');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  after(async () => {
    await sandboxAdmin(api.launcher.urls!.sft, 'settings', { tps: 2 });
    await sandboxAdmin(api.launcher.urls!.sft, 'reset');
    api.prompter.clearScript();
  });

  it('exports a whole account into a folder, one file per object, with a manifest', async () => {
    assert.equal(await exportAll(), folder);
    const files = manifest().files;
    const account = sftAccount();
    assert.equal(Object.values(files).filter((entry) => entry.kind === 'destination-group').length, account.destinationGroups.length);
    assert.equal(Object.values(files).filter((entry) => entry.kind === 'roaming-profile').length, account.roamingProfiles.length);
    assert.equal(Object.values(files).filter((entry) => entry.kind === 'service-profile').length, account.serviceProfiles.length);
    assert.match(fileOf('destination-group', '2504'), /destination-groups\/.+\.destination-group\.json$/);
    assert.equal(readJson(fileOf('destination-group', '2504')).destinationGroupName, 'Iberia');
  });

  it('exports into a new folder it creates, named as the person types it', async function () {
    if (!canTakeScreenshots()) this.skip();
    const connectionNode = await childLabelled(api, undefined, 'Sandbox SFT');
    const target = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'new-export', 'sft');
    fs.rmSync(path.dirname(target), { recursive: true, force: true });
    const exporting = vscode.commands.executeCommand<string | undefined>('roaming.exportToFolder', connectionNode);
    // The choice is clicked, as a person would: an Enter went to the tree once, which had kept the keyboard
    // (a CI run timed out so). The second step is waited for by its own text, then typed into.
    const widget = '.quick-input-widget';
    await actInBrowser('export-new-folder', [
      { click: `${widget} .monaco-list-row:has-text("New folder in the workspace")` },
      { waitFor: `${widget} .quick-input-message:has-text("a path below the workspace")` },
      { click: `${widget} .quick-input-box input` },
      { press: 'Control+a' }, { type: 'new-export/sft' }, { press: 'Enter' },
    ]);
    assert.equal(await exporting, target);
    assert.ok(fs.existsSync(path.join(target, 'roaming-manifest.json')), 'exported into the folder it made');
    fs.rmSync(path.dirname(target), { recursive: true, force: true });
  });

  it('plans exactly the edited files, applies them, and a second plan is empty', async () => {
    await ensureExported();
    const iberia = fileOf('destination-group', '2504');
    writeJson(iberia, { ...readJson(iberia), tadigCodeList: [...(readJson(iberia).tadigCodeList as Json[]), { tadigCode: 'FRAF1', categoryGroupId: '12' }] });
    const profile = fileOf('roaming-profile', '3004');
    writeJson(profile, { ...readJson(profile), status: '0' });
    writeJson(path.join(folder, 'service-profiles', 'Plan Created.service-profile.json'), { name: 'Plan Created', category: '0', status: '1', service: '4' });

    const planned = await plan();
    assert.deepEqual(
      planned.entries.filter((entry) => ['create', 'update', 'delete'].includes(entry.action)).map((entry) => `${entry.action} ${entry.kind} ${entry.id ?? 'new'}`).sort(),
      ['create service-profile new', 'update destination-group 2504', 'update roaming-profile 3004'],
    );
    assert.ok(api.planView.plan, 'the plan shows in the Folder Plan view');
    if (canTakeScreenshots()) assert.ok(fs.statSync(await takeScreenshot('roaming-folder-plan')).size > 20_000);

    // The tree shows the profile as it is before the apply …
    const profiles = await childLabelled(api, await childLabelled(api, undefined, 'Sandbox SFT'), 'Roaming Profiles');
    const profileDescription = async () => String((await (await childLabelled(api, profiles, 'UK Ireland Roaming')).treeItem()).description ?? '');
    assert.match(await profileDescription(), /· active ·/);
    const report = await apply();
    assert.ok(report && fs.existsSync(report), 'a report was written');
    // … and follows it, without a manual refresh.
    assert.match(await profileDescription(), /· inactive ·/);
    // One short question; the plan itself (diffs and requests) is open beside it, however long it is.
    const question = api.prompter.asked.at(-1);
    assert.equal(question?.message, 'Apply 1 create and 2 updates to Sandbox SFT (sandbox)?');
    assert.ok((question?.detail ?? '').split('\n').length <= 3, question?.detail);
    const review = vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'roaming-review' && document.uri.path.includes('Plan of exported-sft'));
    assert.match(review?.getText() ?? '', /Update:[\s\S]*POST \/api\/modifyDestinationGroup[\s\S]*FRAF1/, 'the plan with its diffs and requests is there to read');
    const account = sftAccount();
    assert.ok(account.destinationGroups.find((group) => group.destinationListId === '2504')!.operators.some((operator) => operator.tadigCode === 'FRAF1'));
    assert.equal(account.roamingProfiles.find((candidate) => candidate.roamingProfileId === '3004')!.status, '0');
    assert.equal(account.serviceProfiles.filter((candidate) => candidate.profileName === 'Plan Created').length, 1);

    const again = await plan();
    assert.equal(again.counts.create + again.counts.update + again.counts.delete, 0, 'nothing left to apply');
  });

  it('shows the files the remote rules refuse as invalid in the Folder Plan view, with the editor\'s messages', async () => {
    await ensureExported();
    // An unknown TADIG in a group, a profile naming a group the account does not have, a RAT downgrade of a
    // service profile a rate plan uses: each refused by its kind's rule, the one the editor runs.
    const edits: Array<[string, string, (value: Json) => Json, RegExp]> = [
      ['destination-group', '2507', (value) => ({ ...value, tadigCodeList: [...(value.tadigCodeList as Json[]), { tadigCode: 'MLTZZ', categoryGroupId: '12' }] }), /MLTZZ is not in the account's network list/],
      ['roaming-profile', '3004', (value) => ({ ...value, destinationGroupId: '9999' }), /Destination group 9999 does not exist/],
      ['service-profile', 'SP_1301', (value) => ({ ...value, accessType: '02' }), /used by plan IoT Europe Basic \(id 8001\).*10085/],
    ];
    const originals = edits.map(([kind, id]) => [fileOf(kind, id), readJson(fileOf(kind, id))] as const);
    try {
      for (const [kind, id, edit] of edits) writeJson(fileOf(kind, id), edit(readJson(fileOf(kind, id))));
      const planned = await plan();
      assert.deepEqual(planned.entries.filter((entry) => entry.action === 'error').map((entry) => entry.id).sort(), ['2507', '3004', 'SP_1301']);
      for (const [, id, , message] of edits) {
        const shown = api.planView.plan?.plan.entries.find((entry) => entry.id === id);
        assert.match(shown?.problems?.[0]?.message ?? '', message, id);
        assert.ok((shown?.problems?.[0]?.line ?? 0) > 1, `${id}: a line in the file`);
      }
      assert.equal(await apply(), undefined, 'a plan with invalid files is not applied');
      assert.equal(sftAccount().destinationGroups.find((group) => group.destinationListId === '2507')!.operators.some((operator) => operator.tadigCode === 'MLTZZ'), false);
    } finally {
      for (const [file, value] of originals) writeJson(file, value);
    }
  });

  it('shows a remote change since the export as a conflict and does not overwrite it', async () => {
    await ensureExported();
    const login = await fetch(`${api.launcher.urls!.sft}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sandbox-reseller', password: 'sandbox' }) });
    const { AccessToken } = await login.json() as { AccessToken: string };
    await fetch(`${api.launcher.urls!.sft}/api/modifyRoamingProfile`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'X-Authorization': `Bearer ${AccessToken}` },
      body: JSON.stringify({ roamingProfileInfo: { roamingProfileId: '3002', roamingProfileName: 'Renamed On The Remote' } }),
    });
    const file = fileOf('roaming-profile', '3002');
    writeJson(file, { ...readJson(file), status: '0' });
    const planned = await plan();
    assert.deepEqual(planned.entries.filter((entry) => entry.action === 'conflict').map((entry) => entry.id), ['3002']);
    const report = await apply();
    assert.equal(report, undefined, 'a plan with a conflict is not applied');
    assert.equal(sftAccount().roamingProfiles.find((candidate) => candidate.roamingProfileId === '3002')!.roamingProfileName, 'Renamed On The Remote');
    writeJson(file, { ...readJson(file), status: '1' });
  });

  it('leaves a report and a manifest a re-run continues from when a write fails mid-apply, creating nothing twice', async () => {
    await exportAll();
    for (const name of ['First Of Two', 'Second Of Two']) {
      writeJson(path.join(folder, 'service-profiles', `${name}.service-profile.json`), { name, category: '0', status: '1', service: '4' });
    }
    // A server error answers the first create: apply verifies it (not applied) and stops there.
    await sandboxAdmin(api.launcher.urls!.sft, 'faults', { method: 'POST', path: '/api/CreateServiceProfile', kind: 'http500', count: 1 });
    const planned = await plan();
    assert.equal(planned.counts.create, 2);
    const report = await apply();
    assert.ok(report && fs.existsSync(report), 'the failed apply wrote a report');
    assert.match(fs.readFileSync(report, 'utf8'), /Second Of Two|First Of Two/);

    const createdOnce = () => sftAccount().serviceProfiles.filter((candidate) => ['First Of Two', 'Second Of Two'].includes(String(candidate.profileName))).length;
    const afterFailure = createdOnce();
    assert.ok(afterFailure < 2, 'the failed create did not happen');
    const replanned = await plan();
    assert.equal(replanned.counts.create, 2 - afterFailure, 'the re-run plans only what is left');
    await apply();
    assert.equal(createdOnce(), 2);
    for (const name of ['First Of Two', 'Second Of Two']) {
      assert.equal(sftAccount().serviceProfiles.filter((candidate) => candidate.profileName === name).length, 1, `${name} exists once`);
    }
    const final = await plan();
    assert.equal(final.counts.create + final.counts.update, 0);
  });
});
