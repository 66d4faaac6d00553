// The SFT simulator behind the shared HTTP plumbing: routing, authentication (login, refresh with rotation,
// support access), the per-account rate limit, and the envelope around every resource handler's outcome.
import type { LiveSettings, SandboxRequest, SandboxResponse, VendorSimulator } from '../server/types';
import { outcome, resultCodeOf, toEnvelope, type Outcome } from './envelope';
import type { SftState } from './model';
import { isObject, numericId } from './requestValues';
import { INVALID_CREDENTIALS, INVALID_TOKEN, POST_TIMEOUT_MESSAGE, TOKEN_EXPIRED } from './resultCodes';
import { findRoute } from './routes';
import { SlidingWindowRateLimiter } from './rateLimiter';
import { largeSeed } from './seed/largeSeed';
import { smallSeed } from './seed/smallSeed';
import { validateSftState } from './stateValidation';
import { SftStore } from './store';
import { TokenIssuer, type TokenLifetimes, type TokenType } from './tokens';
import { RESELLER_ACCOUNT_ID } from './seed/smallSeed';
import { findUser, type SandboxUser } from './users';

export interface SftOptions {
  size: 'small' | 'large';
  /** Requests per second per acting account; 0 = no limit. Default 2. */
  tps: number;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  /** The clock, in ms since the epoch; tests inject one to move time without waiting. */
  now?: () => number;
}

type Authenticated = { ok: true; user: string; accountId: string; jti: string } | { ok: false; response: SandboxResponse };

const SETTING_NAMES = ['tps', 'accessTtlSeconds', 'refreshTtlSeconds'] as const;

export class SftSimulator implements VendorSimulator {
  readonly vendor = 'sft';
  private readonly store: SftStore;
  private readonly lifetimes: TokenLifetimes;
  private readonly tokens: TokenIssuer;
  private readonly limiter: SlidingWindowRateLimiter;
  private readonly now: () => number;
  private addedUsers: SandboxUser[] = [];

  constructor(private readonly options: SftOptions) {
    this.now = options.now ?? Date.now;
    this.store = new SftStore(seed(options.size));
    this.lifetimes = { accessTtlSeconds: options.accessTtlSeconds, refreshTtlSeconds: options.refreshTtlSeconds };
    this.tokens = new TokenIssuer(this.lifetimes);
    this.limiter = new SlidingWindowRateLimiter(options.tps);
  }

  async handle(request: SandboxRequest): Promise<SandboxResponse> {
    const now = this.now();
    const route = findRoute(request.path);
    if (!route) return this.answer({ code: '404', status: 404, reason: `no API at ${request.path}` }, now);
    if (route.method !== request.method) {
      return this.answer({ code: '405', status: 405, reason: `${request.path} takes ${route.method}, not ${request.method}` }, now);
    }
    if (route.kind === 'login') return this.login(request.body, now);
    if (route.kind === 'refresh') return this.refresh(request, now);

    const caller = await this.authenticate(request, 'access', now);
    if (!caller.ok) return caller.response;
    const account = this.store.account(caller.accountId);
    if (!account) return this.unauthorised(INVALID_TOKEN, now);
    if (!this.limiter.tryAcquire(account.accountId, now)) return this.rateLimitResponse();
    return this.answer(route.handler({ store: this.store, account, body: request.body, query: request.query }), now);
  }

  malformedBodyResponse(): SandboxResponse {
    return this.answer({ code: '400', status: 400 }, this.now());
  }

  expiredTokenResponse(): SandboxResponse {
    return this.unauthorised(TOKEN_EXPIRED, this.now());
  }

  rateLimitResponse(): SandboxResponse {
    const response = this.answer({ code: '429', status: 429 }, this.now());
    return { ...response, headers: { ...response.headers, 'Retry-After': '1' } };
  }

  internalErrorResponse(): SandboxResponse {
    return this.answer({ code: '500', status: 500 }, this.now());
  }

  verifyCompletionResponse(_request: SandboxRequest, resultCode: string): SandboxResponse {
    return this.answer(resultCode === '10240' ? outcome(resultCode, POST_TIMEOUT_MESSAGE) : outcome(resultCode), this.now());
  }

  resultCodeResponse(_request: SandboxRequest, resultCode: string): SandboxResponse {
    return this.answer(outcome(resultCode), this.now());
  }

