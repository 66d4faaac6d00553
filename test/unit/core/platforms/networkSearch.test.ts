// Finding a network the way a person names it: TADIG code, operator or country.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NetworkRow } from '../../../../src/core/platforms/sft/lookups';
import { looksLikeTadig, matchNetworks } from '../../../../src/core/platforms/sft/networkSearch';

const row = (tadigCode: string, operatorName: string, countryName: string, categoryGroupId = '12'): NetworkRow => ({
  tadigCode, operatorName, countryName, categoryGroupId, supplierName: 'BICS', operatorId: '1', countryCode: '', mcc: '', mnc: '',
});
const networks = [row('SWETR', 'Telia Sweden', 'Sweden'), row('SWETR', 'Telia Sweden', 'Sweden', '7'), row('SWEHU', 'Tre Sweden', 'Sweden'),
  row('DNKIA', 'Telia Denmark', 'Denmark'), row('DNKTD', 'TDC', 'Denmark')];

describe('finding a network by what a person types', () => {
  it('an exact TADIG code is that network, once whatever its suppliers', () => {
    assert.deepEqual(matchNetworks(networks, ' swetr ').map((match) => match.tadigCode), ['SWETR']);
  });

  it('an operator or a country names every network that has it, best matches first', () => {
    assert.deepEqual(matchNetworks(networks, 'Telia').map((match) => match.tadigCode), ['DNKIA', 'SWETR']);
    assert.deepEqual(matchNetworks(networks, 'Telia Sweden').map((match) => match.tadigCode), ['SWETR']);
    assert.deepEqual(matchNetworks(networks, 'sweden').map((match) => match.tadigCode).sort(), ['SWEHU', 'SWETR']);
  });

  it('a five-letter word that is no code still finds by name, and nothing is nothing', () => {
    assert.equal(looksLikeTadig('Telia'), true);
    assert.deepEqual(matchNetworks(networks, 'Telix'), []);
    assert.deepEqual(matchNetworks(networks, ''), []);
  });
});
