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

  constructor(private readonly store: ConnectionStore, private readonly services: () => ExplorerServices) {
    this.subscriptions.push(store.onDidChange(() => this.rebuild()));
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return node.treeItem();
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (node) return node.children();
    const roots = this.connectionNodes();
    // No connection at all: an empty root lets the welcome view (Add Connection…, Try the Sandbox) show.
    if (roots.length === 0 && this.store.settingsProblems.length === 0) return [];
    const problems = this.store.settingsProblems.map((problem, index) =>
      new MessageNode(undefined, `settings-problem-${index}`, `roaming.connections: ${problem}`, 'error'));
    return [...roots, ...problems];
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

  /** Redraws one node, or everything (connections changed: changed connections get new nodes). */
  redraw(node?: ExplorerNode): void {
    this.changed.fire(node);
  }

  rebuild(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
