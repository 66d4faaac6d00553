// Commands on the tree itself: refresh, retry, filter, sort, load more.
import * as vscode from 'vscode';
import type { ConnectionStore } from '../connections/connectionStore';
import { ConnectionNode } from '../explorer/connectionNode';
import type { ExplorerNode } from '../explorer/explorerNode';
import type { ExplorerProvider } from '../explorer/explorerProvider';
import { KindFolderNode } from '../explorer/kindFolderNode';
import type { SortOrder } from '../../core/explorer/listView';
import { LoadMoreNode, MessageNode } from '../explorer/messageNodes';
import { NetworksFolderNode } from '../explorer/networkNodes';
import { ReadOnlyListFolderNode } from '../explorer/readOnlyListNodes';
import type { ConnectionRecord } from '../../core/http/connection';
import { pickConnection } from './pickers';

type FolderNode = KindFolderNode | NetworksFolderNode;

function isFolder(node: unknown): node is FolderNode {
  return node instanceof KindFolderNode || node instanceof NetworksFolderNode;
}

/** Forgets what a node (and its folders) loaded, so the next expansion reads the remote again. */
function resetNode(node: ExplorerNode): void {
  if (isFolder(node) || node instanceof ReadOnlyListFolderNode) node.reset();
  if (node instanceof ConnectionNode) for (const folder of node.knownFolders()) if (isFolder(folder) || folder instanceof ReadOnlyListFolderNode) folder.reset();
}

export function refresh(explorer: ExplorerProvider, node?: ExplorerNode): void {
  if (!node) {
    for (const connectionNode of explorer.connectionNodes()) resetNode(connectionNode);
    explorer.rebuild();
    return;
  }
  resetNode(node);
  explorer.redraw(node);
}

export function retry(explorer: ExplorerProvider, node: unknown): void {
  const target = node instanceof MessageNode ? node.retry : undefined;
  if (!target) return;
  resetNode(target);
  explorer.redraw(target);
}

/** The folder a palette command acts on: picked by connection and folder name. */
async function pickFolder(store: ConnectionStore, explorer: ExplorerProvider, purpose: string): Promise<FolderNode | undefined> {
  const connection = await pickConnection(store, purpose);
  if (!connection) return undefined;
  const connectionNode = explorer.connectionNode(connection.id);
  if (!connectionNode) return undefined;
  const folders = (await connectionNode.children()).filter(isFolder);
  const picked = await vscode.window.showQuickPick(folders.map((folder) => ({
    label: folder instanceof KindFolderNode ? folder.kind.plural : 'Networks', folder,
  })), { title: `${purpose} — ${connection.name}`, placeHolder: 'Which folder?' });
  return picked?.folder;
}

export async function filterFolder(store: ConnectionStore, explorer: ExplorerProvider, node?: unknown, text?: unknown): Promise<void> {
  const folder = isFolder(node) ? node : await pickFolder(store, explorer, 'Filter');
  if (!folder) return;
  const filter = typeof text === 'string' ? text : await vscode.window.showInputBox({
    title: `Filter ${folder instanceof KindFolderNode ? folder.kind.plural : 'Networks'} of ${folder.connection.name}`,
    prompt: 'Name, id, TADIG code or country (all words must match; empty clears the filter)',
    value: folder.filter ?? '',
  });
  if (filter === undefined) return;
  folder.setFilter(filter);
}

export function clearFilter(node?: unknown): void {
  if (isFolder(node)) node.setFilter(undefined);
}

export function sortFolder(node: unknown, order: SortOrder): void {
  if (isFolder(node)) node.setSort(order);
}

/** A failure is shown by the one error path of every command (extension.ts). */
export async function loadMore(node: unknown): Promise<void> {
  if (node instanceof LoadMoreNode) await node.parent.loadMore();
}

/** Reloads every open folder of a kind on a connection (after a push or a delete). */
export function refreshKind(explorer: ExplorerProvider, connection: ConnectionRecord, folderKey: string): void {
  const connectionNode = explorer.connectionNode(connection.id);
  if (!connectionNode) return;
  for (const folder of connectionNode.knownFolders()) {
    if (folder instanceof KindFolderNode && folder.kind.folder === folderKey) {
      folder.reset();
      explorer.redraw(folder);
    }
  }
}
