import * as vscode from 'vscode';
import { isProduction, PLATFORM_LABELS, type ConnectionRecord } from '../../core/http/connection';
import type { ExplorerNode } from './explorerNode';
import type { ExplorerServices } from './explorerServices';
import { KindFolderNode } from './kindFolderNode';
import { NetworksFolderNode } from './networkNodes';
import { ReadOnlyListFolderNode } from './readOnlyListNodes';

/** A connection: its name, environment, read-only marker and signed-in state; its folders below. */
export class ConnectionNode implements ExplorerNode {
  readonly id: string;
  readonly parent = undefined;
  private folders: ExplorerNode[] | undefined;

  constructor(readonly connection: ConnectionRecord, private readonly services: ExplorerServices, readonly origin: 'saved' | 'settings') {
    this.id = connection.id;
  }

  treeItem(): vscode.TreeItem {
    const { name, environment, readOnly, platform, baseUrl, username, targetAccountId } = this.connection;
    const signedIn = this.services.isSignedIn(this.connection);
    // What the login said the account may do (TelecomX access levels): shown where the person looks first.
    const level = signedIn ? this.services.clients.clientFor(this.connection).accessLevel : undefined;
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = [environment, readOnly ? 'read-only' : undefined, signedIn ? `signed in${level ? ` as ${level}` : ''}` : undefined].filter(Boolean).join(' · ');
    const production = isProduction(this.connection);
    item.iconPath = new vscode.ThemeIcon(
      platform === 'sft' ? 'server-environment' : 'globe',
      production ? new vscode.ThemeColor('charts.red') : undefined,
    );
    item.tooltip = new vscode.MarkdownString([
      `**${name}** — ${PLATFORM_LABELS[platform]}`,
      `Environment: ${environment}${production ? ' (writes ask for confirmation)' : ''}`,
      `URL: ${baseUrl}`,
      `User: ${username}`,
      targetAccountId ? `Child account (support access): ${targetAccountId}` : undefined,
      readOnly ? 'Read-only: documents open read-only, nothing is pushed.' : undefined,
      signedIn ? `Signed in${level ? ` with access level ${level}: what it may not do is not offered` : ''}.` : 'Not signed in yet: the first request signs in.',
      this.origin === 'settings' ? 'Declared in the `roaming.connections` setting.' : undefined,
    ].filter(Boolean).join('\n\n'));
    item.contextValue = [
      'connection',
      signedIn ? 'signedIn' : undefined,
      readOnly ? 'readonly' : undefined,
      this.origin === 'settings' ? 'fromSettings' : undefined,
    ].filter(Boolean).join(':');
    return item;
  }

  async children(): Promise<ExplorerNode[]> {
    this.folders ??= [
      ...this.services.kindsFor(this.connection.platform).map((kind) => new KindFolderNode(this, this.connection, kind, this.services)),
      ...(this.connection.platform === 'sft' ? [new NetworksFolderNode(this, this.connection, this.services)] : []),
      ...this.services.readOnlyListsFor(this.connection.platform).map((list) => new ReadOnlyListFolderNode(this, this.connection, list, this.services)),
    ];
    return this.folders;
  }

  /** The folder nodes created so far (for refresh and reveal). */
  knownFolders(): readonly ExplorerNode[] {
    return this.folders ?? [];
  }
}
