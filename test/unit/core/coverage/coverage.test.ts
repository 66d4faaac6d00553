// Coverage as countries and networks: a profile's effective networks (CUSTOM: its own; DEFAULT: its group's),
// grouped by the TADIG code's country, compared, and the countries a change gains and loses — and the map of it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { compareCoverage, countriesGainedAndLost, coverageOf, effectiveNetworksOf, type NetworkEntry } from '../../../../src/core/coverage/coverage';
import { renderCoverageMap } from '../../../../src/core/coverage/coverageMap';
import { SMALL_COUNTRY_POINTS } from '../../../../src/core/coverage/smallCountryPoints';
import { currentSmallCountryPoints, SMALL_COUNTRY_POINTS_FILE, smallCountryPointsModule } from '../../../../scripts/smallCountryPoints';
import { countriesWithClass, readSvg } from './support/svgDocument';

const network = (tadigCode: string, categoryGroupId = '12', operatorName = ''): NetworkEntry => ({ tadigCode, categoryGroupId, operatorName });

describe('coverage', () => {
  it('groups networks by the country of their TADIG code, sorted, each network once', () => {
    const coverage = coverageOf([network('MLTTL', '12', 'Epic Malta'), network('GBRCN', '27', 'O2 UK'), network('gbrcn', '12', 'O2 UK'), network('MLTTL', '12', 'Epic Malta')]);
    assert.deepEqual(coverage, {
      countries: [
        { iso2: 'MT', name: 'Malta', networks: [{ tadigCode: 'MLTTL', categoryGroupId: '12', operator: 'Epic Malta' }] },
        { iso2: 'GB', name: 'United Kingdom', networks: [{ tadigCode: 'GBRCN', categoryGroupId: '12', operator: 'O2 UK' }, { tadigCode: 'GBRCN', categoryGroupId: '27', operator: 'O2 UK' }] },
      ],
    });
  });

  it('lists networks whose TADIG names no country last, under the platform\'s country name', () => {
    const coverage = coverageOf([{ tadigCode: 'AAMSA', categoryGroupId: '12', operatorName: 'Sea', countryName: 'Maritime' }, network('MLTTL')]);
    assert.deepEqual(coverage.countries.map((country) => [country.iso2, country.name]), [['MT', 'Malta'], ['', 'Maritime']]);
  });

  it('a CUSTOM profile roams on its own networks, a DEFAULT one on its group\'s', () => {
    const groups = new Map([['2506', { operators: [network('GBRCN'), network('GBRME', '27')] }]]);
    const own = [network('GBRCN')];
    assert.deepEqual(effectiveNetworksOf({ profileType: 'CUSTOM', destinationGroupId: '2506', networks: own }, groups), own);
    assert.deepEqual(effectiveNetworksOf({ profileType: 'DEFAULT', destinationGroupId: '2506', networks: own }, groups), groups.get('2506')?.operators);
    // A DEFAULT profile whose group was not read: its own list is the best there is.
    assert.deepEqual(effectiveNetworksOf({ profileType: 'DEFAULT', destinationGroupId: '9999', networks: own }, groups), own);
  });

  it('compares two coverages network by network, and names the countries gained and lost', () => {
    const left = coverageOf([network('MLTTL'), network('MLTGO'), network('GBRCN')]);
    const right = coverageOf([network('MLTTL'), network('IRLEC')]);
    const comparison = compareCoverage(left, right);
    const flat = (countries: typeof comparison.countries) => countries.map((country) => `${country.iso2}:${country.networks.map((item) => item.tadigCode).join(',')}`);
    assert.deepEqual(flat(comparison.countries), ['MT:MLTTL']);
    assert.deepEqual(flat(comparison.onlyLeft), ['MT:MLTGO', 'GB:GBRCN']);
    assert.deepEqual(flat(comparison.onlyRight), ['IE:IRLEC']);
    assert.deepEqual(countriesGainedAndLost(left, right), { gained: [{ iso2: 'IE', name: 'Ireland' }], lost: [{ iso2: 'GB', name: 'United Kingdom' }] });
  });
});

