// Roaming: Export to Folder…, Plan Folder…, Apply Plan — thin VS Code commands over src/core/configAsCode, the
// same core the `roaming-workbench` command line uses.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { showError, showInformation, showWarning } from '../ui/notifications';
import {
  allowDeleteWord, ConfigError, deleteNamesToKeep, deleteNeedsName, describeCounts, describeWrites, exportFolder, hasChanges,
  isBlocked, MANIFEST_FILE, readManifest, renderPlanText, typedNameProblem, type ConfigPlan,
} from '../../core/configAsCode';
import type { ClientRegistry } from '../connections/clientRegistry';
import type { ConnectionStore } from '../connections/connectionStore';
import { ConnectionNode } from '../explorer/connectionNode';
import { ItemNode } from '../explorer/itemNode';
import { RemoteError } from '../../core/http/types';
import { isProduction, type ConnectionRecord } from '../../core/http/connection';
import type { KindSlug } from '../../core/platforms/resourceKind';
import { relativePathProblem } from '../../core/configAsCode/folderPaths';
import { ApplyJournal, applyWithJournal, planWithInputs, withApplyLock } from '../../core/configAsCode';
import { compareAccounts, renderComparisonText, type AccountComparison } from '../../core/configAsCode/compareAccounts';
import { DEFAULT_ENVIRONMENT, environmentNameProblem, STATE_FOLDER } from '../../core/configAsCode/environmentFiles';
import { environmentsInFolder } from '../../core/configAsCode/manifest';
import { kindBySlug, kindsOfPlatform } from '../../core/platforms/registry';
import type { RemoteChanges } from '../remoteChanges';
import { confirmWrite } from '../ui/confirmations';
import type { Prompter } from '../ui/prompter';
import type { ReviewDocuments } from '../ui/reviewDocuments';
import { pickConnection } from '../commands/pickers';
import { remoteUriFor } from '../documents/remoteContent';
import { entryOf, type CurrentPlan, type PlanView } from './planView';

export interface ConfigAsCodeContext {
  readonly store: ConnectionStore;
  readonly clients: ClientRegistry;
  readonly prompter: Prompter;
  /** Where a whole plan is shown for review beside its confirmation. */
  readonly reviews: ReviewDocuments;
  /** Told of every apply: the tree and open comparisons follow. */
  readonly remoteChanges: RemoteChanges;
  readonly planView: PlanView;
  /** roaming: URI of a remote object, for diffs. */
  readonly documentUri: (connection: ConnectionRecord, kind: KindSlug, id: string) => vscode.Uri | undefined;
  readonly log: (message: string) => void;
}

/** Options a command may be given (scripts, tests); anything absent is asked for. */
interface FolderArguments {
  readonly folder?: string;
  /** The environment to plan (its state: roaming-state/NAME.json); asked for when the folder has several. */
  readonly environment?: string;
  /** For a new environment: the id of the connection to plan it against (asked for otherwise). */
  readonly connectionId?: string;
  readonly allowDeletes?: boolean;
  /**
   * Production deletes allowed by name (`allowDelete` words, as --allow-delete); absent: those typed for the plan
   * shown, when it is of the same folder, environment and connection.
   */
  readonly allowDelete?: readonly string[];
  readonly continueOnError?: boolean;
}

function messageOf(error: unknown): string {
  if (error instanceof ConfigError || error instanceof RemoteError) return error.message;
  return (error as Error).message ?? String(error);
}

function abortSignalFor(token: vscode.CancellationToken): AbortSignal {
  const controller = new AbortController();
  token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}

function folderArgument(value: unknown): FolderArguments {
  if (typeof value === 'string') return { folder: value };
  if (value instanceof vscode.Uri) return { folder: value.fsPath };
  if (value && typeof value === 'object') return value as FolderArguments;
  return {};
}

async function chooseFolder(title: string, openLabel: string): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title, openLabel, canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return picked?.[0]?.fsPath;
}

const NEW_FOLDER = '$(new-folder) New folder in the workspace…';
const EXISTING_FOLDER = '$(folder-opened) An existing folder…';

