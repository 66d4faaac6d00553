// Exported file names must be valid on every operating system, unique ignoring case, and the same on every export.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FilePathAllocator, safeFileStem } from '../../../../src/core/configAsCode/fileNames';

describe('safe file names', () => {
  it('replaces what file systems refuse and keeps what people recognise', () => {
    assert.equal(safeFileStem('Benelux + DACH'), 'Benelux + DACH');
    assert.equal(safeFileStem('NORDIC → EU'), 'NORDIC - EU');
    assert.equal(safeFileStem('a/b\\c:d*e?f"g<h>i|j'), 'a-b-c-d-e-f-g-h-i-j');
    assert.equal(safeFileStem('Færøerne og Grønland'), 'Færøerne og Grønland');
    assert.equal(safeFileStem('  ..hidden  trailing. . '), 'hidden trailing');
    assert.equal(safeFileStem('CON'), '_CON');
    assert.equal(safeFileStem('tab\tand\nnewline'), 'tab and newline');
    assert.equal(safeFileStem('...'), '');
  });

  it('never yields a separator, a control character, a leading dot or more than 80 characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
      const stem = safeFileStem(name);
      assert.doesNotMatch(stem, /[\\/<>:"|?*]/);
      assert.ok(Array.from(stem).every((character) => character.charCodeAt(0) >= 0x20), 'no control character');
      assert.ok(!stem.startsWith('.'), stem);
      assert.ok(!/[. ]$/.test(stem), stem);
      assert.ok(Array.from(stem).length <= 81, stem);
    }));
  });
});

describe('unique paths', () => {
  it('a second object of the same name (ignoring case) gets its id appended', () => {
    const allocator = new FilePathAllocator();
    assert.equal(allocator.allocate('regions', 'region', 'Denmark', '65c3a0000000000000000001'), 'regions/Denmark.region.json');
    assert.equal(allocator.allocate('regions', 'region', 'DENMARK', '65c3a0000000000000000008'), 'regions/DENMARK (65c3a0000000000000000008).region.json');
  });

  it('paths already used by files or the manifest are never handed out again', () => {
    const allocator = new FilePathAllocator(['roaming-profiles/Nordics.roaming-profile.json', 'roaming-profiles/Nordics (3002).roaming-profile.json']);
    assert.equal(allocator.allocate('roaming-profiles', 'roaming-profile', 'nordics', '3002'), 'roaming-profiles/nordics (3002) 2.roaming-profile.json');
  });

  it('an object without a usable name is named by its id', () => {
    const allocator = new FilePathAllocator();
    assert.equal(allocator.allocate('service-profiles', 'service-profile', '???', 'SP_1301'), 'service-profiles/---.service-profile.json');
    assert.equal(allocator.allocate('service-profiles', 'service-profile', '...', 'SP_1302'), 'service-profiles/SP_1302.service-profile.json');
  });

  it('every allocated path is distinct ignoring case', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('EU', 'eu', 'Eu Core', '', '/'), fc.stringMatching(/^[0-9]{1,4}$/)), { maxLength: 30 }), (objects) => {
      const allocator = new FilePathAllocator();
      const paths = objects.map(([name, id]) => allocator.allocate('destination-groups', 'destination-group', name, id).toLowerCase());
      assert.equal(new Set(paths).size, paths.length);
    }));
  });
});
