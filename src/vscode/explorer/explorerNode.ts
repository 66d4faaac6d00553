import type * as vscode from 'vscode';

/** A node of the Roaming tree. Each kind of node is one class that knows its item and its children. */
export interface ExplorerNode {
  /** Stable across refreshes, so expansion and selection survive them. */
  readonly id: string;
  readonly parent: ExplorerNode | undefined;
  treeItem(): vscode.TreeItem | Promise<vscode.TreeItem>;
  /** A tooltip too costly to build for every item: asked for when the person hovers (`resolveTreeItem`). */
  lazyTooltip?(): vscode.MarkdownString | string;
  children(): Promise<ExplorerNode[]>;
}
