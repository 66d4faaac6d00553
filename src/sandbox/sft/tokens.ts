// SFT access and refresh tokens: HS256 JWTs signed with a key made when the simulator starts, plus a
// registry of what was issued, because the platform behaviour we simulate is stateful: a refresh token works
// once (rotation), and the admin endpoint can expire every access token at once.
import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';

export type TokenType = 'access' | 'refresh';

export interface TokenClaims {
  /** The user who logged in. */
  readonly sub: string;
  /** The acting account: the user's own, or the child account of a support-access login. */
  readonly acc: string;
  readonly typ: TokenType;
  readonly jti: string;
}

export interface TokenPair {
  readonly AccessToken: string;
  readonly RefreshToken: string;
}

export type Verification =
  | { readonly ok: true; readonly claims: TokenClaims }
  | { readonly ok: false; readonly reason: 'expired' | 'invalid' };

interface IssuedToken {
  readonly type: TokenType;
  expiresAtMs: number;
  used: boolean;
}

export interface TokenLifetimes {
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

export class TokenIssuer {
  private key: Uint8Array = randomBytes(32);
  private issued = new Map<string, IssuedToken>();

  constructor(private readonly lifetimes: TokenLifetimes) {}

  async issuePair(user: string, accountId: string, nowMs: number): Promise<TokenPair> {
    this.forgetExpired(nowMs);
    return {
      AccessToken: await this.issue('access', user, accountId, nowMs, this.lifetimes.accessTtlSeconds),
      RefreshToken: await this.issue('refresh', user, accountId, nowMs, this.lifetimes.refreshTtlSeconds),
    };
  }

  async verify(token: string, expected: TokenType, nowMs: number): Promise<Verification> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], currentDate: new Date(nowMs) }));
    } catch (error) {
      return { ok: false, reason: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
    }
    const { sub, acc, typ, jti } = payload;
    if (typeof sub !== 'string' || typeof acc !== 'string' || typeof jti !== 'string' || typ !== expected) {
      return { ok: false, reason: 'invalid' };
    }
    const record = this.issued.get(jti);
    if (!record || record.type !== expected || record.used) return { ok: false, reason: 'invalid' };
    if (nowMs >= record.expiresAtMs) return { ok: false, reason: 'expired' };
    return { ok: true, claims: { sub, acc, typ: expected, jti } };
  }

  /** Rotation: a refresh token works once. False when it was already exchanged (or is unknown). */
  consume(jti: string): boolean {
    const record = this.issued.get(jti);
    if (!record || record.used) return false;
    record.used = true;
    return true;
  }

  expireAllAccessTokens(nowMs: number): void {
    for (const record of this.issued.values()) {
      if (record.type === 'access') record.expiresAtMs = Math.min(record.expiresAtMs, nowMs);
    }
  }

  /** Forgets every token and changes the key, so nothing issued before can be used again. */
  revokeAll(): void {
    this.key = randomBytes(32);
    this.issued.clear();
  }

  private async issue(type: TokenType, user: string, accountId: string, nowMs: number, ttlSeconds: number): Promise<string> {
    const jti = randomUUID();
    // Whole seconds, as JWTs count: the token expires exactly at its `exp` claim, so a client reading the
    // claim and the server agree.
    const issuedAt = Math.floor(nowMs / 1000);
    const expiresAt = issuedAt + ttlSeconds;
    this.issued.set(jti, { type, expiresAtMs: expiresAt * 1000, used: false });
    return new SignJWT({ acc: accountId, typ: type })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user)
      .setJti(jti)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
  }

  private forgetExpired(nowMs: number): void {
    for (const [jti, record] of this.issued) {
      if (nowMs >= record.expiresAtMs) this.issued.delete(jti);
    }
  }
}
