// A region update may send null to remove notes, sms, data or voice (the sandbox contract); the kind does so
// when a person deletes those fields from the document.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSchemaValidator } from '../../../../src/core/validation/bundledSchemas';

describe('update-region request body with null', () => {
  const validator = bundledSchemaValidator();

  test('null removes notes, sms, data and voice', () => {
    assert.deepEqual(validator.validate('update-region', { notes: null, sms: null, data: null, voice: null }), []);
  });

  test('null is not a value for the other fields', () => {
    const problems = validator.validate('update-region', { network: null });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].pointer, '/network');
  });

  test('a wrong price under a removable field is reported precisely, once', () => {
    const problems = validator.validate('update-region', { sms: { cost: -1, wholesale: 0.1, price: 0.2 } });
    assert.deepEqual(problems.map((problem) => [problem.pointer, problem.message]), [['/sms/cost', 'cost must be 0 or more']]);
  });
});
