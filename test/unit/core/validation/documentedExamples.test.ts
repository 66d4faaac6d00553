import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createSchemaValidator } from '../../../../src/core/validation/schemaValidator';
import { fixturesFolder, fixturesIn } from './fixtureCorpus';
import { schemaDocumentsFromDisk } from './repoFiles';

const validator = createSchemaValidator(schemaDocumentsFromDisk());
const documented = fixturesIn('valid');

describe('request-body examples of the seeds and the notes', () => {
  for (const fixture of documented) {
    test(`${fixture.fileName} is a valid ${fixture.entry.name} body`, () => {
      assert.deepEqual(validator.validate(fixture.entry.name, fixture.value), []);
    });
  }

  test('the corpus has the seed examples (region create, voice update) and covers both platforms', () => {
    const names = documented.map((fixture) => fixture.fileName);
    assert.ok(names.some((name) => name.startsWith('seed-003-') && name.endsWith('.create-region.request.json')));
    assert.ok(names.some((name) => name.startsWith('seed-004-') && name.endsWith('.update-voice-price.request.json')));
    assert.ok(documented.some((fixture) => fixture.entry.platform === 'sft'));
    assert.ok(documented.some((fixture) => fixture.entry.platform === 'telecomx'));
  });

  test('the enterprise variant of create roaming profile is refused, as the contract offers only the reseller one', () => {
    const [enterprise] = fixturesIn('not-offered');
    const pointers = validator.validate(enterprise.entry.name, enterprise.value).map((problem) => problem.pointer);
    assert.deepEqual(pointers, ['/roamingProfileInfo/destinationGroupId', '/roamingProfileInfo/status']);
  });

  test('the fixtures README names the source of every fixture file', () => {
    const readme = fs.readFileSync(path.join(fixturesFolder, 'README.md'), 'utf8');
    for (const fixture of [...documented, ...fixturesIn('not-offered')]) {
      assert.ok(readme.includes(`\`${fixture.fileName}\``), `${fixture.fileName} is listed with its source`);
    }
  });
});
