// Session keeping with a scripted vendor (no server), for the orderings a live server cannot pin down: sign-out
// while a login is under way, a person who keeps typing wrong passwords, tokens made for another connection.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryCredentialStore, type StoredTokens } from '../../../../src/core/http/credentials';
import { SecretScrubber } from '../../../../src/core/http/redaction';
import { MAX_PASSWORD_PROMPTS, SessionKeeper } from '../../../../src/core/http/sessionKeeper';
import type { LoginOutcome, SessionProtocol } from '../../../../src/core/http/sessionProtocol';
import { RemoteError, silentLogger } from '../../../../src/core/http/types';
import { flushMicrotasks } from './harness';

/** A vendor whose logins resolve when the test says so, accepting one password. */
function scriptedVendor(acceptedPassword: string) {
  const logins: string[] = [];
  let hold: Promise<void> | undefined;
  let release: (() => void) | undefined;
  const protocol: SessionProtocol = {
    vendorLabel: 'Test Vendor',
    commonHeaders: {},
    async login(_context, { password }): Promise<LoginOutcome> {
      logins.push(password);
      if (hold) await hold;
      return password === acceptedPassword ? { kind: 'ok', tokens: { token: `token-${logins.length}` } } : { kind: 'credentials-refused' };
    },
    renewalDueAt: () => undefined,
    authorise: (tokens) => ({ query: { token: tokens.token } }),
    isAuthFailure: (response) => response.status === 401,
    secretsOf: (tokens) => [tokens.token],
    resultCodeOf: () => undefined,
    describeErrorBody: () => undefined,
    isLongRunning: () => false,
  };
  return {
    protocol,
    logins,
    holdLogins() { hold = new Promise((resolve) => { release = resolve; }); },
    releaseLogins() { release?.(); hold = undefined; },
  };
}

function keeper(protocol: SessionProtocol, credentials: InMemoryCredentialStore, askPassword?: (reason: string) => Promise<string | undefined>, baseUrl = 'https://a.test') {
  return new SessionKeeper({
    identity: { name: 'Test', baseUrl, username: 'user' },
    protocol,
    credentials,
    askPassword,
    context: { baseUrl, now: Date.now, send: () => assert.fail('the scripted vendor sends nothing') },
    scrubber: new SecretScrubber(),
    logger: silentLogger,
  });
}

describe('session keeper', () => {
  test('signed out while a login was under way: the login\'s tokens are not kept', async () => {
    const vendor = scriptedVendor('right');
    const credentials = new InMemoryCredentialStore('right');
    const session = keeper(vendor.protocol, credentials);
    vendor.holdLogins();
    const pending = session.tokens();
    await flushMicrotasks();
    assert.equal(vendor.logins.length, 1, 'the login is under way');
    await session.signOut();
    vendor.releaseLogins();
    assert.deepEqual(await pending, { token: 'token-1', issuedFor: JSON.stringify(['https://a.test', 'user', '']) }, 'the waiting call may use them once');
    assert.equal(await credentials.getTokens(), undefined, 'but they are not stored');
    await session.tokens();
    assert.equal(vendor.logins.length, 2, 'the next call logs in again');
  });

  test('a person who keeps typing wrong passwords is stopped after a few tries, nothing stored', async () => {
    const vendor = scriptedVendor('right');
    const credentials = new InMemoryCredentialStore('stale');
    let prompts = 0;
    const session = keeper(vendor.protocol, credentials, async () => { prompts += 1; return `wrong-${prompts}`; });
    await assert.rejects(session.tokens(), (error: unknown) => error instanceof RemoteError && error.kind === 'authentication' && /after 3 tries/.test(error.message));
    assert.equal(prompts, MAX_PASSWORD_PROMPTS);
    assert.deepEqual(vendor.logins, ['stale', 'wrong-1', 'wrong-2', 'wrong-3']);
    assert.equal(await credentials.getPassword(), 'stale');
  });

  test('tokens stored for another base URL are never used', async () => {
    const vendor = scriptedVendor('right');
    const credentials = new InMemoryCredentialStore('right');
    await keeper(vendor.protocol, credentials, undefined, 'https://old-host.test').tokens();
    const stored = await credentials.getTokens() as StoredTokens;
    const moved = await keeper(vendor.protocol, credentials, undefined, 'https://new-host.test').tokens();
    assert.notEqual(moved.token, stored.token);
    assert.equal(vendor.logins.length, 2);
  });

  test('concurrent callers share one login', async () => {
    const vendor = scriptedVendor('right');
    const session = keeper(vendor.protocol, new InMemoryCredentialStore('right'));
    vendor.holdLogins();
    const all = Promise.all([session.tokens(), session.tokens(), session.tokens()]);
    vendor.releaseLogins();
    const tokens = await all;
    assert.equal(vendor.logins.length, 1);
    assert.ok(tokens.every((each) => each === tokens[0]));
  });
});