  describeOutcome(response: SandboxResponse): string | undefined {
    return resultCodeOf(response.body);
  }

  exportState(): SftState {
    return structuredClone(this.store.state);
  }

  importState(state: unknown): void {
    this.store.replace(structuredClone(validateSftState(state)));
  }

  reset(): void {
    this.store.replace(seed(this.options.size));
    this.tokens.revokeAll();
    this.limiter.clear();
    this.addedUsers = [];
  }

  addUser(user: { readonly username: string; readonly password: string }): void {
    this.addedUsers = [
      { username: user.username, password: user.password, accountId: RESELLER_ACCOUNT_ID },
      ...this.addedUsers.filter((existing) => existing.username !== user.username),
    ];
  }

  applySettings(settings: LiveSettings): void {
    for (const [name, value] of Object.entries(settings)) {
      if (!(SETTING_NAMES as readonly string[]).includes(name)) {
        throw new Error(`unknown SFT setting "${name}"; the SFT settings are ${SETTING_NAMES.join(', ')}`);
      }
      const minimum = name === 'tps' ? 0 : 1;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
        throw new Error(`SFT setting "${name}" must be an integer ≥ ${minimum}`);
      }
    }
    for (const [name, value] of Object.entries(settings) as [typeof SETTING_NAMES[number], number][]) {
      if (name === 'tps') this.limiter.tps = value;
      else this.lifetimes[name] = value;
    }
  }

  expireAllTokens(): void {
    this.tokens.expireAllAccessTokens(this.now());
  }

  private async login(body: unknown, now: number): Promise<SandboxResponse> {
    const credentials = isObject(body) ? body : {};
    const user = findUser(credentials.username, credentials.password, this.addedUsers);
    if (!user) return this.answer({ code: '401', status: 401, description: INVALID_CREDENTIALS }, now);
    let accountId = user.accountId;
    const target = credentials.targetAccountId;
    if (target !== undefined && target !== null && target !== '') {
      const targetId = numericId(target) ?? String(target);
      if (targetId !== user.accountId && !(this.store.account(targetId) && this.store.isDescendant(targetId, user.accountId))) {
        return this.answer({ code: '403', status: 403, description: `Authorisation Failure: account ${targetId} is not in your hierarchy` }, now);
      }
      accountId = targetId;
    }
    if (!this.limiter.tryAcquire(accountId, now)) return this.rateLimitResponse();
    return { status: 200, headers: this.headers(), body: await this.tokens.issuePair(user.username, accountId, now) };
  }

  private async refresh(request: SandboxRequest, now: number): Promise<SandboxResponse> {
    const caller = await this.authenticate(request, 'refresh', now);
    if (!caller.ok) return caller.response;
    if (!this.limiter.tryAcquire(caller.accountId, now)) return this.rateLimitResponse();
    // Checked again after the await above: of two concurrent refreshes with one token, only the first wins.
    if (!this.tokens.consume(caller.jti)) return this.unauthorised(INVALID_TOKEN, now);
    return { status: 200, headers: this.headers(), body: await this.tokens.issuePair(caller.user, caller.accountId, now) };
  }

  private async authenticate(request: SandboxRequest, type: TokenType, now: number): Promise<Authenticated> {
    const header = request.headers['x-authorization'] ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return { ok: false, response: this.unauthorised(INVALID_TOKEN, now) };
    const verification = await this.tokens.verify(match[1], type, now);
    if (!verification.ok) {
      return { ok: false, response: this.unauthorised(verification.reason === 'expired' ? TOKEN_EXPIRED : INVALID_TOKEN, now) };
    }
    return { ok: true, user: verification.claims.sub, accountId: verification.claims.acc, jti: verification.claims.jti };
  }

  private unauthorised(description: string, now: number): SandboxResponse {
    return this.answer({ code: '401', status: 401, description }, now);
  }

  private answer(result: Outcome, now: number): SandboxResponse {
    return toEnvelope(result, now, this.headers());
  }

  /** `X-Rate-Limit-TPS` on every answer while a limit is set; with the limit off there is nothing to announce. */
  private headers(): Record<string, string> {
    return this.limiter.tps > 0 ? { 'X-Rate-Limit-TPS': String(this.limiter.tps) } : {};
  }
}

function seed(size: SftOptions['size']): SftState {
  return size === 'large' ? largeSeed() : smallSeed();
}
