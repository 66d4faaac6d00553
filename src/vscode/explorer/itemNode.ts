import * as vscode from 'vscode';
import { currencyOf } from '../../core/http/connection';
import { accessRefusal, mayDo } from '../../core/platforms/access';
import type { ConnectionRecord } from '../../core/http/connection';
import type { RelatedItem, ResourceKind } from '../../core/platforms/resourceKind';
import type { ExplorerNode } from './explorerNode';
import type { ExplorerServices } from './explorerServices';
import { MessageNode, reasonOf } from './messageNodes';
import { relatedNode } from './relatedNodes';

/** A remote object: click opens it as a JSON document; its children follow its references. */
export class ItemNode implements ExplorerNode {
  readonly id: string;

  constructor(
    readonly parent: ExplorerNode,
    readonly connection: ConnectionRecord,
    readonly kind: ResourceKind,
    readonly remote: unknown,
    readonly remoteId: string,
    private readonly services: ExplorerServices,
  ) {
    this.id = `${connection.id}/${kind.folder}/${remoteId}`;
  }

  treeItem(): vscode.TreeItem {
    const presentation = this.kind.present(this.remote, { currency: currencyOf(this.connection) });
    const item = new vscode.TreeItem(
      presentation.label,
      this.kind.related ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = this.id;
    item.description = presentation.description;
    item.iconPath = new vscode.ThemeIcon(this.kind.icon);
    const level = this.services.clients.clientFor(this.connection).accessLevel;
    const writable = !this.connection.readOnly && mayDo(this.kind, 'write', level);
    const readable = mayDo(this.kind, 'read', level);
    item.contextValue = `item:${this.kind.slug}${writable ? '' : ':readonly'}${readable ? '' : ':noopen'}`;
    // What the account may not open is not offered as a click (its tooltip is what the list gives).
    if (readable) item.command = { command: 'roaming.open', title: 'Open', arguments: [this] };
    return item;
  }

  private related: Promise<RelatedItem[]> | undefined;
  private relatedNodes: ExplorerNode[] | undefined;

  lazyTooltip(): vscode.MarkdownString {
    const client = this.services.clients.clientFor(this.connection);
    const refusal = mayDo(this.kind, 'read', client.accessLevel) ? '' : `\n\n*${accessRefusal(this.kind, 'read', client)}*`;
    return new vscode.MarkdownString(`${this.kind.present(this.remote, { currency: currencyOf(this.connection) }).tooltip}${refusal}`);
  }

  async children(): Promise<ExplorerNode[]> {
    if (!this.kind.related) return [];
    try {
      const client = this.services.clients.clientFor(this.connection);
      // Shared by concurrent requests for the children; a failed read is tried again on Retry.
      this.related ??= this.kind.related(client, this.remote);
      const related = await this.related.catch((error: unknown) => {
        this.related = undefined;
        throw error;
      });
      if (related.length === 0) return [new MessageNode(this, `${this.id}/empty`, 'Nothing referenced', 'empty')];
      // The same node objects on every ask: VS Code refuses a second element under an id it has registered (a
      // reveal fetches the children again while a node from the first answer is in hand).
      this.relatedNodes ??= related.map((entry, index) => relatedNode(this, this.connection, entry, `${this.id}/related/${index}`, this.services));
      return this.relatedNodes;
    } catch (error) {
      const reason = reasonOf(error);
      return [new MessageNode(this, `${this.id}/error`, reason.text, 'error', reason.detail, this)];
    }
  }
}
