// What is shown as a Roaming diagnostic: the schema's problems, as errors, then domain problems where the schema is silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSubjectFor } from '../../../../src/core/language/checkSubjects';
import { analyseLocally, problemsToShow } from '../../../../src/core/language/fileAnalysis';
import { bundledSchemaValidator } from '../../../../src/core/validation/bundledSchemas';

const analyse = (value: unknown, name: 'service-profile' | 'region' | 'text-price') =>
  analyseLocally(JSON.stringify(value, null, 2), name, checkSubjectFor(name)!, undefined, bundledSchemaValidator());

describe('file analysis', () => {
  it('a missing accessType is found, but shown once: the schema\'s squiggle, an error', () => {
    const analysis = analyse({ name: 'P', category: '0', status: '1', service: '1' }, 'service-profile')!;
    assert.deepEqual(analysis.problems.map((problem) => problem.code), ['accessType-missing']);
    const shown = problemsToShow(analysis, analysis.problems);
    assert.deepEqual(shown.map((problem) => [problem.pointer, problem.severity, problem.code]), [['/accessType', 'error', undefined]]);
    assert.match(shown[0].message, /accessType/);
  });

  it('every schema problem is shown as an error, with what to underline, also for a body no kind judges (a login)', () => {
    const unknown = analyse({ stayingRegion: 'EU', cost: 0.1, wholesale: 0.2, price: 0.3, foo: 1 }, 'text-price')!;
    assert.deepEqual(problemsToShow(unknown, unknown.problems).map((problem) => [problem.pointer, problem.severity, problem.target]), [['/foo', 'error', 'key']]);
    const login = analyseLocally(JSON.stringify({ username: 'someone' }), 'sft-login', checkSubjectFor('sft-login'), undefined, bundledSchemaValidator())!;
    assert.equal(checkSubjectFor('sft-login'), undefined, 'no kind judges a login body');
    const shown = problemsToShow(login, login.problems);
    assert.ok(shown.length > 0 && shown.every((problem) => problem.severity === 'error'), JSON.stringify(shown));
    assert.ok(shown.some((problem) => /password/.test(problem.message)), JSON.stringify(shown));
  });

  it('a price below its cost is shown: the schema knows no order between prices', () => {
    const region = {
      names: [{ language: 'eng', text: 'Test' }], network: 'TDC', homeland: false, roamLikeHome: false,
      sms: { cost: 0.3, wholesale: 0.2, price: 0.5 },
    };
    const analysis = analyse(region, 'region')!;
    assert.deepEqual(problemsToShow(analysis, analysis.problems).map((problem) => [problem.code, problem.pointer]), [['price-order', '/sms/wholesale']]);
  });

  it('a negative price is the schema\'s alone', () => {
    const analysis = analyse({ stayingRegion: 'EU', cost: -1, wholesale: 0.1, price: 0.2 }, 'text-price')!;
    assert.ok(analysis.problems.some((problem) => problem.code === 'price-negative'));
    const shown = problemsToShow(analysis, analysis.problems);
    assert.ok(!shown.some((problem) => problem.code === 'price-negative'));
    assert.deepEqual(shown.filter((problem) => problem.pointer === '/cost').map((problem) => problem.severity), ['error']);
  });

  it('a generated file with 50,000 repeated operators gives 100 domain problems and the count of the others', () => {
    const tadigCodeList = Array.from({ length: 50_000 }, () => ({ tadigCode: 'BELMO', categoryGroupId: '12' }));
    const text = JSON.stringify({ destinationGroupName: 'Repeated', tadigCodeList }, null, 2);
    const analysis = analyseLocally(text, 'destination-group', checkSubjectFor('destination-group')!, undefined, bundledSchemaValidator())!;
    assert.equal(analysis.problems.length, 100);
    assert.equal(analysis.omittedProblems, 49_999 - 100);
    assert.deepEqual(analysis.problems.slice(0, 2).map((problem) => problem.pointer), ['/tadigCodeList/1', '/tadigCodeList/2']);
  });

  it('text that is not JSON is not judged', () => {
    assert.equal(analyseLocally('{ "name": ', 'service-profile', checkSubjectFor('service-profile')!, undefined, bundledSchemaValidator()), undefined);
  });
});
