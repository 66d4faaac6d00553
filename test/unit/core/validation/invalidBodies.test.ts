import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSchemaValidator } from '../../../../src/core/validation/schemaValidator';
import { fixturesIn, invalidExpectations } from './fixtureCorpus';
import { schemaDocumentsFromDisk } from './repoFiles';

const validator = createSchemaValidator(schemaDocumentsFromDisk());
const expectations = invalidExpectations();
const broken = fixturesIn('invalid');

describe('one broken body per rule', () => {
  test('every broken body has an expectation and every expectation a body', () => {
    assert.deepEqual(broken.map((fixture) => fixture.fileName), Object.keys(expectations).sort());
  });

  for (const fixture of broken) {
    const expected = expectations[fixture.fileName];
    test(`${fixture.fileName}: ${expected?.rule}`, () => {
      const problems = validator.validate(fixture.entry.name, fixture.value);
      assert.equal(problems.length, 1, `exactly one problem, got ${JSON.stringify(problems)}`);
      assert.equal(problems[0].pointer, expected.pointer);
      assert.ok(problems[0].message.includes(expected.message), `"${problems[0].message}" mentions "${expected.message}"`);
      assert.equal(problems[0].severity, 'error');
    });
  }

  test('an unknown property is reported on its key, with the name it was probably meant to be', () => {
    const [problem] = validator.validate('text-price', { stayingRegion: 'EU', cost: 0.1, wholesale: 0.2, price: 0.5, prise: 1 });
    assert.deepEqual(problem, { pointer: '/prise', message: 'unknown property "prise": did you mean "price"?', severity: 'error', target: 'key' });
  });

  test('every problem in a body is reported at once, one per place', () => {
    const problems = validator.validate('voice-price', {
      stayingRegion: 'MOON',
      direction: 'IN',
      calledRegion: 'EU',
      connectionFeeCost: -1,
      connectionFeeWholesale: '0.05',
      connectionFee: 0.2,
      rateCost: 1,
      rateWholesale: 1.5,
    });
    assert.deepEqual(problems.map((problem) => problem.pointer).sort(), [
      '/calledRegion',
      '/connectionFeeCost',
      '/connectionFeeWholesale',
      '/rate',
      '/stayingRegion',
    ]);
  });

  test('a string-or-number id that is neither gives one sentence, not one complaint per alternative', () => {
    const problems = validator.validate('delete-roaming-profile', { roamingProfileInfo: { roamingProfileId: -3 } });
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^roamingProfileId must be a numeric id/);
  });

  test('ids, status and category may be numbers in request bodies, as the API accepts them', () => {
    assert.deepEqual(validator.validate('create-roaming-profile', { roamingProfileInfo: { roamingProfileName: 'EU', destinationGroupId: 2515, status: 1 } }), []);
    assert.deepEqual(
      validator.validate('create-service-profile', { Request: { requestParam: { serviceProfile: { name: 'IoT', category: 1, status: 0, service: '4' } } } }),
      [],
    );
  });
});
