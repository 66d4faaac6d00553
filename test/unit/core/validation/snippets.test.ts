import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type SchemaName, schemaEntries } from '../../../../src/core/validation/schemaCatalogue';
import { createSchemaValidator } from '../../../../src/core/validation/schemaValidator';
import { readJsonFile, schemaDocumentsFromDisk } from './repoFiles';
import { expandSnippet, tabStopsOf } from './snippetExpansion';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const snippetFile = 'snippets/roaming.code-snippets';
const snippets = Object.entries(readJsonFile(snippetFile) as Record<string, Snippet>);
const validator = createSchemaValidator(schemaDocumentsFromDisk());

/**
 * A snippet's prefix is the schema name, optionally followed by a variant (`voice-price-in`,
 * `create-service-profile-nb-iot`): the longest catalogued name it starts with is its schema.
 */
function schemaOfPrefix(prefix: string): SchemaName | undefined {
  const candidates = schemaEntries
    .map((entry) => entry.name)
    .filter((name) => prefix === name || prefix.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length);
  return candidates[0];
}

describe('the expander used by these tests', () => {
  test('keeps placeholders, takes the first or the picked choice, empties bare tab stops, honours escapes', () => {
    const body = '{ "a": "${1:x}", "b": "${2|one,t\\,wo,th\\|ree|}", "c": "$3", "d": "${4}", "e": "\\$5" }$0';
    assert.equal(expandSnippet(body), '{ "a": "x", "b": "one", "c": "", "d": "", "e": "$5" }');
    assert.equal(expandSnippet(body, new Map([[2, 1]])), '{ "a": "x", "b": "t,wo", "c": "", "d": "", "e": "$5" }');
    assert.equal(expandSnippet(body, new Map([[2, 2]])), '{ "a": "x", "b": "th|ree", "c": "", "d": "", "e": "$5" }');
    assert.deepEqual(tabStopsOf(body).numbers, [1, 2, 3, 4]);
  });

  test('nested placeholders and mirrored tab stops', () => {
    assert.equal(expandSnippet('${1:a ${2:b}} $1 $2'), 'a b a b b');
  });

  test('refuses what it does not understand instead of guessing', () => {
    assert.throws(() => expandSnippet('${TM_FILENAME}'), /Unsupported/);
    assert.throws(() => expandSnippet('${1:open'), /Unclosed/);
  });
});

describe('snippets', () => {
  test('every snippet names a catalogued schema through its prefix, and has a description', () => {
    for (const [name, snippet] of snippets) {
      assert.ok(schemaOfPrefix(snippet.prefix), `${name}: prefix ${snippet.prefix} names no schema`);
      assert.ok(snippet.description.length > 10, `${name} has a description`);
    }
  });

  test('every document kind and every request body has a snippet', () => {
    const covered = new Set(snippets.map(([, snippet]) => schemaOfPrefix(snippet.prefix)));
    assert.deepEqual(
      schemaEntries.map((entry) => entry.name).filter((name) => !covered.has(name)),
      [],
    );
  });

  for (const [name, snippet] of snippets) {
    const body = snippet.body.join('\n');

    test(`${name}: expands with its defaults to a valid body`, () => {
      const schema = schemaOfPrefix(snippet.prefix) as SchemaName;
      const expanded = expandSnippet(body);
      assert.deepEqual(validator.validate(schema, JSON.parse(expanded)), [], expanded);
    });

    test(`${name}: has tab stops, and every option of every choice gives a valid body`, () => {
      const schema = schemaOfPrefix(snippet.prefix) as SchemaName;
      const { numbers, choices } = tabStopsOf(body);
      assert.ok(numbers.length >= 1, 'at least one tab stop');
      for (const [number, options] of choices) {
        options.forEach((option, index) => {
          const expanded = expandSnippet(body, new Map([[number, index]]));
          assert.deepEqual(validator.validate(schema, JSON.parse(expanded)), [], `choice $${number} = ${option}`);
        });
      }
    });
  }

  test('enum-valued fields are offered as choices', () => {
    const choiceOptions = snippets.flatMap(([, snippet]) => [...tabStopsOf(snippet.body.join('\n')).choices.values()]);
    const offered = (values: string[]) => choiceOptions.some((options) => values.every((value) => options.includes(value)));
    assert.ok(offered(['0', '1']), 'status and category');
    assert.ok(offered(['01', '02', '06', '10']), 'accessType');
    assert.ok(offered(['TELENOR', 'TDC']), 'network');
    assert.ok(offered(['NORDIC', 'EU', 'REST_OF_EUROPE', 'WORLD1', 'WORLD2', 'WORLD3']), 'stayingRegion');
    assert.ok(offered(['HOMELAND', 'NORDIC', 'EU', 'REST_OF_EUROPE', 'WORLD1', 'WORLD2', 'WORLD3']), 'calledRegion');
    assert.ok(offered(['1|2|3', '1']), 'service');
    assert.ok(offered(['dan', 'eng']), 'language');
  });
});
