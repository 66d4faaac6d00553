// `roaming-workbench coverage` in-process against the sandbox over HTTP: the JSON of "Malta Only" (2505) is exactly
// Malta and its network, the SVG is well-formed with Malta marked, a profile's coverage is its effective networks,
// a comparison splits both / only one side, and mistakes are one line.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ConfigPlan } from '../../../src/core/configAsCode';
import { editJson, removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { countriesWithClass, readSvg } from '../core/coverage/support/svgDocument';
import { CliSandbox, runCli } from './support/cliHarness';

let harness: CliSandbox;
let connection: string;

before(async () => {
  harness = await CliSandbox.start();
  connection = harness.writeConnectionFile(temporaryFolder('coverage'), 'sft');
});
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const coverage = (...argv: string[]) => runCli(['coverage', '--connection', connection, ...argv], { env: { ROAMING_PASSWORD: harness.password } });

describe('roaming-workbench coverage', () => {
  it('--group 2505 --format json lists exactly Malta and its network', async () => {
    const run = await coverage('--group', '2505', '--format', 'json');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      countries: [{ iso2: 'MT', name: 'Malta', networks: [{ tadigCode: 'MLTTL', categoryGroupId: '12', operator: 'Epic Malta' }] }],
    });
  });

  it('--format svg --out FILE writes a well-formed map with Malta marked, and only Malta', async () => {
    const file = path.join(temporaryFolder('coverage-svg'), 'malta.svg');
    const run = await coverage('--group', '2505', '--format', 'svg', '--out', file);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Wrote the svg coverage of destination group "Malta Only" \(2505\) to /);
    const elements = readSvg(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(countriesWithClass(elements, 'covered'), ['MT']);
    assert.match(elements.find((element) => element.attributes.id === 'country-MT')?.title ?? '', /MLTTL \/ 12 \(Epic Malta\)/);
  });

  it('shows a CUSTOM profile\'s own networks as text, by country', async () => {
    const run = await coverage('--profile', '3004');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Coverage of CUSTOM roaming profile "UK Ireland Roaming" \(3004\): 2 countries, 8 networks\n/);
    assert.match(run.stdout, /\nIreland \(IE\)\n {2}IRLEC \/ 12 {2}Vodafone Ireland\n/);
    assert.match(run.stdout, /\nUnited Kingdom \(GB\)\n {2}GBRCN \/ 12 {2}O2 UK\n {2}GBRCN \/ 27 {2}O2 UK\n/);
  });

  it('compares a DEFAULT profile (its group\'s networks) with a group: both, only left, only right', async () => {
    const run = await coverage('--profile', '3001', '--compare-group', '2504', '--format', 'json');
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as Record<'countries' | 'onlyLeft' | 'onlyRight', { iso2: string; networks: { tadigCode: string }[] }[]>;
    const flat = (key: keyof typeof result) => result[key].flatMap((country) => country.networks.map((network) => `${country.iso2}:${network.tadigCode}`));
    // EU Core (2501) and Iberia (2504) share ESPTE and PRTTL.
    assert.deepEqual(flat('countries'), ['PT:PRTTL', 'ES:ESPTE']);
    assert.ok(flat('onlyLeft').includes('MT:MLTTL') === false && flat('onlyLeft').includes('DE:DEUD1'));
    assert.deepEqual(flat('onlyRight'), ['PT:PRTOP', 'PT:PRTTM', 'ES:ESPAT', 'ES:ESPRT', 'ES:ESPXF']);
  });

  it('mistakes end in one line on stderr and exit 1', async () => {
    const cases: [string[], RegExp][] = [
      [[], /coverage needs --group ID or --profile ID/],
      [['--group', '2505', '--profile', '3004'], /--group or --profile, not both/],
      [['--group', 'Malta'], /--group takes the numeric id of a destination group/],
      [['--group', '2505', '--format', 'pdf'], /--format is text, json or svg, not "pdf"/],
      [['--group', '9999'], /Destination group 9999 does not exist on /],
      [['--profile', '9999'], /Roaming profile 9999 does not exist on /],
    ];
    for (const [argv, message] of cases) {
      const run = await coverage(...argv);
      assert.equal(run.code, 1, argv.join(' '));
      assert.match(run.stderr, message, argv.join(' '));
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, `one line: ${run.stderr}`);
      assert.ok(!(run.stdout + run.stderr).includes(harness.password));
    }
  });
});

describe('roaming-workbench plan: the coverage difference of a destination group change', () => {
  it('names the countries gained and lost, in text and JSON', async () => {
    const folder = path.join(temporaryFolder('coverage-plan'), 'config');
    const env = { ROAMING_PASSWORD: harness.password };
    const exported = await runCli(['export', '--folder', folder, '--connection', connection, '--kinds', 'destination-group'], { env });
    assert.equal(exported.code, 0, exported.stderr);
    // Malta Only loses Malta's network and gains the UK's; Baltics gains one more Estonian network: same countries.
    editJson<{ tadigCodeList: unknown[] }>(folder, 'destination-groups/Malta Only.destination-group.json', (group) => ({ ...group, tadigCodeList: [{ tadigCode: 'GBRCN', categoryGroupId: '12' }] }));
    editJson<{ tadigCodeList: unknown[] }>(folder, 'destination-groups/Nordics.destination-group.json', (group) => ({ ...group, tadigCodeList: [...group.tadigCodeList, { tadigCode: 'SWEEP', categoryGroupId: '12' }] }));

    const json = await runCli(['plan', '--folder', folder, '--connection', connection, '--json'], { env });
    assert.equal(json.code, 2, json.stderr);
    const entries = (JSON.parse(json.stdout) as ConfigPlan).entries;
    assert.deepEqual(entries.find((entry) => entry.name === 'Malta Only')?.coverageChange, { gained: [{ iso2: 'GB', name: 'United Kingdom' }], lost: [{ iso2: 'MT', name: 'Malta' }] });
    assert.deepEqual(entries.find((entry) => entry.name === 'Nordics')?.coverageChange, { gained: [], lost: [] });

    const text = await runCli(['plan', '--folder', folder, '--connection', connection], { env });
    assert.match(text.stdout, /Malta Only.destination-group.json \(2505\)\n.*\n {6}countries gained: United Kingdom \(GB\); countries lost: Malta \(MT\)\n/);
    assert.match(text.stdout, /Nordics.destination-group.json \(2502\)\n.*\n(.*\n)* {6}countries: the same\n/);
  });
});
