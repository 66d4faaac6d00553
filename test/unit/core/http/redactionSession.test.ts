// The promise the log makes: run real sessions on both vendors through every path that handles a secret —
// logins, wrong passwords typed at the prompt, refreshes, re-logins, failures of every kind — then look for
// the password, every typed password and every token value in every log entry, log message and error message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';
import { createPlatformClient, type ConnectedClient } from '../../../../src/core/platforms/clientFactory';
import { checkLogin } from '../../../../src/core/platforms/loginCheck';
import { RemoteError, type ApiRequest } from '../../../../src/core/http/types';
import {
  ObservedCredentialStore, RecordingLogger, SANDBOX_PASSWORD, addFault, resetSandbox, sftConnection, telecomxConnection,
} from './harness';

const TYPED_WRONG_PASSWORDS = ['Wrong-Horse-Battery', 'p@ss w0rd/with&odd=chars'];

describe('no secret in any log entry or error message', () => {
  let sandbox: RunningSandbox;
  before(async () => { sandbox = await startSandbox(); resetSandbox(sandbox); });
  after(async () => { await sandbox.close(); });

  const errorMessages: string[] = [];
  async function collectFailure(work: Promise<unknown>): Promise<void> {
    try {
      await work;
    } catch (error) {
      assert.ok(error instanceof RemoteError);
      errorMessages.push(error.message, error.nextStep ?? '');
    }
  }

  /** Drives one client through the secret-handling paths; returns its credential store. */
  async function exercise(client: ConnectedClient, requests: { read: ApiRequest; failing: ApiRequest }, expireTokens: () => void): Promise<void> {
    await client.call(requests.read);
    expireTokens();
    await client.call(requests.read); // refresh or re-login, then replay
    for (const kind of ['http500', 'drop', 'non-json', 'expired-token'] as const) {
      addFault(sandbox, { method: requests.failing.method, path: requests.failing.path, kind });
      await collectFailure(client.call(requests.failing));
    }
    addFault(sandbox, { method: requests.failing.method, path: requests.failing.path, kind: 'expired-token', count: 2 });
    await collectFailure(client.call(requests.failing));
    addFault(sandbox, { method: requests.failing.method, path: requests.failing.path, kind: 'slow', delayMs: 600 });
    await collectFailure(client.call({ ...requests.failing, timeoutMs: 150 }));
    await client.signOut();
    await client.call(requests.read);
  }

  test('both vendors, every path', async () => {
    const logger = new RecordingLogger();
    const stores: ObservedCredentialStore[] = [];
    const typed = [...TYPED_WRONG_PASSWORDS, SANDBOX_PASSWORD];
    const prompt = async () => typed.shift();

    const sftStore = new ObservedCredentialStore('Stored-But-Stale-Password');
    stores.push(sftStore);
    const sft = createPlatformClient(sftConnection(sandbox), { credentials: sftStore, logger, askPassword: prompt });
    await exercise(sft, {
      read: { method: 'GET', path: '/api/GetDestinationLists', query: { destinationListOnly: 'TRUE' } },
      failing: { method: 'GET', path: '/api/GetRoamingProfile', query: { roamingProfileId: '3001' } },
    }, () => sandbox.sft.expireAllTokens());

    const telecomxStore = new ObservedCredentialStore(SANDBOX_PASSWORD);
    stores.push(telecomxStore);
    const telecomx = createPlatformClient(telecomxConnection(sandbox), { credentials: telecomxStore, logger });
    await exercise(telecomx, {
      read: { method: 'GET', path: '/roaming/region', query: { limit: '2' } },
      failing: { method: 'GET', path: '/roaming/data' },
    }, () => sandbox.telecomx.expireAllTokens());

    // Failures of the login itself, where the password was just used. (A user name of its own: the sandbox's
    // user names contain the sandbox's password, "sandbox", and this client never knew that password.)
    const refused = createPlatformClient(telecomxConnection(sandbox, { username: 'nobody@example.org' }), {
      credentials: new ObservedCredentialStore(TYPED_WRONG_PASSWORDS[0]), logger,
    });
    await collectFailure(refused.call({ method: 'GET', path: '/roaming/text' }));
    for (const result of [await checkLogin(sftConnection(sandbox), TYPED_WRONG_PASSWORDS[1], { logger }), await checkLogin(telecomxConnection(sandbox), SANDBOX_PASSWORD, { logger })]) {
      errorMessages.push(result.message);
    }

    const tokenValues = stores.flatMap((store) => store.tokenHistory.flatMap((tokens) => [tokens.accessToken, tokens.refreshToken, tokens.token]))
      .filter((value): value is string => typeof value === 'string');
    const secrets = [SANDBOX_PASSWORD, 'Stored-But-Stale-Password', ...TYPED_WRONG_PASSWORDS, ...tokenValues];
    // The run did go through what it claims: several sessions on each vendor, failures, prompts.
    assert.ok(tokenValues.filter((value) => value.startsWith('eyJ')).length >= 6, 'SFT access and refresh tokens of several sessions');
    assert.ok(stores[1].tokenHistory.length >= 3, 'TelecomX tokens of several sessions');
    assert.ok(errorMessages.length >= 12, `collected ${errorMessages.length} error messages`);
    assert.ok(logger.entries.length >= 30, `collected ${logger.entries.length} log entries`);
    assert.ok(logger.entries.some((entry) => entry.path.includes('token=***')), 'the TelecomX token parameter is there, masked');

    const everything = [logger.allText(), ...errorMessages];
    for (const secret of secrets) {
      for (const text of everything) {
        assert.ok(!text.includes(secret) && !text.includes(encodeURIComponent(secret)), `a secret (${secret.slice(0, 3)}…) leaked into: ${text.slice(0, 200)}`);
      }
    }
  });
});
