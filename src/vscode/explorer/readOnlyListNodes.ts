import * as vscode from 'vscode';
import type { ConnectionRecord } from '../../core/http/connection';
import type { ReadOnlyEntry, ReadOnlyList } from '../../core/platforms/resourceKind';
import type { ExplorerNode } from './explorerNode';
import type { ExplorerServices } from './explorerServices';
import { MessageNode, reasonOf } from './messageNodes';
import { relatedNode } from './relatedNodes';

/** A read-only list of the account (SFT rate plans, ratezones): loaded when expanded, kept until refreshed. */
export class ReadOnlyListFolderNode implements ExplorerNode {
  readonly id: string;
  private loaded: readonly ReadOnlyEntry[] | undefined;
  /** The same node objects until the next load (see ItemNode.children). */
  private items: ReadOnlyItemNode[] | undefined;
  private failure: unknown;
  /** One load shared by concurrent requests for the children (see KindFolderNode). */
  private loading: Promise<void> | undefined;

  constructor(readonly parent: ExplorerNode, readonly connection: ConnectionRecord, readonly list: ReadOnlyList, private readonly services: ExplorerServices) {
    this.id = `${connection.id}/${list.folder}`;
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.list.plural, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.list.icon);
    item.description = this.loaded ? String(this.loaded.length) : undefined;
    item.contextValue = `folder:${this.list.folder}:readonly`;
    item.tooltip = this.list.about;
    return item;
  }

  async children(): Promise<ExplorerNode[]> {
    if (!this.loaded && this.failure === undefined) {
      const client = this.services.clients.clientFor(this.connection);
      this.loading ??= this.services.withViewProgress(() => this.list.list(client))
        .then((entries) => { this.loaded = entries; })
        .catch((error: unknown) => { this.failure = error; })
        .finally(() => { this.loading = undefined; });
      await this.loading;
      // Draw the folder's line again so it shows its count.
      if (this.loaded) setTimeout(() => this.services.redraw(this), 0);
    }
    if (this.failure !== undefined) {
      const reason = reasonOf(this.failure);
      return [new MessageNode(this, `${this.id}/error`, `Could not load ${this.list.plural.toLowerCase()}: ${reason.text}`, 'error', reason.detail, this)];
    }
    const entries = this.loaded ?? [];
    if (entries.length === 0) return [new MessageNode(this, `${this.id}/empty`, `No ${this.list.plural.toLowerCase()}`, 'empty')];
    this.items ??= entries.map((entry) => new ReadOnlyItemNode(this, this.connection, entry, this.services));
    return this.items;
  }

  reset(): void {
    this.loading = undefined;
    this.loaded = undefined;
    this.items = undefined;
    this.failure = undefined;
  }
}

/** One entry of a read-only list: its children are what it references. */
export class ReadOnlyItemNode implements ExplorerNode {
  readonly id: string;

  constructor(readonly parent: ReadOnlyListFolderNode, readonly connection: ConnectionRecord, readonly entry: ReadOnlyEntry, private readonly services: ExplorerServices) {
    this.id = `${parent.id}/${entry.id}`;
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.entry.presentation.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = this.entry.presentation.description;
    item.tooltip = new vscode.MarkdownString(this.entry.presentation.tooltip);
    item.iconPath = new vscode.ThemeIcon(this.parent.list.icon);
    item.contextValue = `lookup:${this.parent.list.folder}`;
    return item;
  }

  private nodes: ExplorerNode[] | undefined;

  async children(): Promise<ExplorerNode[]> {
    // The same node objects on every ask (see ItemNode.children).
    this.nodes ??= this.entry.related.map((related, index) => relatedNode(this, this.connection, related, `${this.id}/related/${index}`, this.services));
    return this.nodes;
  }
}
