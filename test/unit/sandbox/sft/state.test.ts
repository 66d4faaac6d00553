// Persistence hooks and seeds: export/import round trip, refusal of a corrupt state with a clear message,
// reset, and the deterministic small and large seeds.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { largeSeed, LARGE_GROUP_COUNT, LARGE_GROUP_SIZE } from '../../../../src/sandbox/sft/seed/largeSeed';
import { smallSeed } from '../../../../src/sandbox/sft/seed/smallSeed';
import { networkKeyOf, type SftState } from '../../../../src/sandbox/sft/model';
import { SimulatorHarness } from './simulatorHarness';

const createBody = (name: string) => ({ roamingProfileInfo: { roamingProfileName: name, destinationGroupId: '2504', status: '1' } });

describe('SFT state', () => {
  test('exportState is plain JSON; importState into a fresh simulator carries the data and the id counters', async () => {
    const source = new SimulatorHarness();
    const { AccessToken } = await source.login();
    await source.call('POST', '/api/createRoamingProfile', { token: AccessToken, body: createBody('Carried Over') });
    const saved = JSON.parse(JSON.stringify(source.simulator.exportState()));

    const target = new SimulatorHarness();
    target.simulator.importState(saved);
    const token = (await target.login()).AccessToken;
    const rows = ((await target.call('GET', '/api/GetRoamingProfile', { token })).body as { Response: { responseParam: { rows: { roamingProfileName: string }[] } } })
      .Response.responseParam.rows;
    assert.ok(rows.some((row) => row.roamingProfileName === 'Carried Over'));
    const next = await target.call('POST', '/api/createRoamingProfile', { token, body: createBody('Next One') });
    assert.equal((next.body as { Response: { roamingProfileId: string } }).Response.roamingProfileId, '3104');
  });

  test('exportState hands out a copy: changing it does not change the simulator', async () => {
    const harness = new SimulatorHarness();
    const exported = harness.simulator.exportState() as SftState;
    exported.accounts[0].roamingProfiles.length = 0;
    assert.equal((harness.simulator.exportState() as SftState).accounts[0].roamingProfiles.length, 5);
  });

  test('importState refuses what is not SFT sandbox state, naming the bad field, and keeps the current state', () => {
    const harness = new SimulatorHarness();
    const good = harness.simulator.exportState() as SftState;
    const broken = (change: (state: SftState) => void): unknown => {
      const copy = structuredClone(good);
      change(copy);
      return copy;
    };
    const cases: [unknown, RegExp][] = [
      [null, /state must be an object/],
      [{ telecomx: true }, /state\.format must be "roaming-workbench\/sft-sandbox"/],
      [broken((state) => { (state as { version: number }).version = 2; }), /state\.version must be 1/],
      [broken((state) => { (state.accounts[0].roamingProfiles[0] as { status: string }).status = 'on'; }), /state\.accounts\[0\]\.roamingProfiles\[0\]\.status/],
      [broken((state) => { (state.accounts[0].serviceProfiles[0] as { profileId: string }).profileId = '1301'; }), /profileId must look like "SP_<n>"/],
      [broken((state) => { (state.nextIds as { roamingProfile: number }).roamingProfile = 0; }), /state\.nextIds\.roamingProfile/],
      [broken((state) => { state.accounts.push(structuredClone(state.accounts[0])); }), /account 100 appears twice/],
    ];
    for (const [input, message] of cases) {
      assert.throws(() => harness.simulator.importState(input), (error: Error) => {
        assert.match(error.message, /^Not a valid SFT sandbox state: /);
        assert.match(error.message, message);
        return true;
      });
    }
    assert.deepEqual(harness.simulator.exportState(), good);
  });

  test('reset brings back the seed and forgets tokens', async () => {
    const harness = new SimulatorHarness();
    const { AccessToken } = await harness.login();
    await harness.call('POST', '/api/deleteDestinationGroup', { token: AccessToken, body: { destinationGroupinfo: { destinationGroupId: '2504' } } });
    harness.simulator.reset();
    assert.deepEqual(harness.simulator.exportState(), smallSeed());
    assert.equal((await harness.call('GET', '/api/GetDestinationLists', { token: AccessToken })).status, 401);
  });

  test('the small seed: 60+ distinct TADIGs, some under both suppliers, every group operator in the account\'s network list', () => {
    const state = smallSeed();
    assert.ok(new Set(state.networks.map((network) => network.tadigCode)).size >= 60);
    const keys = state.networks.map(networkKeyOf);
    assert.equal(new Set(keys).size, keys.length, 'no network twice');
    assert.ok(state.networks.some((network) => network.categoryGroupId === '27'));
    for (const account of state.accounts) {
      const attached = new Set(account.networks.map(networkKeyOf));
      for (const group of account.destinationGroups) {
        for (const operator of group.operators) assert.ok(attached.has(networkKeyOf(operator)), `${account.accountId} ${group.destinationListName} ${networkKeyOf(operator)}`);
      }
    }
    assert.deepEqual(smallSeed(), state, 'deterministic');
  });

  test('the large seed adds 5,000 groups of 50 distinct operators, the same every time', () => {
    const state = largeSeed();
    const reseller = state.accounts.find((account) => account.accountId === '100');
    const generated = reseller?.destinationGroups.filter((group) => group.destinationListName.startsWith('Benchmark Group ')) ?? [];
    assert.equal(generated.length, LARGE_GROUP_COUNT);
    for (const group of generated) assert.equal(new Set(group.operators.map(networkKeyOf)).size, LARGE_GROUP_SIZE);
    assert.equal(state.size, 'large');
    assert.equal(state.nextIds.destinationGroup, Number(generated[generated.length - 1].destinationListId) + 1);
    assert.deepEqual(largeSeed().accounts[0].destinationGroups[100], reseller?.destinationGroups[100]);
    assert.notDeepEqual(generated[0].operators, generated[1].operators);
  });
});