describe('coverage map (SVG)', () => {
  it('is well-formed, marks each covered country (a dot for one too small for the shapes) and names its networks', () => {
    const svg = renderCoverageMap({ coverage: coverageOf([network('MLTTL', '12', 'Epic Malta'), network('DEUD1', '12', 'Telekom')]), title: 'Malta & Germany' });
    const elements = readSvg(svg);
    assert.deepEqual(countriesWithClass(elements, 'covered'), ['DE', 'MT']);
    const malta = elements.find((element) => element.attributes.id === 'country-MT');
    assert.equal(malta?.name, 'circle', 'Malta is a dot: 1:110m has no shape for it');
    assert.equal(malta?.title, 'Malta: 1 network\nMLTTL / 12 (Epic Malta)');
    assert.equal(elements.find((element) => element.attributes.id === 'country-DE')?.name, 'path');
    assert.ok(elements.filter((element) => element.name === 'path').length > 170, 'the whole world is drawn');
    assert.match(svg, /var\(--coverage-covered/, 'colours are themable CSS custom properties');
  });

  it('zoomed to what is shaded, frames Europe for a European group (not France\'s Guiana) and leaves title and legend to the page', () => {
    const viewBoxOf = (svg: string) => (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
    const europe = coverageOf([network('FRAF1'), network('DEUD1'), network('ESPTE')]);
    const [left, top, width] = viewBoxOf(renderCoverageMap({ coverage: europe }, { zoomToShaded: true }));
    assert.deepEqual(viewBoxOf(renderCoverageMap({ coverage: europe })), [0, 0, 960, 500], 'the whole world by default (the CLI)');
    assert.ok(width <= 960 / 3, `Europe fills the view: ${width} of 960 wide`);
    assert.ok(left > 330 && top < 200, `framed on Europe, not the Atlantic: ${left}, ${top}`);
    const zoomed = renderCoverageMap({ coverage: coverageOf([network('MLTTL')]) }, { zoomToShaded: true });
    assert.ok(!/class="legend"|class="map-title"/.test(zoomed), 'no title or legend inside a zoomed map');
    assert.ok(readSvg(zoomed).some((element) => element.attributes.id === 'country-MT'), 'Malta is in the frame');
    assert.match(renderCoverageMap({ coverage: europe }, { styleNonce: 'n"1' }), /<style nonce="n&#34;1">/);
  });

  it('shades a comparison as only-left, only-right and both', () => {
    const comparison = compareCoverage(coverageOf([network('MLTTL'), network('GBRCN')]), coverageOf([network('MLTTL'), network('IRLEC')]));
    const elements = readSvg(renderCoverageMap({ comparison, leftLabel: 'group 2505', rightLabel: 'group 2506' }));
    assert.deepEqual(countriesWithClass(elements, 'both'), ['MT']);
    assert.deepEqual(countriesWithClass(elements, 'only-left'), ['GB']);
    assert.deepEqual(countriesWithClass(elements, 'only-right'), ['IE']);
    assert.match(elements.find((element) => element.attributes.id === 'country-GB')?.title ?? '', /GBRCN \/ 12 — only in group 2505/);
  });

  it('stays well-formed whatever the names hold', () => {
    const hostile = '</title><script>alert(1)</script>&"\'\u001b[2J\n';
    const svg = renderCoverageMap({ coverage: coverageOf([network('MLTTL', '12', hostile), { tadigCode: 'WWWXX', categoryGroupId: '1', operatorName: hostile, countryName: hostile }]), title: hostile });
    const elements = readSvg(svg);
    assert.ok(!elements.some((element) => element.name === 'script'));
    assert.match(elements.find((element) => element.attributes.id === 'country-MT')?.title ?? '', /<\/title><script>alert\(1\)<\/script>&"'\\x1b\[2J\)/);
  });
});

describe('coverage map: the small countries\' dots', () => {
  it('are what scripts/smallCountryPoints.ts derives from world-atlas today', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', SMALL_COUNTRY_POINTS_FILE), 'utf8');
    assert.equal(committed, smallCountryPointsModule(currentSmallCountryPoints()), 'run node out/scripts/smallCountryPoints.js');
    assert.deepEqual(SMALL_COUNTRY_POINTS['470'], [14.4, 35.9]);
  });
});
