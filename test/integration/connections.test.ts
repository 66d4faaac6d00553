// Connections through the real commands inside VS Code: the password and tokens live in SecretStorage and
// nowhere else — not in settings, global state, the log, or any file the extension wrote.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import type { ConnectionRecord } from '../../src/core/http/connection';
import { USER_DATA_FOLDER_VARIABLE } from '../host/protocol';
import { childLabelled, eventually, extensionApi, labelsUnder, sandboxAdmin } from './support/api';
import { actInBrowser, canTakeScreenshots } from './support/screenshots';

/** Every file under a folder (missing folders are empty). */
function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true }).map((name) => path.join(folder, String(name))).filter((file) => fs.statSync(file).isFile());
}

describe('Connections', function () {
  let api: TestApi;
  let sftUrl: string;
  let telecomxUrl: string;

  before(async () => {
    api = await extensionApi();
    await vscode.commands.executeCommand('roaming.trySandbox');
    sftUrl = api.launcher.urls!.sft;
    telecomxUrl = api.launcher.urls!.telecomx;
  });

  afterEach(() => api.prompter.clearScript());

  it('adds a connection after a login, keeps the password only in SecretStorage, and leaks no secret anywhere', async () => {
    const password = `Wq9-${Math.random().toString(36).slice(2)}-unique`;
    await sandboxAdmin(sftUrl, 'users', { username: 'leak-check', password });
    const record = await vscode.commands.executeCommand<ConnectionRecord>('roaming.addConnection', {
      platform: 'sft', name: 'Leak Check', baseUrl: sftUrl, username: 'leak-check', password, environment: 'test',
    });
    assert.ok(record, 'the connection was saved');
    assert.equal(await api.readSecret(`roaming.${record.id}.password`), password, 'the password is readable through SecretStorage');

    // Use the connection so that a session, tokens and log lines exist.
    const connection = await childLabelled(api, undefined, 'Leak Check');
    assert.ok((await labelsUnder(api, await childLabelled(api, connection, 'Destination Groups'))).includes('EU Core'));
    const tokens = JSON.parse(await api.readSecret(`roaming.${record.id}.tokens`) ?? '{}') as Record<string, string>;
    const secrets = [password, ...Object.values(tokens).filter((value) => value.length > 20)];
    assert.ok(secrets.length >= 2, 'the session stored its tokens in SecretStorage');

    const places: Array<[string, string]> = [];
    places.push(['settings (all scopes)', JSON.stringify(vscode.workspace.getConfiguration().get('roaming'))]);
    for (const key of api.globalStateKeys()) places.push([`global state ${key}`, JSON.stringify(api.globalStateValue(key))]);
    const userData = process.env[USER_DATA_FOLDER_VARIABLE];
    const settingsFiles = [
      ...(userData ? [path.join(userData, 'User', 'settings.json')] : []),
      ...(vscode.workspace.workspaceFolders ?? []).map((folder) => path.join(folder.uri.fsPath, '.vscode', 'settings.json')),
    ];
    for (const file of settingsFiles) if (fs.existsSync(file)) places.push([file, fs.readFileSync(file, 'utf8')]);
    // The log is written to disk asynchronously: wait until our requests are in it.
    const logFiles = await eventually('the Roaming log to be written', () => {
      const files = filesUnder(api.logUri.fsPath);
      return files.some((file) => fs.readFileSync(file, 'utf8').includes('GetDestinationLists')) ? files : undefined;
    });
    for (const file of [...logFiles, ...filesUnder(api.globalStorageUri.fsPath)]) places.push([file, fs.readFileSync(file, 'utf8')]);
    for (const folder of vscode.workspace.workspaceFolders ?? []) for (const file of filesUnder(folder.uri.fsPath)) places.push([file, fs.readFileSync(file, 'utf8')]);

    assert.ok(places.some(([place]) => place.includes('Roaming')) || logFiles.length > 0, 'the log was among the places searched');
    for (const [place, text] of places) {
      for (const secret of secrets) assert.ok(!text.includes(secret), `a secret appears in ${place}`);
    }
    await api.store.remove(record.id);
  });

  it('walks through the Add Connection wizard as a person types, then signs in and saves', async function () {
    if (!canTakeScreenshots()) this.skip();
    const widget = '.quick-input-widget';
    const step = (text: string) => `${widget} .quick-input-message:has-text("${text}")`;
    const row = (text: string) => `${widget} .monaco-list-row:has-text("${text}")`;
    // Each step must have the keyboard the moment it shows: a person types straight on.
    const typingGoesToTheWizard = `${widget} .quick-input-box input:focus`;
    // As after clicking + in the view's title: the tree has the keyboard, and would take any keystroke the
    // wizard lets fall between two steps (type-to-find jumps to "Text Prices" on a "T").
    await vscode.commands.executeCommand('roaming.explorer.focus');
    const saved = vscode.commands.executeCommand<ConnectionRecord | undefined>('roaming.addConnection');
    await actInBrowser('wizard-platform', [{ waitFor: row('TelecomX') }, { waitFor: typingGoesToTheWizard }, { type: 'TelecomX' }, { press: 'Enter' }]);
    await actInBrowser('wizard-name', [{ waitFor: step('A name for this connection') }, { waitFor: typingGoesToTheWizard }, { type: 'Typed TelecomX' }, { press: 'Enter' }]);
    await actInBrowser('wizard-url', [{ waitFor: step('Base URL of the API') }, { waitFor: typingGoesToTheWizard }, { press: 'Control+A' }, { type: telecomxUrl }, { press: 'Enter' }]);
    await actInBrowser('wizard-user', [{ waitFor: step('User name') }, { waitFor: typingGoesToTheWizard }, { type: 'viewer@sandbox.example' }, { press: 'Enter' }]);
    await actInBrowser('wizard-password', [{ waitFor: step('Password.') }, { waitFor: typingGoesToTheWizard }, { type: 'sandbox' }, { press: 'Enter' }]);
    await actInBrowser('wizard-environment', [{ waitFor: row('staging') }, { waitFor: typingGoesToTheWizard }, { type: 'test' }, { press: 'Enter' }]);
    await actInBrowser('wizard-read-only', [{ waitFor: row('Read-only') }, { waitFor: typingGoesToTheWizard }, { type: 'Read-only' }, { press: 'Enter' }]);
    const record = await saved;
    assert.ok(record, 'the wizard saved a connection');
    assert.deepEqual(
      { name: record.name, platform: record.platform, baseUrl: record.baseUrl, username: record.username, environment: record.environment, readOnly: record.readOnly },
      { name: 'Typed TelecomX', platform: 'telecomx', baseUrl: telecomxUrl, username: 'viewer@sandbox.example', environment: 'test', readOnly: true },
    );
    assert.equal(await api.readSecret(`roaming.${record.id}.password`), 'sandbox');
    await api.store.remove(record.id);
  });

  it('refuses a wrong password with the reason and saves nothing', async () => {
    api.prompter.script(undefined);
    const record = await vscode.commands.executeCommand<ConnectionRecord | undefined>('roaming.addConnection', {
      platform: 'telecomx', name: 'Wrong Password', baseUrl: telecomxUrl, username: 'admin@sandbox.example', password: 'not-the-password',
    });
    assert.equal(record, undefined);
    assert.match(api.prompter.asked[0].message, /Could not sign in to Wrong Password: .*(password|credentials)/i);
    assert.deepEqual(api.prompter.asked[0].choices, ['Edit and Try Again', 'Save Anyway']);
    assert.ok(!api.store.list().some((known) => known.record.name === 'Wrong Password'));
  });

  it('says the host is unreachable when nothing listens there', async () => {
    api.prompter.script(undefined);
    await vscode.commands.executeCommand('roaming.addConnection', {
      platform: 'sft', name: 'Nowhere', baseUrl: 'http://127.0.0.1:9', username: 'sandbox-reseller', password: 'sandbox',
    });
    assert.match(api.prompter.asked[0].message, /Could not sign in to Nowhere: .*(reach|unreachable|refused)/i);
  });

  it('signs out (tokens gone, password kept), and removal deletes every secret', async () => {
    const record = await vscode.commands.executeCommand<ConnectionRecord>('roaming.addConnection', {
      platform: 'telecomx', name: 'Sign Out Check', baseUrl: telecomxUrl, username: 'viewer@sandbox.example', password: 'sandbox', environment: 'test',
    });
    const connection = await childLabelled(api, undefined, 'Sign Out Check');
    assert.ok((await labelsUnder(api, await childLabelled(api, connection, 'Regions'))).length > 0);
    assert.ok(await api.readSecret(`roaming.${record.id}.tokens`), 'signed in: a token is stored');
    await vscode.commands.executeCommand('roaming.signOut', connection);
    assert.equal(await api.readSecret(`roaming.${record.id}.tokens`), undefined);
    assert.equal(await api.readSecret(`roaming.${record.id}.password`), 'sandbox');

    api.prompter.script('Remove');
    await vscode.commands.executeCommand('roaming.removeConnection', connection);
    assert.equal(await api.readSecret(`roaming.${record.id}.password`), undefined);
    assert.ok(!api.store.list().some((known) => known.record.id === record.id));
  });

  it('reads connections declared in settings, and refuses a password put there', async () => {
    const configuration = vscode.workspace.getConfiguration('roaming');
    await configuration.update('connections', [
      { name: 'Team TelecomX', platform: 'telecomx', baseUrl: telecomxUrl, username: 'viewer@sandbox.example', environment: 'test' },
      { name: 'Careless', platform: 'sft', baseUrl: sftUrl, username: 'x', password: 'oops' },
    ], vscode.ConfigurationTarget.Global);
    try {
      const team = await eventually('the settings connection', () => api.store.list().find((known) => known.record.name === 'Team TelecomX'));
      assert.equal(team.origin, 'settings');
      assert.match(api.store.settingsProblems.join(' '), /"Careless": passwords do not belong in settings/);
      const roots = await labelsUnder(api, undefined);
      assert.ok(roots.includes('Team TelecomX'));
      assert.ok(roots.some((label) => label.includes('passwords do not belong in settings')), 'the problem shows in the tree');
    } finally {
      await configuration.update('connections', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
