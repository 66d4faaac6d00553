// Add, edit, remove and sign out of connections. A connection is saved only after a login worked (or the
// person chose to save it anyway, knowing why it failed).
import * as vscode from 'vscode';
import { joinSentences } from '../../core/http/failureText';
import { showError, showInformation } from '../ui/notifications';
import type { RequestLogger } from '../../core/http/types';
import { PLATFORM_LABELS, type ConnectionRecord } from '../../core/http/connection';
import { checkLogin } from '../../core/platforms/loginCheck';
import { vscodeFailureAdvice } from '../ui/failureAdvice';
import type { ClientRegistry } from './clientRegistry';
import { normaliseBaseUrl, problemWithBaseUrl } from './connectionIds';
import type { ConnectionStore } from './connectionStore';
import type { Prompter } from '../ui/prompter';
import { recordFromDraft, runConnectionWizard, type CompleteDraft, type ConnectionDraft } from './connectionWizard';

export interface ConnectionCommandContext {
  readonly store: ConnectionStore;
  readonly clients: ClientRegistry;
  readonly logger: RequestLogger;
  readonly prompter: Prompter;
}

/** Tries the login with progress; resolves a problem sentence, or undefined when it worked. */
async function tryLogin(record: ConnectionRecord, password: string, logger: RequestLogger): Promise<string | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Signing in to ${record.name} (${record.baseUrl})…`, cancellable: false },
    async () => {
      const result = await checkLogin(record, password, { logger, advice: vscodeFailureAdvice });
      if (result.ok) return undefined;
      return joinSentences(result.message, result.nextStep !== undefined && !result.message.includes(result.nextStep) ? result.nextStep : undefined);
    },
  );
}

/**
 * `roaming.addConnection`. Arguments (all optional) prefill and skip wizard steps, so the command also works from
 * scripts and tests: `{ platform, name, baseUrl, username, password, environment, readOnly, targetAccountId }`.
 * Resolves the saved record, or undefined when the person cancelled.
 */
export async function addConnection(context: ConnectionCommandContext, given: ConnectionDraft = {}): Promise<ConnectionRecord | undefined> {
  const fixed = sanitiseDraft(given);
  let draft: ConnectionDraft = {};
  for (;;) {
    const complete = await runConnectionWizard(draft, {
      title: 'Add Roaming Connection',
      takenNames: new Set(context.store.list().map((known) => known.record.name.toLowerCase())),
      passwordOptional: false,
      fixed,
    });
    if (!complete?.password) return undefined;
    const record = recordFromDraft(complete);
    const problem = await tryLogin({ ...record, id: 'new-connection' }, complete.password, context.logger);
    if (problem) {
      const choice = await context.prompter.ask('error', `Could not sign in to ${record.name}: ${problem}`, {}, 'Edit and Try Again', 'Save Anyway');
      if (choice === 'Edit and Try Again') {
        draft = complete;
        continue;
      }
      if (choice !== 'Save Anyway') return undefined;
    }
    return saveNewConnection(context, complete);
  }
}

async function saveNewConnection(context: ConnectionCommandContext, complete: CompleteDraft): Promise<ConnectionRecord> {
  const saved = await context.store.add(recordFromDraft(complete));
  if (complete.password) await context.store.credentials(saved.id).storePassword(complete.password);
  context.logger.info(`Connection added: ${saved.name} (${PLATFORM_LABELS[saved.platform]}, ${saved.environment}) at ${saved.baseUrl}`);
  void showInformation(`Connection ${saved.name} added.`);
  return saved;
}

export async function editConnection(context: ConnectionCommandContext, connection: ConnectionRecord): Promise<void> {
  const known = context.store.get(connection.id);
  if (!known) return;
  if (known.origin === 'settings') {
    const choice = await showInformation(
      `${connection.name} is declared in the roaming.connections setting; edit it there. Its password is kept in SecretStorage.`,
      'Open Settings', 'Change Password',
    );
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettingsJson');
    if (choice === 'Change Password') await changePassword(context, known.record);
    return;
  }
  const complete = await runConnectionWizard({ ...known.record }, {
    title: `Edit Connection ${known.record.name}`,
    takenNames: new Set(context.store.list().filter((other) => other.record.id !== connection.id).map((other) => other.record.name.toLowerCase())),
    passwordOptional: true,
    fixed: {},
  });
  if (!complete) return;
  const updated: ConnectionRecord = { ...recordFromDraft(complete), id: connection.id };
  const credentials = context.store.credentials(connection.id);
  const password = complete.password ?? await credentials.getPassword();
  if (password) {
    const problem = await tryLogin(updated, password, context.logger);
    if (problem) {
      const choice = await context.prompter.ask('error', `Could not sign in with the new settings: ${problem}`, {}, 'Save Anyway');
      if (choice !== 'Save Anyway') return;
    }
  }
  await context.store.update(updated);
  await credentials.forgetTokens();
  if (complete.password) await credentials.storePassword(complete.password);
  context.clients.forget(connection.id);
  void showInformation(`Connection ${updated.name} updated.`);
}

async function changePassword(context: ConnectionCommandContext, connection: ConnectionRecord): Promise<void> {
  const password = await vscode.window.showInputBox({
    title: `New password for ${connection.name}`, password: true, ignoreFocusOut: true,
    validateInput: (value) => (value ? undefined : 'Enter the password'),
  });
  if (!password) return;
  const problem = await tryLogin(connection, password, context.logger);
  if (problem) {
    void showError(`The password was not stored: ${problem}`);
    return;
  }
  const credentials = context.store.credentials(connection.id);
  await credentials.storePassword(password);
  await credentials.forgetTokens();
  context.clients.forget(connection.id);
}

export async function removeConnection(context: ConnectionCommandContext, connection: ConnectionRecord): Promise<void> {
  const known = context.store.get(connection.id);
  if (!known) return;
  if (known.origin === 'settings') {
    void showInformation(`${connection.name} is declared in the roaming.connections setting: remove it there.`);
    return;
  }
  const choice = await context.prompter.ask('warning', `Remove the connection ${connection.name} (${connection.environment})?`,
    { modal: true, detail: 'Its password and tokens are deleted from SecretStorage. Nothing changes on the remote account.' },
    'Remove');
  if (choice !== 'Remove') return;
  await context.store.remove(connection.id);
  context.clients.forget(connection.id);
  context.logger.info(`Connection removed: ${connection.name}`);
}

export async function signOut(context: ConnectionCommandContext, connection: ConnectionRecord): Promise<void> {
  await context.clients.clientFor(connection).signOut();
  await context.store.credentials(connection.id).forgetTokens();
  context.logger.info(`Signed out of ${connection.name} (password kept)`);
  void showInformation(`Signed out of ${connection.name}. The password stays in SecretStorage; the next request signs in again.`);
}

/** Keeps only well-typed fields from command arguments; anything else is asked for. */
function sanitiseDraft(given: unknown): ConnectionDraft {
  if (typeof given !== 'object' || given === null) return {};
  const value = given as Record<string, unknown>;
  const text = (key: string) => (typeof value[key] === 'string' && (value[key] as string).trim() ? (value[key] as string) : undefined);
  const draft: ConnectionDraft = {};
  if (value.platform === 'sft' || value.platform === 'telecomx') draft.platform = value.platform;
  for (const key of ['name', 'baseUrl', 'username', 'password', 'environment', 'targetAccountId'] as const) {
    const found = text(key);
    if (found !== undefined) draft[key] = found;
  }
  if (typeof value.readOnly === 'boolean') draft.readOnly = value.readOnly;
  // A malformed URL argument is asked for again rather than saved.
  if (draft.baseUrl !== undefined) {
    if (problemWithBaseUrl(draft.baseUrl)) delete draft.baseUrl;
    else draft.baseUrl = normaliseBaseUrl(draft.baseUrl);
  }
  return draft;
}
