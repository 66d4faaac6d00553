// The escaping every printer relies on: a value stays on one line and shows its control characters; the output
// streams keep the program's own newlines and tabs, and --json output stays JSON.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { printableLine, printableLines, printableText } from '../../../../src/core/text/printable';
import { unifiedDiff } from '../../../../src/core/configAsCode/lineDiff';

/** What must never reach a terminal raw from a value. */
// eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Strings rich in the characters that matter, mixed with ordinary text. */
const hostile = fc.array(fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('\n', '\r', '\t', '\u001b', '\u001b[31m', '\u009b', '\u007f', '\u2028', '\u202e', '\u2067', '\\', 'é', '😀', '  + INJECTED'),
), { maxLength: 12 }).map((parts) => parts.join(''));

describe('printableLine', () => {
  it('leaves no control character and no line break, whatever the value', () => {
    fc.assert(fc.property(hostile, (value) => {
      const shown = printableLine(value);
      assert.doesNotMatch(shown, ACTIVE);
      assert.equal(shown.split('\n').length, 1);
    }));
  });

  it('changes nothing in ordinary text (accents, emoji, backslashes of Windows paths)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }).filter((value) => !ACTIVE.test(value)), (value) => {
      assert.equal(printableLine(value), value);
    }));
    assert.equal(printableLine('C:\\Users\\ops\\roaming'), 'C:\\Users\\ops\\roaming');
  });

  it('is idempotent: what it shows is printable already', () => {
    fc.assert(fc.property(hostile, (value) => assert.equal(printableLine(printableLine(value)), printableLine(value))));
  });

  it('shows each character as a person would type it', () => {
    assert.equal(printableLine('x\n  + INJECTED'), 'x\\n  + INJECTED');
    assert.equal(printableLine('\u001b[31mred\u001b[0m'), '\\x1b[31mred\\x1b[0m');
    assert.equal(printableLine('a\r\tb\u0000\u007f\u009b'), 'a\\r\\tb\\x00\\x7f\\x9b');
    assert.equal(printableLine('abc\u202eevil\u2028'), 'abc\\u202eevil\\u2028');
  });

  it('printableLines: one line per element, however many newlines the elements hold', () => {
    fc.assert(fc.property(fc.array(hostile, { minLength: 1, maxLength: 8 }), (lines) => {
      assert.equal(printableLines(lines).split('\n').length, lines.length);
    }));
  });
});

describe('printableText', () => {
  it('keeps newlines and tabs and makes every other control character visible', () => {
    fc.assert(fc.property(hostile, (text) => {
      const shown = printableText(text);
      assert.doesNotMatch(shown.replace(/[\n\t]/g, ''), ACTIVE);
      assert.equal(shown.split('\n').length, text.split('\n').length);
    }));
  });

  it('leaves JSON valid and meaning the same', () => {
    fc.assert(fc.property(fc.jsonValue(), hostile, (value, extra) => {
      const json = JSON.stringify({ value, extra }, null, 2);
      assert.deepEqual(JSON.parse(printableText(json)), JSON.parse(json));
    }));
  });
});

describe('a diff of a file whose name holds a newline', () => {
  it('keeps the name on its header line', () => {
    const diff = unifiedDiff('{\n  "a": 1\n}\n', '{\n  "a": 2\n}\n', { before: 'remote', after: 'x\n+ INJECTED.json' });
    assert.doesNotMatch(diff, /^\+ INJECTED/m);
    assert.match(diff, /^\+\+\+ x\\n\+ INJECTED\.json$/m);
  });
});
