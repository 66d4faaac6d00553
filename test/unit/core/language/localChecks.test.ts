// The kinds' rules applied to files: documents, create bodies (pointers into the envelope) and change bodies
// (only what they send is judged).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSubjectFor } from '../../../../src/core/language/checkSubjects';
import { checkLocally } from '../../../../src/core/language/localChecks';

const codesAndPointers = (problems: { code?: string; pointer: string }[]) => problems.map((problem) => `${problem.code} ${problem.pointer}`).sort();

describe('local checks of files', () => {
  it('a document: the kind\'s rules as they are', () => {
    const problems = checkLocally({ name: 'P', category: '0', status: '1', service: '1|2' }, checkSubjectFor('service-profile')!, undefined);
    assert.deepEqual(codesAndPointers(problems), ['accessType-missing /service']);
  });

  it('a create body: the same rules, pointing into the envelope', () => {
    const body = { Request: { requestParam: { serviceProfile: { name: 'P', category: '0', status: '1', service: '4', accessType: '06' } } } };
    const problems = checkLocally(body, checkSubjectFor('create-service-profile')!, undefined);
    assert.deepEqual(codesAndPointers(problems), ['accessType-superfluous /Request/requestParam/serviceProfile/accessType']);
  });

  it('a change body: absent fields are not missing, the stored access type is kept', () => {
    const subject = checkSubjectFor('modify-service-profile')!;
    const envelope = (profile: object) => ({ Request: { requestParam: { serviceProfile: { id: 'SP_1301', ...profile } } } });
    assert.deepEqual(checkLocally(envelope({ name: 'Renamed' }), subject, undefined), []);
    assert.deepEqual(checkLocally(envelope({ service: '1|2' }), subject, undefined), [], 'the platform keeps the stored accessType');
    assert.deepEqual(codesAndPointers(checkLocally(envelope({ accessType: '04' }), subject, undefined)),
      ['accessType-obsolete /Request/requestParam/serviceProfile/accessType']);
  });

  it('a region update: price order warnings on the prices it sends, nothing about the names it leaves out', () => {
    const problems = checkLocally({ sms: { cost: 0.3, wholesale: 0.2, price: 0.5 } }, checkSubjectFor('update-region')!, undefined);
    assert.deepEqual(problems.map((problem) => [problem.code, problem.pointer, problem.severity]), [['price-order', '/sms/wholesale', 'warning']]);
  });

  it('a wrong envelope is the schema\'s to report: no domain problem', () => {
    assert.deepEqual(checkLocally({ destinationGroupInfo: {} }, checkSubjectFor('create-destination-group')!, undefined), []);
  });

  it('bodies without an object (logins, deletes) have no subject', () => {
    assert.equal(checkSubjectFor('sft-login'), undefined);
    assert.equal(checkSubjectFor('delete-destination-group'), undefined);
  });
});
