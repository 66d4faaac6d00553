// What the product itself changed on a remote — a push, a delete, an apply — or found changed there (a conflict
// when saving): one announcement, and everything that shows those objects follows it (the tree's folders, open
// "remote ↔ yours" comparisons, the short-lived read cache). Without it each action refreshed what it thought of,
// and the tree and diffs went stale after the others.
import * as vscode from 'vscode';
import type { ConnectionRecord } from '../core/http/connection';
import type { KindSlug } from '../core/platforms/resourceKind';

export interface RemoteChange {
  readonly connection: ConnectionRecord;
  /** The kinds whose objects changed (their folders reload). */
  readonly kinds: readonly KindSlug[];
}

export class RemoteChanges implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RemoteChange>();
  readonly onDidChange = this.changed.event;

  announce(connection: ConnectionRecord, kinds: Iterable<KindSlug>): void {
    this.changed.fire({ connection, kinds: [...new Set(kinds)] });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
