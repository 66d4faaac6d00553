// What an account may do with a kind, from the access level its login gave (TelecomX) and what the kind needs.
// One answer for the tree (hide New and Delete), the documents (open read-only) and the refusals (say which level
// the action needs and which the account has).
import type { PlatformClient, ResourceKind } from './resourceKind';

export type KindAction = 'read' | 'write';

/** True unless the kind needs a level the client's account is known not to have. */
export function mayDo(kind: ResourceKind, action: KindAction, accessLevel: string | undefined): boolean {
  if (!kind.access || accessLevel === undefined) return true;
  return kind.access.hasAtLeast(accessLevel, kind.access[action]);
}

/** "Opening a region needs access level RESELLER_ADMIN or higher; viewer@… is VIEWER." */
export function accessRefusal(kind: ResourceKind, action: KindAction, client: Pick<PlatformClient, 'connection' | 'accessLevel'>): string {
  const needed = kind.access?.[action] ?? '';
  const doing = action === 'read' ? `Opening ${article(kind.singular)} ${kind.singular.toLowerCase()}` : `Changing ${kind.plural.toLowerCase()}`;
  const who = `${client.connection.username} is ${client.accessLevel ?? 'of a lower level'}`;
  return `${doing} needs access level ${needed} or higher on ${client.connection.name}; ${who}.`;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}
