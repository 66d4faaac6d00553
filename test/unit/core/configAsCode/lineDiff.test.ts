// The diff a plan shows must be exactly the change: applying its hunks to the remote's text gives the file's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { unifiedDiff } from '../../../../src/core/configAsCode/lineDiff';

/** Applies a unified diff to `before`, checking every context and removed line against it. */
function applyUnifiedDiff(before: string, diff: string): string {
  const source = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const result: string[] = [];
  let position = 0;
  const lines = diff.replace(/\n$/, '').split('\n').slice(2);
  for (const line of lines) {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(line);
    if (header) {
      const start = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
      while (position < start) result.push(source[position++]);
      continue;
    }
    const text = line.slice(1);
    if (line[0] === '+') result.push(text);
    else {
      assert.equal(source[position], text, `line ${position + 1} of the original`);
      if (line[0] === ' ') result.push(text);
      position += 1;
    }
  }
  while (position < source.length) result.push(source[position++]);
  return result.length === 0 ? '' : `${result.join('\n')}\n`;
}

const labels = { before: 'remote', after: 'file' };

describe('unified diff', () => {
  it('is empty for equal texts', () => {
    assert.equal(unifiedDiff('{\n  "a": 1\n}\n', '{\n  "a": 1\n}\n', labels), '');
  });

  it('shows one changed field with three lines of context', () => {
    const before = ['{', '  "a": 1,', '  "b": 2,', '  "c": 3,', '  "d": 4,', '  "e": 5,', '  "f": 6', '}'].join('\n') + '\n';
    const after = before.replace('"d": 4', '"d": 40');
    assert.equal(unifiedDiff(before, after, labels), [
      '--- remote', '+++ file', '@@ -2,7 +2,7 @@', '   "a": 1,', '   "b": 2,', '   "c": 3,', '-  "d": 4,', '+  "d": 40,', '   "e": 5,', '   "f": 6', ' }', '',
    ].join('\n'));
  });

  it('applied to the first text, gives the second', () => {
    const lines = fc.array(fc.constantFrom('{', '}', '"a": 1', '"b": 2', '"c": [', '],', 'x'), { maxLength: 25 });
    fc.assert(fc.property(lines, lines, (left, right) => {
      const before = left.length === 0 ? '' : `${left.join('\n')}\n`;
      const after = right.length === 0 ? '' : `${right.join('\n')}\n`;
      const diff = unifiedDiff(before, after, labels);
      if (before === after) assert.equal(diff, '');
      else assert.equal(applyUnifiedDiff(before, diff), after);
    }), { numRuns: 300 });
  });
});
