// Checks a saved state before the simulator adopts it (`--data FILE`): a file that is not SFT sandbox state
// is refused with a message naming the first bad field, never half-loaded.
import type { SftState } from './model';
import { STATE_FORMAT } from './model';

class StateError extends Error {}

type Check = (value: unknown, path: string) => void;

function fail(path: string, expected: string): never {
  throw new StateError(`${path} ${expected}`);
}

const string: Check = (value, path) => {
  if (typeof value !== 'string') fail(path, 'must be a string');
};
const digits: Check = (value, path) => {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) fail(path, 'must be a string of digits');
};
const flag: Check = (value, path) => {
  if (value !== '0' && value !== '1') fail(path, 'must be "0" or "1"');
};
const positiveInteger: Check = (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) fail(path, 'must be a positive integer');
};

function optional(check: Check): Check {
  return (value, path) => {
    if (value !== undefined) check(value, path);
  };
}

function oneOf(...allowed: string[]): Check {
  return (value, path) => {
    if (typeof value !== 'string' || !allowed.includes(value)) fail(path, `must be one of ${allowed.join(', ')}`);
  };
}

function nullable(check: Check): Check {
  return (value, path) => {
    if (value !== null) check(value, path);
  };
}

function arrayOf(check: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'must be an array');
    value.forEach((item, index) => check(item, `${path}[${index}]`));
  };
}

function objectWith(fields: Record<string, Check>): Check {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
    const record = value as Record<string, unknown>;
    for (const [name, check] of Object.entries(fields)) check(record[name], `${path}.${name}`);
  };
}

const networkKey = objectWith({ tadigCode: string, categoryGroupId: digits });

const account = objectWith({
  accountId: digits,
  accountName: string,
  parentAccountId: nullable(digits),
  entitlement: objectWith({ services: arrayOf(string), maxAccessType: string }),
  networks: arrayOf(networkKey),
  destinationGroups: arrayOf(objectWith({ destinationListId: digits, destinationListName: string, operators: arrayOf(networkKey) })),
  roamingProfiles: arrayOf(objectWith({
    roamingProfileId: digits, roamingProfileName: string, destinationGroupId: digits, status: flag,
    profileType: oneOf('DEFAULT', 'CUSTOM'), networks: arrayOf(networkKey),
  })),
  serviceProfiles: arrayOf(objectWith({
    profileId: (value, path) => {
      if (typeof value !== 'string' || !/^SP_\d+$/.test(value)) fail(path, 'must look like "SP_<n>"');
    },
    profileName: string, category: flag, status: flag, services: arrayOf(string), accessType: optional(string),
  })),
  rateZones: arrayOf(objectWith({ id: digits, name: string, status: flag, destGroupId: string, roamingProfileId: string, operators: arrayOf(networkKey) })),
  ratePlans: arrayOf(objectWith({
    planId: digits, planName: string, planCategory: oneOf('ADDON', 'NORMAL', 'TEST', 'INVENTORY'), planType: string,
    planStatus: string, serviceProfile: string, destinationGroup: string, roamingProfileId: string,
    benefit: arrayOf(objectWith({ benefitId: string, rateZone: string })),
  })),
});

const sftState = objectWith({
  format: (value, path) => {
    if (value !== STATE_FORMAT) fail(path, `must be "${STATE_FORMAT}"`);
  },
  version: (value, path) => {
    if (value !== 1) fail(path, 'must be 1');
  },
  size: oneOf('small', 'large'),
  networks: arrayOf(objectWith({
    tadigCode: string, categoryGroupId: digits, supplierName: string, operatorId: string, operatorName: string,
    countryName: string, countryCode: string, mcc: string, mnc: string,
  })),
  accounts: arrayOf(account),
  nextIds: objectWith({ roamingProfile: positiveInteger, destinationGroup: positiveInteger, serviceProfile: positiveInteger }),
});

/** Returns the state typed, or throws an Error whose message says what is wrong and where. */
export function validateSftState(input: unknown): SftState {
  try {
    sftState(input, 'state');
  } catch (error) {
    if (error instanceof StateError) throw new Error(`Not a valid SFT sandbox state: ${error.message}`);
    throw error;
  }
  const state = input as SftState;
  const accountIds = new Set<string>();
  for (const item of state.accounts) {
    if (accountIds.has(item.accountId)) throw new Error(`Not a valid SFT sandbox state: account ${item.accountId} appears twice`);
    accountIds.add(item.accountId);
  }
  return state;
}
