// Maps a method and path to what the TelecomX API would do with it. Paths are the wiki's, lower case; one
// trailing slash is tolerated. A method the API does not have on a path is 404 `not_found`, like an unknown
// path (README "Transport").
import type { SandboxResponse } from '../server/types';
import { idMissing, unknownPath } from './errors';
import type { ZonePriceKindName } from './model';
import { isZonePriceKindName } from './zonePriceKinds';

export type ResourceName = 'region' | ZonePriceKindName;
export type ResourceAction = 'list' | 'get' | 'create' | 'update' | 'delete';

export type RouteMatch =
  | { readonly kind: 'login' }
  | { readonly kind: 'logout' }
  | { readonly kind: 'resource'; readonly resource: ResourceName; readonly action: ResourceAction; readonly rawId?: string }
  | { readonly kind: 'refused'; readonly response: SandboxResponse };

const COLLECTION_ACTIONS: Readonly<Record<string, ResourceAction>> = { GET: 'list', POST: 'create' };
const ITEM_ACTIONS: Readonly<Record<string, ResourceAction>> = { GET: 'get', POST: 'update', PUT: 'update', DELETE: 'delete' };

export function matchRoute(method: string, path: string): RouteMatch {
  const segments = path.replace(/\/$/, '').split('/').slice(1);
  const notFound: RouteMatch = { kind: 'refused', response: unknownPath() };
  if (segments.length === 2 && segments[0] === 'auth') {
    if (segments[1] === 'login' && (method === 'GET' || method === 'POST')) return { kind: 'login' };
    if (segments[1] === 'logout' && method === 'GET') return { kind: 'logout' };
    return notFound;
  }
  if (segments[0] !== 'roaming' || segments.length < 2 || segments.length > 3) return notFound;
  const resource = segments[1];
  if (resource !== 'region' && !isZonePriceKindName(resource)) return notFound;
  if (segments.length === 2) {
    const action = COLLECTION_ACTIONS[method];
    if (action) return { kind: 'resource', resource, action };
    // An update or delete aimed at the collection is a request whose id is missing (the wiki's 400).
    return ITEM_ACTIONS[method] ? { kind: 'refused', response: idMissing() } : notFound;
  }
  const action = ITEM_ACTIONS[method];
  if (!action || segments[2] === '') return notFound;
  return { kind: 'resource', resource, action, rawId: segments[2] };
}
