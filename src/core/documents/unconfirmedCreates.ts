// A create pushed from the editor whose answer never came (timeout, dropped connection) may still land minutes
// later. Saving the draft again must not make a second object: the next save looks for the first one (by the
// kind's identity) and, while it may still land, waits for it. The same rule as `plan` applies to a folder
// (UNCONFIRMED_WRITE_WAIT_MS). Pure Node: no `vscode` import.
import { readAllObjects } from '../configAsCode/remoteObjects';
import type { PlatformClient, ResourceKind } from '../platforms/resourceKind';
import { UNCONFIRMED_WRITE_WAIT_MS } from '../platforms/verifiedWrite';

export type BeforeCreate =
  | { readonly verdict: 'send' }
  /** The earlier create landed after all: open it instead of creating a second one. */
  | { readonly verdict: 'landed'; readonly id: string }
  /** It may still land: nothing is sent before `waitUntil`. */
  | { readonly verdict: 'wait'; readonly sentAt: Date; readonly waitUntil: Date };

interface Unconfirmed {
  readonly sentAt: number;
  readonly kind: ResourceKind;
}

export class UnconfirmedCreates {
  /** By draft (document URI), in memory only: a window reload starts afresh, as the draft itself does. */
  private readonly pending = new Map<string, Unconfirmed>();

  constructor(private readonly now: () => number = Date.now) {}

  record(draft: string, kind: ResourceKind): void {
    this.pending.set(draft, { sentAt: this.now(), kind });
  }

  forget(draft: string): void {
    this.pending.delete(draft);
  }

  /** Whether a create of `document` from this draft may be sent now. */
  async beforeCreate(draft: string, client: PlatformClient, kind: ResourceKind, document: unknown, signal?: AbortSignal): Promise<BeforeCreate> {
    const earlier = this.pending.get(draft);
    if (earlier === undefined || earlier.kind.slug !== kind.slug) return { verdict: 'send' };
    const identity = kind.identityOf(document);
    const landed = (await readAllObjects(client, kind, signal)).find((object) => kind.identityOf(kind.toDocument(object)) === identity);
    if (landed !== undefined) {
      this.pending.delete(draft);
      return { verdict: 'landed', id: kind.idOf(landed) };
    }
    const waitUntil = earlier.sentAt + UNCONFIRMED_WRITE_WAIT_MS;
    if (this.now() < waitUntil) return { verdict: 'wait', sentAt: new Date(earlier.sentAt), waitUntil: new Date(waitUntil) };
    this.pending.delete(draft);
    return { verdict: 'send' };
  }
}
