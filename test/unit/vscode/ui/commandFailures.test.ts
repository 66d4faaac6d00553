// The one message every failed command shows: the command, the reason, the next step once; never a stack.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../../../src/core/configAsCode/configError';
import { RemoteError } from '../../../../src/core/http/types';
import { describeCommandFailure } from '../../../../src/vscode/ui/commandFailures';

describe('command failures', () => {
  it('says a vendor refusal with its next step, once', () => {
    const refusal = new RemoteError('refused', 'Destination not attached with account — check the network list', { nextStep: 'check the network list' });
    assert.equal(describeCommandFailure('Push', refusal), 'Push: Destination not attached with account — check the network list');
    const withStep = new RemoteError('unreachable', 'Cannot reach https://sft.example.', { nextStep: 'Check the base URL.' });
    assert.equal(describeCommandFailure('Refresh', withStep), 'Refresh: Cannot reach https://sft.example. Check the base URL.');
  });

  it('says a folder problem as it is, and anything else in one line without a stack', () => {
    assert.equal(describeCommandFailure('Plan Folder…', new ConfigError('The folder /x does not exist: export into it first.')), 'Plan Folder…: The folder /x does not exist: export into it first.');
    const bug = new TypeError('Cannot read properties of undefined (reading \'id\')\n    at openObject (extension.js:1:2)');
    assert.equal(describeCommandFailure('Open', bug), 'Open failed: Cannot read properties of undefined (reading \'id\')');
    assert.equal(describeCommandFailure('Open', 'plain'), 'Open failed: plain');
  });
});
