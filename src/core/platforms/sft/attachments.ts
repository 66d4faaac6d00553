// A delete refused because something still uses the object (1210, 1211, 10040, 10041, 1338) is only useful
// if it says what: the ratezone list and the rate plans name it, so the refusal is rewritten to
// "Roaming profile 3017 is attached to ratezone RZ-EU (id 55)".
import { RemoteError, type CallOptions } from '../../http/types';
import type { PlatformClient } from '../resourceKind';
import { listRatePlans, listRateZones, type RatePlanRow, type RateZoneRow } from './lookups';

export interface AttachmentSubject {
  /** `Roaming profile`, `Destination group`, `Service profile`. */
  readonly label: string;
  readonly id: string;
}

type Holder = { readonly what: 'ratezone' | 'plan'; readonly name: string; readonly id: string };

const RATEZONE_CODES: Readonly<Record<string, (zone: RateZoneRow, id: string) => boolean>> = {
  '1210': (zone, id) => zone.roamingProfileId === id,
  '10041': (zone, id) => zone.destGroupId === id,
};

const PLAN_CODES: Readonly<Record<string, (plan: RatePlanRow, id: string) => boolean>> = {
  '1211': (plan, id) => plan.roamingProfileId === id,
  '10040': (plan, id) => plan.destinationGroup === id,
  '1338': (plan, id) => plan.serviceProfile === id,
};

export function isAttachmentRefusal(error: unknown): error is RemoteError {
  return error instanceof RemoteError && error.code !== undefined && (error.code in RATEZONE_CODES || error.code in PLAN_CODES);
}

/**
 * The same refusal, naming the ratezones or plans that hold the subject. When the lookup fails or finds
 * nothing, the original refusal (with the seeds' next step) is returned unchanged.
 */
export async function explainAttachment(
  client: PlatformClient, error: RemoteError, subject: AttachmentSubject, options?: CallOptions,
): Promise<RemoteError> {
  const code = error.code ?? '';
  let holders: Holder[];
  try {
    holders = await findHolders(client, code, subject.id, options);
  } catch {
    return error;
  }
  if (holders.length === 0) return error;
  const what = holders[0].what;
  const names = holders.map((holder) => `${holder.name} (id ${holder.id})`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const plural = holders.length === 1 ? what : `${what}s`;
  const nextStep = `detach it from the ${plural} or delete the ${plural} first, then delete again`;
  const message = `${subject.label} ${subject.id} is attached to ${plural} ${list} — ${nextStep}`;
  return new RemoteError(error.kind, message, { ...error.details, nextStep });
}

async function findHolders(client: PlatformClient, code: string, id: string, options?: CallOptions): Promise<Holder[]> {
  const zoneMatch = RATEZONE_CODES[code];
  if (zoneMatch) {
    const zones = await listRateZones(client, options);
    return zones.filter((zone) => zoneMatch(zone, id)).map((zone) => ({ what: 'ratezone', name: zone.name, id: zone.id }));
  }
  const planMatch = PLAN_CODES[code];
  if (planMatch) {
    const plans = await listRatePlans(client, {}, options);
    return plans.filter((plan) => planMatch(plan, id)).map((plan) => ({ what: 'plan', name: plan.planName, id: plan.planId }));
  }
  return [];
}
