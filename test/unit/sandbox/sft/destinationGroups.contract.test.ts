// Destination Group over HTTP: every result code of seed 001 reached by its cause, the GET query parameters,
// and the DEFAULT roaming profile propagation.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SftSession, codeOf, type WireAnswer } from './sftHttpClient';

const op = (tadigCode: string, categoryGroupId = '12') => ({ tadigCode, categoryGroupId });
const ids = (answer: WireAnswer): string[] => answer.body.Response.responseParam.rows.map((row: { destinationListId: string }) => row.destinationListId);
const tadigs = (rows: { tadigCode: string; categoryGroupId: string }[]): string[] => rows.map((row) => `${row.tadigCode}/${row.categoryGroupId}`);

describe('SFT destination groups over HTTP', () => {
  let session: SftSession;
  before(async () => { session = await SftSession.start(); });
  beforeEach(async () => { await session.reset(); });
  after(async () => { await session.close(); });

  const create = (info: Record<string, unknown>) => session.post('/api/createDestinationGroup', { destinationGroupinfo: info });
  const modify = (info: Record<string, unknown>) => session.post('/api/modifyDestinationGroup', { destinationGroupinfo: info });
  const remove = (destinationGroupId: unknown) => session.post('/api/deleteDestinationGroup', { destinationGroupinfo: { destinationGroupId } });
  const operatorsOf = async (path: string, query: Record<string, string>) => {
    const answer = await session.get(path, query);
    return tadigs(answer.body.Response.responseParam.rows[0].tadigList);
  };

  test('10029: every group with its operators (tadigCode and categoryGroupId each)', async () => {
    const answer = await session.get('/api/GetDestinationLists');
    assert.equal(codeOf(answer), '10029');
    assert.deepEqual(ids(answer), ['2501', '2502', '2503', '2504', '2505', '2506', '2507']);
    const euCore = answer.body.Response.responseParam.rows[0];
    assert.equal(euCore.destinationListName, 'EU Core');
    assert.deepEqual(euCore.tadigList[0], { tadigCode: 'BELPB', categoryGroupId: '12', operatorId: '20001', operatorName: 'Proximus', countryName: 'Belgium' });
    assert.ok(tadigs(euCore.tadigList).includes('DEUD1/27'), 'the same TADIG under a second supplier');
  });

  test('GET parameters: destinationListId, tadigCode under any supplier, destinationListOnly=TRUE (any case)', async () => {
    assert.deepEqual(ids(await session.get('/api/GetDestinationLists', { destinationListId: '2503' })), ['2503']);
    assert.deepEqual(ids(await session.get('/api/GetDestinationLists', { tadigCode: 'DNKTD' })), ['2502']);
    assert.deepEqual(ids(await session.get('/api/GetDestinationLists', { tadigCode: 'irlec' })), ['2501', '2506']);
    const namesOnly = await session.get('/api/GetDestinationLists', { destinationListOnly: 'true' });
    assert.deepEqual(namesOnly.body.Response.responseParam.rows[4], { destinationListId: '2505', destinationListName: 'Malta Only' });
    const ignored = await session.get('/api/GetDestinationLists', { destinationListOnly: 'yes', destinationListId: '2505' });
    assert.equal(ignored.body.Response.responseParam.rows[0].tadigList.length, 1);
  });

  test('10030 for a non-numeric id; 10031 when nothing matches', async () => {
    assert.equal(codeOf(await session.get('/api/GetDestinationLists', { destinationListId: 'x1' })), '10030');
    assert.equal(codeOf(await session.get('/api/GetDestinationLists', { destinationListId: '9999' })), '10031');
    const none = await session.get('/api/GetDestinationLists', { tadigCode: 'CYPCY' });
    assert.equal(codeOf(none), '10031');
    assert.equal(none.body.Response.resultCode, '1');
  });

  test('10032: create answers Response.destinationGroupId and the group reads back', async () => {
    const answer = await create({ destinationGroupName: 'Adriatic', tadigCodeList: [op('HRVCN'), { tadigCode: 'SVNMT', categoryGroupId: 12 }] });
    assert.equal(codeOf(answer), '10032');
    const id = answer.body.Response.destinationGroupId;
    assert.equal(id, '2603');
    assert.deepEqual(await operatorsOf('/api/GetDestinationLists', { destinationListId: id }), ['HRVCN/12', 'SVNMT/12']);
  });

  test('10033: missing name, missing or empty list, an item lacking a field', async () => {
    const cases: Record<string, unknown>[] = [
      { tadigCodeList: [op('HRVCN')] },
      { destinationGroupName: 'A' },
      { destinationGroupName: 'A', tadigCodeList: [] },
      { destinationGroupName: 'A', tadigCodeList: [{ tadigCode: 'HRVCN' }] },
      { destinationGroupName: 'A', tadigCodeList: [{ categoryGroupId: '12' }] },
    ];
    for (const info of cases) assert.equal(codeOf(await create(info)), '10033', JSON.stringify(info));
    assert.equal(codeOf(await session.post('/api/createDestinationGroup', { destinationGroupInfo: {} })), '10033', 'the key is destinationGroupinfo');
  });

  test('10044 the same operator twice; 10098 a taken name; 10042 a pair outside the network list', async () => {
    assert.equal(codeOf(await create({ destinationGroupName: 'Twice', tadigCodeList: [op('HRVCN'), op('HRVCN')] })), '10044');
    assert.equal(codeOf(await create({ destinationGroupName: 'Twice', tadigCodeList: [op('DEUD1'), op('DEUD1', '27')] })), '10032', 'one per supplier is fine');
    assert.equal(codeOf(await create({ destinationGroupName: ' eu core ', tadigCodeList: [op('HRVCN')] })), '10098');
    const outside = await create({ destinationGroupName: 'Croatia via 27', tadigCodeList: [op('HRVCN', '27')] });
    assert.equal(codeOf(outside), '10042');
    assert.equal(outside.body.Response.resultParam.resultDescription, 'Destination not attached with account: HRVCN (categoryGroupId 27)');
  });

  test('10034: add and remove in one step; the DEFAULT profile follows, a CUSTOM profile does not', async () => {
    const answer = await modify({ destinationGroupId: '2501', addTadigCodeList: [op('FRAF3')], removeTadigCodeList: [op('CZERM')] });
    assert.equal(codeOf(answer), '10034');
    const group = await operatorsOf('/api/GetDestinationLists', { destinationListId: '2501' });
    assert.ok(group.includes('FRAF3/12') && !group.includes('CZERM/12'));
    const defaultProfile = await operatorsOf('/api/GetRoamingProfile', { roamingProfileId: '3001' });
    assert.ok(defaultProfile.includes('FRAF3/12'), 'added to the DEFAULT profile');
    assert.ok(!defaultProfile.includes('CZERM/12'), 'removed from the DEFAULT profile');
    const customProfile = await operatorsOf('/api/GetRoamingProfile', { roamingProfileId: '3005' });
    assert.ok(!customProfile.includes('FRAF3/12') && customProfile.includes('CZERM/12'), 'CUSTOM profile unchanged');
  });

  test('10035: unknown group, both lists empty, removing an absent operator, one operator in both lists', async () => {
    const cases: Record<string, unknown>[] = [
      { destinationGroupId: '9999', addTadigCodeList: [op('FRAF3')] },
      { addTadigCodeList: [op('FRAF3')] },
      { destinationGroupId: '2501', addTadigCodeList: [], removeTadigCodeList: [] },
      { destinationGroupId: '2501', removeTadigCodeList: [op('FRAF3')] },
      { destinationGroupId: '2501', addTadigCodeList: [op('FRAF1')], removeTadigCodeList: [op('FRAF1')] },
      { destinationGroupId: '2501', addTadigCodeList: [{ tadigCode: 'FRAF3' }] },
    ];
    for (const info of cases) assert.equal(codeOf(await modify(info)), '10035', JSON.stringify(info));
  });

  test('10043 removing the last operator; 10044 twice in one list; 10045 already in the group; 10042 outside the network list', async () => {
    assert.equal(codeOf(await modify({ destinationGroupId: '2505', removeTadigCodeList: [op('MLTTL')] })), '10043');
    assert.equal(codeOf(await modify({ destinationGroupId: '2505', removeTadigCodeList: [op('MLTTL')], addTadigCodeList: [op('MLTGO')] })), '10034', 'replacing the last operator is fine');
    assert.equal(codeOf(await modify({ destinationGroupId: '2504', addTadigCodeList: [op('FRAF3'), op('FRAF3')] })), '10044');
    assert.equal(codeOf(await modify({ destinationGroupId: '2504', addTadigCodeList: [op('ESPAT')] })), '10045');
    assert.equal(codeOf(await modify({ destinationGroupId: '2504', addTadigCodeList: [op('ESPAT', '27')] })), '10042');
  });

  test('a refused modify changes nothing', async () => {
    const before = await operatorsOf('/api/GetDestinationLists', { destinationListId: '2504' });
    assert.equal(codeOf(await modify({ destinationGroupId: '2504', removeTadigCodeList: [op('ESPAT')], addTadigCodeList: [op('ESPXF')] })), '10045');
    assert.deepEqual(await operatorsOf('/api/GetDestinationLists', { destinationListId: '2504' }), before);
  });

  test('10036: delete a free group', async () => {
    assert.equal(codeOf(await remove('2504')), '10036');
    assert.equal(codeOf(await session.get('/api/GetDestinationLists', { destinationListId: '2504' })), '10031');
  });

  test('10037 unknown group or one a roaming profile uses; 10040 on a plan; 10041 on a ratezone', async () => {
    assert.equal(codeOf(await remove('9999')), '10037');
    const used = await remove('2506');
    assert.equal(codeOf(used), '10037');
    assert.match(used.body.Response.resultParam.resultDescription, /roaming profile 3004/);
    assert.equal(codeOf(await remove('2503')), '10040');
    assert.equal(codeOf(await remove('2502')), '10041');
    const plans = (await session.get('/api/QueryRatePlan')).body.Response.responseParam.rows;
    assert.ok(plans.some((plan: { destinationGroup: string }) => plan.destinationGroup === '2503'));
    const zones = (await session.get('/api/GetRateZone')).body.Response.responseParam.rateZoneList;
    assert.ok(zones.some((zone: { destGroupId: string }) => zone.destGroupId === '2502'));
  });

  test('10057 is reached only through a "result" fault, and the write is not applied', async () => {
    await session.wire.admin('POST', 'faults', { method: 'POST', path: '/api/createDestinationGroup', kind: 'result', resultCode: '10057' });
    const answer = await create({ destinationGroupName: 'Adriatic', tadigCodeList: [op('HRVCN')] });
    assert.equal(codeOf(answer), '10057');
    assert.equal(answer.body.Response.resultParam.resultDescription, 'Unexpected error occurred, please try again');
    assert.equal(codeOf(await create({ destinationGroupName: 'Adriatic', tadigCodeList: [op('HRVCN')] })), '10032');
  });
});
