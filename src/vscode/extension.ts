// Composition root: builds the services once and registers every command, view and provider. Activation is
// lazy (the Roaming view, a command, a `roaming:` document); nothing here reads the network.
import * as vscode from 'vscode';
import { describeCommandFailure } from './ui/commandFailures';
import { recentNotifications, showError, showInformation } from './ui/notifications';
import { pickConnection } from './commands/pickers';
import { clearFilter, filterFolder, loadMore, refresh, refreshKind, retry, sortFolder } from './commands/explorerCommands';
import {
  copyId, deleteObjects, diffWithRemote, findGroupsWithNetwork, newObject, openObject, pushDocument, type ObjectCommandContext,
} from './commands/objectCommands';
import { ClientRegistry } from './connections/clientRegistry';
import { addConnection, editConnection, removeConnection, signOut, type ConnectionCommandContext } from './connections/connectionCommands';
import { ConnectionStore } from './connections/connectionStore';
import { DocumentConnectionStatus, DocumentHeaderLens } from './documents/documentHeader';
import { SaveReasons } from './documents/saveReasons';
import { PushPipeline } from './documents/pushPipeline';
import { RemoteContentProvider, REMOTE_SCHEME } from './documents/remoteContent';
import { RoamingDocuments } from './documents/roamingDocuments';
import { RoamingFileSystem } from './documents/roamingFileSystem';
import { ROAMING_SCHEME } from '../core/documents/roamingUri';
import { ConnectionNode } from './explorer/connectionNode';
import type { ExplorerNode } from './explorer/explorerNode';
import { ExplorerProvider } from './explorer/explorerProvider';
import type { ExplorerServices } from './explorer/explorerServices';
import { OutputChannelLogger } from './logging/outputChannelLogger';
import type { ConnectionRecord } from '../core/http/connection';
import { kindBySlug, kindsOfPlatform, readOnlyListsOf } from '../core/platforms/registry';
import { findDestinationGroupsWithTadig, listNetworks } from '../core/platforms/sft/lookups';
import { SandboxLauncher } from './sandboxLauncher/trySandbox';
import { Prompter } from './ui/prompter';
import { ReviewDocuments } from './ui/reviewDocuments';
import {
  allowDeletesAndReplan, allowPlanEntryDelete, applyCurrentPlan, exportToFolder, openPlanEntry, planFolderCommand, compareConnectionsCommand, showPlanAsText, type ConfigAsCodeContext,
} from './configAsCodeUi/configAsCodeCommands';
import { PlanView } from './configAsCodeUi/planView';
import { registerLanguageFeatures } from './language/registerLanguageFeatures';
import { addOperators } from './language/addOperatorsCommand';
import { CoverageViews } from './coverage/coveragePanel';
import { compareCoverage, showCoverage, type CoverageCommandContext } from './coverage/coverageCommands';
import { CachedReads } from '../core/platforms/readCache';
import { RemoteChanges } from './remoteChanges';

/** What the integration tests reach through `extension.exports`; only in test mode, so no other extension can. */
export interface TestApi {
  readonly store: ConnectionStore;
  readonly clients: ClientRegistry;
  readonly launcher: SandboxLauncher;
  readonly explorer: ExplorerProvider;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  readonly documents: RoamingDocuments;
  readonly prompter: Prompter;
  readonly pipeline: PushPipeline;
  readonly planView: PlanView;
  readonly coverage: CoverageViews;
  /** What the person was told, newest last. */
  readonly notifications: typeof recentNotifications;
  readonly logUri: vscode.Uri;
  readonly globalStorageUri: vscode.Uri;
  readonly globalStateKeys: () => readonly string[];
  readonly globalStateValue: (key: string) => unknown;
  readonly readSecret: (key: string) => Thenable<string | undefined>;
}

