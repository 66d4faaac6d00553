// TelecomX employee access levels, lowest first (the employee create page: nobody grants a level above their own,
// which fixes the order). Permissions are "this level or higher". The same decision as the sandbox's
// (src/sandbox/telecomx/accessLevels.ts), written again on this side on purpose (README, "Architecture").

export const TELECOMX_ACCESS_LEVELS = ['NO_LOGIN', 'PERSONAL', 'VIEWER', 'MANAGER', 'OWNER', 'RESELLER', 'RESELLER_ADMIN', 'ADMIN'] as const;

export type TelecomxAccessLevel = (typeof TELECOMX_ACCESS_LEVELS)[number];

/** True when `level` is `required` or higher; an unknown level counts as the lowest. */
export function hasAtLeast(level: string, required: TelecomxAccessLevel): boolean {
  return (TELECOMX_ACCESS_LEVELS as readonly string[]).indexOf(level) >= TELECOMX_ACCESS_LEVELS.indexOf(required);
}
