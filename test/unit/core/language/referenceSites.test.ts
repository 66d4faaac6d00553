// Finding the reference under the cursor: by property and place, in documents and request bodies alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { referenceAt } from '../../../../src/core/language/referenceSites';

/** The text with `|` removed, and the cursor's offset where it was. */
function cursor(textWithBar: string): [string, number] {
  const offset = textWithBar.indexOf('|');
  assert.ok(offset >= 0, 'the text marks the cursor with |');
  return [textWithBar.slice(0, offset) + textWithBar.slice(offset + 1), offset];
}

const at = (textWithBar: string) => referenceAt(...cursor(textWithBar));

describe('reference sites', () => {
  it('a destination group id in a document, with the value and its span', () => {
    const [text, offset] = cursor('{\n  "roamingProfileName": "A",\n  "destinationGroupId": "25|01",\n  "status": "1"\n}');
    const site = referenceAt(text, offset);
    assert.equal(site?.kind, 'destination-group');
    assert.equal(site?.value, '2501');
    assert.equal(text.slice(site!.span.offset, site!.span.offset + site!.span.length), '"2501"');
  });

  it('a destination group id inside a request envelope, also as a number', () => {
    const site = at('{ "roamingProfileInfo": { "roamingProfileId": "3004", "destinationGroupId": 250|2 } }');
    assert.equal(site?.kind, 'destination-group');
    assert.equal(site?.value, '2502');
  });

  it('where a value is about to be typed: an empty span at the cursor', () => {
    const site = at('{ "roamingProfileName": "A", "destinationGroupId": |\n}');
    assert.equal(site?.kind, 'destination-group');
    assert.equal(site?.value, undefined);
    assert.equal(site?.span.length, 0);
  });

  it('TADIG codes and suppliers of operator entries, with the entry as holder', () => {
    const text = '{ "destinationGroupinfo": { "destinationGroupId": "2504", "addTadigCodeList": [ { "tadigCode": "DEUD1", "categoryGroupId": "2|7" } ] } }';
    const supplier = at(text);
    assert.equal(supplier?.kind, 'supplier');
    assert.equal(supplier?.value, '27');
    assert.deepEqual({ ...supplier?.holder }, { tadigCode: 'DEUD1', categoryGroupId: '27' });
    assert.equal(at('{ "tadigCodeList": [ { "tadigCode": "DE|UD1", "categoryGroupId": "12" } ] }')?.kind, 'tadig');
  });

  it('a called region in outbound voice prices, with the file\'s network', () => {
    const site = at('{ "network": "TDC", "voice": { "outbound": [ { "_id": "65c3a000000|0000000000008", "rate": 1 } ] } }');
    assert.equal(site?.kind, 'region');
    assert.equal(site?.network, 'TDC');
    assert.equal(site?.value, '65c3a0000000000000000008');
  });

  it('nothing on keys, on other properties, or on look-alikes in other places', () => {
    assert.equal(at('{ "destination|GroupId": "2501" }'), undefined);
    assert.equal(at('{ "roamingProfileName": "25|01" }'), undefined);
    assert.equal(at('{ "tadigCode": "DE|UD1" }'), undefined, 'a TADIG outside an operator list');
    assert.equal(at('{ "_id": "65c3a000000|0000000000008" }'), undefined, 'a region\'s own id');
  });
});
