// Each environment's files in a folder: the default keeps roaming-manifest.json; names are safe file names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { environmentFiles, environmentNameProblem } from '../../../../src/core/configAsCode/environmentFiles';

describe('environment files', () => {
  it('the default environment keeps today\'s manifest; a named one has its state, lock and journal under roaming-state/', () => {
    assert.deepEqual(environmentFiles(), { environment: 'default', state: 'roaming-manifest.json', lock: 'roaming-state/default.lock', journal: 'roaming-state/default.journal.jsonl' });
    assert.deepEqual(environmentFiles('production'), { environment: 'production', state: 'roaming-state/production.json', lock: 'roaming-state/production.lock', journal: 'roaming-state/production.journal.jsonl' });
  });

  it('refuses a name that is not a plain file name, in one line', () => {
    for (const bad of ['../prod', 'Prod', 'a/b', '', 'x'.repeat(41), '-x']) {
      assert.throws(() => environmentFiles(bad), /cannot name an environment/, bad);
      assert.ok(environmentNameProblem(bad));
    }
  });
});