/**
 * Where an export goes: usually a new folder, which the folder picker of VS Code for the Web and code-server
 * cannot make — so a new one is named here and created; an existing one is picked as before.
 */
async function chooseExportFolder(connection: ConnectionRecord): Promise<string | undefined> {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (workspace === undefined) return chooseFolder(`Export ${connection.name} into a folder`, 'Export Here');
  // Kept open when focus moves (a notification, the tree): a CI run saw the step vanish before it was answered.
  const choice = await vscode.window.showQuickPick([NEW_FOLDER, EXISTING_FOLDER], { title: `Export ${connection.name} into…`, ignoreFocusOut: true });
  if (choice === EXISTING_FOLDER) return chooseFolder(`Export ${connection.name} into a folder`, 'Export Here');
  if (choice !== NEW_FOLDER) return undefined;
  const name = await vscode.window.showInputBox({
    title: `Export ${connection.name} into a new folder of ${path.basename(workspace)}`,
    value: `roaming-${connection.id}`,
    ignoreFocusOut: true,
    prompt: 'The folder\'s name, or a path below the workspace (config/roaming)',
    validateInput: (value) => newFolderProblem(workspace, value),
  });
  if (name === undefined) return undefined;
  const folder = path.join(workspace, ...name.trim().split('/'));
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/** Why a typed folder cannot be made: empty, outside the workspace, or a file already there. */
function newFolderProblem(workspace: string, value: string): string | undefined {
  const relative = value.trim().replace(/\\/g, '/');
  if (relative === '') return 'Name the folder';
  const problem = relativePathProblem(relative);
  if (problem !== undefined) return `A folder below the workspace: ${problem}`;
  const folder = path.join(workspace, ...relative.split('/'));
  if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) return 'A file of that name is already there';
  return undefined;
}

/** Folders of the workspace holding a manifest: the usual answer to "which folder?". */
async function exportedFolders(): Promise<string[]> {
  const manifests = await vscode.workspace.findFiles(`**/${MANIFEST_FILE}`, '**/node_modules/**', 50);
  return manifests.map((uri) => path.dirname(uri.fsPath));
}

