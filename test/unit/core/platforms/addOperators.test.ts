// Add Operators…: what is offered (by country, nothing twice) and the one edit that appends correct entries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appendOperatorsEdit, entriesInList, networksToOffer, operatorListPath } from '../../../../src/core/platforms/sft/addOperators';
import type { NetworkRow } from '../../../../src/core/platforms/sft/lookups';

const network = (tadigCode: string, categoryGroupId: string, operatorName: string, countryName: string): NetworkRow => ({
  tadigCode, categoryGroupId, operatorName, countryName, supplierName: 'S', operatorId: '1', countryCode: '', mcc: '', mnc: '',
});
const FORMAT = { tabSize: 2, insertSpaces: true, eol: '\n' };
const apply = (text: string, edit: { offset: number; length: number; content: string } | undefined) =>
  edit ? text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length) : text;

describe('Add Operators…', () => {
  const networks = [
    network('MLTGO', '12', 'GO Malta', 'Malta'), network('MLTTL', '12', 'Epic', 'Malta'),
    network('BELMO', '12', 'Orange Belgium', 'Belgium'), network('BELMO', '27', 'Orange Belgium', 'Belgium'),
  ];

  it('offers what the list lacks, by country A–Z and operator, each supplier of a TADIG on its own', () => {
    const offered = networksToOffer(networks, [{ tadigCode: 'mlttl ', categoryGroupId: '12' }]);
    assert.deepEqual(offered.map((country) => [country.countryName, country.networks.map((row) => `${row.tadigCode}/${row.categoryGroupId}`)]), [
      ['Belgium', ['BELMO/12', 'BELMO/27']],
      ['Malta', ['MLTGO/12']],
    ]);
  });

  it('appends the chosen entries after the last one, indented like it, in one edit, skipping what is there', () => {
    const text = JSON.stringify({ destinationGroupName: 'Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] }, null, 2);
    const path = operatorListPath('', 'document');
    const edited = apply(text, appendOperatorsEdit(text, path, [{ tadigCode: 'mltgo', categoryGroupId: '12' }, { tadigCode: 'MLTTL', categoryGroupId: '12' }, { tadigCode: 'MLTGO', categoryGroupId: '12' }], FORMAT));
    assert.deepEqual(JSON.parse(edited).tadigCodeList, [{ tadigCode: 'MLTTL', categoryGroupId: '12' }, { tadigCode: 'MLTGO', categoryGroupId: '12' }]);
    assert.equal(edited, JSON.stringify(JSON.parse(edited), null, 2), 'formatted as the file is');
    assert.equal(appendOperatorsEdit(edited, path, [{ tadigCode: 'MLTGO', categoryGroupId: '12' }], FORMAT), undefined, 'nothing left to add');
  });

  it('fills an empty list, makes a missing one, and adds to a create body\'s list or a modify body\'s addTadigCodeList', () => {
    const entry = [{ tadigCode: 'BELMO', categoryGroupId: '27' }];
    const empty = '{\n\t"destinationGroupName": "B",\n\t"tadigCodeList": []\n}';
    const filled = apply(empty, appendOperatorsEdit(empty, ['tadigCodeList'], entry, { tabSize: 4, insertSpaces: false, eol: '\n' }));
    assert.equal(filled, '{\n\t"destinationGroupName": "B",\n\t"tadigCodeList": [\n\t\t{\n\t\t\t"tadigCode": "BELMO",\n\t\t\t"categoryGroupId": "27"\n\t\t}\n\t]\n}');
    const missing = '{ "destinationGroupName": "B" }';
    assert.deepEqual(JSON.parse(apply(missing, appendOperatorsEdit(missing, ['tadigCodeList'], entry, FORMAT))).tadigCodeList, entry);
    assert.deepEqual(operatorListPath('/destinationGroupinfo', 'create'), ['destinationGroupinfo', 'tadigCodeList']);
    const modify = '{ "destinationGroupinfo": { "destinationGroupId": "2506" } }';
    const modified = apply(modify, appendOperatorsEdit(modify, operatorListPath('/destinationGroupinfo', 'change'), entry, FORMAT));
    assert.deepEqual(JSON.parse(modified).destinationGroupinfo.addTadigCodeList, entry);
    assert.deepEqual(entriesInList(modified, ['destinationGroupinfo', 'addTadigCodeList']), entry);
  });

  it('adds 500 operators to a group of 100,000 with one parse (linear, not one per entry)', () => {
    const tadigCodeList = Array.from({ length: 100_000 }, (_, index) => ({ tadigCode: `A${String(index).padStart(4, '0')}`, categoryGroupId: '12' }));
    const text = JSON.stringify({ destinationGroupName: 'Big', tadigCodeList }, null, 2);
    const chosen = Array.from({ length: 500 }, (_, index) => ({ tadigCode: `Z${String(index).padStart(4, '0')}`, categoryGroupId: '12' }));
    const edit = appendOperatorsEdit(text, ['tadigCodeList'], chosen, FORMAT)!;
    assert.equal(edit.length, 0, 'an insertion, nothing replaced');
    assert.equal(JSON.parse(apply(text, edit)).tadigCodeList.length, 100_500);
  });
});
