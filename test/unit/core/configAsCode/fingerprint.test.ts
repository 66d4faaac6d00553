// The fingerprint is what drift detection rests on: equal documents must agree whatever their key order, and
// any change of a value must show.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalJson, documentText, fingerprintOf } from '../../../../src/core/configAsCode/fingerprint';

/** The same object with its keys in reverse order, at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
  }
  return value;
}

describe('canonical JSON and fingerprints', () => {
  it('key order never changes the fingerprint', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      assert.equal(fingerprintOf(reversedKeys(value)), fingerprintOf(value));
    }));
  });

  it('canonical JSON parses back to the same value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      assert.deepEqual(JSON.parse(canonicalJson(value)), JSON.parse(JSON.stringify(value)));
    }));
  });

  it('a changed value changes the fingerprint; array order counts', () => {
    const group = { destinationGroupName: 'EU Core', tadigCodeList: [{ tadigCode: 'DEUD1', categoryGroupId: '12' }, { tadigCode: 'FRAF1', categoryGroupId: '12' }] };
    const renamed = { ...group, destinationGroupName: 'EU core' };
    const reordered = { ...group, tadigCodeList: [...group.tadigCodeList].reverse() };
    assert.notEqual(fingerprintOf(renamed), fingerprintOf(group));
    assert.notEqual(fingerprintOf(reordered), fingerprintOf(group));
    assert.match(fingerprintOf(group), /^[0-9a-f]{64}$/);
  });

  it('keys holding undefined count as absent, as in the kinds\' documents', () => {
    assert.equal(fingerprintOf({ name: 'SMS Only', accessType: undefined }), fingerprintOf({ name: 'SMS Only' }));
    assert.equal(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] }), '{"a":[1,{"c":3,"d":2}],"b":1}');
  });

  it('documents are written as pretty JSON with a final newline', () => {
    assert.equal(documentText({ status: '1' }), '{\n  "status": "1"\n}\n');
  });
});
