// `POST /__sandbox/users`: a user with a password found nowhere else, so a test can search every file and log
// for it (the real sandbox password, "sandbox", is in every connection's name and label).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';

describe('sandbox users added by tests', () => {
  let sandbox: RunningSandbox;
  const post = (base: string, path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  test('an added SFT user logs in to the reseller account until the sandbox is reset', async () => {
    const credentials = { username: 'leak-check', password: 'Qx7-unique-SFT-password' };
    assert.equal((await post(sandbox.sftUrl, '/api/login', credentials)).status, 401);
    assert.equal((await post(sandbox.sftUrl, '/__sandbox/users', credentials)).status, 200);
    const login = await post(sandbox.sftUrl, '/api/login', credentials);
    assert.equal(login.status, 200);
    const { AccessToken } = await login.json() as { AccessToken: string };
    const groups = await fetch(`${sandbox.sftUrl}/api/GetDestinationLists?destinationListOnly=TRUE`, { headers: { 'X-Authorization': `Bearer ${AccessToken}` } });
    const body = await groups.json() as { Response: { resultParam: { resultCode: string } } };
    assert.equal(body.Response.resultParam.resultCode, '10029', 'the added user acts on the reseller account');
    await post(sandbox.sftUrl, '/__sandbox/reset', {});
    assert.equal((await post(sandbox.sftUrl, '/api/login', credentials)).status, 401);
  });

  test('an added TelecomX user gets the access level asked for', async () => {
    const credentials = { username: 'Viewer2@Sandbox.Example', password: 'Qx7-unique-TX-password' };
    assert.equal((await post(sandbox.telecomxUrl, '/__sandbox/users', { ...credentials, accessLevel: 'VIEWER' })).status, 200);
    const login = await post(sandbox.telecomxUrl, '/auth/login', credentials);
    assert.equal(login.status, 200);
    assert.equal(((await login.json()) as { accessLevel: string }).accessLevel, 'VIEWER');
    const refused = await post(sandbox.telecomxUrl, '/__sandbox/users', { ...credentials, accessLevel: 'EMPEROR' });
    assert.equal(refused.status, 400);
    assert.match(((await refused.json()) as { message: string }).message, /unknown access level "EMPEROR"/);
  });

  test('a user without a password is refused with a reason', async () => {
    const refused = await post(sandbox.sftUrl, '/__sandbox/users', { username: 'nobody' });
    assert.equal(refused.status, 400);
    assert.match(((await refused.json()) as { message: string }).message, /"username" and "password"/);
  });
});
