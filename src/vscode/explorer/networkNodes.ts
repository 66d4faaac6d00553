import * as vscode from 'vscode';
import type { ConnectionRecord } from '../../core/http/connection';
import type { ExplorerNode } from './explorerNode';
import type { ExplorerServices, NetworkRow } from './explorerServices';
import { ReferenceNode } from './referenceNode';
import { filterListed, sortListed, toListed, type Listed, type SortOrder } from '../../core/explorer/listView';
import { LoadMoreNode, MessageNode, reasonOf } from './messageNodes';

/** "Networks": the SFT network list lookup (TADIG, operator, country, supplier). */
export class NetworksFolderNode implements ExplorerNode {
  readonly id: string;
  private loaded: Listed<NetworkRow>[] | undefined;
  private failure: unknown;
  /** One load shared by concurrent requests for the children (see KindFolderNode). */
  private loading: Promise<void> | undefined;
  private shownCount: number;
  filter: string | undefined;
  sort: SortOrder = 'name';

  constructor(readonly parent: ExplorerNode, readonly connection: ConnectionRecord, private readonly services: ExplorerServices) {
    this.id = `${connection.id}/networks`;
    this.shownCount = services.pageSize();
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem('Networks', vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon('radio-tower');
    item.description = this.filter ? `filter: "${this.filter}"` : this.loaded ? String(this.loaded.length) : undefined;
    item.contextValue = `folder:networks${this.filter ? ':filtered' : ''}`;
    item.tooltip = 'Operator networks attached to the account (network list lookup): TADIG code, operator, country, supplier';
    return item;
  }

  async children(): Promise<ExplorerNode[]> {
    if (!this.loaded && this.failure === undefined) {
      const client = this.services.clients.clientFor(this.connection);
      this.loading ??= this.services.withViewProgress(() => this.services.networks.listNetworks(client))
        .then((rows) => { this.loaded = rows.map((row) => toListed(row, `${row.tadigCode}/${row.categoryGroupId}`, `${row.countryName} ${row.operatorName}`)); })
        .catch((error: unknown) => { this.failure = error; })
        .finally(() => { this.loading = undefined; });
      await this.loading;
    }
    if (this.failure !== undefined) {
      const reason = reasonOf(this.failure);
      return [new MessageNode(this, `${this.id}/error`, `Could not load networks: ${reason.text}`, 'error', reason.detail, this)];
    }
    const visible = sortListed(filterListed(this.loaded ?? [], this.filter), this.sort);
    if (visible.length === 0) {
      return [new MessageNode(this, `${this.id}/empty`, this.filter ? `No networks match "${this.filter}"` : 'No networks', 'empty')];
    }
    const nodes: ExplorerNode[] = visible.slice(0, this.shownCount)
      .map((listed) => new NetworkNode(this, this.connection, listed.remote, this.services, `${this.id}/${listed.id}`));
    if (visible.length > this.shownCount) nodes.push(new LoadMoreNode(this, `${this.id}/more`, visible.length - this.shownCount));
    return nodes;
  }

  async loadMore(): Promise<void> {
    this.shownCount += this.services.pageSize();
    this.services.redraw(this);
  }

  reset(): void {
    this.loading = undefined;
    this.loaded = undefined;
    this.failure = undefined;
    this.shownCount = this.services.pageSize();
  }

  setFilter(filter: string | undefined): void {
    this.filter = filter?.trim() || undefined;
    this.shownCount = this.services.pageSize();
    this.services.redraw(this);
  }

  setSort(order: SortOrder): void {
    this.sort = order;
    this.services.redraw(this);
  }
}

/** One operator network; its children are the destination groups that contain it. */
export class NetworkNode implements ExplorerNode {
  constructor(
    readonly parent: ExplorerNode,
    readonly connection: ConnectionRecord,
    readonly network: NetworkRow,
    private readonly services: ExplorerServices,
    readonly id: string,
  ) {}

  treeItem(): vscode.TreeItem {
    const { tadigCode, operatorName, countryName, categoryGroupId, supplierName } = this.network;
    const item = new vscode.TreeItem(tadigCode, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = [operatorName, countryName, `supplier ${categoryGroupId}`].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString([
      `**${tadigCode}** — ${operatorName}`,
      countryName ? `Country: ${countryName}` : undefined,
      `Supplier (categoryGroupId): ${categoryGroupId}${supplierName ? ` (${supplierName})` : ''}`,
      'Expand to see the destination groups that contain this network.',
    ].filter(Boolean).join('\n\n'));
    item.iconPath = new vscode.ThemeIcon('radio-tower');
    item.contextValue = 'network';
    return item;
  }

  private groups: Promise<Array<{ id: string; name: string }>> | undefined;

  async children(): Promise<ExplorerNode[]> {
    try {
      const client = this.services.clients.clientFor(this.connection);
      // Shared by concurrent requests, kept until the node is redrawn from a refreshed parent.
      this.groups ??= this.services.networks.groupsContaining(client, this.network.tadigCode);
      const groups = await this.groups.catch((error: unknown) => {
        this.groups = undefined;
        throw error;
      });
      if (groups.length === 0) return [new MessageNode(this, `${this.id}/none`, 'In no destination group', 'empty')];
      return groups.map((group) => new ReferenceNode(this, this.connection, {
        label: group.name, description: group.id, icon: 'list-tree', target: { kind: 'destination-group', id: group.id },
      }, `${this.id}/group/${group.id}`));
    } catch (error) {
      const reason = reasonOf(error);
      return [new MessageNode(this, `${this.id}/error`, reason.text, 'error', reason.detail, this)];
    }
  }
}
