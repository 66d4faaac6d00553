// Writes are never retried blindly. When the answer leaves it open whether a write happened (SFT 10239/10240,
// a timeout, a dropped connection, a server error, an answer that is not the vendor's format), the remote is
// read back — by id for an update or delete, by the document's identity for a create, since an SFT create
// that ends in 10239/10240 gives no id — and the person learns what the remote now holds.
import { scrubSecrets } from '../http/knownSecrets';
import { RemoteError, type ApiRequest, type CallOptions, type WriteOutcome } from '../http/types';
import type { PlatformClient, WritePlan } from './resourceKind';

/** A plan as kinds make it: it remembers the document it was planned from, to tell "not applied" apart. */
export interface VerifiableWritePlan<TDocument> extends WritePlan {
  /** The remote's document when the update was planned. */
  readonly before?: TDocument;
}

/** What verification needs from a kind. */
export interface WriteChannel<TRemote, TDocument> {
  /** `roaming profile`, `region`… as it reads inside a sentence. */
  readonly singular: string;
  /** Sends one request; resolves with the created object's id when the answer carries one. */
  send(client: PlatformClient, request: ApiRequest, plan: WritePlan, options?: CallOptions): Promise<string | undefined>;
  get(client: PlatformClient, id: string, options?: CallOptions): Promise<TRemote | undefined>;
  /** The object a create would have made, found by what identifies it besides the id (name; names + network…). */
  findCreated(client: PlatformClient, document: TDocument, options?: CallOptions): Promise<TRemote | undefined>;
  idOf(remote: TRemote): string;
  /** True when the remote holds exactly what the document says. */
  holds(remote: TRemote, document: TDocument): boolean;
}

export async function executeVerified<TRemote, TDocument>(
  channel: WriteChannel<TRemote, TDocument>,
  client: PlatformClient,
  plan: VerifiableWritePlan<TDocument>,
  document: TDocument | undefined,
  options?: CallOptions,
): Promise<WriteOutcome> {
  let createdId: string | undefined;
  try {
    for (const request of plan.requests) createdId = (await channel.send(client, request, plan, options)) ?? createdId;
  } catch (error) {
    if (!(error instanceof RemoteError) || !error.writeMayHaveHappened) throw error;
    return verifyAfterAmbiguity(channel, client, plan, document, error, options);
  }
  const id = plan.id ?? createdId ?? await idOfCreated(channel, client, plan, document, options);
  return { status: 'applied', ...(id !== undefined && { id }), message: doneMessage(channel, plan, id) };
}

async function idOfCreated<TRemote, TDocument>(
  channel: WriteChannel<TRemote, TDocument>, client: PlatformClient, plan: WritePlan, document: TDocument | undefined, options?: CallOptions,
): Promise<string | undefined> {
  if (plan.action !== 'create' || document === undefined) return undefined;
  try {
    const found = await channel.findCreated(client, document, options);
    return found === undefined ? undefined : channel.idOf(found);
  } catch {
    return undefined;
  }
}

function doneMessage(channel: WriteChannel<unknown, unknown>, plan: WritePlan, id: string | undefined): string {
  const what = `${channel.singular} "${plan.name}"`;
  switch (plan.action) {
    case 'create': return id === undefined ? `Created ${what}.` : `Created ${what} (id ${id}).`;
    case 'update': return `Updated ${what}.`;
    case 'delete': return `Deleted ${what}.`;
  }
}

/**
 * True when the request may still be in flight on the vendor's side: we stopped waiting (a timeout), the
 * connection broke, or a gateway gave up on the backend (502, 504). Then a read-back that finds nothing, or
 * finds the object unchanged, proves nothing yet — the write can land minutes later — so the outcome is
 * unknown, never "not applied". After the vendor's own answer (SFT 10239/10240, whose documented procedure is
 * exactly this read-back, or a 500 from the application itself) the read-back is conclusive.
 */
function mayStillLand(error: RemoteError): boolean {
  return error.kind === 'timeout' || error.kind === 'dropped'
    || (error.kind === 'server' && (error.details.status === 502 || error.details.status === 504));
}

/**
 * How long a write whose answer never came is waited for before it is sent again: well beyond the longest request
 * timeout (180 s), for a vendor that finishes a write long after the connection is gone. Plan and the editor both
 * wait this long for an unconfirmed create to appear before creating the object a second time.
 */