export async function exportToFolder(context: ConfigAsCodeContext, node?: unknown, selection?: unknown, given?: unknown): Promise<string | undefined> {
  const items = (Array.isArray(selection) && selection.length > 0 ? selection : node ? [node] : []).filter((candidate): candidate is ItemNode => candidate instanceof ItemNode);
  const connection = node instanceof ConnectionNode ? node.connection : items[0]?.connection ?? await pickConnection(context.store, 'Export to Folder');
  if (!connection) return undefined;
  const options = folderArgument(given ?? (node === undefined || node instanceof ConnectionNode || node instanceof ItemNode ? undefined : node));
  const folder = options.folder ?? await chooseExportFolder(connection);
  if (!folder) return undefined;
  const selected = items.filter((item) => item.connection.id === connection.id);
  // A failure is shown by the one error path of every command (extension.ts), with its next step.
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting ${connection.name}`, cancellable: true },
    (progress, token) => exportFolder(context.clients.clientFor(connection), {
      folder,
      ...(selected.length > 0 && { kinds: [...new Set(selected.map((item) => item.kind.slug))], ids: selected.map((item) => item.remoteId) }),
      signal: abortSignalFor(token),
      onProgress: (event) => progress.report({ message: event.message }),
    }),
  );
  const written = result.files.filter((file) => file.written).length;
  context.log(`Exported ${result.files.length} objects of ${connection.name} to ${folder} (${written} written)`);
  void showInformation(
    `Exported ${result.files.length} objects of ${connection.name} to ${folder}${result.removed.length ? `; removed ${result.removed.length} files of objects deleted remotely` : ''}.`,
    'Plan Folder…',
  ).then((choice) => { if (choice) void vscode.commands.executeCommand('roaming.planFolder', { folder }); });
  return folder;
}

/** The known connection a folder's manifest was made for (the same platform, URL and account). */
function connectionForFolder(context: ConfigAsCodeContext, folder: string, environment?: string): ConnectionRecord | undefined {
  const manifest = readManifest(folder, environment);
  if (!manifest) return undefined;
  const url = (value: string) => value.trim().replace(/\/+$/, '').toLowerCase();
  return context.store.list().map((known) => known.record).find((record) => record.platform === manifest.connection.platform
    && url(record.baseUrl) === url(manifest.connection.baseUrl)
    && (record.targetAccountId ?? '') === (manifest.connection.targetAccountId ?? ''));
}

const NEW_ENVIRONMENT = '$(add) New environment…';

/** The environment picker: the folder's environments (the last planned first), and a new one. */
async function pickEnvironment(folder: string, environments: readonly string[], last: string | undefined): Promise<string | undefined> {
  // A folder of one manifest and no named environment plans as it always did: nothing to choose. (roaming-state/
  // alone says nothing: an apply keeps the default environment's lock and journal there.)
  if (environments.length === 1 && environments[0] === DEFAULT_ENVIRONMENT) return DEFAULT_ENVIRONMENT;
  const ordered = [...environments].sort((a, b) => Number(b === (last ?? DEFAULT_ENVIRONMENT)) - Number(a === (last ?? DEFAULT_ENVIRONMENT)));
  const choice = await vscode.window.showQuickPick(
    [
      ...ordered.map((name) => ({ label: name, description: name === DEFAULT_ENVIRONMENT ? MANIFEST_FILE : `${STATE_FOLDER}/${name}.json`, name })),
      { label: NEW_ENVIRONMENT, description: 'the first plan adopts what the account already holds, by name', name: '' },
    ],
    { title: `Plan ${path.basename(folder)}: environment`, placeHolder: 'Which environment (whose state and account)?' },
  );
  if (!choice) return undefined;
  if (choice.name !== '') return choice.name;
  const typed = await vscode.window.showInputBox({
    title: 'New environment', prompt: `Its state goes in ${STATE_FOLDER}/NAME.json`, placeHolder: 'production',
    validateInput: (value) => environmentNameProblem(value.trim()) ?? (environments.includes(value.trim()) ? `"${value.trim()}" exists already.` : undefined),
  });
  return typed?.trim() || undefined;
}

async function pickKnownConnection(context: ConfigAsCodeContext, title: string, platform?: string, except?: string): Promise<ConnectionRecord | undefined> {
  const records = context.store.list().map((known) => known.record).filter((record) => (platform === undefined || record.platform === platform) && record.id !== except);
  const choice = await vscode.window.showQuickPick(
    records.map((record) => ({ label: record.name, description: `${record.environment} · ${record.platform}${record.targetAccountId ? ` · account ${record.targetAccountId}` : ''}`, record })),
    { title, placeHolder: 'Connection' },
  );
  return choice?.record;
}

interface CompareArguments {
  readonly left?: string;
  readonly right?: string;
  /** Whole account when absent; a kind's objects, or with `name` one object. */
  readonly kind?: KindSlug;
  readonly name?: string;
}

/**
 * Compare Connections…: two connections of one platform, the whole account or one object, compared by name
 * (core: compareAccounts.ts), shown as a read-only document.
 */
export async function compareConnectionsCommand(context: ConfigAsCodeContext, given?: unknown): Promise<AccountComparison | undefined> {
  const options = (given && typeof given === 'object' ? given : {}) as CompareArguments;
  const byId = (id: string | undefined) => context.store.list().map((known) => known.record).find((record) => record.id === id);
  const left = byId(options.left) ?? await pickKnownConnection(context, 'Compare Connections: the first connection');
  if (!left) return undefined;
  const right = byId(options.right) ?? await pickKnownConnection(context, `Compare ${left.name} with`, left.platform, left.id);
  if (!right) return undefined;
  if (right.platform !== left.platform) {
    void showError(`${left.name} and ${right.name} are of different platforms: only connections of one platform compare.`);
    return undefined;
  }
  let kind = options.kind;
  let name = options.name;
  if (given === undefined || options.left === undefined) {
    const scope = await vscode.window.showQuickPick(
      [{ label: 'Whole account', slug: '' }, ...kindsOfPlatform(left.platform).map((item) => ({ label: item.plural, description: 'one of them, or all', slug: item.slug }))],
      { title: `Compare ${left.name} with ${right.name}`, placeHolder: 'The whole account, or objects of one kind?' },
    );
    if (!scope) return undefined;
    kind = scope.slug || undefined;
    if (kind !== undefined) {
      const typed = await vscode.window.showInputBox({ title: 'One object', prompt: 'Its name (leave empty for all of them)' });
      if (typed === undefined) return undefined;
      name = typed.trim() || undefined;
    }
  }
  try {
    const comparison = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Comparing ${left.name} with ${right.name}`, cancellable: true },
      (progress, token) => compareAccounts(context.clients.clientFor(left), context.clients.clientFor(right), {
        ...(kind !== undefined && name === undefined && { kinds: [kind] }),
        ...(kind !== undefined && name !== undefined && { object: { kind, name } }),
        signal: abortSignalFor(token), onProgress: (event) => progress.report({ message: event.message }),
      }),
    );
    await context.reviews.show(`Compare ${left.name} with ${right.name}${name !== undefined ? ` (${name})` : ''}.txt`, renderComparisonText(comparison));
    context.log(`Compared ${left.name} with ${right.name}: ${comparison.differences.length} differences`);
    return comparison;
  } catch (error) {
    void showError(`Could not compare ${left.name} with ${right.name}: ${messageOf(error)}`);
    return undefined;
  }
}

