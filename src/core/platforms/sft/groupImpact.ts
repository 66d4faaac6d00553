// What an edit of a destination group's operators reaches. The platform adds an operator added to a group to
// every DEFAULT roaming profile of that group and removes a removed one (contract, seed 001); CUSTOM profiles keep
// the copy they took and are never changed by group edits. So the same edit widens where some SIMs roam and not
// others: this says which, before anything is sent. Pure.
import type { GroupOperator, OperatorKey } from './destinationGroup';
import { differenceFromGroup, followsGroup, type GroupDifference } from './effectiveNetworks';
import type { ProfileLink } from './usage';

const keyOf = (network: OperatorKey): string => `${network.tadigCode.toUpperCase()}|${network.categoryGroupId}`;

export interface GroupEdit {
  readonly groupId: string;
  /** The group's operators before the edit. */
  readonly before: readonly OperatorKey[];
  readonly add: readonly OperatorKey[];
  readonly remove: readonly OperatorKey[];
}

export interface ProfileReach {
  readonly profile: ProfileLink;
  /** A DEFAULT profile: the edit changes it as it changes the group. */
  readonly follows: boolean;
  /** What the profile gains and loses (a following profile only). */
  readonly adds: readonly OperatorKey[];
  readonly removes: readonly OperatorKey[];
  /** How many networks the profile has before the edit. */
  readonly networkCount: number;
  /** A CUSTOM profile: how it differs from the group once the edit is made (empty lists when it still matches). */
  readonly differenceAfter?: GroupDifference;
}

/** The group's operators once the edit is made: removals first, then additions, as the platform applies them. */
export function operatorsAfter(edit: GroupEdit): OperatorKey[] {
  const removed = new Set(edit.remove.map(keyOf));
  const kept = edit.before.filter((operator) => !removed.has(keyOf(operator)));
  const present = new Set(kept.map(keyOf));
  return [...kept, ...edit.add.filter((operator) => !present.has(keyOf(operator)))];
}

/** Each roaming profile of the group, and what the edit does to it (profiles of other groups are left out). */
export function reachOfGroupEdit(edit: GroupEdit, profiles: readonly ProfileLink[]): ProfileReach[] {
  const after = operatorsAfter(edit).map(asNetwork);
  return profiles.filter((profile) => profile.destinationGroupId === edit.groupId).map((profile) => {
    const own = new Set(profile.networks.map(keyOf));
    if (followsGroup(profile)) {
      return {
        profile, follows: true, networkCount: profile.networks.length,
        adds: edit.add.filter((operator) => !own.has(keyOf(operator))),
        removes: edit.remove.filter((operator) => own.has(keyOf(operator))),
      };
    }
    return {
      profile, follows: false, networkCount: profile.networks.length, adds: [], removes: [],
      differenceAfter: differenceFromGroup(profile.networks, after),
    };
  });
}

function asNetwork(operator: OperatorKey): GroupOperator {
  return { ...operator, operatorName: '', countryName: '' };
}
