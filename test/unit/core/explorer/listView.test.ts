// The tree's list handling without VS Code: filter by any field value, sort naturally, filter text built lazily.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { filterListed, searchableText, sortListed, toListed } from '../../../../src/core/explorer/listView';

const groups = [
  toListed({ destinationListId: '2510', destinationListName: 'Nordics', operators: [{ tadigCode: 'DNKTD', countryName: 'Denmark' }] }, '2510', 'Nordics'),
  toListed({ destinationListId: '2502', destinationListName: 'EU Core', operators: [{ tadigCode: 'DEUD1', countryName: 'Germany' }] }, '2502', 'EU Core'),
  toListed({ destinationListId: '2509', destinationListName: 'eu fallback', operators: [] }, '2509', 'eu fallback'),
];

describe('tree list handling', () => {
  test('a filter matches name, id, TADIG code or country, case-insensitively, every word', () => {
    assert.deepEqual(filterListed(groups, 'nordics').map((item) => item.id), ['2510']);
    assert.deepEqual(filterListed(groups, 'deud1').map((item) => item.id), ['2502']);
    assert.deepEqual(filterListed(groups, 'GERMANY').map((item) => item.id), ['2502']);
    assert.deepEqual(filterListed(groups, '2509').map((item) => item.id), ['2509']);
    assert.deepEqual(filterListed(groups, 'eu core').map((item) => item.id), ['2502']);
    assert.equal(filterListed(groups, '  ').length, 3, 'an empty filter keeps everything');
  });

  test('keys are not matched, only values', () => {
    assert.equal(filterListed(groups, 'countryName').length, 0);
    assert.equal(searchableText({ a: { b: [1, 'Two'] } }), '1\u0000two');
  });

  test('sorts by name (natural, case-insensitive) or by id', () => {
    assert.deepEqual(sortListed([...groups], 'name').map((item) => item.name), ['EU Core', 'eu fallback', 'Nordics']);
    assert.deepEqual(sortListed([...groups], 'id').map((item) => item.id), ['2502', '2509', '2510']);
  });

  test('the filter text is built once, on first use', () => {
    let reads = 0;
    const remote = { get name() { reads += 1; return 'Counted'; } };
    const listed = toListed(remote, '1', 'Counted');
    assert.equal(reads, 0, 'not built when listed');
    assert.equal(filterListed([listed], 'counted').length, 1);
    assert.equal(filterListed([listed], 'counted').length, 1);
    assert.equal(reads, 1, 'built once');
  });
});
