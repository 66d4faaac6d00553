// Service Profile over HTTP: every result code of seed 002 reached by its cause, including 6565 through
// support access to the child account (entitled to less than the reseller).
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SftSession, codeOf } from './sftHttpClient';

const wrap = (serviceProfile: Record<string, unknown>) => ({ Request: { requestParam: { serviceProfile } } });

describe('SFT service profiles over HTTP', () => {
  let session: SftSession;
  before(async () => { session = await SftSession.start(); });
  beforeEach(async () => { await session.reset(); });
  after(async () => { await session.close(); });

  const create = (profile: Record<string, unknown>) => session.post('/api/CreateServiceProfile', wrap(profile));
  const modify = (profile: Record<string, unknown>) => session.post('/api/ModifyServiceProfile', wrap(profile));
  const remove = (id: unknown) => session.post('/api/DeleteServiceProfile', wrap({ id }));
  const getOne = async (id: string) => (await session.get('/api/GetServiceProfile', { serviceProfileId: id })).body.Response.responseParam?.rows?.[0];
  const asChild = async () => { session.token = (await session.wire.login({ targetAccountId: '300' })).AccessToken; };

  test('1323: create answers Response.serviceProfile; the row names services and RAT', async () => {
    const answer = await create({ name: 'DATA-SMS-4G', category: '0', status: '1', service: '4|2|3', accessType: '06' });
    assert.equal(codeOf(answer), '1323');
    assert.equal(answer.body.Response.serviceProfile, 'SP_1402');
    assert.deepEqual(await getOne('SP_1402'), {
      profileId: 'SP_1402', profileName: 'DATA-SMS-4G', category: '0', status: '1',
      service: '4|2|3', serviceName: 'NB-IoT|SMS-MO|SMS-MT', accessType: '06', ratTypeName: '2G/3G/4G',
    });
    const nbIot = await create({ name: 'NB only', category: 1, status: 0, service: '4' });
    assert.equal(codeOf(nbIot), '1323');
    const row = await getOne(nbIot.body.Response.serviceProfile);
    assert.equal(row.accessType, undefined, 'no RAT without DATA/SMS');
    assert.equal(row.ratTypeName, undefined);
  });

  test('1324: a missing or invalid field, unknown or repeated service, accessType missing where needed or given where not', async () => {
    const base = { name: 'P', category: '0', status: '1', service: '1', accessType: '06' };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...base, name: ' ' }, /name/],
      [{ ...base, category: '2' }, /category/],
      [{ ...base, status: undefined }, /status/],
      [{ ...base, service: '' }, /service/],
      [{ ...base, service: '1|5' }, /unknown service code "5"/],
      [{ ...base, service: '1|1' }, /twice/],
      [{ ...base, accessType: undefined }, /accessType is mandatory/],
      [{ ...base, service: '4' }, /only allowed/],
      [{ ...base, accessType: '11' }, /not one of/],
    ];
    for (const [profile, reason] of cases) {
      const answer = await create(profile);
      assert.equal(codeOf(answer), '1324', JSON.stringify(profile));
      assert.match(answer.body.Response.resultParam.resultDescription, reason);
    }
    assert.equal(codeOf(await session.post('/api/CreateServiceProfile', { serviceProfile: base })), '1324', 'the body is Request.requestParam.serviceProfile');
  });

  test('6554 a duplicate name; 10111 an obsolete access type', async () => {
    assert.equal(codeOf(await create({ name: 'nb-iot only ', category: '0', status: '1', service: '4' })), '6554');
    for (const obsolete of ['03', '04', '05', '07', '08', '09']) {
      assert.equal(codeOf(await create({ name: `Old ${obsolete}`, category: '0', status: '1', service: '1', accessType: obsolete })), '10111');
    }
  });

  test('6565: beyond the acting account\'s entitlement, reached through support access to child 300', async () => {
    await asChild();
    assert.equal(codeOf(await create({ name: 'Child 5G', category: '0', status: '1', service: '1', accessType: '10' })), '6565');
    assert.equal(codeOf(await create({ name: 'Child NB', category: '0', status: '1', service: '4' })), '6565');
    assert.equal(codeOf(await create({ name: 'Child 4G', category: '0', status: '1', service: '1|2', accessType: '06' })), '1323');
    assert.equal(codeOf(await modify({ id: 'SP_1401', accessType: '10' })), '6565');
  });

  test('1331 lists the account\'s profiles; 1328 a malformed id; 1359 an unknown one', async () => {
    const all = await session.get('/api/GetServiceProfile');
    assert.equal(codeOf(all), '1331');
    assert.deepEqual(all.body.Response.responseParam.rows.map((row: { profileId: string }) => row.profileId), ['SP_1301', 'SP_1302', 'SP_1303', 'SP_1304', 'SP_1305']);
    assert.equal(codeOf(await session.get('/api/GetServiceProfile', { serviceProfileId: '1301' })), '1328');
    assert.equal(codeOf(await session.get('/api/GetServiceProfile', { serviceProfileId: 'SP_9999' })), '1359');
    assert.equal(codeOf(await session.get('/api/GetServiceProfile', { serviceProfileId: 'SP_1401' })), '1359', 'another account\'s profile');
  });

  test('1325: modify name, status, services and RAT; a RAT upgrade of an attached profile is allowed', async () => {
    assert.equal(codeOf(await modify({ id: 'SP_1304', name: 'SMS 2G/3G', accessType: '01', status: '0' })), '1325');
    const row = await getOne('SP_1304');
    assert.deepEqual([row.profileName, row.accessType, row.status, row.service], ['SMS 2G/3G', '01', '0', '2|3']);
    assert.equal(codeOf(await modify({ id: 'SP_1305', service: '4' })), '1325', 'NB-IoT only drops the stored RAT');
    assert.equal((await getOne('SP_1305')).accessType, undefined);
    assert.equal(codeOf(await modify({ id: 'SP_1301', accessType: '10' })), '1325');
  });

  test('1326: unknown id, category sent, nothing to change, invalid values', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ id: 'SP_9999', name: 'x' }, /does not exist/],
      [{ name: 'x' }, /id is mandatory/],
      [{ id: 'SP_1304', category: '1' }, /category cannot be modified/],
      [{ id: 'SP_1304' }, /nothing to modify/],
      [{ id: 'SP_1304', status: '7' }, /status/],
      [{ id: 'SP_1304', service: '9' }, /unknown service/],
      [{ id: 'SP_1302', accessType: '06' }, /only allowed/],
      [{ id: 'SP_1302', service: '1' }, /accessType is mandatory/],
    ];
    for (const [profile, reason] of cases) {
      const answer = await modify(profile);
      assert.equal(codeOf(answer), '1326', JSON.stringify(profile));
      assert.match(answer.body.Response.resultParam.resultDescription, reason);
    }
  });

  test('6554 and 10111 on modify', async () => {
    assert.equal(codeOf(await modify({ id: 'SP_1304', name: 'NB-IoT Only' })), '6554');
    assert.equal(codeOf(await modify({ id: 'SP_1304', accessType: '05' })), '10111');
  });

  test('10085: a RAT downgrade (or losing the RAT) of a profile attached to a plan', async () => {
    assert.equal(codeOf(await modify({ id: 'SP_1301', accessType: '02' })), '10085');
    assert.equal(codeOf(await modify({ id: 'SP_1301', accessType: '01' })), '10085', '01 (2G/3G) is below 06');
    assert.equal(codeOf(await modify({ id: 'SP_1301', service: '4' })), '10085');
    assert.equal(codeOf(await modify({ id: 'SP_1304', accessType: '02' })), '1325', 'not attached: any RAT');
    assert.equal((await getOne('SP_1301')).accessType, '06', 'the refused change was not applied');
  });

  test('10100: the services of an addon cannot change; its other fields can', async () => {
    assert.equal(codeOf(await modify({ id: 'SP_1303', service: '1|2' })), '10100');
    assert.equal(codeOf(await modify({ id: 'SP_1303', service: '1', name: 'Data Boost 5G' })), '1325', 'the same services are no change');
  });

  test('1329 delete; 1330 unknown or malformed id; 1338 attached to a plan', async () => {
    assert.equal(codeOf(await remove('SP_1304')), '1329');
    assert.equal(codeOf(await session.get('/api/GetServiceProfile', { serviceProfileId: 'SP_1304' })), '1359');
    assert.equal(codeOf(await remove('SP_1304')), '1330');
    assert.equal(codeOf(await remove(1305)), '1330');
    const attached = await remove('SP_1301');
    assert.equal(codeOf(attached), '1338');
    assert.match(attached.body.Response.resultParam.resultDescription, /plan 8001/);
  });
});
