import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RemoteError } from '../../../../src/core/http/types';
import { roamingProfileKind, type RoamingProfileRow } from '../../../../src/core/platforms/sft/roamingProfile';
import { CannedClient, sftRows } from './support/cannedClient';

// Rows exactly as the sandbox's GetRoamingProfile answers them.
const SANDBOX_ROWS = [
  {
    roamingProfileId: '3001', roamingProfileName: 'DEFAULT', destinationGroupId: '2501', status: '1', profileType: 'DEFAULT',
    tadigList: [{ tadigCode: 'BELPB', categoryGroupId: '12', operatorId: '1', operatorName: 'Proximus', countryName: 'Belgium' }],
  },
  { roamingProfileId: '3002', roamingProfileName: 'Nordics Roaming', destinationGroupId: '2502', status: '1', profileType: 'CUSTOM', tadigList: [] },
];

async function listed(): Promise<RoamingProfileRow[]> {
  const client = new CannedClient([sftRows('1204', SANDBOX_ROWS)]);
  const page = await roamingProfileKind.list(client, {});
  assert.deepEqual(client.sent, [{ method: 'GET', path: '/api/GetRoamingProfile' }]);
  return [...page.items];
}

describe('roaming profile kind', () => {
  it('makes the editable document of a sandbox row, in the contract\'s key order', async () => {
    const [, custom] = await listed();
    const document = roamingProfileKind.toDocument(custom);
    assert.deepEqual(Object.keys(document), ['roamingProfileName', 'destinationGroupId', 'status']);
    assert.deepEqual(document, { roamingProfileName: 'Nordics Roaming', destinationGroupId: '2502', status: '1' });
  });

  it('plans nothing for an unchanged document, even with a number status or extra spaces', async () => {
    const [, custom] = await listed();
    assert.equal(roamingProfileKind.planUpdate('3002', custom, roamingProfileKind.toDocument(custom)), undefined);
    assert.equal(roamingProfileKind.planUpdate('3002', custom, { roamingProfileName: ' Nordics Roaming ', destinationGroupId: '2502', status: 1 as unknown as string }), undefined);
  });

  it('sends only the changed fields, as strings, with the id', async () => {
    const [, custom] = await listed();
    const plan = roamingProfileKind.planUpdate('3002', custom, { roamingProfileName: 'Nordics Roaming', destinationGroupId: '2502', status: '0' });
    assert.ok(plan);
    assert.deepEqual(plan.requests, [{ method: 'POST', path: '/api/modifyRoamingProfile', body: { roamingProfileInfo: { roamingProfileId: '3002', status: '0' } } }]);
    assert.match(plan.summary, /status/);
  });

  it('creates with the reseller body', () => {
    const plan = roamingProfileKind.planCreate({ roamingProfileName: 'EU only', destinationGroupId: '2501', status: '1' });
    assert.deepEqual(plan.requests[0].body, { roamingProfileInfo: { roamingProfileName: 'EU only', destinationGroupId: '2501', status: '1' } });
    assert.equal(plan.action, 'create');
  });

  it('refuses renaming, regrouping or deleting the DEFAULT profile before sending', async () => {
    const [defaultProfile] = await listed();
    assert.throws(
      () => roamingProfileKind.planUpdate('3001', defaultProfile, { roamingProfileName: 'Renamed', destinationGroupId: '2501', status: '1' }),
      (error: unknown) => error instanceof RemoteError && error.kind === 'refused' && error.pointer === '/roamingProfileName',
    );
    assert.throws(() => roamingProfileKind.planDelete('3001', defaultProfile), /DEFAULT/);
    const problems = roamingProfileKind.checkDocument({ roamingProfileName: 'DEFAULT', destinationGroupId: '2502', status: '1' }, defaultProfile);
    assert.deepEqual(problems.map((problem) => problem.pointer), ['/destinationGroupId']);
  });

  it('checks the fields a person types', () => {
    const problems = roamingProfileKind.checkDocument({ roamingProfileName: ' ', destinationGroupId: 'EU', status: '2' }, undefined);
    assert.deepEqual(problems.map((problem) => problem.code), ['name-missing', 'destinationGroupId-invalid', 'status-invalid']);
    assert.throws(() => roamingProfileKind.planCreate({ roamingProfileName: 'x', destinationGroupId: 'EU', status: '1' }), RemoteError);
  });

  it('presents the name, the id with status and group, and the profile type', async () => {
    const [defaultProfile] = await listed();
    const shown = roamingProfileKind.present(defaultProfile);
    assert.equal(shown.label, 'DEFAULT');
    assert.equal(shown.description, '3001 · active · 1 network · follows group 2501');
    assert.match(shown.tooltip, /Roams on: 1 network in 1 country/);
    assert.match(shown.tooltip, /follows its group/);
  });

  it('reads one profile by id and knows a non-numeric id cannot exist', async () => {
    const client = new CannedClient([sftRows('1204', [SANDBOX_ROWS[1]])]);
    const found = await roamingProfileKind.get(client, '3002');
    assert.equal(found?.roamingProfileName, 'Nordics Roaming');
    assert.deepEqual(client.sent[0].query, { roamingProfileId: '3002' });
    assert.equal(await roamingProfileKind.get(new CannedClient([]), 'abc'), undefined);
  });
});
