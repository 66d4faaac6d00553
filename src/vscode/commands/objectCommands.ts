// Commands on remote objects: open (editable or read-only), new, delete (multi-select), copy id, find the
// destination groups of a network, diff with remote, push. Each works from the tree and from the palette.
import * as vscode from 'vscode';
import { showError, showInformation, showWarning } from '../ui/notifications';
import type { ClientRegistry } from '../connections/clientRegistry';
import type { ConnectionStore } from '../connections/connectionStore';
import type { RoamingDocuments } from '../documents/roamingDocuments';
import type { PushPipeline } from '../documents/pushPipeline';
import { remoteUriFor, type RemoteContentProvider } from '../documents/remoteContent';
import { ROAMING_SCHEME } from '../../core/documents/roamingUri';
import { ItemNode } from '../explorer/itemNode';
import { KindFolderNode } from '../explorer/kindFolderNode';
import { ReferenceNode } from '../explorer/referenceNode';
import type { ExplorerNode } from '../explorer/explorerNode';
import { failureText } from '../../core/http/failureText';
import { accessRefusal, mayDo } from '../../core/platforms/access';
import { isProduction, type ConnectionRecord } from '../../core/http/connection';
import { findDestinationGroupsWithTadig, listNetworks } from '../../core/platforms/sft/lookups';
import { looksLikeTadig, matchNetworks } from '../../core/platforms/sft/networkSearch';
import type { PlatformClient, ResourceKind } from '../../core/platforms/resourceKind';
import { ReadCache } from '../../core/platforms/readCache';
import type { RemoteChanges } from '../remoteChanges';
import { confirmWrite } from '../ui/confirmations';
import type { Prompter } from '../ui/prompter';
import type { ReviewDocuments } from '../ui/reviewDocuments';
import { pickConnection, pickKind, pickObjects } from './pickers';

export interface ObjectCommandContext {
  readonly store: ConnectionStore;
  readonly clients: ClientRegistry;
  readonly documents: RoamingDocuments;
  readonly pipeline: PushPipeline;
  readonly remoteContent: RemoteContentProvider;
  readonly prompter: Prompter;
  /** Where a long list of objects to delete is shown beside its confirmation. */
  readonly reviews: ReviewDocuments;
  readonly kindsFor: (connection: ConnectionRecord) => readonly ResourceKind[];
  readonly kindBySlug: (slug: string) => ResourceKind | undefined;
  /** Told of every delete: the tree and open comparisons follow. */
  readonly remoteChanges: RemoteChanges;
}

interface Target {
  readonly connection: ConnectionRecord;
  readonly kind: ResourceKind;
  readonly id: string;
  readonly remote: unknown;
}

/** The object a command acts on: the tree node it was started from, or picked in the palette. */
async function targetsFrom(context: ObjectCommandContext, purpose: string, node: unknown, selection: unknown, many: boolean): Promise<Target[] | undefined> {
  const nodes = Array.isArray(selection) && selection.length > 0 ? selection : node ? [node] : [];
  const fromTree = nodes.flatMap((candidate): Target[] => {
    if (candidate instanceof ItemNode) return [{ connection: candidate.connection, kind: candidate.kind, id: candidate.remoteId, remote: candidate.remote }];
    if (candidate instanceof ReferenceNode && candidate.entry.target) {
      const kind = context.kindBySlug(candidate.entry.target.kind);
      return kind ? [{ connection: candidate.connection, kind, id: candidate.entry.target.id, remote: undefined }] : [];
    }
    return [];
  });
  if (fromTree.length > 0) return fromTree;
  const connection = await pickConnection(context.store, purpose);
  if (!connection) return undefined;
  const kind = await pickKind(context.kindsFor(connection), purpose);
  if (!kind) return undefined;
  const picked = await pickObjects(context.clients.clientFor(connection), kind, purpose, many);
  return picked?.map(({ id, remote }) => ({ connection, kind, id, remote }));
}

export async function openObject(context: ObjectCommandContext, node?: unknown, readOnly = false): Promise<vscode.TextEditor | undefined> {
  const [target] = (await targetsFrom(context, readOnly ? 'Open Read-Only' : 'Open', node, undefined, false)) ?? [];
  // Not an error: the account may list these but not open one (TelecomX: a region needs RESELLER_ADMIN).
  const reader = target && context.clients.clientFor(target.connection);
  if (target && reader && !mayDo(target.kind, 'read', reader.accessLevel)) {
    void showWarning(`${accessRefusal(target.kind, 'read', reader)} The tree shows what the list gives.`);
    return undefined;
  }
  if (!target) return undefined;
  const uri = context.documents.uriFor(target.connection.id, target.kind, target.id);
  await context.documents.refreshIfClean(uri).catch(() => undefined);
  // Read-only: the remote's own view (roaming-remote:), which VS Code never lets anyone edit or save.
  return vscode.window.showTextDocument(readOnly ? remoteUriFor(uri) : uri, { preview: !readOnly && node instanceof ItemNode });
}

