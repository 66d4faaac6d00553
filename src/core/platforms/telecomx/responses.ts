// Small shared pieces of the TelecomX kinds: id format, reading an object by id (404 = not there), and the
// write channel's sending step.
import type { ApiRequest, CallOptions } from '../../http/types';
import { RemoteError } from '../../http/types';
import { isJsonObject, type JsonObject } from '../documentValues';
import type { PlatformClient } from '../resourceKind';
import { readTelecomxAnswer } from './errors';

/** TelecomX ids are 24 hex characters (MongoDB ObjectIds). */
export const OBJECT_ID = /^[0-9a-fA-F]{24}$/;

/** The object at `path/ID`, or `undefined` when the id cannot exist or the API answers 404. */
export async function getTelecomxObject(client: PlatformClient, collectionPath: string, id: string, options?: CallOptions): Promise<JsonObject | undefined> {
  if (!OBJECT_ID.test(id)) return undefined;
  const answer = await client.call({ method: 'GET', path: `${collectionPath}/${id.toLowerCase()}` }, options);
  if (answer.status === 404) return undefined;
  const body = readTelecomxAnswer(answer);
  if (!isJsonObject(body)) throw new RemoteError('protocol', `TelecomX answered ${collectionPath}/${id} with something that is not an object`);
  return body;
}

/** Sends a write; resolves with the id of the object the answer carries (creates and updates answer it). */
export async function sendTelecomxWrite(client: PlatformClient, request: ApiRequest, document: unknown, options?: CallOptions): Promise<string | undefined> {
  const body = readTelecomxAnswer(await client.call(request, options), document);
  return isJsonObject(body) && typeof body._id === 'string' ? body._id : undefined;
}
