// Each fault kind on SFT paths, injected through POST /__sandbox/faults, over HTTP. The verify-completion
// faults are told apart by what a GET finds afterwards, as a client has to.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SftSession, codeOf } from './sftHttpClient';

describe('SFT faults over HTTP', () => {
  let session: SftSession;
  before(async () => { session = await SftSession.start(); });
  beforeEach(async () => { await session.reset(); });
  after(async () => { await session.close(); });

  const inject = async (fault: Record<string, unknown>): Promise<void> => {
    const answer = await session.wire.admin('POST', 'faults', fault);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
  };
  const createProfile = (name: string) => session.post('/api/createRoamingProfile', { roamingProfileInfo: { roamingProfileName: name, destinationGroupId: '2504', status: '1' } });
  const profileNames = async (): Promise<string[]> =>
    (await session.get('/api/GetRoamingProfile')).body.Response.responseParam.rows.map((row: { roamingProfileName: string }) => row.roamingProfileName);

  test('verify-applied: 10240 with the POST timeout message, and the GET by name finds the profile', async () => {
    await inject({ method: 'POST', path: '/api/createRoamingProfile', kind: 'verify-applied', resultCode: '10240' });
    const answer = await createProfile('Iberia Roaming');
    assert.equal(answer.status, 200);
    assert.equal(codeOf(answer), '10240');
    assert.equal(answer.body.Response.resultCode, '1');
    assert.equal(answer.body.Response.roamingProfileId, undefined, 'no id comes back');
    assert.match(answer.body.Response.resultParam.resultDescription, /^Operation timeout \(verify completion\): API operation has Time out\./);
    assert.ok((await profileNames()).includes('Iberia Roaming'));
    assert.equal(codeOf(await createProfile('Iberia Roaming')), '1203', 'a blind retry meets the duplicate name');
  });

  test('verify-not-applied: 10239, and the GET shows nothing changed', async () => {
    await inject({ method: 'POST', path: '/api/createRoamingProfile', kind: 'verify-not-applied', resultCode: '10239' });
    const answer = await createProfile('Iberia Roaming');
    assert.equal(codeOf(answer), '10239');
    assert.equal(answer.body.Response.resultParam.resultDescription, 'Operation failed (verify completion)');
    assert.ok(!(await profileNames()).includes('Iberia Roaming'));
    assert.equal(codeOf(await createProfile('Iberia Roaming')), '1201', 'the retry goes through');
  });

  test('verify faults on the other kinds: modify of a destination group applied, delete of a service profile not', async () => {
    await inject({ method: 'POST', path: '/api/modifyDestinationGroup', kind: 'verify-applied', resultCode: '10239' });
    const modify = await session.post('/api/modifyDestinationGroup', { destinationGroupinfo: { destinationGroupId: '2505', addTadigCodeList: [{ tadigCode: 'MLTGO', categoryGroupId: '12' }] } });
    assert.equal(codeOf(modify), '10239');
    const group = await session.get('/api/GetDestinationLists', { destinationListId: '2505' });
    assert.equal(group.body.Response.responseParam.rows[0].tadigList.length, 2);

    await inject({ method: 'POST', path: '/api/DeleteServiceProfile', kind: 'verify-not-applied' });
    const remove = await session.post('/api/DeleteServiceProfile', { Request: { requestParam: { serviceProfile: { id: 'SP_1304' } } } });
    assert.equal(codeOf(remove), '10240', '10240 is the default');
    assert.equal(codeOf(await session.get('/api/GetServiceProfile', { serviceProfileId: 'SP_1304' })), '1331');
  });

  test('http500: HTTP 500 with the failure envelope, once', async () => {
    await inject({ method: 'GET', path: '/api/GetRoamingProfile', kind: 'http500' });
    const answer = await session.get('/api/GetRoamingProfile');
    assert.deepEqual([answer.status, codeOf(answer), answer.body.Response.resultCode], [500, '500', '1']);
    assert.equal((await session.get('/api/GetRoamingProfile')).status, 200, 'count 1 is spent');
  });

  test('rate-limit: the 429 the server would send, headers included', async () => {
    await inject({ method: 'GET', path: '/api/GetServiceProfile', kind: 'rate-limit' });
    const answer = await session.get('/api/GetServiceProfile');
    assert.deepEqual([answer.status, codeOf(answer)], [429, '429']);
    assert.equal(answer.headers.get('retry-after'), '1');
  });

  test('expired-token: the server\'s 401 "Token expired", while the token itself stays good', async () => {
    await inject({ method: 'GET', path: '/api/GetDestinationLists', kind: 'expired-token' });
    const answer = await session.get('/api/GetDestinationLists');
    assert.equal(answer.status, 401);
    assert.equal(answer.body.Response.resultParam.resultDescription, 'Token expired');
    assert.equal(codeOf(await session.get('/api/GetDestinationLists')), '10029');
  });

  test('slow: the real answer, after the delay, recorded in the request log', async () => {
    await inject({ method: 'GET', path: '/api/GetRateZone', kind: 'slow', delayMs: 20 });
    const answer = await session.get('/api/GetRateZone');
    assert.equal(codeOf(answer), '10210');
    const log = (await session.wire.admin('GET', 'requests')).body as { path: string; fault?: string; resultCode?: string }[];
    const entry = log.find((item) => item.path === '/api/GetRateZone');
    assert.deepEqual([entry?.fault, entry?.resultCode], ['slow', '10210']);
  });

  test('drop: the connection closes without an answer', async () => {
    await inject({ method: 'GET', path: '/api/QueryRatePlan', kind: 'drop' });
    await assert.rejects(session.get('/api/QueryRatePlan'));
    assert.equal(codeOf(await session.get('/api/QueryRatePlan')), '10220');
  });

  test('non-json: HTTP 200 with an HTML body', async () => {
    await inject({ method: 'GET', path: '/api/GetNetworkList', kind: 'non-json' });
    const answer = await session.get('/api/GetNetworkList');
    assert.equal(answer.status, 200);
    assert.equal(typeof answer.body, 'string');
    assert.match(answer.body, /<html>/);
  });

  test('count -1 hits every matching request until the faults are cleared', async () => {
    await inject({ method: 'GET', path: '/api/GetServiceProfile', kind: 'http500', count: -1 });
    for (let attempt = 0; attempt < 3; attempt += 1) assert.equal((await session.get('/api/GetServiceProfile')).status, 500);
    await session.wire.admin('DELETE', 'faults');
    assert.equal((await session.get('/api/GetServiceProfile')).status, 200);
  });

  test('the request log keeps the result code of each answer and hides the password', async () => {
    await session.wire.admin('DELETE', 'requests');
    await session.wire.login();
    await createProfile('Logged');
    const log = (await session.wire.admin('GET', 'requests')).body as { path: string; body: { password?: string }; resultCode?: string }[];
    assert.equal(log.find((item) => item.path === '/api/createRoamingProfile')?.resultCode, '1201');
    assert.notEqual(log.find((item) => item.path === '/api/login')?.body.password, 'sandbox');
  });
});