export async function planFolderCommand(context: ConfigAsCodeContext, given?: unknown): Promise<ConfigPlan | undefined> {
  const options = folderArgument(given);
  let folder = options.folder;
  if (!folder) {
    const candidates = await exportedFolders();
    const choice = await vscode.window.showQuickPick(
      [...candidates.map((candidate) => ({ label: path.basename(candidate), description: candidate, folder: candidate })), { label: 'Choose another folder…', description: '', folder: '' }],
      { title: 'Plan Folder', placeHolder: 'Which exported folder?' },
    );
    if (!choice) return undefined;
    folder = choice.folder || await chooseFolder('Plan an exported folder', 'Plan');
  }
  if (!folder) return undefined;
  const environments = environmentsInFolder(folder);
  if (environments.length === 0) {
    void showError(`${folder} has no ${MANIFEST_FILE}: export a connection into it first (Roaming: Export to Folder…).`);
    return undefined;
  }
  const chosen = options.environment ?? await pickEnvironment(folder, environments, context.planView.plan?.plan.environment);
  if (chosen === undefined) return undefined;
  const environment = chosen === DEFAULT_ENVIRONMENT ? undefined : chosen;
  const connection = options.connectionId !== undefined
    ? context.store.list().map((known) => known.record).find((record) => record.id === options.connectionId)
    : readManifest(folder, environment) ? connectionForFolder(context, folder, environment) : await pickKnownConnection(context, `Plan the new environment "${chosen}" against which connection?`);
  if (!connection) {
    const manifest = readManifest(folder, environment);
    if (manifest) void showError(`No connection matches the account of ${chosen === DEFAULT_ENVIRONMENT ? MANIFEST_FILE : `the environment "${chosen}"`} (${manifest.connection.platform} at ${manifest.connection.baseUrl}): add one with Roaming: Add Connection….`);
    return undefined;
  }
  const allowDeletes = options.allowDeletes ?? context.planView.plan?.plan.allowDeletes ?? false;
  const shown = context.planView.plan;
  const samePlan = shown !== undefined && path.resolve(shown.plan.folder) === path.resolve(folder)
    && (shown.plan.environment ?? DEFAULT_ENVIRONMENT) === chosen && shown.connection.id === connection.id;
  const allowDelete = options.allowDelete ?? (samePlan ? shown.allowDelete ?? [] : []);
  try {
    const plan = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Planning ${path.basename(folder)} against ${connection.name}`, cancellable: true },
      // Through the same rules as the command line: protected objects and production deletes are never planned.
      async (progress, token) => (await planWithInputs(context.clients.clientFor(connection), {
        folder, allowDeletes, allowDelete, ...(environment !== undefined && { environment }), signal: abortSignalFor(token), onProgress: (event) => progress.report({ message: event.message }),
      })).plan,
    );
    // A name whose object was deleted, or whose file is back, is forgotten: it never allows a later delete untyped.
    context.planView.show({ plan, connection, allowDelete: deleteNamesToKeep(plan, allowDelete) });
    await vscode.commands.executeCommand('roaming.plan.focus');
    context.log(`Plan of ${folder} against ${connection.name}: ${describeCounts(plan)}`);
    return plan;
  } catch (error) {
    void showError(`Could not plan ${folder}: ${messageOf(error)}`);
    return undefined;
  }
}

export async function applyCurrentPlan(context: ConfigAsCodeContext, given?: unknown): Promise<string | undefined> {
  const current = context.planView.plan;
  if (!current) {
    void showInformation('There is no plan to apply: run Roaming: Plan Folder… first.');
    return undefined;
  }
  const { plan, connection } = current;
  if (isBlocked(plan)) {
    void showError(`The plan has invalid files or conflicts (${describeCounts(plan)}): fix them, or export again over the conflicts, then plan again. Nothing was sent.`);
    return undefined;
  }
  if (!hasChanges(plan)) {
    void showInformation(`Nothing to apply: ${path.basename(plan.folder)} matches ${connection.name}.`);
    return undefined;
  }
  if (connection.readOnly) {
    void showWarning(`${connection.name} is read-only: nothing is applied through it.`);
    return undefined;
  }
  const options = folderArgument(given);
  const production = isProduction(connection);
  const folderName = path.basename(plan.folder);
  const reviewTitle = `Plan of ${folderName} for ${connection.name}.txt`;
  const choice = await confirmWrite(context, {
    severity: production ? 'warning' : 'info',
    question: `${production ? 'PRODUCTION — ' : ''}Apply ${describeWrites(plan)} to ${connection.name} (${connection.environment})?`,
    detail: `From ${folderName}: ${describeCounts(plan)}. The whole plan, with every diff and request, is open beside this question and in the Folder Plan view.`,
    review: { title: reviewTitle, text: renderPlanText(plan, { showRequestBodies: true }) },
    reviewTitle,
    confirm: 'Apply',
  });
  if (choice !== 'Apply') return undefined;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Applying ${path.basename(plan.folder)} to ${connection.name}`, cancellable: true },
      // One apply at a time, with the command line's too: the folder's lock, and the journal of what was sent.
      (progress, token) => withApplyLock(plan.folder, {
        environment: plan.environment, connection: { name: connection.name, baseUrl: connection.baseUrl, username: connection.username },
      }, () =>
        applyWithJournal(context.clients.clientFor(connection), plan, new ApplyJournal(plan.folder, plan.environment), {
          continueOnError: options.continueOnError ?? false,
          signal: abortSignalFor(token),
          onProgress: (event) => progress.report({ message: event.message, increment: event.total ? 100 / event.total : undefined }),
        })),
    );
    const { report, reportFiles } = result;
    context.log(`Apply of ${plan.folder} to ${connection.name}: ${report.result}`);
    context.remoteChanges.announce(connection, report.steps.filter((step) => step.status !== 'skipped').map((step) => step.kind));
    if (reportFiles) await vscode.window.showTextDocument(vscode.Uri.file(reportFiles.markdown), { preview: true });
    const applied = report.steps.filter((step) => step.status === 'applied').length;
    if (report.result === 'applied') void showInformation(`Applied ${applied} change${applied === 1 ? '' : 's'} to ${connection.name}.`);
    else void showError(`Apply ${report.result}: ${applied} of ${report.steps.length} applied. The report says what was not and why; planning again continues from where it stopped.`);
    await planAgain(context, current);
    return reportFiles?.markdown;
  } catch (error) {
    void showError(`Apply failed before it started: ${messageOf(error)}`);
    return undefined;
  }
}

