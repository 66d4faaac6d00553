// The command line's output streams as the last line of defence: whatever a printer forgot, the terminal receives
// no control character but the program's own newlines and tabs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardedOutput } from '../../../src/cli/guardedOutput';
import { knownSecrets } from '../../../src/core/http/knownSecrets';

function captured(): { text: () => string; write: (text: string) => boolean } {
  let text = '';
  return { text: () => text, write: (chunk: string) => { text += chunk; return true; } };
}

describe('guarded output', () => {
  it('shows stray control characters and keeps the layout', () => {
    const sink = captured();
    const output = guardedOutput(sink);
    output.write('Plan\n\tred \u001b[31mALERT\u001b[0m\r\n');
    output.write('bell\u0007 csi\u009b2J\n');
    assert.equal(sink.text(), 'Plan\n\tred \\u001b[31mALERT\\u001b[0m\\u000d\nbell\\u0007 csi\\u009b2J\n');
  });
});

describe('guarded output and secrets', () => {
  it('removes every secret the process knows, whoever wrote the text', () => {
    knownSecrets.rememberPassword('guarded-output-password');
    const sink = captured();
    guardedOutput(sink).write('roaming-workbench: the server said guarded-output-password\n');
    assert.equal(sink.text(), 'roaming-workbench: the server said ***\n');
  });
});
