import * as vscode from 'vscode';
import type { ConnectionStore } from '../connections/connectionStore';
import { ConnectionNode } from './connectionNode';
import type { ExplorerNode } from './explorerNode';
import type { ExplorerServices } from './explorerServices';
import { MessageNode } from './messageNodes';

/** The Roaming tree: connections at the top, built lazily, redrawn node by node. */
export class ExplorerProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: ConnectionNode[] | undefined;
  private previousRoots = new Map<string, ConnectionNode>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Child fetches VS Code is waiting for. */
  private readonly fetching = new Set<Promise<unknown>>();
  /** Nodes to redraw once those fetches settle (`undefined` = the whole tree). */
  private readonly redrawQueue = new Set<ExplorerNode | undefined>();
  private redrawScheduled = false;

  constructor(private readonly store: ConnectionStore, private readonly services: () => ExplorerServices) {
    this.subscriptions.push(store.onDidChange(() => this.rebuild()));
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return node.treeItem();
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    const fetch = this.fetchChildren(node);
    this.fetching.add(fetch);
    try {
      return await fetch;
    } finally {
      this.fetching.delete(fetch);
    }
  }

  private async fetchChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (node) return node.children();
    const roots = this.connectionNodes();
    // No connection at all: an empty root lets the welcome view (Add Connection…, Try the Sandbox) show.
    if (roots.length === 0 && this.store.settingsProblems.length === 0) return [];
    const problems = this.store.settingsProblems.map((problem, index) =>
      new MessageNode(undefined, `settings-problem-${index}`, `roaming.connections: ${problem}`, 'error'));
    return [...roots, ...problems];
  }

  resolveTreeItem(item: vscode.TreeItem, node: ExplorerNode): vscode.TreeItem {
    if (item.tooltip === undefined && node.lazyTooltip) item.tooltip = node.lazyTooltip();
    return item;
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node.parent;
  }

  connectionNodes(): ConnectionNode[] {
    this.roots ??= this.store.list().map((known) => {
      // An unchanged connection keeps its node and what its folders loaded; a changed one starts afresh.
      const previous = this.previousRoots.get(known.record.id);
      if (previous && JSON.stringify(previous.connection) === JSON.stringify(known.record) && previous.origin === known.origin) return previous;
      return new ConnectionNode(known.record, this.services(), known.origin);
    });
    this.previousRoots = new Map(this.roots.map((node) => [node.connection.id, node]));
    return this.roots;
  }

  connectionNode(connectionId: string): ConnectionNode | undefined {
    return this.connectionNodes().find((node) => node.connection.id === connectionId);
  }

  /**
   * Redraws one node, or everything. Deferred until VS Code's pending child fetches have answered: a node redrawn
   * while a fetch below it is still answering is fetched twice, and VS Code registers both answers ("Element with
   * id … is already registered"). That happens whenever a connection signs in during its first load.
   */
  redraw(node?: ExplorerNode): void {
    this.redrawQueue.add(node);
    if (this.redrawScheduled) return;
    this.redrawScheduled = true;
    void (async () => {
      while (this.fetching.size > 0) await Promise.allSettled([...this.fetching]);
      // VS Code registers an answer's items right after getChildren resolves: let that run first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.redrawScheduled = false;
      const nodes = [...this.redrawQueue];
      this.redrawQueue.clear();
      if (nodes.includes(undefined)) this.changed.fire(undefined);
      else for (const queued of nodes) this.changed.fire(queued);
    })();
  }

  /** Connections changed: changed connections get new nodes, unchanged ones keep theirs. */
  rebuild(): void {
    this.roots = undefined;
    this.redraw(undefined);
  }

  dispose(): void {
    this.changed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
