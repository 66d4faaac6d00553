// Token expiry and rotation through handle(), with an injected clock: no waiting for real time to pass.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SimulatorHarness, descriptionOf } from './simulatorHarness';

describe('SFT token lifetimes', () => {
  test('an access token works until its lifetime ends and is "Token expired" from that instant', async () => {
    const harness = new SimulatorHarness({ accessTtlSeconds: 60 });
    const { AccessToken } = await harness.login();
    harness.advance(59_999);
    assert.equal((await harness.call('GET', '/api/GetRoamingProfile', { token: AccessToken })).status, 200);
    harness.advance(1);
    const expired = await harness.call('GET', '/api/GetRoamingProfile', { token: AccessToken });
    assert.equal(expired.status, 401);
    assert.equal(descriptionOf(expired), 'Token expired');
  });

  test('a refresh token outlives the access token, then expires too', async () => {
    const harness = new SimulatorHarness({ accessTtlSeconds: 60, refreshTtlSeconds: 600 });
    const first = await harness.login();
    harness.advance(300_000);
    const refreshed = await harness.call('GET', '/api/RefreshToken', { token: first.RefreshToken });
    assert.equal(refreshed.status, 200);
    const second = refreshed.body as { AccessToken: string; RefreshToken: string };
    assert.equal((await harness.call('GET', '/api/GetServiceProfile', { token: second.AccessToken })).status, 200);
    harness.advance(600_000);
    const late = await harness.call('GET', '/api/RefreshToken', { token: second.RefreshToken });
    assert.equal(late.status, 401);
    assert.equal(descriptionOf(late), 'Token expired');
  });

  test('a refresh token is good for one exchange only', async () => {
    const harness = new SimulatorHarness();
    const { RefreshToken } = await harness.login();
    const [first, second] = await Promise.all([
      harness.call('GET', '/api/RefreshToken', { token: RefreshToken }),
      harness.call('GET', '/api/RefreshToken', { token: RefreshToken }),
    ]);
    assert.deepEqual([first.status, second.status].sort(), [200, 401], 'of two concurrent exchanges one wins');
  });

  test('a new access lifetime set live applies to tokens issued afterwards', async () => {
    const harness = new SimulatorHarness();
    const before = await harness.login();
    harness.simulator.applySettings({ accessTtlSeconds: 2, refreshTtlSeconds: 5 });
    const after = await harness.login();
    harness.advance(2000);
    assert.equal((await harness.call('GET', '/api/GetServiceProfile', { token: after.AccessToken })).status, 401);
    assert.equal((await harness.call('GET', '/api/GetServiceProfile', { token: before.AccessToken })).status, 200);
    harness.advance(3000);
    assert.equal((await harness.call('GET', '/api/RefreshToken', { token: after.RefreshToken })).status, 401);
  });

  test('expireAllTokens expires access tokens issued so far, not refresh tokens nor later logins', async () => {
    const harness = new SimulatorHarness();
    const before = await harness.login();
    harness.simulator.expireAllTokens();
    assert.equal(descriptionOf(await harness.call('GET', '/api/GetServiceProfile', { token: before.AccessToken })), 'Token expired');
    assert.equal((await harness.call('GET', '/api/RefreshToken', { token: before.RefreshToken })).status, 200);
    const after = await harness.login();
    assert.equal((await harness.call('GET', '/api/GetServiceProfile', { token: after.AccessToken })).status, 200);
  });

  test('settings are checked: unknown names and invalid values are refused with the reason', () => {
    const harness = new SimulatorHarness();
    assert.throws(() => harness.simulator.applySettings({ tokenTtlMinutes: 1 }), /unknown SFT setting "tokenTtlMinutes"/);
    assert.throws(() => harness.simulator.applySettings({ accessTtlSeconds: 0 }), /accessTtlSeconds/);
    assert.throws(() => harness.simulator.applySettings({ tps: 1.5 }), /tps/);
    assert.throws(() => harness.simulator.applySettings({ tps: '3' }), /tps/);
  });
});
