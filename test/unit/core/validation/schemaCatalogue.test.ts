import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  documentKinds,
  isSchemaName,
  jsonValidationContributions,
  requestBodies,
  schemaEntries,
  schemaEntry,
  schemaEntryForFileName,
} from '../../../../src/core/validation/schemaCatalogue';
import { readJsonFile } from './repoFiles';

describe('schema catalogue', () => {
  test('has the seven document kinds and the nineteen request bodies', () => {
    assert.deepEqual(
      documentKinds.map((entry) => entry.fileSuffix),
      ['.roaming-profile.json', '.destination-group.json', '.service-profile.json', '.region.json', '.voice-price.json', '.text-price.json', '.data-price.json'],
    );
    assert.equal(requestBodies.length, 19);
    for (const entry of requestBodies) {
      assert.equal(entry.fileSuffix, `.${entry.name}.request.json`);
      assert.equal(entry.schemaFile, `${entry.name}.request.schema.json`);
    }
  });

  test('no suffix ends another, so a file name picks at most one schema', () => {
    for (const entry of schemaEntries) {
      for (const other of schemaEntries) {
        if (entry !== other) assert.ok(!entry.fileSuffix.endsWith(other.fileSuffix), `${entry.fileSuffix} / ${other.fileSuffix}`);
      }
    }
  });

  test('finds the schema of a file name by its suffix', () => {
    assert.equal(schemaEntryForFileName('3017.roaming-profile.json')?.name, 'roaming-profile');
    assert.equal(schemaEntryForFileName('EU & Western Europe.region.json')?.name, 'region');
    assert.equal(schemaEntryForFileName('bodies/eu.create-region.request.json')?.name, 'create-region');
    assert.equal(schemaEntryForFileName('region.json'), undefined);
    assert.equal(schemaEntryForFileName('x.region.json.bak'), undefined);
  });

  test('names are checked and looked up', () => {
    assert.ok(isSchemaName('update-voice-price'));
    assert.ok(!isSchemaName('update-voice'));
    assert.equal(schemaEntry('sft-login').endpoint, 'POST /api/login');
    assert.equal(schemaEntry('voice-price').platform, 'telecomx');
    assert.throws(() => schemaEntry('nope' as never), /No schema is catalogued/);
  });

  test("package.json contributes exactly the catalogue's jsonValidation entries, and no snippet file (snippets live in their schemas)", () => {
    const manifest = readJsonFile('package.json') as { contributes: { jsonValidation?: unknown; snippets?: unknown } };
    assert.deepEqual(manifest.contributes.jsonValidation, jsonValidationContributions());
    assert.equal(manifest.contributes.snippets, undefined);
    for (const { url } of jsonValidationContributions()) assert.match(url, /^\.\/schemas\/editor\/[a-z-]+(\.request)?\.schema\.json$/);
  });
});
