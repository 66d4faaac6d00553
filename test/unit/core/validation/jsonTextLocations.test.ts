import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJsonText } from '../../../../src/core/validation/checkJsonText';
import { pointerFromSegments, segmentsFromPointer } from '../../../../src/core/validation/jsonPointer';
import { parseJsonText, spanOfPointer, type TextSpan } from '../../../../src/core/validation/jsonTextLocations';
import { createSchemaValidator } from '../../../../src/core/validation/schemaValidator';
import { schemaDocumentsFromDisk } from './repoFiles';

const group = {
  destinationGroupName: 'Customer-A-EU',
  tadigCodeList: [
    { tadigCode: 'BELMO', categoryGroupId: '12' },
    { tadigCode: 'NLDPT', categoryGroupId: '12' },
    { tadigCode: 'DNKTD', categoryGroupId: '7' },
  ],
};
const formatted = JSON.stringify(group, null, 2);
const minified = JSON.stringify(group);

const textOf = (text: string, span: TextSpan): string => text.slice(span.offset, span.offset + span.length);
const span = (text: string, pointer: string, target: 'key' | 'value' = 'value'): string =>
  textOf(text, spanOfPointer(parseJsonText(text).tree, pointer, target));

describe('JSON pointer to text span', () => {
  for (const [layout, text] of [['formatted', formatted], ['minified', minified]] as const) {
    test(`${layout}: a value deep in an array is its own text`, () => {
      assert.equal(span(text, '/tadigCodeList/2/tadigCode'), '"DNKTD"');
      assert.equal(span(text, '/tadigCodeList/1/categoryGroupId'), '"12"');
    });

    test(`${layout}: an unknown property is its key`, () => {
      assert.equal(span(text, '/tadigCodeList/0/tadigCode', 'key'), '"tadigCode"');
      const withExtra = text.replace('"destinationGroupName"', '"foo": 1, "destinationGroupName"');
      const extra = spanOfPointer(parseJsonText(withExtra).tree, '/foo', 'key');
      assert.equal(textOf(withExtra, extra), '"foo"');
      assert.equal(extra.offset, withExtra.indexOf('"foo"'));
    });

    test(`${layout}: a missing property points at the parent's key, or its opening brace when it has none`, () => {
      assert.equal(span(text, '/tadigCodeList/1/comment'), '{');
      const opening = spanOfPointer(parseJsonText(text).tree, '/tadigCodeList/1/comment');
      assert.equal(opening.offset, text.indexOf('{', text.indexOf('BELMO')));
      assert.equal(span(text, '/status'), '{');
      assert.equal(spanOfPointer(parseJsonText(text).tree, '/status').offset, 0);
    });

    test(`${layout}: an object or array under a property is shown by its key, not as a whole block`, () => {
      assert.equal(span(text, '/tadigCodeList'), '"tadigCodeList"');
      assert.equal(span(text, '/tadigCodeList/5'), '"tadigCodeList"');
    });
  }

  test('a missing property of a nested object points at that object\'s key', () => {
    const text = '{\n  "roamingProfileInfo": {\n    "roamingProfileName": "EU-only"\n  }\n}';
    assert.equal(span(text, '/roamingProfileInfo/status'), '"roamingProfileInfo"');
  });

  test('keys with / and ~ are found through their escaped pointer segments', () => {
    const text = '{ "a/b": { "c~d": 5 } }';
    const pointer = pointerFromSegments(['a/b', 'c~d']);
    assert.equal(pointer, '/a~1b/c~0d');
    assert.deepEqual(segmentsFromPointer(pointer), ['a/b', 'c~d']);
    assert.equal(span(text, pointer), '5');
  });

  test('no tree (empty text) gives an empty span at the start', () => {
    assert.deepEqual(spanOfPointer(parseJsonText('').tree, '/x'), { offset: 0, length: 0 });
  });
});

describe('JSON syntax problems', () => {
  test('valid JSON has none and gives the value', () => {
    const parsed = parseJsonText(formatted);
    assert.deepEqual(parsed.syntaxProblems, []);
    assert.deepEqual(parsed.value, group);
  });

  test('a trailing comma is named as such, at the closing bracket', () => {
    const text = '{ "a": 1, }';
    const [problem] = parseJsonText(text).syntaxProblems;
    assert.match(problem.message, /^Trailing comma/);
    assert.equal(problem.offset, text.indexOf('}'));
  });

  test('a comment is refused: request bodies go on the wire as strict JSON', () => {
    const text = '{\n  // the group\n  "a": 1\n}';
    const [problem] = parseJsonText(text).syntaxProblems;
    assert.match(problem.message, /Comments are not allowed/);
    assert.equal(problem.offset, text.indexOf('//'));
  });

  test('a missing comma is reported where the next entry starts', () => {
    const text = '{ "a": 1 "b": 2 }';
    const [problem] = parseJsonText(text).syntaxProblems;
    assert.match(problem.message, /Expected a comma/);
    assert.equal(problem.offset, text.indexOf('"b"'));
  });

  test('an unquoted key (the wiki writes JavaScript) is reported on the key', () => {
    const text = '{ names: [] }';
    const problems = parseJsonText(text).syntaxProblems;
    assert.ok(problems.length >= 1);
    assert.equal(problems[0].offset, text.indexOf('names'));
  });
});

describe('checking a file\'s text against its schema', () => {
  const validator = createSchemaValidator(schemaDocumentsFromDisk());

  test('schema problems come with the span to underline', () => {
    const text = formatted.replace('"NLDPT"', '"NLD"').replace('"destinationGroupName"', '"colour": "red",\n  "destinationGroupName"');
    const problems = checkJsonText(text, 'destination-group', validator);
    const described = problems.map((problem) => [problem.pointer, textOf(text, problem)]);
    assert.deepEqual(described.sort(), [
      ['/colour', '"colour"'],
      ['/tadigCodeList/1/tadigCode', '"NLD"'],
    ]);
  });

  test('a missing required property is underlined at the key of the object that lacks it', () => {
    const text = '{\n  "roamingProfileInfo": {\n    "roamingProfileName": "EU-only",\n    "status": "1"\n  }\n}';
    const [problem] = checkJsonText(text, 'create-roaming-profile', validator);
    assert.equal(problem.pointer, '/roamingProfileInfo/destinationGroupId');
    assert.equal(textOf(text, problem), '"roamingProfileInfo"');
  });

  test('with a syntax error, only syntax problems are reported', () => {
    const problems = checkJsonText('{ "stayingRegion": "MOON", }', 'text-price', validator);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /Trailing comma/);
    assert.equal(problems[0].pointer, undefined);
  });

  test('a "__proto__" key is an ordinary unknown property, not a prototype', () => {
    const text = '{ "stayingRegion": "EU", "cost": 0, "wholesale": 0, "price": 0, "__proto__": { "x": 1 } }';
    const [problem] = checkJsonText(text, 'text-price', validator);
    assert.equal(problem.pointer, '/__proto__');
    assert.equal(textOf(text, problem), '"__proto__"');
  });

  test('a valid file has no problems', () => {
    assert.deepEqual(checkJsonText(minified, 'destination-group', validator), []);
  });
});