export function activate(context: vscode.ExtensionContext): TestApi | undefined {
  const channel = vscode.window.createOutputChannel('Roaming', { log: true });
  const logger = new OutputChannelLogger(channel);
  const store = new ConnectionStore(context);
  const clients = new ClientRegistry(store, logger);
  const prompter = new Prompter(context.extensionMode === vscode.ExtensionMode.Test);
  // What a confirmation asks about but cannot hold (a whole plan, a long list) opens beside it, read-only.
  const reviews = new ReviewDocuments();
  const launcher = new SandboxLauncher(context, store, clients, logger);
  const kindsFor = (connection: ConnectionRecord) => kindsOfPlatform(connection.platform);

  const services: ExplorerServices = {
    clients,
    kindsFor: kindsOfPlatform,
    readOnlyListsFor: readOnlyListsOf,
    networks: {
      listNetworks: (client) => listNetworks(client),
      groupsContaining: (client, tadigCode) => findDestinationGroupsWithTadig(client, tadigCode),
    },
    pageSize: () => Math.max(10, vscode.workspace.getConfiguration('roaming').get<number>('explorer.pageSize', 200)),
    isSignedIn: (connection) => clients.isSignedIn(connection.id),
    redraw: (node) => explorer.redraw(node),
    withViewProgress: (work) => Promise.resolve(vscode.window.withProgress({ location: { viewId: 'roaming.explorer' } }, work)),
  };
  const explorer = new ExplorerProvider(store, () => services);
  const treeView = vscode.window.createTreeView('roaming.explorer', { treeDataProvider: explorer, canSelectMany: true, showCollapseAll: true });

  const documents = new RoamingDocuments(store, clients, kindBySlug, context.workspaceState);
  // Ctrl+S pushes a document whose edits an auto save kept here (VS Code shows it as saved): package.json binds it.
  const unpushedContext = (uris: readonly string[]) => void vscode.commands.executeCommand('setContext', 'roaming.unpushedDocuments', uris);
  unpushedContext(documents.unpushedUris());
  context.subscriptions.push(documents.onDidChangeUnpushed(unpushedContext));
  const remoteContent = new RemoteContentProvider(documents, clients);
  const diagnostics = vscode.languages.createDiagnosticCollection('roaming');
  // One set of short-lived reads for the editor's live checks, the save gate and the push.
  const reads = new CachedReads(clients);
  // Whatever the product changes on a remote, everything showing it follows: folders, open comparisons, reads.
  const remoteChanges = new RemoteChanges();
  context.subscriptions.push(remoteChanges, remoteChanges.onDidChange(({ connection, kinds }) => {
    const reached = new Set(kinds.flatMap((slug) => [slug, ...kindBySlug(slug)?.alsoChanges ?? []]));
    for (const slug of reached) {
      const kind = kindBySlug(slug);
      if (kind) refreshKind(explorer, connection, kind.folder);
    }
    reads.forget(connection.id);
    remoteContent.refreshConnection(connection.id);
  }));
  const saveReasons = new SaveReasons();
  context.subscriptions.push(saveReasons);
  const pipeline = new PushPipeline({
    documents, clients, prompter, reviews, diagnostics,
    isAutoSave: (uri) => saveReasons.takeWasAutomatic(uri),
    reads,
    remoteChanges,
    log: (message) => logger.info(message),
  });
  // The provider hands saves to the pipeline; the pipeline records what it pushed in the documents, never in the provider.
  const fileSystem = new RoamingFileSystem(documents, (uri, text) => pipeline.save(uri, text));
  const language = registerLanguageFeatures(context, { store, clients, documents, diagnostics, reads });

  const connectionContext: ConnectionCommandContext = { store, clients, logger, prompter };
  const planView = new PlanView();
  const configAsCodeContext: ConfigAsCodeContext = {
    store, clients, prompter, reviews, remoteChanges, planView,
    documentUri: (connection, slug, id) => {
      const kind = kindBySlug(slug);
      return kind ? documents.uriFor(connection.id, kind, id) : undefined;
    },
    log: (message) => logger.info(message),
  };
  const coverageViews = new CoverageViews({ connection: (id) => store.get(id)?.record, clientFor: (connection) => clients.clientFor(connection) });
  const coverageContext: CoverageCommandContext = { store, clients, documents, views: coverageViews, kindBySlug };
  const objectContext: ObjectCommandContext = {
    store, clients, documents, pipeline, remoteContent, prompter, reviews, kindsFor, kindBySlug,
    remoteChanges,
  };

  const revealConnection = async (connectionId: unknown) => {
    const node = typeof connectionId === 'string' ? explorer.connectionNode(connectionId) : undefined;
    if (node) await treeView.reveal(node, { select: true, focus: true, expand: true });
  };

  const trySandbox = async () => {
    try {
      const connections = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Starting the Roaming sandbox…' },
        () => launcher.start(),
      );
      // Say where it runs every time (free ports, not the 8701/8702 of `npm run sandbox`).
      if (launcher.urls) vscode.window.setStatusBarMessage(`$(beaker) Sandbox: SFT ${launcher.urls.sft}, TelecomX ${launcher.urls.telecomx}`, 15_000);
      // New connections rebuild the tree through the store; existing ones keep their nodes (and a Retry works).
      await vscode.commands.executeCommand('workbench.view.extension.roaming');
      for (const connection of connections) await revealConnection(connection.id);
      return connections;
    } catch (error) {
      void showError(`The sandbox could not start: ${(error as Error).message}`);
      return undefined;
    }
  };

  // One error path for every command: what a handler does not handle itself is shown once, with its next step,
  // and logged once — never VS Code's generic "command failed" with a stack.
  const titles = commandTitles(context);
  const register = (command: string, handler: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(command, async (...args: unknown[]) => {
      try {
        return await (handler as (...given: unknown[]) => unknown)(...args);
      } catch (error) {
        const message = describeCommandFailure(titles.get(command) ?? command, error);
        logger.warn(`${command}: ${message}`);
        void showError(message);
        return undefined;
      }
    }));

  register('roaming.showLog', () => channel.show(true));
  register('roaming.addConnection', (args?: object) => addConnection(connectionContext, args));
  register('roaming.editConnection', (node?: ConnectionNode) => withConnection(store, node, 'Edit Connection', (connection) => editConnection(connectionContext, connection)));
  register('roaming.removeConnection', (node?: ConnectionNode) => withConnection(store, node, 'Remove Connection', (connection) => removeConnection(connectionContext, connection)));
  register('roaming.signOut', (node?: ConnectionNode) => withConnection(store, node, 'Sign Out', (connection) => signOut(connectionContext, connection)));
  register('roaming.trySandbox', trySandbox);
  register('roaming.stopSandbox', async () => {
    await launcher.stop();
    void showInformation('The Roaming sandbox stopped. Its connections stay; "Try the Sandbox" starts it again.');
  });
  register('roaming.revealConnection', revealConnection);
  register('roaming.refresh', (node?: ExplorerNode) => refresh(explorer, node));
  register('roaming.retry', (node: unknown) => retry(explorer, node));
  register('roaming.filter', (node?: unknown, text?: unknown) => filterFolder(store, explorer, node, text));
  register('roaming.clearFilter', (node?: unknown) => clearFilter(node));
  register('roaming.sortByName', (node?: unknown) => sortFolder(node, 'name'));
  register('roaming.sortById', (node?: unknown) => sortFolder(node, 'id'));
  register('roaming.loadMore', (node: unknown) => loadMore(node));
  register('roaming.open', (node?: unknown) => openObject(objectContext, node));
  register('roaming.openReadOnly', (node?: unknown) => openObject(objectContext, node, true));
  register('roaming.openReference', (node?: unknown) => openObject(objectContext, node));
  register('roaming.new', (node?: ExplorerNode) => newObject(objectContext, node));
  register('roaming.delete', (node?: unknown, selection?: unknown) => deleteObjects(objectContext, node, selection));
  register('roaming.copyId', (node?: unknown) => copyId(objectContext, node));
  register('roaming.findGroupsWithNetwork', (query?: unknown, connectionId?: unknown) => findGroupsWithNetwork(objectContext, query, connectionId));
  register('roaming.addOperators', (uri?: unknown, chosen?: unknown) => addOperators({ contexts: language.contexts, reads }, uri, chosen));
  register('roaming.showCoverage', (target?: unknown) => showCoverage(coverageContext, target));
  register('roaming.compareCoverage', (target?: unknown, selection?: unknown) => compareCoverage(coverageContext, target, selection));
  register('roaming.diffWithRemote', (uri?: unknown) => diffWithRemote(objectContext, uri));
  register('roaming.push', (uri?: unknown) => pushDocument(objectContext, uri));
  register('roaming.discardUnpushed', (uri?: unknown) => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (target) documents.discardUnpushed(target);
  });
  register('roaming.exportToFolder', (node?: unknown, selection?: unknown, options?: unknown) => exportToFolder(configAsCodeContext, node, selection, options));
  register('roaming.planFolder', (options?: unknown) => planFolderCommand(configAsCodeContext, options));
  register('roaming.compareConnections', (options?: unknown) => compareConnectionsCommand(configAsCodeContext, options));
  register('roaming.applyPlan', (options?: unknown) => applyCurrentPlan(configAsCodeContext, options));
  register('roaming.planAllowDeletes', () => allowDeletesAndReplan(configAsCodeContext));
  register('roaming.showPlanAsText', () => showPlanAsText(configAsCodeContext));
  register('roaming.openPlanEntry', (node: unknown) => openPlanEntry(configAsCodeContext, node));
  register('roaming.plan.allowDelete', (node: unknown) => allowPlanEntryDelete(configAsCodeContext, node));

  context.subscriptions.push(
    channel, store, clients, launcher, explorer, treeView, diagnostics, planView, documents, reviews, coverageViews,
    vscode.window.createTreeView('roaming.plan', { treeDataProvider: planView, showCollapseAll: true }),
    vscode.workspace.registerFileSystemProvider(ROAMING_SCHEME, fileSystem, { isCaseSensitive: true }),
    vscode.workspace.registerTextDocumentContentProvider(REMOTE_SCHEME, remoteContent),
    vscode.languages.registerCodeLensProvider({ scheme: ROAMING_SCHEME }, new DocumentHeaderLens(documents)),
    new DocumentConnectionStatus(documents),
    clients.onDidChangeSession((connectionId) => {
      const node = explorer.connectionNode(connectionId);
      if (node) explorer.redraw(node);
    }),
  );
  void vscode.commands.executeCommand('setContext', 'roaming.sandboxRunning', false);

  if (vscode.workspace.getConfiguration('roaming').get<boolean>('sandbox.startOnActivation', false)) void trySandbox();

  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    store, clients, launcher, explorer, treeView, documents, prompter, pipeline, planView, coverage: coverageViews,
    notifications: recentNotifications,
    logUri: context.logUri,
    globalStorageUri: context.globalStorageUri,
    globalStateKeys: () => context.globalState.keys(),
    globalStateValue: (key) => context.globalState.get(key),
    readSecret: (key) => context.secrets.get(key),
  };
}

/** Each command's title as the palette shows it, from package.json. */
function commandTitles(context: vscode.ExtensionContext): Map<string, string> {
  const commands = (context.extension.packageJSON as { contributes?: { commands?: Array<{ command: string; title: string; category?: string }> } }).contributes?.commands ?? [];
  return new Map(commands.map((entry) => [entry.command, entry.title]));
}

async function withConnection(store: ConnectionStore, node: ConnectionNode | undefined, purpose: string, action: (connection: ConnectionRecord) => Promise<void>): Promise<void> {
  const connection = node instanceof ConnectionNode ? node.connection : await pickConnection(store, purpose);
  if (connection) await action(connection);
}

export function deactivate(): void {}
