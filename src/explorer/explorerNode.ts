import type * as vscode from 'vscode';

/** A node of the Roaming tree. Each kind of node is one class that knows its item and its children. */
export interface ExplorerNode {
  /**
   * Our own stable identity for a node (tests and lookups). Deliberately NOT given to VS Code as `TreeItem.id`:
   * VS Code throws "Element with id … is already registered" when a node is refreshed while an earlier fetch of
   * the same parent is still answering (a connection redraws when it signs in during its first load). Without
   * explicit ids VS Code derives handles from the parent and the label, which cannot collide that way.
   */
  readonly id: string;
  readonly parent: ExplorerNode | undefined;
  treeItem(): vscode.TreeItem | Promise<vscode.TreeItem>;
  children(): Promise<ExplorerNode[]>;
}
