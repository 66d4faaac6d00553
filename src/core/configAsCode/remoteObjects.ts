// Every object of a kind on the remote, following pages where the API pages (TelecomX regions).
import type { PlatformClient, ResourceKind } from '../platforms/resourceKind';
import { stopIfCancelled } from './progress';

/** The largest page the paged APIs give (TelecomX regions: 500): fewest calls. */
const PAGE_SIZE = 500;

export async function readAllObjects(client: PlatformClient, kind: ResourceKind, signal?: AbortSignal): Promise<unknown[]> {
  const items: unknown[] = [];
  let offset: number | undefined = 0;
  while (offset !== undefined) {
    stopIfCancelled(signal);
    const page: Awaited<ReturnType<ResourceKind['list']>> = await kind.list(client, kind.pagedRemotely ? { offset, limit: PAGE_SIZE } : {}, { signal });
    items.push(...page.items);
    // A server that answers the same offset again would otherwise keep us here for ever.
    offset = page.nextOffset !== undefined && page.nextOffset > offset && page.items.length > 0 ? page.nextOffset : undefined;
  }
  return items;
}

/** Objects by id, for looking the manifest's ids up. */
export function indexById(kind: ResourceKind, items: readonly unknown[]): Map<string, unknown> {
  return new Map(items.map((item) => [kind.idOf(item), item]));
}
