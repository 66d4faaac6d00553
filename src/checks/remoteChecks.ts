// Rules that need the remote: references that must exist (destination group ids, TADIG + categoryGroupId pairs),
// a RAT downgrade of a service profile a plan uses, a second homeland or roam-like-home region on a network.
// The push gate refuses on these errors before anything is sent; the editor shows them as diagnostics.
import type { ConnectionRecord } from '../platforms/connection';
import type { DocumentProblem, PlatformClient, ResourceKind } from '../platforms/resourceKind';
import { findPlansUsingServiceProfile, listDestinationGroupNames, listNetworks } from '../platforms/sft/lookups';
import { ACCESS_TYPE_NAMES, isRatDowngrade } from '../platforms/sft/serviceCodes';
import { regionKind, regionLabel } from '../platforms/telecomx/region';

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? value as Json : undefined);
const asText = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

export interface OpenObject {
  readonly id: string | undefined;
  readonly remote: unknown;
}

export async function checkAgainstRemote(client: PlatformClient, kind: ResourceKind, document: unknown, open: OpenObject | undefined): Promise<DocumentProblem[]> {
  const value = asObject(document);
  if (!value) return [];
  switch (kind.slug) {
    case 'roaming-profile': return checkRoamingProfile(client, value);
    case 'destination-group': return checkDestinationGroup(client, value);
    case 'service-profile': return open?.id !== undefined ? checkServiceProfileChange(client, value, open) : [];
    case 'region': return checkRegionFlags(client, value, open?.id);
    default: return [];
  }
}

async function checkRoamingProfile(client: PlatformClient, document: Json): Promise<DocumentProblem[]> {
  const groupId = asText(document.destinationGroupId);
  // A malformed id, or a reference to a folder file ("@…"), is for the local rules to judge.
  if (groupId === undefined || !/^\d+$/.test(groupId)) return [];
  const groups = await listDestinationGroupNames(client);
  if (groups.some((group) => group.id === groupId)) return [];
  return [{
    pointer: '/destinationGroupId', severity: 'error', code: 'unknown-destination-group',
    message: `Destination group ${groupId} does not exist on ${client.connection.name}. Pick one from GET Destination Group (completion lists them).`,
  }];
}

async function checkDestinationGroup(client: PlatformClient, document: Json): Promise<DocumentProblem[]> {
  const operators = Array.isArray(document.tadigCodeList) ? document.tadigCodeList : [];
  if (operators.length === 0) return [];
  const networks = await listNetworks(client);
  const pairs = new Set(networks.map((network) => `${network.tadigCode.toUpperCase()}/${network.categoryGroupId}`));
  const tadigs = new Map<string, string[]>();
  for (const network of networks) tadigs.set(network.tadigCode.toUpperCase(), [...(tadigs.get(network.tadigCode.toUpperCase()) ?? []), network.categoryGroupId]);
  const problems: DocumentProblem[] = [];
  operators.forEach((entry, index) => {
    const operator = asObject(entry);
    const tadigCode = asText(operator?.tadigCode)?.toUpperCase();
    const categoryGroupId = asText(operator?.categoryGroupId);
    if (!tadigCode || !categoryGroupId || pairs.has(`${tadigCode}/${categoryGroupId}`)) return;
    const suppliers = tadigs.get(tadigCode);
    problems.push(suppliers
      ? {
        pointer: `/tadigCodeList/${index}/categoryGroupId`, severity: 'error', code: 'unknown-category-group',
        message: `${tadigCode} is not offered under supplier ${categoryGroupId} on this account; it is under ${suppliers.join(', ')} (network list lookup).`,
      }
      : {
        pointer: `/tadigCodeList/${index}/tadigCode`, severity: 'error', code: 'unknown-tadig',
        message: `${tadigCode} is not in the account's network list (10042: destination not attached with account).`,
      });
  });
  return problems;
}

async function checkServiceProfileChange(client: PlatformClient, document: Json, open: OpenObject): Promise<DocumentProblem[]> {
  const before = asObject(open.remote);
  const current = asText(before?.accessType);
  const next = asText(document.accessType);
  if (!isRatDowngrade(current, next)) return [];
  const plans = await findPlansUsingServiceProfile(client, open.id ?? '');
  if (plans.length === 0) return [];
  const names = plans.map((plan) => `${plan.planName} (${plan.planId})`).join(', ');
  return [{
    pointer: next === undefined ? '' : '/accessType', severity: 'error', code: 'rat-downgrade',
    message: `The profile is attached to ${names}: its RAT can only go up, not from ${ACCESS_TYPE_NAMES[current ?? ''] ?? current} to ${next ? ACCESS_TYPE_NAMES[next] ?? next : 'none'} (10085).`,
  }];
}

async function checkRegionFlags(client: PlatformClient, document: Json, id: string | undefined): Promise<DocumentProblem[]> {
  const network = asText(document.network);
  const flags = (['homeland', 'roamLikeHome'] as const).filter((flag) => document[flag] === true);
  if (!network || flags.length === 0) return [];
  const others = [];
  let offset: number | undefined = 0;
  while (offset !== undefined) {
    const page = await regionKind.list(client, { offset, limit: 500 });
    others.push(...page.items.filter((region) => region.network === network && region._id !== id));
    offset = page.nextOffset;
  }
  const problems: DocumentProblem[] = [];
  for (const flag of flags) {
    const holder = others.find((region) => region[flag] === true);
    if (holder) {
      problems.push({
        pointer: `/${flag}`, severity: 'error', code: `second-${flag}`,
        message: `${regionLabel(holder)} (${holder._id}) is already the ${flag === 'homeland' ? 'homeland' : 'roam-like-home'} region of ${network}; only one is allowed per network.`,
      });
    }
  }
  return problems;
}

/** For the push pipeline: the checks bound to a connection's shared client. */
export function remoteChecksFor(clients: { clientFor(connection: ConnectionRecord): PlatformClient }) {
  return (document: unknown, kind: ResourceKind, connection: ConnectionRecord, open: OpenObject | undefined) =>
    checkAgainstRemote(clients.clientFor(connection), kind, document, open);
}
