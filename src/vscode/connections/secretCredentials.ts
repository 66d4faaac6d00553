import type * as vscode from 'vscode';
import type { CredentialStore, StoredTokens } from '../../core/http/credentials';

/** SecretStorage keys of one connection: the only place its password and tokens are ever written. */
export function secretKeys(connectionId: string): { password: string; tokens: string } {
  return { password: `roaming.${connectionId}.password`, tokens: `roaming.${connectionId}.tokens` };
}

export class SecretCredentialStore implements CredentialStore {
  private readonly keys: { password: string; tokens: string };

  constructor(private readonly secrets: vscode.SecretStorage, connectionId: string) {
    this.keys = secretKeys(connectionId);
  }

  getPassword(): Promise<string | undefined> {
    return Promise.resolve(this.secrets.get(this.keys.password));
  }

  async storePassword(password: string): Promise<void> {
    await this.secrets.store(this.keys.password, password);
  }

  async getTokens(): Promise<StoredTokens | undefined> {
    const text = await this.secrets.get(this.keys.tokens);
    if (!text) return undefined;
    try {
      return JSON.parse(text) as StoredTokens;
    } catch {
      // A damaged entry only costs a new login.
      return undefined;
    }
  }

  async storeTokens(tokens: StoredTokens | undefined): Promise<void> {
    if (tokens) await this.secrets.store(this.keys.tokens, JSON.stringify(tokens));
    else await this.secrets.delete(this.keys.tokens);
  }

  /** Sign out: tokens go, the password stays. */
  async forgetTokens(): Promise<void> {
    await this.secrets.delete(this.keys.tokens);
  }

  /** Remove Connection: everything goes. */
  async forgetAll(): Promise<void> {
    await this.secrets.delete(this.keys.tokens);
    await this.secrets.delete(this.keys.password);
  }
}
