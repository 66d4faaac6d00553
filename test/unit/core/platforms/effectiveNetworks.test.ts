// Where a roaming profile really roams, and what an edit of its group reaches: the pure questions behind the tree,
// the push confirmation and `plan`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GroupOperator } from '../../../../src/core/platforms/sft/destinationGroup';
import {
  countryOfNetwork, describeCoverage, differenceFromGroup, differs, effectiveNetworks, networksByCountry,
} from '../../../../src/core/platforms/sft/effectiveNetworks';
import { operatorsAfter, reachOfGroupEdit } from '../../../../src/core/platforms/sft/groupImpact';
import { countUsers, describeGroupEditReach, describeStillUsed, userLabel } from '../../../../src/core/platforms/sft/impactWording';
import { usersOfDestinationGroup, usersOfRateZone, usersOfRoamingProfile, usersOfServiceProfile, type AccountUsage } from '../../../../src/core/platforms/sft/usage';

const net = (code: string, countryName = ''): GroupOperator => {
  const [tadigCode, categoryGroupId = '12'] = code.split('/');
  return { tadigCode, categoryGroupId, operatorName: '', countryName };
};

const UK_IRELAND = ['GBRCN', 'GBRCN/27', 'GBRVF', 'GBRME', 'GBRHU', 'IRLEC', 'IRLH3', 'IRLME'].map((code) => net(code, code.startsWith('GBR') ? 'United Kingdom' : 'Ireland'));

describe('effective networks of a roaming profile', () => {
  it('a DEFAULT profile roams on its group\'s networks, a CUSTOM profile on its own copy', () => {
    const group = { operators: [...UK_IRELAND, net('GBRME/27')] };
    assert.equal(effectiveNetworks({ profileType: 'DEFAULT', networks: UK_IRELAND }, group).length, 9);
    assert.equal(effectiveNetworks({ profileType: 'CUSTOM', networks: UK_IRELAND }, group).length, 8);
    assert.equal(effectiveNetworks({ profileType: 'DEFAULT', networks: UK_IRELAND }).length, 8, 'without the group, its own list');
  });

  it('says what only the group and only the profile have, compared by TADIG code and supplier', () => {
    const difference = differenceFromGroup([...UK_IRELAND, net('MLTGO')], [...UK_IRELAND, net('GBRME/27')]);
    assert.deepEqual(difference.onlyInGroup.map((one) => `${one.tadigCode}/${one.categoryGroupId}`), ['GBRME/27']);
    assert.deepEqual(difference.onlyInProfile.map((one) => one.tadigCode), ['MLTGO']);
    assert.ok(differs(difference));
    assert.ok(!differs(differenceFromGroup(UK_IRELAND, [...UK_IRELAND].reverse())), 'order does not matter');
  });

  it('groups networks by the ISO country of their TADIG prefix; a prefix that names none keeps the API\'s name', () => {
    const countries = networksByCountry(UK_IRELAND);
    assert.deepEqual(countries.map((country) => [country.key, country.name, country.networks.length]), [['IE', 'Ireland', 3], ['GB', 'United Kingdom', 5]]);
    assert.deepEqual(countryOfNetwork(net('MLTGO')), { key: 'MT', name: 'Malta' }, 'no name given: the ISO one');
    assert.deepEqual(countryOfNetwork(net('AAMSV', 'Maritime')), { key: 'AAM', name: 'Maritime' }, 'non-terrestrial: no ISO country');
    assert.equal(describeCoverage(UK_IRELAND), '8 networks in 2 countries');
    assert.equal(describeCoverage([net('MLTTL')]), '1 network in 1 country');
  });
});

