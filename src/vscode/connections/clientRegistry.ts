import * as vscode from 'vscode';
import { scrubSecrets } from '../../core/http/knownSecrets';
import type { RequestLogger } from '../../core/http/types';
import { createPlatformClient } from '../../core/platforms/clientFactory';
import type { ConnectionRecord } from '../../core/http/connection';
import type { PlatformClient } from '../../core/platforms/resourceKind';
import { vscodeFailureAdvice } from '../ui/failureAdvice';
import type { ConnectionStore } from './connectionStore';

export type ConnectionClient = PlatformClient & { signOut(): Promise<void> };

/**
 * One shared client per connection, created on first use: every view and command of a connection goes through
 * the same client, so they share one session, one refresh at a time and one rate-limit queue.
 */
export class ClientRegistry implements vscode.Disposable {
  private readonly clients = new Map<string, { record: ConnectionRecord; client: ConnectionClient }>();
  private readonly signedIn = new Set<string>();
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with a connection id when its signed-in state changes. */
  readonly onDidChangeSession = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: ConnectionStore, private readonly logger: RequestLogger) {
    // A changed or removed record gets a fresh client: never reuse a session for other settings.
    this.subscription = store.onDidChange(() => {
      for (const [id, entry] of this.clients) {
        const current = store.get(id)?.record;
        if (!current || JSON.stringify(current) !== JSON.stringify(entry.record)) this.clients.delete(id);
      }
    });
  }

  clientFor(connection: ConnectionRecord): ConnectionClient {
    const existing = this.clients.get(connection.id);
    if (existing) return existing.client;
    const inner = createPlatformClient(connection, {
      credentials: this.store.credentials(connection.id),
      askPassword: (reason) => askForPassword(connection, reason),
      logger: this.logger,
      advice: vscodeFailureAdvice,
    });
    const client: ConnectionClient = {
      connection,
      // What the login said the account may do: the tree and the documents offer no more than that.
      get accessLevel() { return inner.accessLevel; },
      call: async (request, options) => {
        const response = await inner.call(request, options);
        this.markSignedIn(connection.id, true);
        return response;
      },
      signOut: async () => {
        await inner.signOut();
        this.markSignedIn(connection.id, false);
      },
    };
    this.clients.set(connection.id, { record: connection, client });
    return client;
  }

  isSignedIn(id: string): boolean {
    return this.signedIn.has(id);
  }

  private markSignedIn(id: string, signedIn: boolean): void {
    if (signedIn === this.signedIn.has(id)) return;
    if (signedIn) this.signedIn.add(id);
    else this.signedIn.delete(id);
    this.changed.fire(id);
  }

  forget(id: string): void {
    this.clients.delete(id);
    this.markSignedIn(id, false);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

async function askForPassword(connection: ConnectionRecord, reason: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: `Password for ${connection.name} (${connection.environment})`,
    // The reason quotes the server's refusal, which may echo the password just refused.
    prompt: scrubSecrets(`${reason} User: ${connection.username} at ${connection.baseUrl}. It is kept in VS Code's SecretStorage.`),
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value ? undefined : 'Enter the password, or press Escape to cancel'),
  });
}