export async function newObject(context: ObjectCommandContext, node?: ExplorerNode): Promise<vscode.TextEditor | undefined> {
  let connection: ConnectionRecord | undefined;
  let kind: ResourceKind | undefined;
  if (node instanceof KindFolderNode) {
    connection = node.connection;
    kind = node.kind;
  } else {
    connection = await pickConnection(context.store, 'New Object');
    if (!connection) return undefined;
    kind = await pickKind(context.kindsFor(connection), `New object on ${connection.name}`);
  }
  if (!connection || !kind) return undefined;
  if (connection.readOnly) {
    void showWarning(`${connection.name} is read-only: nothing can be created through it.`);
    return undefined;
  }
  const client = context.clients.clientFor(connection);
  if (!mayDo(kind, 'write', client.accessLevel)) {
    void showWarning(`${accessRefusal(kind, 'write', client)} Nothing can be created.`);
    return undefined;
  }
  const uri = context.documents.newDraft(connection.id, kind);
  return vscode.window.showTextDocument(uri, { preview: false });
}

export async function deleteObjects(context: ObjectCommandContext, node?: unknown, selection?: unknown): Promise<void> {
  const targets = await targetsFrom(context, 'Delete', node, selection, true);
  if (!targets || targets.length === 0) return;
  const readOnly = targets.filter((target) => target.connection.readOnly);
  if (readOnly.length > 0) {
    void showWarning(`Nothing deleted: ${[...new Set(readOnly.map((target) => target.connection.name))].join(', ')} ${readOnly.length === 1 ? 'is' : 'are'} read-only.`);
    return;
  }
  const refused = targets.find((target) => !mayDo(target.kind, 'write', context.clients.clientFor(target.connection).accessLevel));
  if (refused) {
    void showWarning(`Nothing deleted: ${accessRefusal(refused.kind, 'write', context.clients.clientFor(refused.connection))}`);
    return;
  }
  // What still uses an object is said before anything is asked or sent: the platform would refuse its delete.
  const inUse = await stillUsed(context, targets);
  if (inUse.length > 0) {
    void showWarning(`Nothing deleted: ${inUse.join('; ')}.`);
    return;
  }
  const connections = [...new Set(targets.map((target) => target.connection))];
  const production = connections.some(isProduction);
  const where = connections.map((connection) => `${connection.name} (${connection.environment})`).join(', ');
  const list = targets.map((target) => `• ${target.kind.singular} ${target.remote !== undefined ? `${target.kind.nameOf(target.remote)} ` : ''}(${target.id})`);
  const choice = await confirmWrite(context, {
    severity: 'warning',
    question: `${production ? 'PRODUCTION — ' : ''}Delete ${targets.length === 1 ? 'this object' : `these ${targets.length} objects`} from ${where}? This cannot be undone.`,
    detail: list.join('\n'),
    reviewTitle: `Objects to delete from ${where}.txt`,
    confirm: 'Delete',
  });
  if (choice !== 'Delete') return;

  const failures: string[] = [];
  let deleted = 0;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Deleting', cancellable: true }, async (progress, token) => {
    for (const target of targets) {
      if (token.isCancellationRequested) {
        failures.push(`${target.kind.singular} ${target.id}: not attempted (cancelled)`);
        continue;
      }
      progress.report({ message: `${target.kind.singular} ${target.id} on ${target.connection.name}`, increment: 100 / targets.length });
      const client = context.clients.clientFor(target.connection);
      try {
        const plan = target.kind.planDelete(target.id, target.remote);
        const outcome = await target.kind.execute(client, plan, undefined);
        if (outcome.status === 'applied') deleted += 1;
        else failures.push(`${target.kind.singular} ${target.id}: ${outcome.message}`);
      } catch (error) {
        failures.push(`${target.kind.singular} ${target.id}: ${failureText(error)}`);
      }
    }
  });
  for (const connection of connections) {
    context.remoteChanges.announce(connection, targets.filter((target) => target.connection === connection).map((target) => target.kind.slug));
  }
  if (failures.length === 0) {
    void showInformation(`Deleted ${deleted} object${deleted === 1 ? '' : 's'} from ${where}.`);
  } else {
    void showError(
      `Deleted ${deleted} of ${targets.length}. ${failures.length} not deleted: ${failures.join(' | ')}`,
    );
  }
}

/**
 * The sentences naming what uses each target, leaving out users that are deleted in the same run; those targets are
 * moved after their users, so the users go first. Read once per connection (one cache for all the targets).
 */
async function stillUsed(context: ObjectCommandContext, targets: Target[]): Promise<string[]> {
  const readers = new Map<string, PlatformClient>();
  const selected = new Set(targets.map((target) => `${target.connection.id}|${target.kind.slug}|${target.id}`));
  const found: string[] = [];
  const later: Target[] = [];
  for (const target of targets) {
    if (!target.kind.impactOf) continue;
    let reader = readers.get(target.connection.id);
    if (!reader) {
      reader = new ReadCache(Number.POSITIVE_INFINITY).wrap(context.clients.clientFor(target.connection));
      readers.set(target.connection.id, reader);
    }
    let plan;
    try {
      plan = target.kind.planDelete(target.id, target.remote);
    } catch {
      continue; // refused before sending (a DEFAULT profile): the delete itself says why
    }
    const impact = await target.kind.impactOf(reader, plan);
    const users = impact.usedBy ?? [];
    const outside = users.filter((user) => !selected.has(`${target.connection.id}|${user.kind}|${user.id}`));
    if (outside.length > 0) found.push(impact.lines.join(' '));
    else if (users.length > 0) later.push(target);
  }
  for (const target of later) targets.push(...targets.splice(targets.indexOf(target), 1));
  return found;
}

