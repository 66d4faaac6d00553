import * as vscode from 'vscode';
import type { ConnectionRecord } from '../../core/http/connection';
import type { RelatedItem } from '../../core/platforms/resourceKind';
import type { ExplorerNode } from './explorerNode';
import type { ExplorerServices } from './explorerServices';
import { MessageNode } from './messageNodes';
import { NetworkNode } from './networkNodes';
import { ReferenceNode } from './referenceNode';

/** The node for one related item a kind gave: an operator network, a folder of further items, or a reference. */
export function relatedNode(parent: ExplorerNode, connection: ConnectionRecord, entry: RelatedItem, id: string, services: ExplorerServices): ExplorerNode {
  if (entry.children || entry.load) return new RelatedFolderNode(parent, connection, entry, id, services);
  if (entry.network) {
    // The kind describes the operator as "name, country"; the node shows the TADIG as its label.
    return new NetworkNode(parent, connection, {
      tadigCode: entry.network.tadigCode, categoryGroupId: entry.network.categoryGroupId,
      operatorName: entry.description ?? '', countryName: '',
    }, services, id);
  }
  return new ReferenceNode(parent, connection, entry, id);
}

/**
 * A folder of related items: children the kind already gave ("Networks" by country), or read when expanded ("Used
 * by"), after which the folder is drawn again with what was read.
 */
export class RelatedFolderNode implements ExplorerNode {
  private loading: Promise<void> | undefined;

  constructor(
    readonly parent: ExplorerNode,
    readonly connection: ConnectionRecord,
    private entry: RelatedItem,
    readonly id: string,
    private readonly services: ExplorerServices,
  ) {}

  treeItem(): vscode.TreeItem {
    const empty = !this.entry.load && (this.entry.children ?? []).length === 0;
    const item = new vscode.TreeItem(this.entry.label, empty ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = this.entry.description;
    item.tooltip = this.entry.tooltip ? new vscode.MarkdownString(this.entry.tooltip) : undefined;
    item.iconPath = new vscode.ThemeIcon(this.entry.icon);
    item.contextValue = 'relatedFolder';
    return item;
  }

  private nodes: ExplorerNode[] | undefined;

  async children(): Promise<ExplorerNode[]> {
    const load = this.entry.load;
    if (load) {
      // One read shared by concurrent asks; the folder then shows what it found (its count).
      this.loading ??= load().then((loaded) => {
        this.entry = loaded;
        setTimeout(() => this.services.redraw(this), 0);
      }).finally(() => { this.loading = undefined; });
      await this.loading;
    }
    const children = this.entry.children ?? [];
    if (children.length === 0) return [new MessageNode(this, `${this.id}/empty`, 'None', 'empty')];
    // The same node objects on every ask (see ItemNode.children).
    this.nodes ??= children.map((child, index) => relatedNode(this, this.connection, child, `${this.id}/${index}`, this.services));
    return this.nodes;
  }
}
