// How request values are read: numbers or strings for ids and flags, service and access-type codes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { binaryFlag, numericId, sameName } from '../../../../src/sandbox/sft/requestValues';
import { parseAccessType, parseServices } from '../../../../src/sandbox/sft/serviceCodes';

describe('SFT request values', () => {
  test('ids: a non-negative integer or a string of digits, answered as a string without leading zeros', () => {
    assert.deepEqual([numericId(2504), numericId(' 2504 '), numericId('002504'), numericId('0')], ['2504', '2504', '2504', '0']);
    assert.equal(numericId('123456789012345678901234'), '123456789012345678901234', 'not rounded');
    for (const bad of [-1, 1.5, '12a', '', null, undefined, {}]) assert.equal(numericId(bad), undefined, JSON.stringify(bad));
  });

  test('flags: 0 or 1 as number or string; names compare case-insensitively after trimming', () => {
    assert.deepEqual([binaryFlag(0), binaryFlag('1'), binaryFlag(' 1 '), binaryFlag(2), binaryFlag(true)], ['0', '1', '1', undefined, undefined]);
    assert.equal(sameName(' EU Core', 'eu core '), true);
    assert.equal(sameName('EU Core', 'EU  Core'), false);
  });

  test('services keep their order; unknown and repeated codes are refused', () => {
    assert.deepEqual(parseServices('4|2|3'), { ok: true, services: ['4', '2', '3'] });
    assert.deepEqual(parseServices(1), { ok: true, services: ['1'] });
    assert.equal(parseServices('1|').ok, false);
    assert.equal(parseServices('2|2').ok, false);
    assert.equal(parseServices(undefined).ok, false);
  });

  test('access types: current, obsolete (10111) and invalid values; a number is read as two digits', () => {
    assert.deepEqual(parseAccessType('06'), { kind: 'valid', accessType: '06' });
    assert.deepEqual(parseAccessType(6), { kind: 'valid', accessType: '06' });
    assert.deepEqual(parseAccessType(10), { kind: 'valid', accessType: '10' });
    assert.deepEqual(parseAccessType('07'), { kind: 'obsolete', accessType: '07' });
    assert.equal(parseAccessType('6').kind, 'invalid');
    assert.equal(parseAccessType(null).kind, 'invalid');
  });
});
