// The employee access levels of TelecomX, lowest first (the employee create page says nobody may grant a level
// above their own, which fixes the order). Permissions are "this level or higher".

export const ACCESS_LEVELS = [
  'NO_LOGIN',
  'PERSONAL',
  'VIEWER',
  'MANAGER',
  'OWNER',
  'RESELLER',
  'RESELLER_ADMIN',
  'ADMIN',
] as const;

export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export function hasAtLeast(level: AccessLevel, required: AccessLevel): boolean {
  return ACCESS_LEVELS.indexOf(level) >= ACCESS_LEVELS.indexOf(required);
}
