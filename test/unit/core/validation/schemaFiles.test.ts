import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commonSchemaFile, schemaEntries } from '../../../../src/core/validation/schemaCatalogue';
import { allSchemaNames, createSchemaValidator, type SchemaDocument } from '../../../../src/core/validation/schemaValidator';
import { readJsonFile, repoRoot, schemaDocumentsFromDisk, schemaFileNames } from './repoFiles';
import { declaredProperties, enumNodes, type SchemaNode } from './schemaWalk';

const common = readJsonFile(path.join('schemas', commonSchemaFile)) as SchemaNode;
const allFiles = [commonSchemaFile, ...schemaEntries.map((entry) => entry.schemaFile)];

describe('schema files', () => {
  test('every file under schemas/ is the common file or catalogued, and every catalogued file exists', () => {
    assert.deepEqual(schemaFileNames(), [...allFiles].sort());
  });

  test('each file is draft-07 and its $id is the one the catalogue gives', () => {
    for (const entry of schemaEntries) {
      const schema = readJsonFile(path.join('schemas', entry.schemaFile)) as SchemaNode;
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#', entry.schemaFile);
      assert.equal(schema.$id, entry.schemaId, entry.schemaFile);
      assert.equal(typeof schema.title, 'string', `${entry.schemaFile} has a title`);
      assert.equal(typeof schema.description, 'string', `${entry.schemaFile} has a description`);
    }
  });

  test('every schema compiles with ajv in strict mode', () => {
    const validator = createSchemaValidator(schemaDocumentsFromDisk());
    for (const name of allSchemaNames()) assert.doesNotThrow(() => validator.compile(name), name);
  });

  test('strict mode is on and compilation is lazy: a misspelt keyword only fails the schema that has it, when used', () => {
    const documents = schemaDocumentsFromDisk().map((document): SchemaDocument =>
      document.$id.endsWith('/region.schema.json') ? { ...document, enumDescription: ['typo'] } : document,
    );
    const validator = createSchemaValidator(documents);
    assert.deepEqual(validator.validate('text-price', { stayingRegion: 'EU', cost: 0, wholesale: 0, price: 0 }), []);
    assert.throws(() => validator.validate('region', {}), /strict mode: unknown keyword: "enumDescription"/);
  });

  test('every property has a description for hover, on the property or on the definition it refers to', () => {
    const undescribed: string[] = [];
    for (const file of allFiles) {
      const schema = readJsonFile(path.join('schemas', file)) as SchemaNode;
      for (const property of declaredProperties(file, schema, common)) {
        if (property.schema === true) continue; // a bare declaration inside a condition, for ajv's strictRequired
        const description = typeof property.schema === 'object' ? property.schema.description : undefined;
        if (typeof description !== 'string' || description.length < 10) undescribed.push(`${file} ${property.path}`);
      }
    }
    assert.deepEqual(undescribed, []);
  });

  test('every enum explains its values with enumDescriptions and markdownEnumDescriptions of the same length', () => {
    let checked = 0;
    for (const file of allFiles) {
      const schema = readJsonFile(path.join('schemas', file)) as SchemaNode;
      for (const { path: where, node } of enumNodes(schema)) {
        const values = node.enum as unknown[];
        assert.equal((node.enumDescriptions as unknown[] | undefined)?.length, values.length, `${file} ${where} enumDescriptions`);
        assert.equal((node.markdownEnumDescriptions as unknown[] | undefined)?.length, values.length, `${file} ${where} markdownEnumDescriptions`);
        checked++;
      }
    }
    assert.ok(checked >= 10, `expected the code lists to be found, found ${checked}`);
  });

  test('every document schema refuses unknown properties at every level', () => {
    for (const entry of schemaEntries.filter((candidate) => candidate.role === 'document')) {
      const schema = readJsonFile(path.join('schemas', entry.schemaFile)) as SchemaNode;
      let objects = 0;
      for (const property of [{ path: '#', schema }, ...declaredProperties(entry.schemaFile, schema, common)]) {
        const node = property.schema;
        if (typeof node !== 'object') continue;
        const objectSchema = declaredObject(node.type === 'array' && typeof node.items === 'object' ? (node.items as SchemaNode) : node);
        if (!objectSchema) continue;
        assert.equal(objectSchema.additionalProperties, false, `${entry.schemaFile} ${property.path}`);
        objects++;
      }
      assert.ok(objects >= 1, entry.schemaFile);
    }
  });

  test('bundledSchemas.ts imports every schema file, so the extension bundle carries them all', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'src', 'core', 'validation', 'bundledSchemas.ts'), 'utf8');
    const imported = [...source.matchAll(/from '\.\.\/\.\.\/\.\.\/schemas\/([^']+)'/g)].map((match) => match[1]).sort();
    assert.deepEqual(imported, [...allFiles].sort());
  });
});

/** The object schema a node stands for, following a `$ref` into common.schema.json definitions. */
function declaredObject(node: SchemaNode): SchemaNode | undefined {
  const reference = typeof node.$ref === 'string' ? /#\/definitions\/(.+)$/.exec(node.$ref) : null;
  const target = reference ? ((common.definitions as SchemaNode)[reference[1]] as SchemaNode) : node;
  return target.type === 'object' && typeof target.properties === 'object' ? target : undefined;
}

test('no schema offers a made-up value for a reference: completion of ids and TADIG codes comes only from the remote', () => {
  // VS Code's JSON service offers a schema's `examples` in completion: "2515" looked like a group the account has.
  const offenders: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${where}/${index}`));
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.examples !== undefined && typeof record.pattern === 'string') offenders.push(where);
    for (const [key, value] of Object.entries(record)) visit(value, `${where}/${key}`);
  };
  for (const file of schemaFileNames()) visit(readJsonFile(`schemas/${file}`), file);
  assert.deepEqual(offenders, []);
});
