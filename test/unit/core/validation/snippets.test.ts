import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type SchemaName, schemaEntries } from '../../../../src/core/validation/schemaCatalogue';
import { createSchemaValidator } from '../../../../src/core/validation/schemaValidator';
import { readJsonFile, schemaDocumentsFromDisk } from './repoFiles';
import { expandSnippet, tabStopsOf } from './snippetExpansion';

/** A snippet as VS Code's JSON service offers it: from the root of the schema of the file being edited. */
interface Snippet {
  label: string;
  description: string;
  bodyText: string;
  /** The schema whose file it completes: only that kind's files are offered it. */
  schema: SchemaName;
}

const snippets: Array<[string, Snippet]> = schemaEntries.flatMap((entry) => {
  const schema = readJsonFile(`schemas/${entry.schemaFile}`) as { defaultSnippets?: Array<Omit<Snippet, 'schema'>> };
  return (schema.defaultSnippets ?? []).map((snippet): [string, Snippet] => [snippet.label, { ...snippet, schema: entry.name }]);
});
const validator = createSchemaValidator(schemaDocumentsFromDisk());

function schemaOfPrefix(snippet: Snippet): SchemaName {
  return snippet.schema;
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
  test('every snippet sits at the root of its own kind\'s schema, with a description: no kind\'s snippets show in another\'s files', () => {
    for (const [name, snippet] of snippets) assert.ok(snippet.description.length > 10, `${name} has a description`);
    assert.equal(readJsonFile('package.json') && (readJsonFile('package.json') as { contributes: { snippets?: unknown } }).contributes.snippets, undefined,
      'no snippet file for every JSON file: those showed in every kind\'s lists');
  });

  test('every document kind and every request body has a snippet', () => {
    const covered = new Set(snippets.map(([, snippet]) => schemaOfPrefix(snippet)));
    assert.deepEqual(
      schemaEntries.map((entry) => entry.name).filter((name) => !covered.has(name)),
      [],
    );
  });

  for (const [name, snippet] of snippets) {
    const body = snippet.bodyText;

    test(`${name}: expands with its defaults to a valid body`, () => {
      const schema = schemaOfPrefix(snippet);
      const expanded = expandSnippet(body);
      assert.deepEqual(validator.validate(schema, JSON.parse(expanded)), [], expanded);
    });

    test(`${name}: has tab stops, and every option of every choice gives a valid body`, () => {
      const schema = schemaOfPrefix(snippet);
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
    const choiceOptions = snippets.flatMap(([, snippet]) => [...tabStopsOf(snippet.bodyText).choices.values()]);
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
