// The schemas VS Code's JSON service gets (schemas/editor/) suggest everything the real ones do and judge nothing:
// every rule is the extension's to report, as an error.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { suggestionOnlySchema } from '../../../../src/core/validation/suggestionSchema';
import { EDITOR_SCHEMA_FOLDER, editorSchemaFiles } from '../../../../src/core/validation/editorSchemaFiles';
import { editorAnnotationKeywords } from '../../../../src/core/validation/schemaValidator';
import { bundledSchemaValidator } from '../../../../src/core/validation/bundledSchemas';
import { schemaEntries, schemaEntry, type SchemaName } from '../../../../src/core/validation/schemaCatalogue';

const schemasFolder = path.join(__dirname, '..', '..', '..', '..', 'schemas');
// out/schemas is a copy made by the test build; the written editor files are compared in the repository itself.
const repositorySchemas = path.join(__dirname, '..', '..', '..', '..', '..', 'schemas');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- schema files read as JSON: any shape, checked by the assertions
type SchemaNode = Record<string, any>;

/** ajv over the editor schemas: what VS Code's JSON service would judge with them (it judges the same keywords). */
function editorValidator(): (name: SchemaName, value: unknown) => boolean {
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const keyword of editorAnnotationKeywords) ajv.addKeyword(keyword);
  for (const [file, text] of editorSchemaFiles(schemasFolder)) ajv.addSchema(JSON.parse(text) as object, `https://editor.invalid/${file}`);
  return (name, value) => ajv.validate(`https://editor.invalid/${schemaEntry(name).schemaFile}`, value) as boolean;
}

/** Documents each breaking several rules of their schema: an unknown field, wrong types, bad values, missing fields. */
const BROKEN: ReadonlyArray<[SchemaName, unknown]> = [
  ['roaming-profile', { roamingProfileName: 5, destinationGroupId: 'ab', status: '2', foo: true }],
  ['destination-group', { destinationGroupName: '', tadigCodeList: [{ tadigCode: 'X', categoryGroupId: 12 }, { tadigCode: 'X', categoryGroupId: 12 }] }],
  ['service-profile', { name: 'P', category: '7', status: '1', service: '1', accessType: '03' }],
  ['service-profile', { name: 'P', category: '0', status: '1', service: '4', accessType: '01' }],
  ['region', { names: 'Denmark', network: 7, homeland: true, roamLikeHome: true, sms: { cost: -1 } }],
  ['voice-price', { stayingRegion: 'EU', direction: 'IN', calledRegion: 'x', rate: 'free' }],
  ['text-price', { stayingRegion: 1, cost: -1, wholesale: 'a', price: null }],
  ['sft-login', { username: '' }],
  ['modify-destination-group', { destinationGroupinfo: {} }],
  ['create-region', null],
  ['data-price', [1, 2, 3]],
];

describe('suggestion-only schemas (schemas/editor/)', () => {
  it('judge nothing the real schemas refuse, for every schema', () => {
    const validator = bundledSchemaValidator();
    const judgesWithEditorSchema = editorValidator();
    for (const [name, value] of BROKEN) {
      assert.ok(validator.validate(name, value).length > 0, `${name}: the real schema refuses ${JSON.stringify(value)}`);
      assert.equal(judgesWithEditorSchema(name, value), true, `${name}: the editor schema accepts ${JSON.stringify(value)}`);
    }
    for (const entry of schemaEntries) assert.equal(judgesWithEditorSchema(entry.name, { anything: [1, 'two', null] }), true, entry.name);
  });

  it('keep every property, description and snippet, and offer each allowed value with its description', () => {
    const profile = JSON.parse(editorSchemaFiles(schemasFolder).get('roaming-profile.schema.json')!) as SchemaNode;
    const real = JSON.parse(fs.readFileSync(path.join(schemasFolder, 'roaming-profile.schema.json'), 'utf8')) as SchemaNode;
    assert.deepEqual(Object.keys(profile.properties), Object.keys(real.properties));
    assert.equal(profile.properties.destinationGroupId.description, real.properties.destinationGroupId.description);
    assert.deepEqual(profile.defaultSnippets, real.defaultSnippets);
    assert.equal(profile.type, undefined, 'a type judges too; properties tell completion it is an object');
    assert.equal(profile.required, undefined);
    assert.equal(profile.additionalProperties, undefined);
    const status = suggestionOnlySchema({ type: 'string', enum: ['1', '0'], enumDescriptions: ['Active', 'Inactive'] }) as SchemaNode;
    assert.deepEqual(status.defaultSnippets, [{ label: '"1"', body: '1', description: 'Active' }, { label: '"0"', body: '0', description: 'Inactive' }]);
    assert.equal(status.enum, undefined);
    assert.equal(status.type, undefined);
    assert.deepEqual(suggestionOnlySchema({ type: 'string', minLength: 1 }), { defaultSnippets: [{ label: '""', body: '^"$1"' }] }, 'an inserted string is quoted, the cursor inside');
    assert.deepEqual(suggestionOnlySchema({ type: 'boolean' }), { defaultSnippets: [{ label: 'true', body: true }, { label: 'false', body: false }] });
  });

  it('turn oneOf into anyOf (every branch now matches) and refuse a keyword nobody decided on', () => {
    assert.deepEqual(suggestionOnlySchema({ oneOf: [{ type: 'number', minimum: 1 }] }), { anyOf: [{}] });
    assert.throws(() => suggestionOnlySchema({ properties: { a: { unevaluatedProperties: false } } }, 'x.json'), /"unevaluatedProperties" at x\.json\/properties\/a\/unevaluatedProperties is neither a suggestion nor a rule/);
  });

  it('are written: schemas/editor/ holds exactly what the schemas give (run npm run schemas:editor after changing one)', () => {
    const expected = editorSchemaFiles(repositorySchemas);
    const folder = path.join(repositorySchemas, EDITOR_SCHEMA_FOLDER);
    assert.deepEqual(fs.readdirSync(folder).sort(), [...expected.keys()].sort());
    for (const [name, text] of expected) assert.equal(fs.readFileSync(path.join(folder, name), 'utf8'), text, `schemas/editor/${name} is stale: npm run schemas:editor`);
  });
});
