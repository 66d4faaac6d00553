// The default sandbox account: reseller 100 with groups, profiles, a ratezone and plans chosen so that every
// documented result code has a seeded cause (a group on a ratezone, one on a plan, a free one, a DEFAULT
// source; a single-operator group; service profiles on a plan, an addon, NB-IoT only), and child account 300
// for support access. The README's "Seed data" section points here.
import type { Account, DestinationGroup, Network, NetworkKey, RoamingProfile, SftState } from '../model';
import { STATE_FORMAT } from '../model';
import { seedNetworks } from './networks';

export const RESELLER_ACCOUNT_ID = '100';
export const CHILD_ACCOUNT_ID = '300';
/** A top-level account outside the reseller's hierarchy: support access to it is refused. */
export const FOREIGN_ACCOUNT_ID = '200';

/** `TADIG/supplier` shorthand, e.g. `DEUD1/27`; the supplier defaults to 12. */
function keys(...codes: string[]): NetworkKey[] {
  return codes.map((code) => {
    const [tadigCode, categoryGroupId = '12'] = code.split('/');
    return { tadigCode, categoryGroupId };
  });
}

function group(destinationListId: string, destinationListName: string, operators: NetworkKey[]): DestinationGroup {
  return { destinationListId, destinationListName, operators };
}

function profile(
  roamingProfileId: string, roamingProfileName: string, source: DestinationGroup, status: '0' | '1', profileType: 'DEFAULT' | 'CUSTOM',
): RoamingProfile {
  return { roamingProfileId, roamingProfileName, destinationGroupId: source.destinationListId, status, profileType, networks: source.operators.map((key) => ({ ...key })) };
}

const BENELUX_DACH = keys(
  'BELPB', 'BELMO', 'BELKO', 'NLDPT', 'NLDLT', 'NLDDT', 'LUXPT', 'LUXTG', 'LUXMT',
  'DEUD1', 'DEUD2', 'DEUE2', 'AUTPT', 'AUTMM', 'AUTCA', 'CHEC1', 'CHEDX', 'CHEOR',
);

function resellerAccount(networks: readonly Network[]): Account {
  const euCore = group('2501', 'EU Core', keys(
    'BELPB', 'BELMO', 'NLDPT', 'NLDDT', 'LUXPT', 'DEUD1', 'DEUD1/27', 'DEUD2', 'AUTPT',
    'FRAF1', 'FRAF2', 'ESPTE', 'ITASI', 'PRTTL', 'IRLEC', 'POL03', 'CZERM',
  ));
  const nordics = group('2502', 'Nordics', keys(
    'DNKTD', 'DNKTD/27', 'DNKDM', 'SWETR', 'SWEIQ', 'NORTM', 'NORNC', 'FINTF', 'FINRL', 'ISLTL',
  ));
  const beneluxDach = group('2503', 'Benelux + DACH', BENELUX_DACH);
  const iberia = group('2504', 'Iberia', keys('ESPTE', 'ESPAT', 'ESPRT', 'ESPXF', 'PRTTM', 'PRTTL', 'PRTOP'));
  const maltaOnly = group('2505', 'Malta Only', keys('MLTTL'));
  const ukIreland = group('2506', 'UK & Ireland', keys('GBRCN', 'GBRCN/27', 'GBRVF', 'GBRME', 'GBRHU', 'IRLEC', 'IRLH3', 'IRLME'));
  const baltics = group('2507', 'Baltics', keys('ESTEM', 'ESTRB', 'ESTRE', 'LVALM', 'LVABC', 'LTUOM', 'LTUMT'));

  return {
    accountId: RESELLER_ACCOUNT_ID,
    accountName: 'Sandbox Reseller',
    parentAccountId: null,
    entitlement: { services: ['1', '2', '3', '4'], maxAccessType: '10' },
    networks: networks.map(({ tadigCode, categoryGroupId }) => ({ tadigCode, categoryGroupId })),
    destinationGroups: [euCore, nordics, beneluxDach, iberia, maltaOnly, ukIreland, baltics],
    roamingProfiles: [
      profile('3001', 'DEFAULT', euCore, '1', 'DEFAULT'),
      profile('3002', 'Nordics Roaming', nordics, '1', 'CUSTOM'),
      profile('3003', 'Benelux DACH Roaming', beneluxDach, '1', 'CUSTOM'),
      profile('3004', 'UK Ireland Roaming', ukIreland, '1', 'CUSTOM'),
      profile('3005', 'EU Core Fixed', euCore, '0', 'CUSTOM'),
    ],
    serviceProfiles: [
      { profileId: 'SP_1301', profileName: 'Data + SMS 4G', category: '0', status: '1', services: ['1', '2', '3'], accessType: '06' },
      { profileId: 'SP_1302', profileName: 'NB-IoT Only', category: '0', status: '1', services: ['4'] },
      { profileId: 'SP_1303', profileName: 'Data Boost 5G Addon', category: '1', status: '1', services: ['1'], accessType: '10' },
      { profileId: 'SP_1304', profileName: 'SMS Only 2G', category: '0', status: '1', services: ['2', '3'], accessType: '02' },
      { profileId: 'SP_1305', profileName: 'Data 2G/3G', category: '0', status: '0', services: ['1'], accessType: '01' },
    ],
    rateZones: [
      { id: '7001', name: 'Nordics Zone', status: '1', destGroupId: '2502', roamingProfileId: '3002', operators: nordics.operators.map((key) => ({ ...key })) },
    ],
    ratePlans: [
      {
        planId: '8001', planName: 'IoT Europe Basic', planCategory: 'NORMAL', planType: '0', planStatus: 'Active',
        serviceProfile: 'SP_1301', destinationGroup: '2503', roamingProfileId: '3003', benefit: [],
      },
      {
        planId: '8002', planName: 'Nordic Data Boost', planCategory: 'ADDON', planType: '0', planStatus: 'Active',
        serviceProfile: 'SP_1303', destinationGroup: '', roamingProfileId: '', benefit: [{ benefitId: '9002', rateZone: '7001' }],
      },
    ],
  };
}

