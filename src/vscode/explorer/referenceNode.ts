import * as vscode from 'vscode';
import type { ConnectionRecord } from '../../core/http/connection';
import type { RelatedItem } from '../../core/platforms/resourceKind';
import type { ExplorerNode } from './explorerNode';

/** A reference to another object (a profile's destination group, a region's price): click opens it. */
export class ReferenceNode implements ExplorerNode {
  constructor(readonly parent: ExplorerNode, readonly connection: ConnectionRecord, readonly entry: RelatedItem, readonly id: string) {}

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.entry.label, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.entry.description;
    item.tooltip = this.entry.tooltip ? new vscode.MarkdownString(this.entry.tooltip) : undefined;
    item.iconPath = new vscode.ThemeIcon(this.entry.icon);
    if (this.entry.target) {
      item.contextValue = `reference:${this.entry.target.kind}`;
      item.command = { command: 'roaming.openReference', title: 'Open', arguments: [this] };
    } else {
      item.contextValue = 'detail';
    }
    return item;
  }

  async children(): Promise<ExplorerNode[]> {
    return [];
  }
}
