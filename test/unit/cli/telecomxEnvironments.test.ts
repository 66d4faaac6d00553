// One folder, two TelecomX accounts, over HTTP on two sandboxes: sandbox A as environment "test", sandbox B as
// "production". A new region is created once in each, the text price both already hold is adopted by its zone
// (never a create), each environment keeps its own ids in roaming-state/NAME.json, and a second plan is empty in both.
// Regions name the regions they price calls to by file, so two new regions pricing each other and themselves get each
// account's own ids.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ConfigPlan } from '../../../src/core/configAsCode';
import { removeTemporaryFolders, temporaryFolder, writeJson } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli } from './support/cliHarness';

let sandboxA: CliSandbox;
let sandboxB: CliSandbox;

before(async () => { [sandboxA, sandboxB] = await Promise.all([CliSandbox.start(), CliSandbox.start()]); });
after(async () => { await Promise.all([sandboxA.close(), sandboxB.close()]); removeTemporaryFolders(); });
beforeEach(() => { sandboxA.reset(); sandboxB.reset(); });

type Environment = 'test' | 'production';
const REGION = 'regions/Atlantis.region.json';

function harnessOf(environment: Environment): CliSandbox {
  return environment === 'test' ? sandboxA : sandboxB;
}

function env(environment: Environment): Record<string, string> {
  return { ROAMING_PASSWORD: harnessOf(environment).password };
}

function connection(environment: Environment, withEnvironment = true): string[] {
  const harness = harnessOf(environment);
  return ['--platform', 'telecomx', '--base-url', harness.sandbox.telecomxUrl, '--username', harness.telecomxUser, ...(withEnvironment ? ['--environment', environment] : [])];
}

function changes(plan: ConfigPlan): string[] {
  return plan.entries.filter((entry) => entry.action !== 'unchanged').map((entry) => `${entry.action}${entry.adopted ? ' (adopted)' : ''} ${entry.file}`);
}

async function planJson(folder: string, environment: Environment): Promise<{ code: number; plan: ConfigPlan }> {
  const run = await runCli(['plan', '--folder', folder, ...connection(environment), '--json'], { env: env(environment) });
  assert.notEqual(run.code, 1, run.stderr + run.stdout);
  return { code: run.code, plan: JSON.parse(run.stdout) as ConfigPlan };
}

function region(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    names: [{ language: 'eng', text: name }, { language: 'dan', text: `${name} (da)` }],
    network: 'TDC', homeland: false, roamLikeHome: false, notes: `${name}, a test zone`,
    sms: { cost: 0.1, wholesale: 0.2, price: 0.3 }, ...extra,
  };
}

interface State { files: Record<string, { id: string }> }

interface StoredRegion { _id: string; names: Array<{ text: string }>; network: string; homeland?: boolean; voice?: { outbound?: Array<{ _id: string; rate?: number }> } }

/** The regions sandbox `environment` holds, read from its store (not through the client under test). */
function storedRegions(environment: Environment): StoredRegion[] {
  return (harnessOf(environment).sandbox.telecomx.exportState() as { regions: StoredRegion[] }).regions;
}

function callPrice(file: string, rate: number): Record<string, unknown> {
  return { _id: `@${file}`, connectionFeeCost: 0.1, connectionFeeWholesale: 0.2, connectionFee: 0.3, rateCost: rate / 4, rateWholesale: rate / 2, rate };
}

function state(folder: string, environment: Environment): State {
  return JSON.parse(fs.readFileSync(path.join(folder, 'roaming-state', `${environment}.json`), 'utf8')) as State;
}

/** The team's folder: a new region, and the EU text price (which every account has) with a new price. */
async function teamFolder(): Promise<{ folder: string; textPrice: string }> {
  const scratch = temporaryFolder('tx-env-scratch');
  const exported = await runCli(['export', '--folder', scratch, ...connection('test', false), '--kinds', 'text-price'], { env: env('test') });
  assert.equal(exported.code, 0, exported.stderr);
  const folder = temporaryFolder('tx-env-team');
  const file = fs.readdirSync(path.join(scratch, 'text-prices'))
    .find((name) => (JSON.parse(fs.readFileSync(path.join(scratch, 'text-prices', name), 'utf8')) as { stayingRegion: string }).stayingRegion === 'EU');
  assert.ok(file, 'the sandbox has an EU text price');
  const textPrice = `text-prices/${file}`;
  const document = JSON.parse(fs.readFileSync(path.join(scratch, textPrice), 'utf8')) as Record<string, unknown>;
  writeJson(folder, textPrice, { ...document, price: 0.77 });
  writeJson(folder, REGION, region('Atlantis'));
  return { folder, textPrice };
}

