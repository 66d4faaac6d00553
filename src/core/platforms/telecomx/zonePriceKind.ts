// The three older TelecomX price collections (voice, text, data) keyed by the zone the phone stays in, built
// from one description each (voicePrice.ts, textPrice.ts, dataPrice.ts). Creates send every field; updates
// only the changed price fields; the zone identity (stayingRegion, and for voice calledRegion and direction)
// never changes on an existing object (contract, "Voice, text and data prices").
import { hasAtLeast, type TelecomxAccessLevel } from './accessLevels';
import type { CallOptions } from '../../http/types';
import { RemoteError } from '../../http/types';
import { asText, isJsonObject, sameJson, withoutUndefined, type JsonObject } from '../documentValues';
import { fieldList } from '../presentation';
import { refuseBeforeSending, throwOnErrors } from '../refusal';
import type { DocumentProblem, ItemPresentation, PlatformClient, PresentationContext, ResourceKind, WritePlan } from '../resourceKind';
import { executeVerified, type VerifiableWritePlan, type WriteChannel } from '../verifiedWrite';
import { readTelecomxAnswer } from './errors';
import { checkPriceTriples, describePrice, priceLines, type PriceTripleFields } from './prices';
import { getTelecomxObject, sendTelecomxWrite } from './responses';

export const STAYING_REGIONS = ['NORDIC', 'EU', 'REST_OF_EUROPE', 'WORLD1', 'WORLD2', 'WORLD3'] as const;
export const CALLED_REGIONS = ['HOMELAND', ...STAYING_REGIONS] as const;
export const DIRECTIONS = ['OUT', 'IN'] as const;

/** A zone price as the API answers it: identity fields plus numeric price fields. */
export interface ZonePrice {
  readonly _id: string;
  readonly stayingRegion: string;
  readonly calledRegion?: string;
  readonly direction?: string;
  readonly [priceField: string]: string | number | undefined;
}

export type ZonePriceDocument = Omit<ZonePrice, '_id'>;

export interface ZonePriceSpec {
  readonly slug: 'voice-price' | 'text-price' | 'data-price';
  readonly folder: string;
  /** `/roaming/voice`… */
  readonly collection: string;
  readonly singular: string;
  readonly plural: string;
  readonly icon: string;
  /** As they read in a sentence: `voice price`. */
  readonly inSentence: string;
  /** Voice: `direction` and, for OUT, `calledRegion`. */
  readonly hasDirection: boolean;
  /** Every price field, in document order. */
  readonly priceFields: readonly string[];
  /** The price triples with their labels, for checks and tooltips. */
  readonly triples: readonly { readonly label: string; readonly fields: PriceTripleFields }[];
  /** The short key fact for the tree (`0.07 per SMS`). */
  /** The price in a few words, amounts in `currency` when known. */
  describe(price: ZonePriceDocument, currency?: string): string;
  /** Defaults for a new document. */
  readonly newDocument: ZonePriceDocument;
}

