// Every sentence that says what an SFT change reaches or what uses an object, in one place, so the push
// confirmation, the delete command, `plan` and the tree say it alike.
import type { UsedBy } from '../resourceKind';
import type { OperatorKey } from './destinationGroup';
import { networkLabel } from './effectiveNetworks';
import type { ProfileReach } from './groupImpact';

/** Networks named in one sentence before the rest is counted. */
const NAMED_NETWORKS = 4;

/** "a, b and c". */
export function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function networksInWords(networks: readonly OperatorKey[]): string {
  const named = networks.slice(0, NAMED_NETWORKS).map(networkLabel);
  const more = networks.length - named.length;
  return inWords(more > 0 ? [...named, `${more} more`] : named);
}

/** `CUSTOM profile 3004 (UK Ireland Roaming)`; a name that only repeats the type (`DEFAULT`) is left out. */
export function userLabel(user: UsedBy): string {
  const named = user.name !== '' && !user.what.toUpperCase().startsWith(`${user.name.toUpperCase()} `);
  return `${user.what} ${user.id}${named ? ` (${user.name})` : ''}`;
}

function profileLabel(reach: ProfileReach): string {
  const { profile } = reach;
  return userLabel({ kind: 'roaming-profile', id: profile.roamingProfileId, name: profile.roamingProfileName, what: `${profile.profileType ?? 'roaming'} profile` });
}

const networks = (count: number): string => `${count} network${count === 1 ? '' : 's'}`;

/** One sentence per profile of the group: who follows the edit, who keeps its copy and how it then differs. */
export function describeGroupEditReach(reach: readonly ProfileReach[]): string[] {
  if (reach.length === 0) return ['no roaming profile uses this group, so no profile changes'];
  return reach.map((one) => {
    const label = profileLabel(one);
    if (one.follows) {
      const parts = [
        one.adds.length > 0 ? `adds ${networksInWords(one.adds)}` : undefined,
        one.removes.length > 0 ? `removes ${networksInWords(one.removes)}` : undefined,
      ].filter((part) => part !== undefined);
      if (parts.length === 0) return `${label} follows the group and already has these networks`;
      const preposition = one.removes.length > 0 && one.adds.length === 0 ? 'from' : one.removes.length > 0 ? 'to and from' : 'to';
      return `${parts.join(' and ')} ${preposition} ${label} (follows the group)`;
    }
    const kept = `${label} keeps its ${networks(one.networkCount)}`;
    const after = one.differenceAfter;
    if (!after || (after.onlyInGroup.length === 0 && after.onlyInProfile.length === 0)) return `${kept}, the same as the group's afterwards`;
    const differences = [
      after.onlyInGroup.length > 0 ? `${networksInWords(after.onlyInGroup)} only in the group` : undefined,
      after.onlyInProfile.length > 0 ? `${networksInWords(after.onlyInProfile)} only in the profile` : undefined,
    ].filter((part) => part !== undefined);
    return `${kept} (a copy: group edits do not reach it) and then differs from the group: ${differences.join(', ')}`;
  });
}

/** "also used by rate plan 8001 (IoT Europe Basic)": the users a change reaches besides the profiles. */
export function describeOtherUsers(users: readonly UsedBy[]): string[] {
  return users.length === 0 ? [] : [`also used by ${inWords(users.map(userLabel))}`];
}

/** The one sentence for a delete of an object something still uses: nothing is sent while it does. */
export function describeStillUsed(subject: string, users: readonly UsedBy[]): string {
  return `${subject} is still used by ${inWords(users.map(userLabel))}: the platform refuses to delete it while anything uses it — detach or delete ${users.length === 1 ? 'that' : 'those'} first`;
}

/** "1 roaming profile, 2 rate plans": the description of a "Used by" folder. */
export function countUsers(users: readonly UsedBy[]): string {
  if (users.length === 0) return 'nothing';
  const counts = new Map<string, number>();
  for (const user of users) {
    const noun = user.kind === 'roaming-profile' ? 'roaming profile' : user.what;
    counts.set(noun, (counts.get(noun) ?? 0) + 1);
  }
  return [...counts.entries()].map(([noun, count]) => `${count} ${noun}${count === 1 ? '' : 's'}`).join(', ');
}
