// The sandbox's API users (README, "Credentials"). Support access to a child account is a login option of the
// reseller user, not a separate user.
import { RESELLER_ACCOUNT_ID } from './seed/smallSeed';

export interface SandboxUser {
  readonly username: string;
  readonly password: string;
  readonly accountId: string;
}

export const SFT_USERS: readonly SandboxUser[] = [
  { username: 'sandbox-reseller', password: 'sandbox', accountId: RESELLER_ACCOUNT_ID },
];

export function findUser(username: unknown, password: unknown, addedUsers: readonly SandboxUser[] = []): SandboxUser | undefined {
  return [...addedUsers, ...SFT_USERS].find((user) => user.username === username && user.password === password);
}
