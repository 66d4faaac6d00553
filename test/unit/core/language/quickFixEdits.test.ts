// The edits behind the quick fixes, applied to real texts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from 'jsonc-parser';
import { quickFixesFor } from '../../../../src/core/language/quickFixEdits';
import type { DocumentProblem } from '../../../../src/core/platforms/resourceKind';

const problem = (code: string, pointer: string): DocumentProblem => ({ code, pointer, message: code, severity: 'error' });
const applied = (text: string, edits: readonly { offset: number; length: number; content: string }[]) => JSON.parse(applyEdits(text, [...edits]));

describe('quick fix edits', () => {
  it('adds a missing accessType beside the services, one choice per current RAT, none preferred', () => {
    const text = JSON.stringify({ name: 'P', category: '0', status: '1', service: '1|2' }, null, 2);
    const fixes = quickFixesFor(text, problem('accessType-missing', '/service'));
    assert.deepEqual(fixes.map((fix) => fix.title.slice(0, 'Add accessType 06'.length)), ['Add accessType 06', 'Add accessType 10', 'Add accessType 01', 'Add accessType 02']);
    assert.ok(fixes.every((fix) => !fix.preferred));
    assert.deepEqual(applied(text, fixes[0].edits), { name: 'P', category: '0', status: '1', service: '1|2', accessType: '06' });
  });

  it('adds it inside a request envelope too', () => {
    const body = { Request: { requestParam: { serviceProfile: { name: 'P', category: '0', status: '1', service: '1' } } } };
    const text = JSON.stringify(body, null, 2);
    const [fix] = quickFixesFor(text, problem('accessType-missing', '/Request/requestParam/serviceProfile/service'));
    assert.equal(applied(text, fix.edits).Request.requestParam.serviceProfile.accessType, '06');
  });

  it('removes a superfluous accessType: the one obvious fix', () => {
    const text = '{ "name": "P", "category": "0", "status": "1", "service": "4", "accessType": "06" }';
    const fixes = quickFixesFor(text, problem('accessType-superfluous', '/accessType'));
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].preferred, true);
    assert.deepEqual(applied(text, fixes[0].edits), { name: 'P', category: '0', status: '1', service: '4' });
  });

  it('an obsolete accessType: put back the remote\'s, or choose a current one', () => {
    const text = '{ "service": "1", "accessType": "04" }';
    const [putBack] = quickFixesFor(text, problem('accessType-obsolete', '/accessType'), { remoteAccessType: '01' });
    assert.equal(putBack.preferred, true);
    assert.equal(applied(text, putBack.edits).accessType, '01');
    const choices = quickFixesFor(text, problem('accessType-obsolete', '/accessType'));
    assert.equal(choices.length, 4);
    assert.ok(choices.every((fix) => !fix.preferred));
  });

  it('a TADIG under the wrong supplier: the supplier the network list has', () => {
    const text = JSON.stringify({ destinationGroupName: 'G', tadigCodeList: [{ tadigCode: 'FRAF1', categoryGroupId: '12' }, { tadigCode: 'BELKO', categoryGroupId: '27' }] });
    const [fix] = quickFixesFor(text, problem('unknown-category-group', '/tadigCodeList/1/categoryGroupId'), { suppliersOfTadig: [{ id: '12', name: 'BICS Global Sponsor' }] });
    assert.equal(fix.preferred, true);
    assert.deepEqual(applied(text, fix.edits).tadigCodeList[1], { tadigCode: 'BELKO', categoryGroupId: '12' });
  });

  it('no fix where there is no obvious correction', () => {
    assert.deepEqual(quickFixesFor('{ "destinationGroupId": "9999" }', problem('unknown-destination-group', '/destinationGroupId')), []);
  });
});
