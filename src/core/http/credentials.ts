// Where a connection's secrets live. The VS Code layer implements this with SecretStorage; tests and the
// command line implement it in memory or from an environment variable. Nothing else ever holds a password.

/** Tokens as a vendor session needs them (SFT: access + refresh JWT; TelecomX: token + expiry). */
export type StoredTokens = Readonly<Record<string, string>>;

export interface CredentialStore {
  getPassword(): Promise<string | undefined>;
  storePassword(password: string): Promise<void>;
  getTokens(): Promise<StoredTokens | undefined>;
  /** `undefined` drops them (sign out, or a token the server refused). */
  storeTokens(tokens: StoredTokens | undefined): Promise<void>;
}

/**
 * Asks the person for the password when the stored one is missing or no longer works. Resolves `undefined`
 * when they cancel. `reason` says why we ask ("The stored password was refused by …").
 */
export type PasswordPrompt = (reason: string) => Promise<string | undefined>;

export class InMemoryCredentialStore implements CredentialStore {
  private tokens: StoredTokens | undefined;
  constructor(private password?: string) {}
  async getPassword() { return this.password; }
  async storePassword(password: string) { this.password = password; }
  async getTokens() { return this.tokens; }
  async storeTokens(tokens: StoredTokens | undefined) { this.tokens = tokens; }
}