/** The plan shown, made again: its folder, environment and connection (nothing asked), with these changes. */
function planAgain(context: ConfigAsCodeContext, current: CurrentPlan, change: Pick<FolderArguments, 'allowDeletes' | 'allowDelete'> = {}): Promise<ConfigPlan | undefined> {
  return planFolderCommand(context, {
    folder: current.plan.folder, environment: current.plan.environment ?? DEFAULT_ENVIRONMENT, connectionId: current.connection.id,
    allowDeletes: current.plan.allowDeletes, ...change,
  });
}

export async function allowDeletesAndReplan(context: ConfigAsCodeContext): Promise<void> {
  const current = context.planView.plan;
  if (!current) return;
  if (isProduction(current.connection)) {
    // Reached only from a key binding or a script: the menus do not offer it on production.
    void showInformation(`${current.connection.name} is production: deletes are allowed one by one there. Use Allow This Delete… on each skipped delete in the Folder Plan.`);
    return;
  }
  await planAgain(context, current, { allowDeletes: true });
}

/**
 * Allow This Delete… on a production delete the plan skipped for want of its name (issue 17 item 5): the person
 * types the object's name — only that exact name is accepted — and the folder is planned again with it allowed,
 * as `--allow-delete` does. The delete is then in the plan, and Apply asks as for any production write.
 */
