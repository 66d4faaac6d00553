// The TelecomX simulator behind the sandbox's HTTP server. A request goes through, in order: route (404
// `not_found`, 400 missing id), token (401), access level (403), id (404 `id`), then the operation's own checks
// (400 body, 422, 409) — README "Transport" fixes this order so every failure has one predictable answer.
import type { LiveSettings, SandboxRequest, SandboxResponse, VendorSimulator } from '../server/types';
import { ACCESS_LEVELS, hasAtLeast, type AccessLevel } from './accessLevels';
import { REQUIRED_LEVEL } from './accessRules';
import { authenticate } from './authentication';
import { login, logout } from './authRoutes';
import { accessDenied, bodyNotJson, expiredToken, internalError, okResponse, tooManyRequests } from './errors';
import { isJsonObject } from './plainValues';
import { createRegion, deleteRegion, findRegion, listRegions, regionNotFound, updateRegion } from './regionRoutes';
import { matchRoute, type ResourceAction } from './router';
import { buildSeed, type SeedSize } from './seed';
import { parseTelecomxState } from './stateImport';
import { TelecomxStore } from './store';
import { TokenStore } from './tokens';
import { SANDBOX_USERS, type SandboxUser } from './users';
import { ZONE_PRICE_KINDS, type ZonePriceKind } from './zonePriceKinds';
import {
  createZonePrice,
  deleteZonePrice,
  findZonePrice,
  listZonePrices,
  showZonePrice,
  updateZonePrice,
  zonePriceNotFound,
} from './zonePriceRoutes';

export interface TelecomxOptions {
  readonly size: SeedSize;
  /** Lifetime of a new token; 15 on the real platform. */
  readonly tokenTtlMinutes: number;
  /** Clock in epoch ms; tests inject one to expire tokens without waiting. */
  readonly now?: () => number;
}

export class TelecomxSimulator implements VendorSimulator {
  readonly vendor = 'telecomx' as const;
  private readonly store: TelecomxStore;
  private readonly tokens: TokenStore;
  private tokenTtlMinutes: number;
  private addedUsers: SandboxUser[] = [];

  constructor(private readonly options: TelecomxOptions) {
    this.tokenTtlMinutes = checkedTokenTtl(options.tokenTtlMinutes);
    this.store = new TelecomxStore(buildSeed(options.size));
    this.tokens = new TokenStore(options.now ?? Date.now);
  }

  handle(request: SandboxRequest): SandboxResponse {
    const route = matchRoute(request.method, request.path);
    if (route.kind === 'refused') return route.response;
    if (route.kind === 'login') return login(request, this.tokens, this.tokenTtlMinutes, [...this.addedUsers, ...SANDBOX_USERS]);
    const authentication = authenticate(request, this.tokens);
    if (!authentication.ok) return authentication.response;
    if (route.kind === 'logout') return logout(authentication.token, this.tokens);
    const level = authentication.token.user.accessLevel;
    if (!hasAtLeast(level, REQUIRED_LEVEL[route.resource][route.action])) return accessDenied();
    if (route.resource === 'region') return this.handleRegion(route.action, route.rawId, request, level);
    return this.handleZonePrice(ZONE_PRICE_KINDS[route.resource], route.action, route.rawId, request, level);
  }

  private handleRegion(action: ResourceAction, rawId: string | undefined, request: SandboxRequest, level: AccessLevel): SandboxResponse {
    if (action === 'list') return listRegions(request.query, this.store, level);
    if (action === 'create') return createRegion(request.body, this.store);
    const region = findRegion(this.store, rawId ?? '');
    if (!region) return regionNotFound();
    if (action === 'update') return updateRegion(region, request.body, this.store);
    if (action === 'delete') return deleteRegion(region, this.store);
    return okResponse(region);
  }

  private handleZonePrice(
    kind: ZonePriceKind,
    action: ResourceAction,
    rawId: string | undefined,
    request: SandboxRequest,
    level: AccessLevel,
  ): SandboxResponse {
    if (action === 'list') return listZonePrices(request.query, kind, this.store, level);
    if (action === 'create') return createZonePrice(request.body, kind, this.store);
    const record = findZonePrice(this.store, kind, rawId ?? '');
    if (!record) return zonePriceNotFound(kind);
    if (action === 'update') return updateZonePrice(record, request.body, kind, this.store);
    if (action === 'delete') return deleteZonePrice(record, kind, this.store);
    return showZonePrice(record, kind, level);
  }

  malformedBodyResponse(): SandboxResponse {
    return bodyNotJson();
  }

  expiredTokenResponse(): SandboxResponse {
    return expiredToken();
  }

  /** TelecomX documents no rate limit; this is only what the `rate-limit` fault sends. */
  rateLimitResponse(): SandboxResponse {
    return tooManyRequests();
  }

  internalErrorResponse(): SandboxResponse {
    return internalError();
  }

  /** `422 names.language`, `401 expired`…: the status and the short code, for the request log. */
  describeOutcome(response: SandboxResponse): string | undefined {
    const body = response.body;
    return isJsonObject(body) && typeof body.error === 'string' ? `${response.status} ${body.error}` : undefined;
  }

  exportState(): unknown {
    return this.store.export();
  }

  importState(state: unknown): void {
    this.store.replace(parseTelecomxState(state));
  }

  reset(): void {
    this.store.replace(buildSeed(this.options.size));
    this.tokens.clear();
    this.addedUsers = [];
  }

  addUser(user: { readonly username: string; readonly password: string; readonly accessLevel?: string }): void {
    const accessLevel = user.accessLevel ?? 'ADMIN';
    if (!(ACCESS_LEVELS as readonly string[]).includes(accessLevel)) throw new Error(`unknown access level "${accessLevel}"; one of ${ACCESS_LEVELS.join(', ')}`);
    const username = user.username.trim().toLowerCase();
    const number = String(100 + this.addedUsers.length).padStart(12, '0');
    this.addedUsers = [
      {
        username, password: user.password, accessLevel: accessLevel as AccessLevel, name: username, customerName: 'Sandbox test customer',
        employee: `5e1a${number}00000000`, customer: '5e1b00000000000000000001',
      },
      ...this.addedUsers.filter((existing) => existing.username !== username),
    ];
  }

  applySettings(settings: LiveSettings): void {
    // Keys of the other vendor (`tps`, …) are not ours to refuse.
    if (settings.tokenTtlMinutes !== undefined) this.tokenTtlMinutes = checkedTokenTtl(settings.tokenTtlMinutes);
  }

  expireAllTokens(): void {
    this.tokens.expireAll();
  }
}

/** A new lifetime applies to tokens issued from then on; issued tokens keep the expiry they were given. */
function checkedTokenTtl(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`tokenTtlMinutes must be a number of minutes greater than 0 (got ${JSON.stringify(value)})`);
  }
  return value;
}