/** Production is not a copy of test: it already has a region of its own, so its new ids are not test's. */
async function productionHasMore(): Promise<void> {
  const folder = temporaryFolder('tx-env-filler');
  writeJson(folder, 'regions/Mu.region.json', region('Mu'));
  const applied = await runCli(['apply', '--folder', folder, ...connection('production', false), '--yes'], { env: env('production') });
  assert.equal(applied.code, 0, applied.stdout + applied.stderr);
}

function clearLogs(): void {
  sandboxA.sandbox.telecomxServer.log.clear();
  sandboxB.sandbox.telecomxServer.log.clear();
}

describe('roaming-workbench: one TelecomX folder, two accounts', () => {
  it('applies one folder to test (sandbox A) and production (sandbox B): each object once in each, text price adopted, ids per account, then both plans are empty', async () => {
    await productionHasMore();
    const { folder, textPrice } = await teamFolder();

    for (const environment of ['test', 'production'] as const) {
      clearLogs();
      const planned = await planJson(folder, environment);
      assert.equal(planned.plan.environment, environment);
      assert.deepEqual(planned.plan.notRead, []);
      assert.deepEqual(changes(planned.plan), [`create ${REGION}`, `update (adopted) ${textPrice}`], environment);
      const applied = await runCli(['apply', '--folder', folder, ...connection(environment), '--yes'], { env: env(environment) });
      assert.equal(applied.code, 0, applied.stdout + applied.stderr);
      const writes = harnessOf(environment).writes('telecomx');
      // A create posts to the collection, an update to the object's own path.
      assert.deepEqual(writes.filter((write) => /\/roaming\/region/.test(write)), ['POST /roaming/region'], `${environment}: one region created: ${writes.join(', ')}`);
      assert.deepEqual(writes.filter((write) => /\/roaming\/text/.test(write)), [`POST /roaming/text/${planned.plan.entries.find((entry) => entry.file === textPrice)?.id ?? '?'}`], `${environment}: the text price updated once, never created: ${writes.join(', ')}`);
      const other = harnessOf(environment === 'test' ? 'production' : 'test');
      assert.deepEqual(other.writes('telecomx'), [], `${environment}: the other account is not touched`);
    }

    const testState = state(folder, 'test');
    const productionState = state(folder, 'production');
    assert.deepEqual(Object.keys(productionState.files).sort(), Object.keys(testState.files).sort());
    assert.notEqual(productionState.files[REGION].id, testState.files[REGION].id, 'two accounts, two regions');
    for (const environment of ['test', 'production'] as const) {
      const scratch = temporaryFolder(`tx-env-check-${environment}`);
      const exported = await runCli(['export', '--folder', scratch, ...connection(environment, false), '--kinds', 'region,text-price'], { env: env(environment) });
      assert.equal(exported.code, 0, exported.stderr);
      const atlantis = fs.readdirSync(path.join(scratch, 'regions')).filter((name) => name.startsWith('Atlantis'));
      assert.equal(atlantis.length, 1, `${environment}: Atlantis once: ${atlantis.join(', ')}`);
      const priced = fs.readdirSync(path.join(scratch, 'text-prices'))
        .map((name) => JSON.parse(fs.readFileSync(path.join(scratch, 'text-prices', name), 'utf8')) as { stayingRegion: string; price: number })
        .filter((price) => price.stayingRegion === 'EU');
      assert.deepEqual(priced.map((price) => price.price), [0.77], `${environment}: one EU text price, with the new price`);
    }

    clearLogs();
    for (const environment of ['test', 'production'] as const) {
      const again = await planJson(folder, environment);
      assert.equal(again.code, 0, `${environment}: ${changes(again.plan).join(', ')}`);
      assert.deepEqual(changes(again.plan), []);
    }
    assert.deepEqual([...sandboxA.writes('telecomx'), ...sandboxB.writes('telecomx')], [], 'planning sends nothing');
  });

  it('resolves regions named by file per account: two new regions pricing each other and themselves, and an existing one pricing a new one', async () => {
    await productionHasMore();
    const folder = temporaryFolder('tx-env-regions');
    const exported = await runCli(['export', '--folder', folder, ...connection('test'), '--kinds', 'region'], { env: env('test') });
    assert.equal(exported.code, 0, exported.stderr);
    const regionFiles = fs.readdirSync(path.join(folder, 'regions')).map((name) => `regions/${name}`);
    const documentOf = (file: string) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as StoredRegion;
    // Export names every called region by its file, its own included: nothing in the folder is an account's id.
    assert.ok(regionFiles.every((file) => (documentOf(file).voice?.outbound ?? []).every((entry) => entry._id.startsWith('@regions/'))));
    const home = regionFiles.find((file) => documentOf(file).network === 'TDC' && documentOf(file).homeland === true) ?? assert.fail('TDC has a homeland region');
    assert.ok(documentOf(home).voice?.outbound?.some((entry) => entry._id === `@${home}`), 'the homeland prices calls within itself, by its own file');
    const lemuria = 'regions/Lemuria.region.json';
    writeJson(folder, lemuria, region('Lemuria', { voice: { outbound: [callPrice(lemuria, 1), callPrice(REGION, 2), callPrice(home, 3)] } }));
    writeJson(folder, REGION, region('Atlantis', { voice: { outbound: [callPrice(REGION, 4), callPrice(lemuria, 5)] } }));
    const homeDocument = documentOf(home) as unknown as { voice: { outbound: unknown[] } };
    writeJson(folder, home, { ...homeDocument, voice: { ...homeDocument.voice, outbound: [...homeDocument.voice.outbound, callPrice(REGION, 6)] } });

    for (const environment of ['test', 'production'] as const) {
      clearLogs();
      const planned = await planJson(folder, environment);
      const writes = changes(planned.plan).filter((change) => !change.startsWith('adopt '));
      // Production is a new environment: its 14 seed regions are adopted by name, and its homeland is adopted and updated.
      const homeChange = environment === 'test' ? `update ${home}` : `update (adopted) ${home}`;
      assert.deepEqual(writes.sort(), [`create ${lemuria}`, `create ${REGION}`, homeChange].sort(), environment);
      const applied = await runCli(['apply', '--folder', folder, ...connection(environment), '--yes'], { env: env(environment) });
      assert.equal(applied.code, 0, applied.stdout + applied.stderr);
      const sent = harnessOf(environment).writes('telecomx');
      assert.equal(sent.filter((write) => write === 'POST /roaming/region').length, 2, `${environment}: two regions created, once each: ${sent.join(', ')}`);

      const ids = state(folder, environment).files;
      const regions = storedRegions(environment);
      const stored = (file: string) => regions.find((item) => item._id === ids[file]?.id) ?? assert.fail(`${environment}: ${file} is not on the remote`);
      const ratesTo = (file: string) => Object.fromEntries((stored(file).voice?.outbound ?? []).map((entry) => [entry._id, entry.rate]));
      // Every price names this account's own region ids.
      assert.deepEqual(ratesTo(lemuria), { [ids[lemuria].id]: 1, [ids[REGION].id]: 2, [ids[home].id]: 3 }, environment);
      assert.deepEqual(ratesTo(REGION), { [ids[REGION].id]: 4, [ids[lemuria].id]: 5 }, environment);
      assert.equal(ratesTo(home)[ids[REGION].id], 6, environment);
      assert.equal(regions.filter((item) => item.names.some((name) => name.text === 'Lemuria')).length, 1, `${environment}: Lemuria once`);
    }
    assert.notEqual(state(folder, 'production').files[lemuria].id, state(folder, 'test').files[lemuria].id, 'two accounts, two ids');

    clearLogs();
    for (const environment of ['test', 'production'] as const) {
      const again = await planJson(folder, environment);
      assert.equal(again.code, 0, `${environment}: ${changes(again.plan).join(', ')}`);
    }
    assert.deepEqual([...sandboxA.writes('telecomx'), ...sandboxB.writes('telecomx')], [], 'planning sends nothing');
  });
});
