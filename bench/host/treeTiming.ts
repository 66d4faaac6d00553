// Tree at scale, inside the extension host with the bundled extension's own objects: the folder node, its
// children and their tree items come from the same provider VS Code's tree view calls (getChildren, then
// getTreeItem for each child). What VS Code does after that — converting the items for the workbench and drawing
// them — is not included.
//
// "From the list response arriving" is the moment the shared client resolves the list request: the body has
// been received and parsed (JSON.parse happens inside the client). The benchmark records it by wrapping the
// connection's client (the one the folder uses, from the client registry) for the duration of a measurement.
import * as vscode from 'vscode';
import type { TestApi } from '../../src/vscode/extension';
import type { ExplorerNode } from '../../src/vscode/explorer/explorerNode';
import { settledHeapUsed } from './heap';
import type { TreeSample } from './protocol';

/** A page size no account reaches, so every loaded object becomes a tree item at once. */
const EVERYTHING = 1_000_000;

interface Children {
  readonly nodes: readonly ExplorerNode[];
  readonly items: readonly vscode.TreeItem[];
}

/** Children and every child's tree item, exactly as VS Code's tree view asks for them. */
async function childrenWithItems(api: TestApi, folder: ExplorerNode): Promise<Children> {
  const nodes = await api.explorer.getChildren(folder);
  const items = await Promise.all(nodes.map((node) => api.explorer.getTreeItem(node)));
  return { nodes, items };
}

const isObjectItem = (item: vscode.TreeItem) => item.contextValue?.startsWith('item:') ?? false;
const isLoadMore = (item: vscode.TreeItem | undefined) => item?.contextValue === 'loadMore';

/** Records when each call of the folder's client resolves, until `stop()`. */
function watchResponses(api: TestApi, folder: ExplorerNode & { connection?: unknown }) {
  const connection = folder.connection as Parameters<TestApi['clients']['clientFor']>[0];
  const client = api.clients.clientFor(connection);
  const original = client.call;
  const arrivals: number[] = [];
  client.call = async (request, options) => {
    const response = await original.call(client, request, options);
    arrivals.push(performance.now());
    return response;
  };
  return {
    lastArrival: () => {
      const last = arrivals.at(-1);
      if (last === undefined) throw new Error('the folder made no request through its client');
      return last;
    },
    stop: () => { client.call = original; },
  };
}

async function setPageSize(value: number | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('roaming').update('explorer.pageSize', value, vscode.ConfigurationTarget.Global);
}

/**
 * Loads the folder from scratch with every object as a tree item (following server pages), timing each
 * response → items ready, and the heap it takes to hold the result. Then, for contrast, the default first page.
 */
export async function measureFolder(api: TestApi, folder: ExplorerNode, label: string): Promise<TreeSample> {
  await setPageSize(EVERYTHING);
  await vscode.commands.executeCommand('roaming.refresh', folder);
  let responses = 0;
  let responseToItemsMs = 0;
  let held: Children;
  const watcher = watchResponses(api, folder);
  const heapBefore = settledHeapUsed();
  const startedAt = performance.now();
  try {
    held = await childrenWithItems(api, folder);
    responses += 1;
    responseToItemsMs += performance.now() - watcher.lastArrival();
    while (isLoadMore(held.items.at(-1))) {
      await vscode.commands.executeCommand('roaming.loadMore', held.nodes.at(-1));
      held = await childrenWithItems(api, folder);
      responses += 1;
      responseToItemsMs += performance.now() - watcher.lastArrival();
    }
  } finally {
    watcher.stop();
  }
  const wallMs = performance.now() - startedAt;
  const heapGrowthBytes = settledHeapUsed() - heapBefore;
  const items = held.items.filter(isObjectItem).length;
  if (items === 0) throw new Error(`${label}: no objects listed (${held.items.map((item) => item.contextValue).join(', ')})`);

  // The first page a person sees at the default page size: measured second, so with warm code.
  await setPageSize(undefined);
  await vscode.commands.executeCommand('roaming.refresh', folder);
  const firstWatcher = watchResponses(api, folder);
  let firstPage: TreeSample['firstPage'];
  try {
    const page = await childrenWithItems(api, folder);
    firstPage = { items: page.items.filter(isObjectItem).length, responseToItemsMs: performance.now() - firstWatcher.lastArrival() };
  } finally {
    firstWatcher.stop();
  }
  return { folder: label, items, responses, responseToItemsMs, wallMs, heapGrowthBytes, firstPage };
}
