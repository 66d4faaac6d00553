// The lowest access level for each operation (README "Access levels"). Reads of voice, text and data are open
// from VIEWER up, RESELLER_ADMIN included; every write is ADMIN only.
import type { AccessLevel } from './accessLevels';
import type { ResourceAction, ResourceName } from './router';

const ZONE_PRICE_RULES: Readonly<Record<ResourceAction, AccessLevel>> = {
  list: 'VIEWER',
  get: 'VIEWER',
  create: 'ADMIN',
  update: 'ADMIN',
  delete: 'ADMIN',
};

export const REQUIRED_LEVEL: Readonly<Record<ResourceName, Readonly<Record<ResourceAction, AccessLevel>>>> = {
  region: { list: 'VIEWER', get: 'RESELLER_ADMIN', create: 'ADMIN', update: 'ADMIN', delete: 'ADMIN' },
  voice: ZONE_PRICE_RULES,
  text: ZONE_PRICE_RULES,
  data: ZONE_PRICE_RULES,
};