export async function copyId(context: ObjectCommandContext, node?: unknown): Promise<void> {
  const [target] = (await targetsFrom(context, 'Copy Id', node, undefined, false)) ?? [];
  if (!target) return;
  await vscode.env.clipboard.writeText(target.id);
  vscode.window.setStatusBarMessage(`$(clippy) Copied ${target.kind.singular.toLowerCase()} id ${target.id}`, 4000);
}

/** "Find Destination Groups with Network…": the groups holding a TADIG code, on an SFT connection. */
/**
 * "Find Destination Groups with Network…": the groups holding a network, on an SFT connection. The network may be
 * named by its TADIG code, its operator or its country; several matches are offered to pick from.
 */
export async function findGroupsWithNetwork(context: ObjectCommandContext, queryArgument?: unknown, connectionId?: unknown): Promise<void> {
  const given = typeof connectionId === 'string' ? context.store.get(connectionId)?.record : undefined;
  const connection = given ?? await pickConnection(context.store, 'Find Destination Groups with Network', 'sft');
  if (!connection) return;
  const query = typeof queryArgument === 'string' ? queryArgument : await vscode.window.showInputBox({
    title: `Find destination groups on ${connection.name}`,
    prompt: 'The network: its TADIG code (DEUD1), its operator (Telia Sweden) or its country (Sweden)',
    validateInput: (value) => (value.trim().length >= 2 ? undefined : 'Type a TADIG code, an operator or a country'),
  });
  if (!query?.trim()) return;
  const client = context.clients.clientFor(connection);
  // A failed lookup is shown by the one error path of every command (extension.ts), with its next step.
  const matches = matchNetworks(await listNetworks(client), query);
  if (matches.length === 0) {
    const shown = looksLikeTadig(query) ? query.trim().toUpperCase() : query.trim();
    void showInformation(`"${shown}" matches no TADIG code, operator or country of ${connection.name}'s networks: the Networks folder lists them all.`);
    return;
  }
  let network = matches[0];
  if (matches.length > 1) {
    const picked = await vscode.window.showQuickPick(
      matches.map((match) => ({ label: match.operatorName, description: `${match.tadigCode} · ${match.countryName}`, match })),
      { title: `${matches.length} networks of ${connection.name} match "${query.trim()}"`, placeHolder: 'Which network?', matchOnDescription: true },
    );
    if (!picked) return;
    network = picked.match;
  }
  const code = network.tadigCode;
  const groupKind = context.kindBySlug('destination-group');
  const groups = await findDestinationGroupsWithTadig(client, code);
  const named = `${network.operatorName} (${code})`;
  if (groups.length === 0) {
    void showInformation(`No destination group of ${connection.name} contains ${named}.`);
    return;
  }
  const picked = await vscode.window.showQuickPick(
    groups.map((group) => ({ label: group.name, description: group.id, group })),
    { title: `${groups.length === 1 ? '1 destination group' : `${groups.length} destination groups`} of ${connection.name} ${groups.length === 1 ? 'contains' : 'contain'} ${named}`, placeHolder: 'Open one' },
  );
  if (picked && groupKind) await vscode.window.showTextDocument(context.documents.uriFor(connection.id, groupKind, picked.group.id));
}

function activeRoamingUri(uri?: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri && uri.scheme === ROAMING_SCHEME) return uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  return active?.scheme === ROAMING_SCHEME ? active : undefined;
}

export async function diffWithRemote(context: ObjectCommandContext, uri?: unknown): Promise<void> {
  const target = activeRoamingUri(uri);
  if (!target) {
    void showInformation('Diff with Remote works on a roaming document: open an object from the Roaming view first.');
    return;
  }
  context.remoteContent.refresh(target);
  await context.pipeline.showDiff(target);
}

/** Push = save the document: the same pipeline as Ctrl+S. */
export async function pushDocument(context: Pick<ObjectCommandContext, 'pipeline'>, uri?: unknown): Promise<boolean> {
  const target = activeRoamingUri(uri);
  const document = target && vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.toString());
  if (!document) {
    void showInformation('Push works on a roaming document: open an object from the Roaming view first.');
    return false;
  }
  if (!document.isDirty) {
    // Edits an auto save kept here, unpushed: VS Code shows the document as saved, but the remote has not got them.
    if (await context.pipeline.pushUnpushed(document.uri)) return true;
    vscode.window.setStatusBarMessage('$(check) Nothing to push: the document has no unsaved edits', 5000);
    return true;
  }
  return document.save();
}
