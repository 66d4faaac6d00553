import * as vscode from 'vscode';
import { mayDo } from '../../core/platforms/access';
import type { ConnectionRecord } from '../../core/http/connection';
import type { ResourceKind } from '../../core/platforms/resourceKind';
import type { ExplorerNode } from './explorerNode';
import type { ExplorerServices } from './explorerServices';
import { ItemNode } from './itemNode';
import { filterListed, sortListed, toListed, type Listed, type SortOrder } from '../../core/explorer/listView';
import { LoadMoreNode, MessageNode, reasonOf } from './messageNodes';

/** Server page size for kinds the API pages (TelecomX regions: at most 500, default 100). */
const REMOTE_PAGE_SIZE = 100;

/**
 * One folder of a connection (Roaming Profiles, Regions…): loads its items when first expanded, keeps them until
 * refreshed, filters and sorts them, and pages long lists.
 */
export class KindFolderNode implements ExplorerNode {
  readonly id: string;
  private loaded: Listed<unknown>[] | undefined;
  private total: number | undefined;
  private nextOffset: number | undefined;
  private failure: unknown;
  /**
   * The load in flight. VS Code may ask for a folder's children again before the first answer came (a redraw of
   * the connection when it signs in): both calls must share one load, or the same items are registered twice.
   */
  private loading: Promise<void> | undefined;
  private shownCount: number;
  private readonly itemNodes = new Map<string, ItemNode>();
  filter: string | undefined;
  sort: SortOrder = 'name';

  constructor(
    readonly parent: ExplorerNode,
    readonly connection: ConnectionRecord,
    readonly kind: ResourceKind,
    private readonly services: ExplorerServices,
  ) {
    this.id = `${connection.id}/${kind.folder}`;
    this.shownCount = services.pageSize();
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.kind.plural, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.kind.icon);
    const count = this.loaded ? (this.total ?? this.loaded.length) : undefined;
    const parts = [
      this.filter ? `filter: "${this.filter}"` : undefined,
      count !== undefined && !this.filter ? String(count) : undefined,
      this.sort === 'id' ? 'by id' : undefined,
    ].filter(Boolean);
    item.description = parts.join(' · ') || undefined;
    const writable = !this.connection.readOnly && mayDo(this.kind, 'write', this.services.clients.clientFor(this.connection).accessLevel);
    item.contextValue = `folder:${this.kind.slug}${this.filter ? ':filtered' : ''}${writable ? '' : ':readonly'}`;
    item.tooltip = `${this.kind.plural} of ${this.connection.name} (${this.connection.environment})`;
    return item;
  }

  async children(): Promise<ExplorerNode[]> {
    if (!this.loaded && this.failure === undefined) {
      this.loading ??= this.services.withViewProgress(() => this.loadFirstPage())
        .catch((error: unknown) => { this.failure = error; })
        .finally(() => { this.loading = undefined; });
      await this.loading;
      // VS Code drew the folder's own line before its items were known: once they are, draw it again so every
      // loaded folder shows its count, not only the ones that happened to be redrawn for another reason.
      if (this.loaded) setTimeout(() => this.services.redraw(this), 0);
    }
    if (this.failure !== undefined) {
      const reason = reasonOf(this.failure);
      return [new MessageNode(this, `${this.id}/error`, `Could not load ${this.kind.plural.toLowerCase()}: ${reason.text}`, 'error', reason.detail, this)];
    }
    const visible = this.visibleItems();
    if (visible.length === 0) {
      const text = this.filter ? `No ${this.kind.plural.toLowerCase()} match "${this.filter}"` : `No ${this.kind.plural.toLowerCase()}`;
      return [new MessageNode(this, `${this.id}/empty`, text, 'empty')];
    }
    const shown = visible.slice(0, this.shownCount);
    const nodes: ExplorerNode[] = shown.map((listed) => this.itemNodeFor(listed));
    const remainingLocal = visible.length - shown.length;
    if (remainingLocal > 0) nodes.push(new LoadMoreNode(this, `${this.id}/more`, remainingLocal));
    else if (this.nextOffset !== undefined) {
      const remainingRemote = this.total !== undefined ? this.total - (this.loaded?.length ?? 0) : undefined;
      nodes.push(new LoadMoreNode(this, `${this.id}/more`, remainingRemote));
    }
    return nodes;
  }

  /**
   * The same node for the same loaded object on every ask: VS Code refuses a second element under an id it has
   * registered, and a reveal or an expand asks for a node's children again while the first answer is still in use.
   */
  private itemNodeFor(listed: Listed<unknown>): ItemNode {
    const known = this.itemNodes.get(listed.id);
    if (known && known.remote === listed.remote) return known;
    const node = new ItemNode(this, this.connection, this.kind, listed.remote, listed.id, this.services);
    this.itemNodes.set(listed.id, node);
    return node;
  }

  private visibleItems(): Listed<unknown>[] {
    const items = this.loaded ?? [];
    // A server-paged kind got the filter from the server already.
    const filtered = this.kind.pagedRemotely ? [...items] : filterListed(items, this.filter);
    return sortListed(filtered, this.sort);
  }

  private async loadFirstPage(): Promise<void> {
    const client = this.services.clients.clientFor(this.connection);
    const page = await this.kind.list(client, this.kind.pagedRemotely ? { filter: this.filter, offset: 0, limit: REMOTE_PAGE_SIZE } : {});
    // What only the tree shows (a profile's group, to say it differs): without it the items are still worth showing.
    const items = this.kind.enrich ? await this.kind.enrich(client, page.items).catch(() => page.items) : page.items;
    this.loaded = items.map((remote) => toListed(remote, this.kind.idOf(remote), this.kind.nameOf(remote)));
    this.total = page.total;
    this.nextOffset = page.nextOffset;
  }

  /** Shows the next client-side page, or fetches the next server page. */
  async loadMore(): Promise<void> {
    const visibleCount = this.visibleItems().length;
    if (this.shownCount < visibleCount) {
      this.shownCount += this.services.pageSize();
    } else if (this.nextOffset !== undefined && this.loaded) {
      const client = this.services.clients.clientFor(this.connection);
      const page = await this.services.withViewProgress(() => this.kind.list(client, { filter: this.filter, offset: this.nextOffset, limit: REMOTE_PAGE_SIZE }));
      this.loaded.push(...page.items.map((remote) => toListed(remote, this.kind.idOf(remote), this.kind.nameOf(remote))));
      this.total = page.total;
      this.nextOffset = page.nextOffset;
      this.shownCount = this.loaded.length;
    }
    this.services.redraw(this);
  }

  /** Forget what was loaded; the next expansion reads the remote again. */
  reset(): void {
    this.loading = undefined;
    this.loaded = undefined;
    this.itemNodes.clear();
    this.failure = undefined;
    this.total = undefined;
    this.nextOffset = undefined;
    this.shownCount = this.services.pageSize();
  }

  setFilter(filter: string | undefined): void {
    this.filter = filter?.trim() || undefined;
    this.shownCount = this.services.pageSize();
    // The server filters paged kinds: a new filter is a new query.
    if (this.kind.pagedRemotely) this.reset();
    this.services.redraw(this);
  }

  setSort(order: SortOrder): void {
    this.sort = order;
    this.services.redraw(this);
  }

  /** The loaded items (for quick picks and multi-select), without reading the remote again. */
  loadedItems(): readonly Listed<unknown>[] {
    return this.loaded ?? [];
  }
}
