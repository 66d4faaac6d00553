// Roaming Profile over HTTP: every result code of seed 000 reached by the request that causes it.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SftSession, codeOf } from './sftHttpClient';

describe('SFT roaming profiles over HTTP', () => {
  let session: SftSession;
  before(async () => { session = await SftSession.start(); });
  beforeEach(async () => { await session.reset(); });
  after(async () => { await session.close(); });

  const create = (info: Record<string, unknown>) => session.post('/api/createRoamingProfile', { roamingProfileInfo: info });
  const modify = (info: Record<string, unknown>) => session.post('/api/modifyRoamingProfile', { roamingProfileInfo: info });
  const remove = (roamingProfileId: unknown) => session.post('/api/deleteRoamingProfile', { roamingProfileInfo: { roamingProfileId } });
  const getOne = async (id: string) => (await session.get('/api/GetRoamingProfile', { roamingProfileId: id })).body.Response.responseParam?.rows?.[0];

  test('1201: create answers the new id under Response, a CUSTOM profile holding a copy of the group', async () => {
    const answer = await create({ roamingProfileName: 'Iberia Roaming', destinationGroupId: 2504, status: 1 });
    assert.equal(answer.status, 200);
    assert.equal(codeOf(answer), '1201');
    assert.equal(answer.body.Response.resultCode, '0');
    assert.equal(answer.body.Response.resultParam.resultDescription, 'Create roaming profile success');
    assert.match(answer.body.Response.responseTimestamp, /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    const id = answer.body.Response.roamingProfileId;
    assert.equal(id, '3103');
    const row = await getOne(id);
    assert.deepEqual(
      { name: row.roamingProfileName, group: row.destinationGroupId, status: row.status, type: row.profileType },
      { name: 'Iberia Roaming', group: '2504', status: '1', type: 'CUSTOM' },
    );
    assert.equal(row.tadigList.length, 7);
    assert.deepEqual(Object.keys(row.tadigList[0]).sort(), ['categoryGroupId', 'countryName', 'operatorId', 'operatorName', 'tadigCode']);
  });

  test('1202: a missing or invalid mandatory field, or an unknown group, says which', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ destinationGroupId: '2504', status: '1' }, /roamingProfileName/],
      [{ roamingProfileName: 'X', status: '1' }, /destinationGroupId/],
      [{ roamingProfileName: 'X', destinationGroupId: '2504' }, /status/],
      [{ roamingProfileName: 'X', destinationGroupId: '2504', status: '2' }, /status/],
      [{ roamingProfileName: 'X', destinationGroupId: '9999', status: '1' }, /9999 does not exist/],
      [{ roamingProfileName: 'X', tadigCodeList: [{ categoryGroupId: '12', tadigCode: 'FRAF1' }] }, /enterprise variant/],
    ];
    for (const [info, reason] of cases) {
      const answer = await create(info);
      assert.equal(codeOf(answer), '1202', JSON.stringify(info));
      assert.equal(answer.body.Response.resultCode, '1');
      assert.match(answer.body.Response.resultParam.resultDescription, reason);
    }
    assert.equal(codeOf(await session.post('/api/createRoamingProfile', {})), '1202');
  });

  test('1203: a duplicate name, compared case-insensitively after trimming, on create and on modify', async () => {
    assert.equal(codeOf(await create({ roamingProfileName: '  nordics roaming ', destinationGroupId: '2504', status: '1' })), '1203');
    assert.equal(codeOf(await modify({ roamingProfileId: '3004', roamingProfileName: 'EU CORE FIXED' })), '1203');
  });

  test('1204 lists every profile, also on the plural path; 1205 for a non-numeric id; 1359 for an unknown one', async () => {
    const all = await session.get('/api/GetRoamingProfile');
    assert.equal(codeOf(all), '1204');
    assert.deepEqual(all.body.Response.responseParam.rows.map((row: { roamingProfileId: string }) => row.roamingProfileId), ['3001', '3002', '3003', '3004', '3005']);
    const plural = await session.get('/api/GetRoamingProfiles', { roamingProfileId: '3001' });
    assert.equal(codeOf(plural), '1204');
    assert.equal(plural.body.Response.responseParam.rows[0].profileType, 'DEFAULT');
    assert.equal(codeOf(await session.get('/api/GetRoamingProfile', { roamingProfileId: 'abc' })), '1205');
    const missing = await session.get('/api/GetRoamingProfile', { roamingProfileId: '4242' });
    assert.equal(codeOf(missing), '1359');
    assert.equal(missing.body.Response.resultCode, '1');
    assert.equal(missing.body.Response.responseParam, undefined);
  });

  test('1206: modify is a patch; a new group replaces the networks of a CUSTOM profile', async () => {
    assert.equal(codeOf(await modify({ roamingProfileId: '3004', status: '0' })), '1206');
    let row = await getOne('3004');
    assert.deepEqual([row.roamingProfileName, row.status, row.destinationGroupId], ['UK Ireland Roaming', '0', '2506']);
    assert.equal(codeOf(await modify({ roamingProfileId: 3004, destinationGroupId: 2507, roamingProfileName: 'Baltic Roaming' })), '1206');
    row = await getOne('3004');
    assert.deepEqual([row.roamingProfileName, row.destinationGroupId], ['Baltic Roaming', '2507']);
    assert.deepEqual(row.tadigList.map((item: { tadigCode: string }) => item.tadigCode), ['ESTEM', 'ESTRB', 'ESTRE', 'LVALM', 'LVABC', 'LTUOM', 'LTUMT']);
  });

  test('1207: unknown id, nothing to change, invalid field, unknown group, renaming or regrouping DEFAULT', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ roamingProfileId: '4242', status: '1' }, /4242 does not exist/],
      [{ status: '1' }, /roamingProfileId/],
      [{ roamingProfileId: '3004' }, /nothing to modify/],
      [{ roamingProfileId: '3004', status: 'yes' }, /status/],
      [{ roamingProfileId: '3004', destinationGroupId: '9999' }, /9999 does not exist/],
      [{ roamingProfileId: '3001', roamingProfileName: 'Renamed' }, /cannot be renamed/],
      [{ roamingProfileId: '3001', destinationGroupId: '2504' }, /destination group/],
    ];
    for (const [info, reason] of cases) {
      const answer = await modify(info);
      assert.equal(codeOf(answer), '1207', JSON.stringify(info));
      assert.match(answer.body.Response.resultParam.resultDescription, reason);
    }
    assert.equal(codeOf(await modify({ roamingProfileId: '3001', status: '0' })), '1206', 'DEFAULT may change status');
  });

  test('1208: delete, after which the name may be reused', async () => {
    assert.equal(codeOf(await remove('3004')), '1208');
    assert.equal(codeOf(await session.get('/api/GetRoamingProfile', { roamingProfileId: '3004' })), '1359');
    assert.equal(codeOf(await create({ roamingProfileName: 'UK Ireland Roaming', destinationGroupId: '2506', status: '1' })), '1201');
  });

  test('1209: unknown or missing id, or the DEFAULT profile', async () => {
    assert.equal(codeOf(await remove('4242')), '1209');
    assert.equal(codeOf(await remove(undefined)), '1209');
    const answer = await remove('3001');
    assert.equal(codeOf(answer), '1209');
    assert.match(answer.body.Response.resultParam.resultDescription, /DEFAULT/);
  });

  test('1210: attached to a ratezone; 1211: attached to a plan; the lookups name the blocker', async () => {
    const zone = await remove('3002');
    assert.equal(codeOf(zone), '1210');
    assert.match(zone.body.Response.resultParam.resultDescription, /ratezone 7001/);
    const plan = await remove('3003');
    assert.equal(codeOf(plan), '1211');
    assert.match(plan.body.Response.resultParam.resultDescription, /plan 8001/);
    const zones = (await session.get('/api/GetRateZone')).body.Response.responseParam.rateZoneList;
    assert.ok(zones.some((item: { roamingProfileId: string }) => item.roamingProfileId === '3002'));
    const plans = (await session.get('/api/QueryRatePlan')).body.Response.responseParam.rows;
    assert.ok(plans.some((item: { roamingProfileId: string }) => item.roamingProfileId === '3003'));
  });
});
