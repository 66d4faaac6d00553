// `/auth/login` and `/auth/logout` (README "Authentication").
import type { SandboxRequest, SandboxResponse } from '../server/types';
import { bodyNotAnObject, errorResponse, okResponse } from './errors';
import { isJsonObject } from './plainValues';
import type { IssuedToken, TokenStore } from './tokens';
import { findUser, type SandboxUser } from './users';

/** What a login reads, whichever way it came (JSON body for POST, query string for GET). */
interface LoginParameters {
  readonly username: unknown;
  readonly password: unknown;
  readonly cookie: unknown;
  readonly persist: unknown;
}

export function login(request: SandboxRequest, tokens: TokenStore, tokenTtlMinutes: number, users: readonly SandboxUser[]): SandboxResponse {
  let parameters: LoginParameters;
  if (request.method === 'GET') {
    const query = request.query;
    parameters = { username: query.get('username'), password: query.get('password'), cookie: query.get('cookie'), persist: query.get('persist') };
  } else if (request.body === undefined || isJsonObject(request.body)) {
    const body = request.body ?? {};
    parameters = { username: body.username, password: body.password, cookie: body.cookie, persist: body.persist };
  } else {
    return bodyNotAnObject();
  }
  const { username, password } = parameters;
  if (typeof username !== 'string' || username === '' || typeof password !== 'string' || password === '') {
    return errorResponse(400, 'bad_request', 'Username and password are required');
  }
  const user = findUser(username, users);
  if (!user || user.password !== password) return errorResponse(401, 'credentials_invalid', 'Invalid username or password');

  const persist = isTrue(parameters.persist);
  const cookie = isTrue(parameters.cookie);
  const lifetimeMinutes = persist ? undefined : tokenTtlMinutes;
  const issued = tokens.issue(user, lifetimeMinutes, cookie);
  const body = {
    token: issued.token,
    expiresInMinutes: persist ? -1 : tokenTtlMinutes,
    employee: user.employee,
    customer: user.customer,
    accessLevel: user.accessLevel,
    name: user.name,
    customerName: user.customerName,
  };
  return cookie ? okResponse(body, { 'set-cookie': tokenCookie(issued, lifetimeMinutes) }) : okResponse(body);
}

/** Every token of the user stops working, not only the one presented (the logout page says so). */
export function logout(token: IssuedToken, tokens: TokenStore): SandboxResponse {
  tokens.revokeAllOf(token.user.username);
  const clearCookie = 'token=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0';
  return token.cookieAllowed ? okResponse({ success: true }, { 'set-cookie': clearCookie }) : okResponse({ success: true });
}

/** The wiki's examples send `cookie: 0`; a query string can only send text. */
function isTrue(value: unknown): boolean {
  return value === true || value === 1 || (typeof value === 'string' && ['true', '1'].includes(value.toLowerCase()));
}

function tokenCookie(issued: IssuedToken, lifetimeMinutes: number | undefined): string {
  const lifetime = lifetimeMinutes === undefined ? '' : `; Max-Age=${Math.round(lifetimeMinutes * 60)}`;
  return `token=${issued.token}; Path=/; HttpOnly; SameSite=Strict${lifetime}`;
}
