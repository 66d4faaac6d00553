// The reference data files: the build writes every file the code reads (here out/data/, from `node esbuild.js
// --tests`; the bundles read dist/data/, written the same way), each within its size cap, the .vsix ships them, and
// a file that is missing or too large is refused with a message naming it — never a guess.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DATA_FILES, dataFolder, readDataFile, readDataRows } from '../../../../src/core/referenceData/dataFiles';

const repositoryRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');

describe('reference data files', () => {
  it('are all in the data folder the build writes, each within its cap', () => {
    assert.equal(dataFolder(), path.join(repositoryRoot, 'out', 'data'));
    for (const file of Object.values(DATA_FILES)) {
      const size = fs.statSync(path.join(dataFolder(), file.name)).size;
      assert.ok(size > 1000 && size <= file.maxBytes, `${file.name}: ${size} bytes`);
    }
  });

  it('ship in the .vsix beside the bundle (and the map geometry\'s bundle, which reads one of them)', () => {
    const lines = fs.readFileSync(path.join(repositoryRoot, '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim());
    for (const kept of ['!dist/extension.js', '!dist/worldShapes.js', '!dist/sandboxServer.js', '!dist/data/**']) assert.ok(lines.includes(kept), `.vscodeignore has ${kept}`);
  });

  it('keep only the fields the code reads, as rows', () => {
    const mcc = readDataRows(DATA_FILES.mccMnc, ['countryCode', 'mcc', 'mnc', 'brand', 'operator', 'status']);
    assert.ok(mcc.length > 2000);
    assert.ok(mcc.some((row) => row.mcc === '278' && row.mnc === '01'));
    assert.deepEqual((readDataFile(DATA_FILES.mccMnc) as { fields: string[] }).fields, ['countryCode', 'mcc', 'mnc', 'brand', 'operator', 'status']);
    const countries = readDataRows(DATA_FILES.countries, ['iso2', 'iso3', 'numeric', 'name']);
    assert.deepEqual(countries.find((row) => row.iso2 === 'MT'), { iso2: 'MT', iso3: 'MLT', numeric: '470', name: 'Malta' });
  });

  it('refuse a missing, oversized or malformed file with a message naming it', () => {
    assert.throws(() => readDataFile({ name: 'absent.json', what: 'a dataset', maxBytes: 1000 }),
      (error: Error) => error.message.startsWith('Reference data missing: a dataset should be in ') && error.message.includes('absent.json') && /node esbuild\.js/.test(error.message));
    assert.throws(() => readDataFile({ ...DATA_FILES.mccMnc, maxBytes: 10 }), /^Error: Reference data refused: .*mcc-mnc\.json .* more than the 10 expected/);
    assert.throws(() => readDataRows(DATA_FILES.worldMap, ['mcc']), /^Error: Reference data unreadable: .*countries-110m\.json .* has no fields and rows/);
    assert.throws(() => readDataRows(DATA_FILES.countries, ['iso2', 'capital']), /lacks the field\(s\) capital/);
  });
});
