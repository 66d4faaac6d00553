// Issued TelecomX tokens. Opaque random strings (not seed data, so they need not be reproducible), each with an
// absolute expiry fixed at issue time: validating a token never extends it (README: absolute, not sliding).
import { randomBytes } from 'node:crypto';
import type { SandboxUser } from './users';

export interface IssuedToken {
  readonly token: string;
  readonly user: SandboxUser;
  /** Epoch ms; `undefined` for a `persist` token, which lives until logout. */
  expiresAt: number | undefined;
  /** Login asked for `cookie: true`, so the token may also arrive as the `token` cookie. */
  readonly cookieAllowed: boolean;
}

export type TokenCheck =
  | { readonly kind: 'valid'; readonly token: IssuedToken }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'expired' };

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly now: () => number) {}

  issue(user: SandboxUser, lifetimeMinutes: number | undefined, cookieAllowed: boolean): IssuedToken {
    const token = randomBytes(20).toString('hex').toUpperCase();
    const expiresAt = lifetimeMinutes === undefined ? undefined : this.now() + lifetimeMinutes * 60_000;
    const issued: IssuedToken = { token, user, expiresAt, cookieAllowed };
    this.tokens.set(token, issued);
    return issued;
  }

  check(token: string): TokenCheck {
    const issued = this.tokens.get(token);
    if (!issued) return { kind: 'unknown' };
    if (issued.expiresAt !== undefined && this.now() >= issued.expiresAt) return { kind: 'expired' };
    return { kind: 'valid', token: issued };
  }

  /** Logout: every token of the user stops working, persisted ones included (the logout page says "every"). */
  revokeAllOf(username: string): void {
    for (const [token, issued] of this.tokens) {
      if (issued.user.username === username) this.tokens.delete(token);
    }
  }

  expireAll(): void {
    const now = this.now();
    for (const issued of this.tokens.values()) issued.expiresAt = now;
  }

  clear(): void {
    this.tokens.clear();
  }
}