describe('what an edit of a destination group reaches', () => {
  const profiles = [
    { roamingProfileId: '3001', roamingProfileName: 'DEFAULT', destinationGroupId: '2506', profileType: 'DEFAULT', networks: UK_IRELAND },
    { roamingProfileId: '3004', roamingProfileName: 'UK Ireland Roaming', destinationGroupId: '2506', profileType: 'CUSTOM', networks: UK_IRELAND },
    { roamingProfileId: '3002', roamingProfileName: 'Nordics Roaming', destinationGroupId: '2502', profileType: 'CUSTOM', networks: [net('SWETR')] },
  ];
  const edit = { groupId: '2506', before: UK_IRELAND, add: [net('MLTGO')], remove: [] };

  it('the DEFAULT profile follows the group, the CUSTOM one keeps its networks, other groups\' profiles are not named', () => {
    const reach = reachOfGroupEdit(edit, profiles);
    assert.deepEqual(reach.map((one) => [one.profile.roamingProfileId, one.follows, one.adds.length, one.networkCount]), [['3001', true, 1, 8], ['3004', false, 0, 8]]);
    assert.deepEqual(reach[1].differenceAfter?.onlyInGroup.map((one) => one.tadigCode), ['MLTGO']);
    assert.equal(operatorsAfter(edit).length, 9);
  });

  it('says it in the issue\'s words', () => {
    const lines = describeGroupEditReach(reachOfGroupEdit(edit, profiles));
    assert.equal(lines[0], 'adds MLTGO/12 to DEFAULT profile 3001 (follows the group)');
    assert.match(lines[1], /^CUSTOM profile 3004 \(UK Ireland Roaming\) keeps its 8 networks .*then differs from the group: MLTGO\/12 only in the group$/);
    const removal = describeGroupEditReach(reachOfGroupEdit({ ...edit, add: [], remove: [net('IRLME')] }, profiles));
    assert.equal(removal[0], 'removes IRLME/12 from DEFAULT profile 3001 (follows the group)');
    assert.deepEqual(describeGroupEditReach([]), ['no roaming profile uses this group, so no profile changes']);
  });
});

describe('what uses an object', () => {
  const usage: AccountUsage = {
    profiles: [
      { roamingProfileId: '3004', roamingProfileName: 'UK Ireland Roaming', destinationGroupId: '2506', profileType: 'CUSTOM', networks: [] },
    ],
    plans: [{
      planId: '8001', planName: 'IoT Europe Basic', planCategory: 'NORMAL', planType: '0', planStatus: 'Active',
      serviceProfile: 'SP_1301', destinationGroup: '2503', roamingProfileId: '3003', rateZones: ['7001'],
    }],
    rateZones: [{ id: '7001', name: 'Nordics Zone', status: '1', destGroupId: '2502', roamingProfileId: '3002', operators: [] }],
  };

  it('finds the profiles, plans and ratezones of a group, a profile, a service profile and a ratezone', () => {
    assert.deepEqual(usersOfDestinationGroup(usage, '2506').map(userLabel), ['CUSTOM profile 3004 (UK Ireland Roaming)']);
    assert.deepEqual(usersOfDestinationGroup(usage, '2502').map(userLabel), ['ratezone 7001 (Nordics Zone)']);
    assert.deepEqual(usersOfRoamingProfile(usage, '3003').map(userLabel), ['rate plan 8001 (IoT Europe Basic)']);
    assert.deepEqual(usersOfServiceProfile(usage, 'SP_1301').map((user) => user.id), ['8001']);
    assert.deepEqual(usersOfRateZone(usage, '7001').map((user) => user.id), ['8001']);
    assert.deepEqual(usersOfDestinationGroup(usage, '2505'), []);
  });

  it('names them in one sentence for a refused delete, and counts them for a folder', () => {
    const users = [...usersOfDestinationGroup(usage, '2506'), ...usersOfRoamingProfile(usage, '3003')];
    assert.equal(describeStillUsed('Destination group 2506', users),
      'Destination group 2506 is still used by CUSTOM profile 3004 (UK Ireland Roaming) and rate plan 8001 (IoT Europe Basic): the platform refuses to delete it while anything uses it — detach or delete those first');
    assert.equal(countUsers(users), '1 roaming profile, 1 rate plan');
    assert.equal(countUsers([]), 'nothing');
  });
});
