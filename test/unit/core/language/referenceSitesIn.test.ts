// Every reference of a document, for the names shown beside them: found in one walk, in order, capped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_NAMED_REFERENCES, referenceSitesIn } from '../../../../src/core/language/referenceSites';

describe('the references of a document', () => {
  it('finds operators, suppliers, group and region ids where they sit, in order', () => {
    const group = JSON.stringify({ destinationGroupName: 'G', tadigCodeList: [{ tadigCode: 'SWETR', categoryGroupId: '12' }, { tadigCode: 'DNKIA', categoryGroupId: '7' }] }, null, 2);
    assert.deepEqual(referenceSitesIn(group).map((site) => `${site.kind}:${site.value}`), ['tadig:SWETR', 'supplier:12', 'tadig:DNKIA', 'supplier:7']);
    const profile = '{ "roamingProfileName": "P", "destinationGroupId": "2501", "status": "1" }';
    assert.deepEqual(referenceSitesIn(profile).map((site) => `${site.kind}:${site.value}`), ['destination-group:2501']);
    const region = JSON.stringify({ network: 'TDC', voice: { outbound: [{ _id: '65c3a0000000000000000002', rate: 1 }] } });
    assert.deepEqual(referenceSitesIn(region).map((site) => [site.kind, site.network]), [['region', 'TDC']]);
  });

  it('stops at the cap on a huge group, and reads nothing from text that is not a document', () => {
    const operators = Array.from({ length: MAX_NAMED_REFERENCES }, (_, index) => ({ tadigCode: `AAA${String(index % 100).padStart(2, '0')}`, categoryGroupId: '1' }));
    assert.equal(referenceSitesIn(JSON.stringify({ tadigCodeList: operators })).length, MAX_NAMED_REFERENCES);
    assert.deepEqual(referenceSitesIn('{ not json'), []);
    assert.deepEqual(referenceSitesIn(`${'['.repeat(1000)}${']'.repeat(1000)}`), []);
  });
});
