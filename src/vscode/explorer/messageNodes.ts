import * as vscode from 'vscode';
import type { ExplorerNode } from './explorerNode';
import { scrubSecrets } from '../../core/http/knownSecrets';

export type MessageTone = 'error' | 'empty' | 'info';

/**
 * A line in the tree instead of a pop-up: a failure with its reason and a Retry action, or "empty".
 * `retry` names the node to reload.
 */
export class MessageNode implements ExplorerNode {
  constructor(
    readonly parent: ExplorerNode | undefined,
    readonly id: string,
    readonly text: string,
    readonly tone: MessageTone,
    readonly detail?: string,
    readonly retry?: ExplorerNode,
  ) {}

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.text, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.tooltip = this.detail ?? this.text;
    if (this.tone === 'error') {
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      item.contextValue = this.retry ? 'message:error:retry' : 'message:error';
      item.description = this.retry ? 'Retry' : undefined;
      if (this.retry) item.command = { command: 'roaming.retry', title: 'Retry', arguments: [this] };
    } else {
      item.iconPath = new vscode.ThemeIcon(this.tone === 'empty' ? 'circle-slash' : 'info');
      item.contextValue = `message:${this.tone}`;
    }
    return item;
  }

  async children(): Promise<ExplorerNode[]> {
    return [];
  }
}

/** "Load more…": pages on in a long or server-paged list. */
export class LoadMoreNode implements ExplorerNode {
  constructor(readonly parent: ExplorerNode & { loadMore(): Promise<void> }, readonly id: string, private readonly remaining?: number) {}

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem('Load more…', vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.remaining !== undefined ? `${this.remaining} more` : undefined;
    item.iconPath = new vscode.ThemeIcon('more');
    item.contextValue = 'loadMore';
    item.command = { command: 'roaming.loadMore', title: 'Load More', arguments: [this] };
    return item;
  }

  async children(): Promise<ExplorerNode[]> {
    return [];
  }
}

/** A person-readable reason from anything thrown while loading a node; a library's message may quote a secret. */
export function reasonOf(error: unknown): { text: string; detail: string } {
  const message = scrubSecrets(error instanceof Error ? error.message : String(error));
  const nextStep = (error as { nextStep?: string }).nextStep;
  const firstLine = message.split('\n')[0];
  const said = nextStep !== undefined && message.includes(nextStep);
  return { text: firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine, detail: nextStep && !said ? `${message}\n\n${nextStep}` : message };
}