export async function allowPlanEntryDelete(context: ConfigAsCodeContext, node: unknown): Promise<ConfigPlan | undefined> {
  const found = entryOf(node);
  const current = context.planView.plan;
  if (!found || !current) return undefined;
  // The entry as the plan shown now has it (the menu may have been opened on an older one).
  const entry = found.current === current ? found.entry : current.plan.entries.find((candidate) => candidate.file === found.entry.file);
  if (!entry || !deleteNeedsName(entry, isProduction(current.connection))) {
    void showInformation(entry?.protected
      ? `${entry.name} is protected: it is never deleted (remove the protection from the state to delete it).`
      : `${found.entry.name} is not a production delete waiting for its name in the plan shown.`);
    return undefined;
  }
  const what = `${kindBySlug(entry.kind)?.singular.toLowerCase() ?? entry.kind} "${entry.name}"`;
  // No placeholder: the name greyed in the box would look typed already. The title and prompt wrap, never clip.
  const typed = await vscode.window.showInputBox({
    title: `PRODUCTION — delete ${what}?`,
    prompt: `On ${current.connection.name}: type its name to plan the delete. Apply still asks before anything is sent.`,
    ignoreFocusOut: true,
    // Nothing typed yet: the prompt says what to do; anything else but the very name is refused.
    validateInput: (value) => (value === '' ? undefined : typedNameProblem(value, entry)),
  });
  if (typed === undefined || typedNameProblem(typed, entry) !== undefined) return undefined;
  context.log(`Allowed the production delete of ${what} (${entry.file}) on ${current.connection.name}, typed by name`);
  return planAgain(context, current, { allowDelete: [...new Set([...(current.allowDelete ?? []), allowDeleteWord(entry)])] });
}

export async function showPlanAsText(context: ConfigAsCodeContext): Promise<void> {
  const current = context.planView.plan;
  if (!current) return;
  const document = await vscode.workspace.openTextDocument({ content: renderPlanText(current.plan, { showRequestBodies: true }), language: 'markdown' });
  await vscode.window.showTextDocument(document, { preview: true });
}

/** A plan entry: its diff (remote ↔ file) for changes and conflicts, its file otherwise. */
export async function openPlanEntry(context: ConfigAsCodeContext, node: unknown): Promise<void> {
  const found = entryOf(node);
  if (!found) return;
  const { entry, current } = found;
  const file = vscode.Uri.file(path.join(current.plan.folder, entry.file));
  const remote = entry.id ? context.documentUri(current.connection, entry.kind, entry.id) : undefined;
  if ((entry.action === 'update' || entry.action === 'conflict') && remote && fs.existsSync(file.fsPath)) {
    await vscode.commands.executeCommand('vscode.diff', remoteUriFor(remote), file, `${entry.name}: remote ↔ ${entry.file}`);
  } else if (entry.action === 'delete' && remote) {
    await vscode.window.showTextDocument(remoteUriFor(remote));
  } else if (fs.existsSync(file.fsPath)) {
    await vscode.window.showTextDocument(file);
  }
}
