// Service and access-type (RAT) codes of service profiles, as the contract fixes them.

export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  '1': 'DATA',
  '2': 'SMS-MO',
  '3': 'SMS-MT',
  '4': 'NB-IoT',
};

/** Services that run over a RAT, so that a profile holding one of them needs an `accessType`. */
const SERVICES_NEEDING_RAT = new Set(['1', '2', '3']);

export const ACCESS_TYPE_NAMES: Readonly<Record<string, string>> = {
  '01': '2G/3G',
  '02': '2G',
  '06': '2G/3G/4G',
  '10': '2G/3G/4G/5G',
};

/** Values the platform used to accept and now answers 10111 to. */
const OBSOLETE_ACCESS_TYPES = new Set(['03', '04', '05', '07', '08', '09']);

/** "Higher RAT only": a lower rank is a downgrade. */
const RAT_RANK: Readonly<Record<string, number>> = { '02': 0, '01': 1, '06': 2, '10': 3 };

export type ParsedServices = { ok: true; services: string[] } | { ok: false; reason: string };

/** `service` is pipe-separated codes (`4|2|3`); order is kept, duplicates and unknown codes are refused. */
export function parseServices(value: unknown): ParsedServices {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || text === '') return { ok: false, reason: 'service is mandatory' };
  const services = text.split('|').map((part) => part.trim());
  for (const code of services) {
    if (!(code in SERVICE_NAMES)) return { ok: false, reason: `unknown service code "${code}" (1 DATA, 2 SMS-MO, 3 SMS-MT, 4 NB-IoT)` };
  }
  if (new Set(services).size !== services.length) return { ok: false, reason: 'a service code is given twice' };
  return { ok: true, services };
}

export type ParsedAccessType =
  | { kind: 'valid'; accessType: string }
  | { kind: 'obsolete'; accessType: string }
  | { kind: 'invalid'; reason: string };

/** `accessType` as a two-digit string; a number (6) is read as its two-digit form ("06"). */
export function parseAccessType(value: unknown): ParsedAccessType {
  const text = typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? String(value).padStart(2, '0')
    : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined) return { kind: 'invalid', reason: `accessType ${JSON.stringify(value)} is not a valid value` };
  if (text in ACCESS_TYPE_NAMES) return { kind: 'valid', accessType: text };
  if (OBSOLETE_ACCESS_TYPES.has(text)) return { kind: 'obsolete', accessType: text };
  return { kind: 'invalid', reason: `accessType "${text}" is not one of 01, 02, 06, 10` };
}

export function needsAccessType(services: readonly string[]): boolean {
  return services.some((code) => SERVICES_NEEDING_RAT.has(code));
}

export function ratRank(accessType: string): number {
  return RAT_RANK[accessType] ?? -1;
}

export function serviceNameList(services: readonly string[]): string {
  return services.map((code) => SERVICE_NAMES[code] ?? code).join('|');
}
