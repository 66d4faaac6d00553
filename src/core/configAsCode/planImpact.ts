// What each write of a plan reaches beyond its object (the kinds' `impactOf`): the DEFAULT profiles an edit of a
// group reaches and the CUSTOM ones it does not, what still uses an object to delete. Read through one cache for the
// whole plan, so the lists that link objects are read once however many writes there are.
import { kindBySlug } from '../platforms/registry';
import { ReadCache } from '../platforms/readCache';
import type { PlatformClient } from '../platforms/resourceKind';
import { messageOf } from './configError';
import type { PlanEntry } from './planTypes';
import { stopIfCancelled } from './progress';

export async function withImpacts(client: PlatformClient, entries: readonly PlanEntry[], signal?: AbortSignal): Promise<PlanEntry[]> {
  const reading = new ReadCache(Number.POSITIVE_INFINITY).wrap(client);
  // A user deleted in the same plan no longer holds the object by the time its delete goes out (deletes are ordered).
  const deleted = new Set(entries.filter((entry) => entry.action === 'delete').map((entry) => `${entry.kind}|${entry.id}`));
  const result: PlanEntry[] = [];
  for (const entry of entries) {
    const kind = kindBySlug(entry.kind);
    if (!kind?.impactOf || !entry.writePlan || (entry.action !== 'update' && entry.action !== 'delete')) {
      result.push(entry);
      continue;
    }
    stopIfCancelled(signal);
    try {
      const impact = await kind.impactOf(reading, entry.writePlan, { signal });
      const stillUsed = (impact.usedBy ?? []).some((user) => !deleted.has(`${user.kind}|${user.id}`));
      const lines = impact.usedBy && !stillUsed ? [] : impact.lines;
      result.push(lines.length > 0 ? { ...entry, impact: lines } : entry);
    } catch (error) {
      result.push({ ...entry, impact: [`could not read what else it reaches: ${messageOf(error)}`] });
    }
  }
  return result;
}
