// The "Used by" folder the tree shows under a destination group, a roaming profile, a service profile or a
// ratezone: what the platform would refuse a delete for, and what a change reaches.
import type { CallOptions } from '../../http/types';
import { escapeMarkdown } from '../presentation';
import type { PlatformClient, RelatedItem, UsedBy } from '../resourceKind';
import { countUsers, userLabel } from './impactWording';
import { readUsage, type AccountUsage, type UsageNeeds } from './usage';

const ICONS: Readonly<Record<string, string>> = { 'roaming-profile': 'globe', 'rate-plan': 'package', ratezone: 'symbol-namespace' };

export function usedByFolder(users: readonly UsedBy[]): RelatedItem {
  return {
    label: 'Used by',
    description: countUsers(users),
    tooltip: users.length === 0
      ? 'Nothing on the account uses this object: it can be deleted.'
      : `${users.map((user) => `- ${escapeMarkdown(userLabel(user))}`).join('\n')}\n\nWhile anything uses it, the platform refuses to delete it.`,
    icon: 'references',
    children: users.map((user) => ({
      label: user.name || user.id,
      description: `${user.what} ${user.id}`,
      icon: ICONS[user.kind] ?? 'link',
      // Plans and ratezones are lookups, not kinds: they are listed in their own folders but open no document.
      ...(user.kind === 'roaming-profile' && { target: { kind: 'roaming-profile', id: user.id } }),
    })),
  };
}

/** The folder, or — when the lists cannot be read — a line that says so instead of hiding what was found. */
export async function usedByFolderFor(
  client: PlatformClient, needs: UsageNeeds, users: (usage: AccountUsage) => UsedBy[], options?: CallOptions,
): Promise<RelatedItem> {
  try {
    return usedByFolder(users(await readUsage(client, needs, options)));
  } catch (error) {
    return { label: 'Used by', description: `could not be read: ${(error as Error).message}`, icon: 'warning' };
  }
}

/** The folder, read when expanded: until then it says so. */
export function lazyUsedByFolder(
  client: PlatformClient, needs: UsageNeeds, users: (usage: AccountUsage) => UsedBy[], options?: CallOptions,
): RelatedItem {
  return {
    label: 'Used by', description: 'expand to read', icon: 'references',
    tooltip: 'The roaming profiles, rate plans and ratezones that use this object (read when expanded).',
    load: () => usedByFolderFor(client, needs, users, options),
  };
}
