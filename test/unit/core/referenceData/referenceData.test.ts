// The bundled reference data: the country of a TADIG code (TD.13's exceptions as notes, never refusals), MCC/MNC
// of a network as a set, and a warning for a network the MCC/MNC dataset marks as not operational — alone and as
// the destination group kind's checks report them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { countryByAlpha2, countryByNumeric } from '../../../../src/core/referenceData/countries';
import { MCC_MNC_DATASET } from '../../../../src/core/referenceData/datasets';
import { mobileCodesOf, notOperationalMessage } from '../../../../src/core/referenceData/mobileNetworkCodes';
import { countryOfTadig } from '../../../../src/core/referenceData/tadigCountry';
import { CannedClient, sftRows } from '../platforms/support/cannedClient';

describe('reference data: the country of a TADIG code', () => {
  it('reads the ISO 3166-1 alpha-3 prefix', () => {
    assert.deepEqual(countryOfTadig('MLTTL').country, { iso2: 'MT', iso3: 'MLT', name: 'Malta' });
    assert.equal(countryOfTadig(' gbrcn ').country?.iso2, 'GB');
    // Romania's networks kept the alpha-3 code it had before 2002.
    assert.equal(countryOfTadig('ROMMR').country?.name, 'Romania');
    assert.equal(countryByNumeric('470')?.name, 'Malta');
    assert.equal(countryByNumeric(826)?.iso2, 'GB');
    assert.equal(countryByAlpha2('de')?.iso3, 'DEU');
  });

  it('gives a note, not a country, for TD.13 prefixes that name none and for unknown prefixes', () => {
    const cases: [string, string, RegExp][] = [
      ['AAMSA', 'tadig-non-terrestrial', /non-terrestrial/],
      ['WWWAB', 'tadig-worldwide', /worldwide/],
      ['YUGMT', 'tadig-withdrawn-country', /Yugoslavia/],
      ['K00AB', 'tadig-not-iso', /outside ISO 3166-1/],
      ['QQQAB', 'tadig-unknown-country', /"QQQ" is not an ISO 3166-1 alpha-3 country code \(i18n-iso-countries 7\.14\.0 of /],
    ];
    for (const [code, noteCode, message] of cases) {
      const found = countryOfTadig(code);
      assert.equal(found.country, undefined, code);
      assert.equal(found.note?.code, noteCode, code);
      assert.match(found.note?.message ?? '', message, code);
    }
  });
});

describe('reference data: MCC/MNC of a network', () => {
  it('takes the network list\'s pair when it gives one, with the dataset\'s name and status', () => {
    assert.deepEqual(mobileCodesOf({ tadigCode: 'MLTTL', operatorName: 'Epic Malta', mcc: '278', mnc: '01' }),
      [{ mcc: '278', mnc: '01', name: 'Epic', status: 'Operational', from: 'network list' }]);
  });

  it('finds every pair of the operator in the TADIG\'s country when the list gives none (a set, many-to-many)', () => {
    const codes = mobileCodesOf({ tadigCode: 'MLTGO', operatorName: 'GO Malta' });
    assert.deepEqual(codes.map((code) => `${code.mcc} ${code.mnc}`).sort(), ['278 21', '278 30']);
    assert.ok(codes.every((code) => code.from === 'dataset'));
    // Never a guess from another country, and nothing for a name the dataset does not know.
    assert.deepEqual(mobileCodesOf({ tadigCode: 'AAMSA', operatorName: 'GO' }), []);
    assert.deepEqual(mobileCodesOf({ tadigCode: 'MLTZZ', operatorName: 'Nobody Telecom' }), []);
  });

  it('warns when every pair of the network is marked not operational, naming the dataset and its date', () => {
    const stopped = notOperationalMessage({ tadigCode: 'MLTYM', operatorName: 'YOM Ltd.' });
    assert.match(stopped ?? '', /^MLTYM \(YOM Ltd\.\): mcc-mnc-list 1\.1\.11 of 2024-12-13 marks MCC\/MNC 278 11 .* as not operational/);
    assert.match(notOperationalMessage({ tadigCode: 'MLTYM', mcc: '278', mnc: '11' }) ?? '', /278 11/);
    assert.equal(notOperationalMessage({ tadigCode: 'MLTTL', operatorName: 'Epic Malta', mcc: '278', mnc: '01' }), undefined);
    // One operational pair among several: the network is running.
    assert.equal(notOperationalMessage({ tadigCode: 'MLTGO', operatorName: 'GO Malta' }), undefined);
    assert.equal(MCC_MNC_DATASET.date, '2024-12-13');
  });
});

describe('reference data in the destination group kind', () => {
  it('warns (never refuses) for an operator whose TADIG names no country, and plans it all the same', () => {
    const document = { destinationGroupName: 'Ships', tadigCodeList: [{ tadigCode: 'AAMSA', categoryGroupId: '12' }, { tadigCode: 'MLTTL', categoryGroupId: '12' }] };
    const problems = destinationGroupKind.checkDocument(document, undefined);
    assert.deepEqual(problems.map((problem) => [problem.pointer, problem.severity, problem.code]), [['/tadigCodeList/0/tadigCode', 'warning', 'tadig-non-terrestrial']]);
    assert.equal(destinationGroupKind.planCreate(document).action, 'create');
  });

  it('warns for an added network the dataset marks as not operational, from the network list\'s MCC/MNC', async () => {
    const networkList = sftRows('10032', [
      { tadigCode: 'MLTYM', categoryGroupId: '12', supplierName: 'S', operatorId: '1', operatorName: 'YOM', countryName: 'Malta', countryCode: 'MT', mcc: '278', mnc: '11' },
      { tadigCode: 'MLTTL', categoryGroupId: '12', supplierName: 'S', operatorId: '2', operatorName: 'Epic Malta', countryName: 'Malta', countryCode: 'MT', mcc: '278', mnc: '01' },
    ]);
    const document = { destinationGroupName: 'Malta', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }, { tadigCode: 'MLTYM', categoryGroupId: '12' }] };
    const problems = await destinationGroupKind.checkRemotely!(new CannedClient([networkList]), document, undefined);
    assert.deepEqual(problems.map((problem) => [problem.pointer, problem.severity, problem.code]), [['/tadigCodeList/1/tadigCode', 'warning', 'operator-not-operational']]);
    assert.match(problems[0].message, /MLTYM \(YOM\): mcc-mnc-list 1\.1\.11 of 2024-12-13 marks MCC\/MNC 278 11/);
  });
});
