// The tree's children that follow references: a group's operators, a profile's destination group, the plans
// using a service profile, the regions a region prices calls to.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind } from '../../../../src/core/platforms/sft/roamingProfile';
import { serviceProfileKind } from '../../../../src/core/platforms/sft/serviceProfile';
import { regionKind } from '../../../../src/core/platforms/telecomx/region';
import { voicePriceKind } from '../../../../src/core/platforms/telecomx/voicePrice';
import { SandboxHarness } from './support/sandboxClients';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(() => harness.close());

describe('related items', () => {
  it('a destination group shows its operators as networks', async () => {
    const group = await destinationGroupKind.get(harness.sft, '2505');
    assert.ok(group && destinationGroupKind.related);
    const [lazyUsedBy, ...items] = await destinationGroupKind.related(harness.sft, group);
    assert.deepEqual([lazyUsedBy.label, lazyUsedBy.children], ['Used by', undefined], 'read only when expanded');
    const usedBy = await lazyUsedBy.load!();
    assert.deepEqual([usedBy.label, usedBy.description, usedBy.children], ['Used by', 'nothing', []], 'Malta Only is free');
    assert.deepEqual(items.map((item) => [item.label, item.network]), [['MLTTL / 12', { tadigCode: 'MLTTL', categoryGroupId: '12' }]]);
    assert.match(items[0].description ?? '', /Malta/);
  });

  it('a roaming profile leads to its destination group by name', async () => {
    const profile = await roamingProfileKind.get(harness.sft, '3002');
    assert.ok(profile && roamingProfileKind.related);
    const [group] = await roamingProfileKind.related(harness.sft, profile);
    assert.equal(group.label, 'Nordics');
    assert.deepEqual(group.target, { kind: 'destination-group', id: '2502' });
  });

  it('a service profile lists the plans using it', async () => {
    const used = await serviceProfileKind.get(harness.sft, 'SP_1301');
    const free = await serviceProfileKind.get(harness.sft, 'SP_1302');
    assert.ok(used && free && serviceProfileKind.related);
    const usedBy = await (await serviceProfileKind.related(harness.sft, used))[0].load!();
    assert.equal(usedBy.label, 'Used by');
    assert.deepEqual(usedBy.children?.map((item) => [item.label, item.description]), [['IoT Europe Basic', 'rate plan 8001']]);
    const freeUsedBy = await (await serviceProfileKind.related(harness.sft, free))[0].load!();
    assert.deepEqual([freeUsedBy.description, freeUsedBy.children], ['nothing', []]);
  });

  it('a region leads to the regions it prices calls to, by name', async () => {
    const [denmark] = (await regionKind.list(harness.telecomx, { filter: 'Denmark' })).items;
    assert.ok(regionKind.related);
    const items = await regionKind.related(harness.telecomx, denmark);
    assert.equal(items.length, denmark.voice?.outbound?.length);
    assert.ok(items.some((item) => item.label === 'World 1' && item.target?.kind === 'region'));
    assert.equal(voicePriceKind.related, undefined, 'zone prices are leaves');
  });
});
