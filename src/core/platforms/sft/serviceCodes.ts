// Service and access-type codes of SFT service profiles, as the contract fixes them (src/sandbox/README.md,
// "Service Profile"): which services need a RAT, which access types are current, obsolete, and their order.

export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  '1': 'DATA',
  '2': 'SMS-MO',
  '3': 'SMS-MT',
  '4': 'NB-IoT',
};

/** DATA, SMS-MO and SMS-MT run over a RAT, so a profile holding one of them needs an `accessType`. */
const SERVICES_NEEDING_ACCESS_TYPE = new Set(['1', '2', '3']);

export const ACCESS_TYPE_NAMES: Readonly<Record<string, string>> = {
  '01': '2G/3G',
  '02': '2G',
  '06': '2G/3G/4G',
  '10': '2G/3G/4G/5G',
};

/** Values the platform once accepted and now answers 10111 to. */
export const OBSOLETE_ACCESS_TYPES: ReadonlySet<string> = new Set(['03', '04', '05', '07', '08', '09']);

/** "Higher RAT only" for attached profiles: 02 < 01 < 06 < 10. */
const RAT_RANK: Readonly<Record<string, number>> = { '02': 0, '01': 1, '06': 2, '10': 3 };

/** The codes of a pipe-separated `service` value, in the order given (`"4|2|3"` → 4, 2, 3). */
export function serviceCodesOf(service: string): string[] {
  return service.split('|').map((code) => code.trim()).filter((code) => code !== '');
}

export function needsAccessType(services: readonly string[]): boolean {
  return services.some((code) => SERVICES_NEEDING_ACCESS_TYPE.has(code));
}

/** True when `next` is a lower RAT than `current`, or drops the RAT altogether. */
export function isRatDowngrade(current: string | undefined, next: string | undefined): boolean {
  if (current === undefined || !(current in RAT_RANK)) return false;
  if (next === undefined) return true;
  return (RAT_RANK[next] ?? -1) < RAT_RANK[current];
}

/** `DATA, SMS-MO` for `"1|2"`; unknown codes are shown as they are. */
export function describeServices(service: string): string {
  return serviceCodesOf(service).map((code) => SERVICE_NAMES[code] ?? code).join(', ');
}
