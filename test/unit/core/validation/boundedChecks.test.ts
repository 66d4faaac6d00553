// The validation layer's cost is linear in the text and its memory bounded: problems capped per file and
// counted, the schema check stopped at its budget, offsets turned into lines by one index, pointers located by one
// scan that gives the same spans as the tree.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJsonTextBounded } from '../../../../src/core/validation/checkJsonText';
import { parseJsonText, spanOfPointer } from '../../../../src/core/validation/jsonTextLocations';
import { LineIndex, charactersScannedForLineIndexes } from '../../../../src/core/validation/lineIndex';
import { locatePointers } from '../../../../src/core/validation/pointerLocator';
import { MAX_PROBLEMS_PER_FILE, SCHEMA_ERROR_BUDGET, moreProblemsText } from '../../../../src/core/validation/problemLimit';
import { createSchemaValidator } from '../../../../src/core/validation/schemaValidator';
import { schemaDocumentsFromDisk } from './repoFiles';

const validator = createSchemaValidator(schemaDocumentsFromDisk());

function invalidGroup(entries: number): unknown {
  return { destinationGroupName: 'Huge', tadigCodeList: Array.from({ length: entries }, (_, index) => ({ tadigCode: `X${index}`, categoryGroupId: '12' })) };
}

describe('bounded schema checks', () => {
  test('50,000 bad entries: the first 100 places, and the check stops at its budget', () => {
    const { problems, omitted, stoppedEarly } = validator.check('destination-group', invalidGroup(50_000));
    assert.equal(problems.length, MAX_PROBLEMS_PER_FILE);
    assert.deepEqual(problems.slice(0, 2).map((problem) => problem.pointer), ['/tadigCodeList/0/tadigCode', '/tadigCodeList/1/tadigCode']);
    assert.equal(stoppedEarly, true);
    // Two findings per entry (length and form), so the budget covers 500 entries.
    assert.equal(omitted, SCHEMA_ERROR_BUDGET / 2 - MAX_PROBLEMS_PER_FILE);
  });

  test('below the budget every place is counted', () => {
    const { problems, omitted, stoppedEarly } = validator.check('destination-group', invalidGroup(300));
    assert.equal(problems.length, 100);
    assert.equal(omitted, 200);
    assert.equal(stoppedEarly, undefined);
    assert.equal(validator.validate('destination-group', invalidGroup(300)).length, 100);
  });

  test('a branch of an alternative never stops the check: a valid nullable field is still valid', () => {
    assert.deepEqual(validator.check('update-region', { notes: null, sms: null, data: null, voice: null }), { problems: [], omitted: 0 });
  });

  test('the "more" line says how many, or that the check stopped', () => {
    assert.equal(moreProblemsText(1), 'and 1 more problem (only the first 100 of a file are listed: fix these and check again)');
    assert.equal(moreProblemsText(447_900), 'and 447,900 more problems (only the first 100 of a file are listed: fix these and check again)');
    assert.match(moreProblemsText(400, true), /^and at least 400 more problems \(the check stops after 1,000 findings/);
  });
});

describe('bounded syntax problems', () => {
  test('a text of 50,000 stray characters: the first 100, every place counted, one message each', () => {
    const text = `[${'1 '.repeat(50_000)}]`;
    const parsed = parseJsonText(text);
    assert.equal(parsed.syntaxProblems.length, 100);
    assert.equal(parsed.syntaxProblems.length + parsed.omittedSyntaxProblems, 49_999);
    assert.equal(parsed.value, undefined);
  });

  test('trailing commas are still named after many problems (the look back stops at the whitespace)', () => {
    const text = `[${Array.from({ length: 1000 }, () => '[1,   ]').join(',')}]`;
    const { syntaxProblems } = parseJsonText(text);
    assert.ok(syntaxProblems.every((problem) => /^Trailing comma/.test(problem.message)));
  });

  test('JSON nested deeper than the stack is a problem, not a crash', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    const parsed = parseJsonText(deep);
    assert.equal(parsed.syntaxProblems.length, 1);
    // Valid but nested beyond any document of either platform: refused before any parser recurses
    // (src/core/validation/jsonDepth.ts); the locator on its own still falls back instead of overflowing.
    const valid = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.match(parseJsonText(valid).syntaxProblems[0]?.message ?? '', /nested deeper than 64 levels/);
    assert.equal(parseJsonText(valid).tree, undefined);
    assert.deepEqual(locatePointers(valid, [{ pointer: '/0/0/0' }]), [{ offset: 3, length: 1 }]);
    // A place deeper than the scan can go is shown at the deepest place reached.
    const [deepest] = locatePointers(valid, [{ pointer: '/0'.repeat(99_999) }]);
    assert.ok(deepest.offset > 0 && deepest.offset < 100_000);
  });
});

describe('line index', () => {
  const text = 'ab\ncd\n\nxyz';
  test('line and column of every offset, as slicing the text would give', () => {
    const index = new LineIndex(text);
    for (let offset = -2; offset <= text.length + 2; offset += 1) {
      const before = text.slice(0, Math.max(0, offset)).split('\n');
      assert.deepEqual(index.positionOf(offset), { line: before.length, column: before[before.length - 1].length + 1 }, `offset ${offset}`);
    }
  });

  test('each character is scanned once, however many offsets are asked, in any order, on one long line', () => {
    const long = `${'x'.repeat(100_000)}\n${'y'.repeat(100_000)}`;
    const before = charactersScannedForLineIndexes();
    const index = new LineIndex(long);
    for (let offset = 0; offset < long.length; offset += 997) index.positionOf(offset);
    for (let offset = long.length; offset > 0; offset -= 1009) index.positionOf(offset);
    assert.ok(charactersScannedForLineIndexes() - before <= long.length);
  });
});

describe('pointers located in one scan', () => {
  const texts = [
    JSON.stringify({ a: { b: [1, { c: 2, d: [] }, 'x'], e: {} }, f: null, 'g/h': { '~': 1 } }, null, 2),
    '{"a":1,"a":{"b":2}}', '[[1,2],[3,[4]]]', '"text"', '{}', '{"x":{"y":{"z":[0,1,2]}}}',
  ];
  const pointers = ['', '/a', '/a/b', '/a/b/0', '/a/b/1', '/a/b/1/c', '/a/b/1/d', '/a/b/1/d/0', '/a/b/5', '/a/b/01', '/a/e', '/a/e/q',
    '/f', '/f/x', '/g~1h', '/g~1h/~0', '/zz', '/0', '/0/1', '/1/1/0', '/x/y/z/2', '/x/y/w', '/a/b/2'];
  for (const text of texts) {
    test(`the same spans as the tree gives: ${text.slice(0, 30).replace(/\s+/g, ' ')}`, () => {
      const tree = parseJsonText(text).tree;
      for (const target of ['value', 'key'] as const) {
        const places = pointers.map((pointer) => ({ pointer, target }));
        assert.deepEqual(locatePointers(text, places), places.map((place) => spanOfPointer(tree, place.pointer, target)));
        for (const place of places) assert.deepEqual(locatePointers(text, [place]), [spanOfPointer(tree, place.pointer, target)], place.pointer);
      }
    });
  }

  test('checkJsonTextBounded: the first problems of a large text, placed', () => {
    const text = JSON.stringify(invalidGroup(20_000), null, 2);
    const { problems, stoppedEarly } = checkJsonTextBounded(text, 'destination-group', validator);
    assert.equal(problems.length, 100);
    assert.equal(stoppedEarly, true);
    assert.equal(text.slice(problems[42].offset, problems[42].offset + problems[42].length), '"X42"');
  });
});