export function zonePriceKind(spec: ZonePriceSpec): ResourceKind<ZonePrice, ZonePriceDocument> {
  const identityFields = spec.hasDirection ? ['stayingRegion', 'calledRegion', 'direction'] as const : ['stayingRegion'] as const;

  /** Stable key order: identity, then the price fields in the wiki's order. */
  function ordered(source: ZonePriceDocument): ZonePriceDocument {
    const identity: JsonObject = { stayingRegion: source.stayingRegion };
    if (spec.hasDirection) {
      identity.calledRegion = source.calledRegion;
      identity.direction = source.direction;
    }
    const prices = Object.fromEntries(spec.priceFields.map((field) => [field, source[field]]));
    return withoutUndefined({ ...identity, ...prices }) as ZonePriceDocument;
  }

  function nameOf(price: ZonePriceDocument): string {
    if (!spec.hasDirection) return asText(price.stayingRegion);
    return price.direction === 'IN' ? `${asText(price.stayingRegion)}, incoming` : `${asText(price.stayingRegion)} → ${asText(price.calledRegion)}`;
  }

  const sameIdentity = (left: ZonePriceDocument, right: ZonePriceDocument): boolean =>
    identityFields.every((field) => asText(left[field]) === asText(right[field]));

  function toPrice(object: JsonObject): ZonePrice {
    return { ...(object as ZonePrice), _id: asText(object._id) };
  }

  async function listDirection(client: PlatformClient, direction: string | undefined, options?: CallOptions): Promise<ZonePrice[]> {
    const answer = await client.call({ method: 'GET', path: spec.collection, ...(direction && { query: { direction } }) }, options);
    const body = readTelecomxAnswer(answer);
    if (!Array.isArray(body)) throw new RemoteError('protocol', `TelecomX answered ${spec.collection} with something that is not a list`);
    return body.filter(isJsonObject).map(toPrice);
  }

  async function listAll(client: PlatformClient, options?: CallOptions): Promise<ZonePrice[]> {
    if (!spec.hasDirection) return listDirection(client, undefined, options);
    // The voice list answers one direction at a time (OUT unless asked).
    const outgoing = await listDirection(client, 'OUT', options);
    const incoming = await listDirection(client, 'IN', options);
    return [...outgoing, ...incoming];
  }

  async function get(client: PlatformClient, id: string, options?: CallOptions): Promise<ZonePrice | undefined> {
    const object = await getTelecomxObject(client, spec.collection, id, options);
    return object && toPrice(object);
  }

  function toDocument(remote: ZonePrice): ZonePriceDocument {
    return ordered(remote);
  }

  function checkDocument(document: ZonePriceDocument, remote: ZonePrice | undefined): DocumentProblem[] {
    const problems: DocumentProblem[] = [];
    const error = (pointer: string, code: string, message: string): void => { problems.push({ pointer, severity: 'error', code, message }); };
    if (!(STAYING_REGIONS as readonly string[]).includes(asText(document.stayingRegion))) {
      error('/stayingRegion', 'stayingRegion-unknown', `stayingRegion is one of ${STAYING_REGIONS.join(', ')}.`);
    }
    if (spec.hasDirection) {
      const direction = asText(document.direction);
      if (!(DIRECTIONS as readonly string[]).includes(direction)) {
        error('/direction', 'direction-unknown', 'direction is "OUT" (calls made while staying in the zone) or "IN" (calls received).');
      } else if (direction === 'OUT' && document.calledRegion === undefined) {
        error('/direction', 'calledRegion-missing', `An outgoing (OUT) voice price needs calledRegion: one of ${CALLED_REGIONS.join(', ')}.`);
      } else if (direction === 'IN' && document.calledRegion !== undefined) {
        error('/calledRegion', 'calledRegion-superfluous', 'An incoming (IN) voice price has no calledRegion: leave it out.');
      }
      if (document.calledRegion !== undefined && !(CALLED_REGIONS as readonly string[]).includes(asText(document.calledRegion))) {
        error('/calledRegion', 'calledRegion-unknown', `calledRegion is one of ${CALLED_REGIONS.join(', ')}.`);
      }
    }
    if (remote) {
      for (const field of identityFields) {
        if (asText(document[field]) !== asText(remote[field])) {
          error(`/${field}`, `${field}-fixed`, `${field} of an existing ${spec.inSentence} cannot be changed: put back ${remote[field] === undefined ? 'nothing' : `"${asText(remote[field])}"`}, or create a new ${spec.inSentence} for that zone.`);
        }
      }
    }
    for (const field of spec.priceFields) {
      const value = document[field];
      // A price the account cannot see (cost below ADMIN, wholesale below RESELLER) is absent from the remote
      // too: leaving it out of an edit is fine; a create needs every field.
      const required = remote === undefined || remote[field] !== undefined;
      if (value === undefined ? required : typeof value !== 'number' || !Number.isFinite(value)) {
        error(`/${field}`, 'price-missing', `${field} is required, a number of 0 or more.`);
      }
    }
    for (const triple of spec.triples) problems.push(...checkPriceTriples(document, '', [triple.fields]));
    return problems;
  }

  function planCreate(document: ZonePriceDocument): WritePlan {
    throwOnErrors(checkDocument(document, undefined));
    const wanted = ordered(document);
    return {
      kind: spec.slug,
      action: 'create',
      name: nameOf(wanted),
      requests: [{ method: 'POST', path: spec.collection, body: wanted }],
      summary: `Create ${spec.inSentence} for ${nameOf(wanted)}`,
    };
  }

  function planUpdate(id: string, remote: ZonePrice, document: ZonePriceDocument): VerifiableWritePlan<ZonePriceDocument> | undefined {
    const before = toDocument(remote);
    const wanted = ordered(document);
    if (sameJson(before, wanted)) return undefined;
    const fixed = checkDocument(document, remote).find((problem) => problem.code?.endsWith('-fixed'));
    if (fixed) throw refuseBeforeSending(fixed.message, { pointer: fixed.pointer, code: fixed.code });
    throwOnErrors(checkDocument(document, remote));
    const changed = spec.priceFields.filter((field) => wanted[field] !== before[field]);
    return {
      kind: spec.slug,
      action: 'update',
      id,
      name: nameOf(remote),
      before,
      requests: [{ method: 'POST', path: `${spec.collection}/${id}`, body: Object.fromEntries(changed.map((field) => [field, wanted[field]])) }],
      summary: `Change ${changed.join(', ')} of the ${spec.inSentence} for ${nameOf(remote)}`,
    };
  }

  function planDelete(id: string, remote: ZonePrice | undefined): WritePlan {
    const name = remote ? nameOf(remote) : id;
    return {
      kind: spec.slug,
      action: 'delete',
      id,
      name,
      requests: [{ method: 'DELETE', path: `${spec.collection}/${id}` }],
      summary: `Delete the ${spec.inSentence} for ${name} (${id})`,
    };
  }

  function present(remote: ZonePrice, context: PresentationContext = {}): ItemPresentation {
    const lines = spec.triples.flatMap((triple) => priceLines(triple.label, remote, triple.fields, context.currency));
    return {
      label: nameOf(remote),
      // The price first: the 24-digit id is cut off in a narrow sidebar.
      description: `${spec.describe(remote, context.currency)} · ${remote._id}`,
      tooltip: [
        fieldList(`${spec.singular}: ${nameOf(remote)}`, [
          ['Id', `\`${remote._id}\``],
          ['Staying in', asText(remote.stayingRegion)],
          ['Called', remote.calledRegion === undefined ? undefined : asText(remote.calledRegion)],
          ['Direction', remote.direction === undefined ? undefined : asText(remote.direction)],
        ]),
        '',
        ...lines,
      ].join('\n'),
    };
  }

  const channel: WriteChannel<ZonePrice, ZonePriceDocument> = {
    singular: spec.inSentence,
    send: (client, request, _plan, options) => sendTelecomxWrite(client, request, request.body, options),
    get,
    async findCreated(client, document, options) {
      // One entry per zone (409 otherwise), so the zone identifies a created price.
      const direction = spec.hasDirection ? asText(document.direction) || 'OUT' : undefined;
      const candidates = await listDirection(client, direction, options);
      return candidates.find((price) => sameIdentity(price, document));
    },
    idOf: (remote) => remote._id,
    holds: (remote, document) => sameJson(toDocument(remote), ordered(document)),
  };

  return {
    slug: spec.slug,
    platform: 'telecomx',
    folder: spec.folder,
    singular: spec.singular,
    plural: spec.plural,
    icon: spec.icon,
    pagedRemotely: false,
    // Reads from VIEWER up (some price fields hidden below RESELLER and ADMIN), every write ADMIN.
    access: { read: 'VIEWER', write: 'ADMIN', hasAtLeast: (level, needed) => hasAtLeast(level, needed as TelecomxAccessLevel) },
    // Prices name zones (NORDIC, EU…), not regions by id.
    references: [],
    requestBodies: [
      { schema: `create-${spec.slug}`, pointerPrefix: '', role: 'create' },
      { schema: `update-${spec.slug}`, pointerPrefix: '', role: 'change' },
    ],
    async list(client, _query, options) {
      return { items: await listAll(client, options) };
    },
    get,
    idOf: (remote) => remote._id,
    nameOf,
    // One entry per zone: the zone fields are the identity (the API answers 409 to a second one).
    identityOf: (document) => JSON.stringify(identityFields.map((field) => asText(document[field]))),
    present,
    toDocument,
    newDocument: () => ({ ...spec.newDocument }),
    checkDocument,
    planCreate,
    planUpdate,
    planDelete,
    execute: (client, plan, document, options) => executeVerified(channel, client, plan, document, options),
  };
}

/** `0.07 (cost 0.05, margin …)` or just the price when cost is hidden: the key fact of a simple triple. */
export function simplePriceFact(price: ZonePriceDocument, unit: string, currency?: string): string {
  const described = describePrice(price.price, undefined, currency);
  return described === undefined ? 'no price' : `${described} ${unit}`;
}
