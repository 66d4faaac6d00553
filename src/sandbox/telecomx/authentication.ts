// Who is calling: the token travels in the `token` query parameter (every wiki example passes it there), or in
// the `token` cookie for a login that asked for `cookie: true`. A query token wins when both are present.
// No Authorization header (README "Authentication").
import type { SandboxRequest, SandboxResponse } from '../server/types';
import { expiredToken, missingToken } from './errors';
import type { IssuedToken, TokenStore } from './tokens';

export type Authentication = { readonly ok: true; readonly token: IssuedToken } | { readonly ok: false; readonly response: SandboxResponse };

export function authenticate(request: SandboxRequest, tokens: TokenStore): Authentication {
  const fromQuery = request.query.get('token');
  if (fromQuery) return checked(tokens, fromQuery, false);
  const fromCookie = cookieValue(request.headers.cookie, 'token');
  if (fromCookie) return checked(tokens, fromCookie, true);
  return { ok: false, response: missingToken() };
}

function checked(tokens: TokenStore, token: string, cameAsCookie: boolean): Authentication {
  const check = tokens.check(token);
  if (check.kind === 'expired') return { ok: false, response: expiredToken() };
  // An unknown or logged-out token is as good as none; so is a cookie the login never offered to set.
  if (check.kind === 'unknown' || (cameAsCookie && !check.token.cookieAllowed)) return { ok: false, response: missingToken() };
  return { ok: true, token: check.token };
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) return decodedCookie(pair.slice(separator + 1).trim());
  }
  return undefined;
}

function decodedCookie(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
