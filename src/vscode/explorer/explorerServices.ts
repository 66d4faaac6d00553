import type { ClientRegistry, ConnectionClient } from '../connections/clientRegistry';
import type { ConnectionRecord, PlatformId } from '../../core/http/connection';
import type { ReadOnlyList, ResourceKind } from '../../core/platforms/resourceKind';
import type { ExplorerNode } from './explorerNode';

/** A network of the SFT network list, as the tree shows it. */
export interface NetworkRow {
  readonly tadigCode: string;
  readonly categoryGroupId: string;
  readonly operatorName: string;
  readonly countryName: string;
  readonly supplierName?: string;
}

/** The SFT lookups the tree needs beyond the resource kinds. */
export interface NetworkLookup {
  listNetworks(client: ConnectionClient): Promise<NetworkRow[]>;
  /** Destination groups holding this TADIG under any supplier. */
  groupsContaining(client: ConnectionClient, tadigCode: string): Promise<Array<{ id: string; name: string }>>;
}

/** What every node needs: clients, the lookups, and a way to ask the view to redraw part of itself. */
export interface ExplorerServices {
  readonly clients: ClientRegistry;
  readonly networks: NetworkLookup;
  /** The resource kinds of a platform, in the order their folders show. */
  kindsFor(platform: PlatformId): readonly ResourceKind[];
  /** The read-only lists of a platform, shown after its kinds (SFT rate plans, ratezones). */
  readOnlyListsFor(platform: PlatformId): readonly ReadOnlyList[];
  /** Items shown per "page" of a long list before a Load more node (client-side paging). */
  pageSize(): number;
  isSignedIn(connection: ConnectionRecord): boolean;
  /** Redraw `node` (or the whole view) after its state changed. */
  redraw(node?: ExplorerNode): void;
  /** Shows a progress bar on the view while `work` runs. */
  withViewProgress<T>(work: () => Promise<T>): Promise<T>;
}
