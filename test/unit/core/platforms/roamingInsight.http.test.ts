// On the sandbox, over HTTP: a CUSTOM profile keeps its networks when its group is edited and then differs from it,
// a DEFAULT profile follows; the kinds say what an edit or a delete reaches before anything is sent; the read-only
// lists of plans and ratezones.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ratePlanList, rateZoneList } from '../../../../src/core/platforms/sft/accountLists';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind } from '../../../../src/core/platforms/sft/roamingProfile';
import { serviceProfileKind } from '../../../../src/core/platforms/sft/serviceProfile';
import { SandboxHarness } from './support/sandboxClients';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
beforeEach(() => harness.reset());
after(() => harness.close());

async function addToGroup(groupId: string, tadigCode: string, categoryGroupId: string) {
  const group = await destinationGroupKind.get(harness.sft, groupId);
  assert.ok(group);
  const document = destinationGroupKind.toDocument(group);
  return destinationGroupKind.planUpdate(groupId, group, { ...document, tadigCodeList: [...document.tadigCodeList, { tadigCode, categoryGroupId }] })!;
}

describe('roaming insight on the sandbox', () => {
  it('a CUSTOM profile keeps its own networks after a group edit and is then marked as differing', async () => {
    const plan = await addToGroup('2506', 'GBRME', '27');
    assert.equal((await destinationGroupKind.execute(harness.sft, plan, undefined)).status, 'applied');
    const [profile] = await roamingProfileKind.enrich!(harness.sft, [(await roamingProfileKind.get(harness.sft, '3004'))!]);
    const shown = roamingProfileKind.present(profile);
    assert.equal(shown.description, '3004 · active · 8 networks · differs from group 2506');
    assert.match(shown.tooltip, /Roams on: 8 networks in 2 countries/);
    assert.match(shown.tooltip, /1 only in the group \(GBRME\/27\), 0 only in the profile/);
    const items = await roamingProfileKind.related!(harness.sft, profile);
    assert.deepEqual(items.map((item) => item.label), ['UK & Ireland', 'Networks', 'Differs from its group', 'Used by']);
    const networks = items[1];
    assert.equal(networks.description, '8 networks in 2 countries');
    assert.deepEqual(networks.children?.map((country) => [country.label, country.children?.length]), [['Ireland', 3], ['United Kingdom', 5]]);
    assert.deepEqual(items[2].children?.[0].children?.map((item) => item.label), ['GBRME/27']);
  });

  it('a DEFAULT profile follows its group, and the edit says so before it is sent', async () => {
    const plan = await addToGroup('2501', 'MLTGO', '12');
    const impact = await destinationGroupKind.impactOf!(harness.sft, plan);
    assert.deepEqual(impact.lines, [
      'adds MLTGO/12 to DEFAULT profile 3001 (follows the group)',
      'CUSTOM profile 3005 (EU Core Fixed) keeps its 17 networks (a copy: group edits do not reach it) and then differs from the group: MLTGO/12 only in the group',
    ]);
    assert.deepEqual(await harness.writes('sft'), [], 'nothing sent to find this out');
    await destinationGroupKind.execute(harness.sft, plan, undefined);
    const [defaultProfile] = await roamingProfileKind.enrich!(harness.sft, [(await roamingProfileKind.get(harness.sft, '3001'))!]);
    assert.equal(roamingProfileKind.present(defaultProfile).description, '3001 · active · 18 networks · follows group 2501');
  });

  it('an edit of a group no profile follows names the CUSTOM profile that keeps its networks', async () => {
    const impact = await destinationGroupKind.impactOf!(harness.sft, await addToGroup('2506', 'GBRME', '27'));
    assert.equal(impact.lines.length, 1);
    assert.match(impact.lines[0], /^CUSTOM profile 3004 \(UK Ireland Roaming\) keeps its 8 networks/);
  });

  it('a delete of an object in use names what uses it; a free one reaches nothing', async () => {
    const group = await destinationGroupKind.impactOf!(harness.sft, destinationGroupKind.planDelete('2506', undefined));
    assert.deepEqual(group.usedBy?.map((user) => user.id), ['3004']);
    assert.match(group.lines[0], /^Destination group 2506 is still used by CUSTOM profile 3004 \(UK Ireland Roaming\)/);
    const profile = await roamingProfileKind.impactOf!(harness.sft, roamingProfileKind.planDelete('3003', undefined));
    assert.deepEqual(profile.usedBy?.map((user) => `${user.kind} ${user.id}`), ['rate-plan 8001']);
    const service = await serviceProfileKind.impactOf!(harness.sft, serviceProfileKind.planDelete('SP_1301', undefined));
    assert.deepEqual(service.usedBy?.map((user) => user.id), ['8001']);
    assert.deepEqual(await destinationGroupKind.impactOf!(harness.sft, destinationGroupKind.planDelete('2505', undefined)), { lines: [] });
  });

  it('moving a CUSTOM profile to another group says its networks are replaced by a copy', async () => {
    const profile = (await roamingProfileKind.get(harness.sft, '3004'))!;
    const plan = roamingProfileKind.planUpdate('3004', profile, { ...roamingProfileKind.toDocument(profile), destinationGroupId: '2505' })!;
    const impact = await roamingProfileKind.impactOf!(harness.sft, plan);
    assert.deepEqual(impact.lines, ["replaces the profile's 8 networks in 2 countries with a copy of group 2505's 1 network in 1 country; later edits of the group do not reach it"]);
  });

  it('lists the account\'s rate plans and ratezones with what they reference and what uses them', async () => {
    const plans = await ratePlanList.list(harness.sft);
    assert.deepEqual(plans.map((plan) => plan.presentation.label), ['IoT Europe Basic', 'Nordic Data Boost']);
    assert.deepEqual(plans[0].related.map((item) => item.target), [
      { kind: 'service-profile', id: 'SP_1301' }, { kind: 'destination-group', id: '2503' }, { kind: 'roaming-profile', id: '3003' },
    ]);
    const [zone] = await rateZoneList.list(harness.sft);
    assert.equal(zone.presentation.description, '7001 · active · 10 operators');
    assert.deepEqual(zone.related[0].children?.map((item) => item.label), ['Nordic Data Boost'], 'the addon plan is priced on it');
  });
});