function childAccount(): Account {
  const childBenelux = group('2601', 'Child Benelux', keys('BELPB', 'BELMO', 'NLDPT', 'LUXPT'));
  const childDach = group('2602', 'Child DACH', keys('DEUD1', 'DEUD2', 'AUTPT', 'CHEC1'));
  return {
    accountId: CHILD_ACCOUNT_ID,
    accountName: 'Sandbox Sub-Reseller',
    parentAccountId: RESELLER_ACCOUNT_ID,
    // Narrower than the parent's, so that a 5G or NB-IoT profile created through support access gets 6565.
    entitlement: { services: ['1', '2', '3'], maxAccessType: '06' },
    networks: [...BENELUX_DACH, ...keys('FRAF1', 'FRAF2', 'FRAF3')],
    destinationGroups: [childBenelux, childDach],
    roamingProfiles: [
      profile('3101', 'DEFAULT', childBenelux, '1', 'DEFAULT'),
      profile('3102', 'Child DACH Roaming', childDach, '1', 'CUSTOM'),
    ],
    serviceProfiles: [
      { profileId: 'SP_1401', profileName: 'Child Data 4G', category: '0', status: '1', services: ['1', '2', '3'], accessType: '06' },
    ],
    rateZones: [],
    ratePlans: [],
  };
}

function foreignAccount(): Account {
  return {
    accountId: FOREIGN_ACCOUNT_ID,
    accountName: 'Another Reseller',
    parentAccountId: null,
    entitlement: { services: ['1', '2', '3', '4'], maxAccessType: '10' },
    networks: [],
    destinationGroups: [],
    roamingProfiles: [],
    serviceProfiles: [],
    rateZones: [],
    ratePlans: [],
  };
}

export function smallSeed(): SftState {
  const networks = seedNetworks();
  const accounts = [resellerAccount(networks), foreignAccount(), childAccount()];
  return { format: STATE_FORMAT, version: 1, size: 'small', networks, accounts, nextIds: nextIdsAfter(accounts) };
}

/** One past the highest id in use, so new ids count up from the seed. */
export function nextIdsAfter(accounts: readonly Account[]): SftState['nextIds'] {
  const highest = (ids: number[]): number => ids.reduce((max, id) => Math.max(max, id), 0);
  return {
    roamingProfile: highest(accounts.flatMap((account) => account.roamingProfiles.map((item) => Number(item.roamingProfileId)))) + 1,
    destinationGroup: highest(accounts.flatMap((account) => account.destinationGroups.map((item) => Number(item.destinationListId)))) + 1,
    serviceProfile: highest(accounts.flatMap((account) => account.serviceProfiles.map((item) => Number(item.profileId.slice(3))))) + 1,
  };
}
