// The core's failures are neutral; each surface adds its own advice. VS Code's texts are the ones the extension
// has always shown (certificate: VS Code's proxy settings; password: edit the connection), the command line's name
// NODE_EXTRA_CA_CERTS and the password's environment variable — and neither surface's words leak into the other.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { cliFailureAdvice } from '../../../../src/cli/failureAdvice';
import { InMemoryCredentialStore } from '../../../../src/core/http/credentials';
import { classifyTransportError } from '../../../../src/core/http/failures';
import { RemoteError, silentLogger } from '../../../../src/core/http/types';
import { createPlatformClient } from '../../../../src/core/platforms/clientFactory';
import { checkLogin } from '../../../../src/core/platforms/loginCheck';
import { startSandbox, type RunningSandbox } from '../../../../src/sandbox';
import { vscodeFailureAdvice } from '../../../../src/vscode/ui/failureAdvice';
import { resetSandbox, sftConnection } from '../../core/http/harness';

const context = { origin: 'https://sft.example', method: 'POST', path: '/api/login', timeoutMs: 30_000 };
const certificateFailure = (): RemoteError => classifyTransportError({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, context, undefined);

describe('advice by surface, for a refused certificate', () => {
  it('the core says what happened and nothing about where to fix it', () => {
    const failure = certificateFailure();
    assert.equal(failure.kind, 'certificate');
    assert.equal(failure.message, 'The TLS certificate of https://sft.example was refused (DEPTH_ZERO_SELF_SIGNED_CERT).');
    assert.equal(failure.nextStep, undefined);
  });

  it('VS Code: the message it always showed', () => {
    const advised = vscodeFailureAdvice(certificateFailure());
    assert.equal(advised.message, 'The TLS certificate of https://sft.example was refused (DEPTH_ZERO_SELF_SIGNED_CERT). Check the address; behind a company proxy, check VS Code\'s proxy settings.');
    assert.equal(advised.kind, 'certificate');
  });

  it('the command line: NODE_EXTRA_CA_CERTS, never VS Code', () => {
    const advised = cliFailureAdvice('ROAMING_PASSWORD')(certificateFailure());
    assert.match(advised.nextStep ?? '', /NODE_EXTRA_CA_CERTS=\/path\/to\/ca\.pem/);
    assert.doesNotMatch(`${advised.message} ${advised.nextStep}`, /VS Code/);
  });
});

describe('advice by surface, for a refused password', () => {
  let sandbox: RunningSandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });
  beforeEach(() => resetSandbox(sandbox));

  async function signInFailure(advice?: typeof vscodeFailureAdvice, askPassword?: () => Promise<string | undefined>): Promise<RemoteError> {
    const client = createPlatformClient(sftConnection(sandbox), {
      credentials: new InMemoryCredentialStore('not-the-password'), logger: silentLogger, advice, askPassword,
    });
    try {
      await client.signIn();
    } catch (error) {
      assert.ok(error instanceof RemoteError);
      return error;
    }
    throw new Error('the sign-in worked');
  }

  it('the core says whose password was refused, with no next step', async () => {
    const failure = await signInFailure();
    assert.equal(failure.kind, 'authentication');
    assert.match(failure.message, /^The password for sandbox-reseller was refused by BICS SFT at /);
    assert.equal(failure.nextStep, undefined);
  });

  it('VS Code: the next step it always gave, after a cancelled prompt and in the login check', async () => {
    const cancelled = await signInFailure(vscodeFailureAdvice, async () => undefined);
    assert.match(cancelled.message, /^Sign-in to BICS SFT at .* was cancelled\. The stored password for sandbox-reseller was refused/);
    assert.equal(cancelled.nextStep, 'Edit the connection or sign in again with the right password.');

    const checked = await checkLogin(sftConnection(sandbox), 'not-the-password', { advice: vscodeFailureAdvice });
    assert.deepEqual(checked, {
      ok: false, problem: 'wrong-password', message: `BICS SFT at ${sandbox.sftUrl} refused the user name or password.`,
      nextStep: 'Edit the connection or sign in again with the right password.',
    });
  });

  it('the command line: the environment variable, never the connection', async () => {
    const failure = await signInFailure(cliFailureAdvice('TEAM_SECRET'));
    assert.equal(failure.nextStep, 'Put the right password in the environment variable TEAM_SECRET.');
    assert.doesNotMatch(failure.message, /edit the connection/i);
  });
});
