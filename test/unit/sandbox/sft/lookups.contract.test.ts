// The read-only lookups over HTTP: the network list (the source of tadigCode + categoryGroupId), ratezones
// and rate plans.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SftSession, codeOf, type WireAnswer } from './sftHttpClient';

type NetworkRow = { tadigCode: string; categoryGroupId: string; operatorName: string; countryName: string; mcc: string; mnc: string };
const rowsOf = (answer: WireAnswer): NetworkRow[] => answer.body.Response.responseParam.rows;

describe('SFT lookups over HTTP', () => {
  let session: SftSession;
  before(async () => { session = await SftSession.start(); });
  beforeEach(async () => { await session.reset(); });
  after(async () => { await session.close(); });

  test('GetNetworkList: 10200 with the reseller\'s networks, 60+ real TADIGs under two suppliers', async () => {
    const answer = await session.get('/api/GetNetworkList');
    assert.equal(codeOf(answer), '10200');
    const rows = rowsOf(answer);
    const tadigs = new Set(rows.map((row) => row.tadigCode));
    assert.ok(tadigs.size >= 60, `${tadigs.size} networks`);
    assert.deepEqual([...new Set(rows.map((row) => row.categoryGroupId))].sort(), ['12', '27']);
    assert.deepEqual(Object.keys(rows[0]).sort(), ['categoryGroupId', 'countryCode', 'countryName', 'mcc', 'mnc', 'operatorId', 'operatorName', 'supplierName', 'tadigCode']);
    for (const row of rows) assert.match(row.tadigCode, /^[A-Z0-9]{5}$/);
  });

  test('GetNetworkList filters: tadigCode (both suppliers), operatorName and countryName substrings, categoryGroupId', async () => {
    const proximus = rowsOf(await session.get('/api/GetNetworkList', { tadigCode: 'belpb' }));
    assert.deepEqual(proximus.map((row) => row.categoryGroupId), ['12', '27']);
    assert.deepEqual([proximus[0].operatorName, proximus[0].countryName, proximus[0].mcc, proximus[0].mnc], ['Proximus', 'Belgium', '206', '01']);
    const vodafone = rowsOf(await session.get('/api/GetNetworkList', { operatorName: 'VODAFONE', countryName: 'ger' }));
    assert.deepEqual(vodafone.map((row) => `${row.tadigCode}/${row.categoryGroupId}`), ['DEUD2/12', 'DEUD2/27']);
    const secondSupplier = rowsOf(await session.get('/api/GetNetworkList', { categoryGroupId: '27' }));
    assert.ok(secondSupplier.length > 10 && secondSupplier.every((row) => row.categoryGroupId === '27'));
  });

  test('GetNetworkList: 10201 for a malformed value, 1359 when nothing matches; the child sees only its own', async () => {
    assert.equal(codeOf(await session.get('/api/GetNetworkList', { tadigCode: 'TOO-LONG' })), '10201');
    assert.equal(codeOf(await session.get('/api/GetNetworkList', { categoryGroupId: 'twelve' })), '10201');
    assert.equal(codeOf(await session.get('/api/GetNetworkList', { countryName: 'Atlantis' })), '1359');
    session.token = (await session.wire.login({ targetAccountId: '300' })).AccessToken;
    const child = rowsOf(await session.get('/api/GetNetworkList'));
    assert.equal(child.length, 21);
    assert.equal(codeOf(await session.get('/api/GetNetworkList', { tadigCode: 'DNKTD' })), '1359');
  });

  test('GetRateZone: 10210 with rateZoneList[] and its operators; 1359 for an unknown id', async () => {
    const answer = await session.get('/api/GetRateZone');
    assert.equal(codeOf(answer), '10210');
    const [zone] = answer.body.Response.responseParam.rateZoneList;
    assert.deepEqual([zone.id, zone.name, zone.destGroupId, zone.roamingProfileId], ['7001', 'Nordics Zone', '2502', '3002']);
    assert.deepEqual(zone.operatorIdList[0], { operatorId: '20039', sponsorId: '12', tadig: 'DNKTD' });
    assert.equal(codeOf(await session.get('/api/GetRateZone', { rateZoneId: '7001' })), '10210');
    assert.equal(codeOf(await session.get('/api/GetRateZone', { rateZoneId: '7002' })), '1359');
  });

  test('QueryRatePlan: 10220 with the references that block deletes; planCategory and planType filter; 1359', async () => {
    const all = await session.get('/api/QueryRatePlan');
    assert.equal(codeOf(all), '10220');
    assert.deepEqual(all.body.Response.responseParam.rows[0], {
      planId: '8001', planName: 'IoT Europe Basic', planCategory: 'NORMAL', planType: '0', planStatus: 'Active',
      serviceProfile: 'SP_1301', destinationGroup: '2503', roamingProfileId: '3003', benefit: [],
    });
    const addons = await session.get('/api/QueryRatePlan', { planCategory: 'addon', planType: '0' });
    assert.deepEqual(addons.body.Response.responseParam.rows.map((row: { planId: string }) => row.planId), ['8002']);
    assert.deepEqual(addons.body.Response.responseParam.rows[0].benefit, [{ benefitId: '9002', rateZone: '7001' }]);
    assert.equal(codeOf(await session.get('/api/QueryRatePlan', { planCategory: 'TEST' })), '1359');
  });
});