export const UNCONFIRMED_WRITE_WAIT_MS = 15 * 60_000;

/** What to do after an unconfirmed write: look again later, not now. */
const LOOK_AGAIN = 'the server may still apply it, so look again in a few minutes before sending it again';

/** How the ambiguous answer reads inside a sentence. */
export function describeAmbiguity(error: RemoteError): string {
  switch (error.kind) {
    case 'verify-completion': return `the platform answered ${error.code ?? 'verify completion'} (verify completion)`;
    case 'timeout': return 'no answer came in time';
    case 'dropped': return 'the connection dropped before an answer came';
    case 'server': return error.code ? `the server failed with ${error.code}` : 'the server failed';
    default: return 'the answer was not in the platform\'s format';
  }
}

async function verifyAfterAmbiguity<TRemote, TDocument>(
  channel: WriteChannel<TRemote, TDocument>,
  client: PlatformClient,
  plan: VerifiableWritePlan<TDocument>,
  document: TDocument | undefined,
  ambiguity: RemoteError,
  options?: CallOptions,
): Promise<WriteOutcome> {
  const what = `${channel.singular} "${plan.name}"`;
  const why = describeAmbiguity(ambiguity);
  // The message may quote the read-back's failure, which need not be a (scrubbed) RemoteError.
  const outcome = (status: WriteOutcome['status'], message: string, id?: string): WriteOutcome =>
    ({ status, message: scrubSecrets(message), ambiguity, ...(id !== undefined && { id }) });

  let remote: TRemote | undefined;
  try {
    if (plan.action === 'create') {
      if (document === undefined) return outcome('unknown', `${capitalise(why)} and there was no document to look the new ${what} up by: check the list before creating it again.`);
      remote = await channel.findCreated(client, document, options);
    } else {
      if (plan.id === undefined) return outcome('unknown', `${capitalise(why)} and the ${what} has no id to read it back by: check it on the platform.`);
      remote = await channel.get(client, plan.id, options);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return outcome('unknown', `${capitalise(why)}, and reading the ${what} back failed too (${reason}): check it on the platform before pushing again.`, plan.id);
  }

  const inFlight = mayStillLand(ambiguity);
  switch (plan.action) {
    case 'delete':
      if (remote === undefined) return outcome('applied', `Deleted ${what}: ${why}, but reading it back shows it is gone.`, plan.id);
      return inFlight
        ? outcome('unknown', `${capitalise(why)} and the ${what} still exists for now: ${LOOK_AGAIN}.`, plan.id)
        : outcome('not-applied', `${capitalise(why)} and the ${what} still exists: nothing was deleted; delete it again if you still want to.`, plan.id);
    case 'create': {
      if (remote === undefined) {
        return inFlight
          ? outcome('unknown', `${capitalise(why)} and no ${what} exists yet: it may still be created — ${LOOK_AGAIN}.`)
          : outcome('not-applied', `${capitalise(why)} and no ${what} exists: nothing was created; push again to create it.`);
      }
      const id = channel.idOf(remote);
      return document !== undefined && channel.holds(remote, document)
        ? outcome('applied', `Created ${what} (id ${id}): ${why}, but reading it back shows it was created as the document says.`, id)
        : outcome('unknown', `${capitalise(why)}; a ${what} exists (id ${id}) but differs from the document: open it and compare before pushing again.`, id);
    }
    case 'update': {
      if (remote === undefined) {
        return outcome('unknown', `${capitalise(why)} and the ${what} no longer exists: someone may have deleted it; reload the list.`, plan.id);
      }
      if (document !== undefined && channel.holds(remote, document)) {
        return outcome('applied', `Updated ${what}: ${why}, but reading it back shows the change was applied.`, plan.id);
      }
      if (plan.before !== undefined && channel.holds(remote, plan.before)) {
        return inFlight
          ? outcome('unknown', `${capitalise(why)} and the ${what} is unchanged for now: ${LOOK_AGAIN}.`, plan.id)
          : outcome('not-applied', `${capitalise(why)} and the ${what} is unchanged: nothing was applied; push again when ready.`, plan.id);
      }
      return outcome('unknown', `${capitalise(why)}; the ${what} now differs from both the document and what it was before: reload it and compare before pushing again.`, plan.id);
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
