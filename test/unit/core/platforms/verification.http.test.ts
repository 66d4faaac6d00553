// Writes that end ambiguously (10239/10240, dropped connection, server error, non-JSON answer) are read back,
// never re-sent: each case ends in the right outcome and leaves no duplicate on the sandbox.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { WriteOutcome } from '../../../../src/core/http/types';
import type { PlatformId } from '../../../../src/core/http/connection';
import type { ResourceKind } from '../../../../src/core/platforms/resourceKind';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind } from '../../../../src/core/platforms/sft/roamingProfile';
import { serviceProfileKind } from '../../../../src/core/platforms/sft/serviceProfile';
import { regionKind, type RegionDocument } from '../../../../src/core/platforms/telecomx/region';
import { textPriceKind } from '../../../../src/core/platforms/telecomx/textPrice';
import { SandboxHarness } from './support/sandboxClients';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(() => harness.close());
beforeEach(() => harness.reset());

interface CreateCase<TDocument> {
  readonly kind: ResourceKind<unknown, TDocument>;
  readonly path: string;
  readonly document: TDocument;
  readonly name: string;
}

const sftCreates: CreateCase<unknown>[] = [
  { kind: roamingProfileKind as ResourceKind<unknown, unknown>, path: '/api/createRoamingProfile', name: 'Verified Roaming', document: { roamingProfileName: 'Verified Roaming', destinationGroupId: '2504', status: '1' } },
  { kind: destinationGroupKind as ResourceKind<unknown, unknown>, path: '/api/createDestinationGroup', name: 'Verified Group', document: { destinationGroupName: 'Verified Group', tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }] } },
  { kind: serviceProfileKind as ResourceKind<unknown, unknown>, path: '/api/CreateServiceProfile', name: 'Verified Service', document: { name: 'Verified Service', category: '0', status: '1', service: '4' } },
];

async function countNamed(kind: ResourceKind<unknown, unknown>, platform: PlatformId, name: string): Promise<number> {
  const items = (await kind.list(harness.clientFor(platform), {})).items;
  return items.filter((item) => kind.nameOf(item).toLowerCase() === name.toLowerCase()).length;
}

async function writesTo(platform: PlatformId, path: string): Promise<number> {
  return (await harness.writes(platform)).filter((entry) => entry.path === path).length;
}

describe('SFT creates answered 10239/10240', () => {
  for (const { kind, path, document, name } of sftCreates) {
    for (const code of ['10239', '10240']) {
      it(`${kind.slug}: ${code} after the write was applied → applied, one object, sent once`, async () => {
        await harness.addFault('sft', { method: 'POST', path, kind: 'verify-applied', resultCode: code });
        const outcome = await kind.execute(harness.sft, kind.planCreate(document), document);
        assert.equal(outcome.status, 'applied', outcome.message);
        assert.equal(outcome.ambiguity?.code, code);
        assert.ok(outcome.id, 'the id is found by name');
        assert.equal(await countNamed(kind, 'sft', name), 1);
        assert.equal(await writesTo('sft', path), 1);
        assert.ok(await kind.get(harness.sft, outcome.id));
      });

      it(`${kind.slug}: ${code} without the write → not applied; pushing again makes exactly one`, async () => {
        await harness.addFault('sft', { method: 'POST', path, kind: 'verify-not-applied', resultCode: code });
        const outcome = await kind.execute(harness.sft, kind.planCreate(document), document);
        assert.equal(outcome.status, 'not-applied', outcome.message);
        assert.equal(outcome.id, undefined);
        assert.equal(await countNamed(kind, 'sft', name), 0);
        assert.equal(await writesTo('sft', path), 1, 'not re-sent on its own');
        const again = await kind.execute(harness.sft, kind.planCreate(document), document);
        assert.equal(again.status, 'applied');
        assert.equal(await countNamed(kind, 'sft', name), 1);
      });
    }
  }
});

describe('SFT updates and deletes answered ambiguously', () => {
  async function updateNordicsStatus(): Promise<WriteOutcome> {
    const remote = await roamingProfileKind.get(harness.sft, '3002');
    assert.ok(remote);
    const edited = { ...roamingProfileKind.toDocument(remote), status: '0' };
    return roamingProfileKind.execute(harness.sft, roamingProfileKind.planUpdate('3002', remote, edited)!, edited);
  }

  it('10240 on a modify that was applied → applied', async () => {
    await harness.addFault('sft', { method: 'POST', path: '/api/modifyRoamingProfile', kind: 'verify-applied', resultCode: '10240' });
    const outcome = await updateNordicsStatus();
    assert.equal(outcome.status, 'applied', outcome.message);
    assert.equal((await roamingProfileKind.get(harness.sft, '3002'))?.status, '0');
  });

  it('10239 on a modify that was not applied → not applied', async () => {
    await harness.addFault('sft', { method: 'POST', path: '/api/modifyRoamingProfile', kind: 'verify-not-applied', resultCode: '10239' });
    const outcome = await updateNordicsStatus();
    assert.equal(outcome.status, 'not-applied', outcome.message);
    assert.equal((await roamingProfileKind.get(harness.sft, '3002'))?.status, '1');
  });

  it('a dropped connection on a write is verified, not retried: unchanged for now is unknown (it may still land)', async () => {
    await harness.addFault('sft', { method: 'POST', path: '/api/modifyRoamingProfile', kind: 'drop' });
    const outcome = await updateNordicsStatus();
    assert.equal(outcome.status, 'unknown', outcome.message);
    assert.match(outcome.message, /look again in a few minutes/);
    assert.equal(outcome.ambiguity?.kind, 'dropped');
    assert.equal(await writesTo('sft', '/api/modifyRoamingProfile'), 1);
  });

  it('a destination-group edit answered 10240 after it was applied → applied', async () => {
    const remote = await destinationGroupKind.get(harness.sft, '2505');
    assert.ok(remote);
    const edited = { ...destinationGroupKind.toDocument(remote), tadigCodeList: [{ tadigCode: 'MLTTL', categoryGroupId: '12' }, { tadigCode: 'ITASI', categoryGroupId: '12' }] };
    await harness.addFault('sft', { method: 'POST', path: '/api/modifyDestinationGroup', kind: 'verify-applied', resultCode: '10240' });
    const outcome = await destinationGroupKind.execute(harness.sft, destinationGroupKind.planUpdate('2505', remote, edited)!, edited);
    assert.equal(outcome.status, 'applied', outcome.message);
  });

  it('10240 on a delete: applied when gone, not applied when still there', async () => {
    const document = { name: 'To delete', category: '0', status: '1', service: '4' };
    const created = await serviceProfileKind.execute(harness.sft, serviceProfileKind.planCreate(document), document);
    const id = created.id ?? '';
    await harness.addFault('sft', { method: 'POST', path: '/api/DeleteServiceProfile', kind: 'verify-not-applied', resultCode: '10240' });
    assert.equal((await serviceProfileKind.execute(harness.sft, serviceProfileKind.planDelete(id, undefined), undefined)).status, 'not-applied');
    await harness.addFault('sft', { method: 'POST', path: '/api/DeleteServiceProfile', kind: 'verify-applied', resultCode: '10240' });
    assert.equal((await serviceProfileKind.execute(harness.sft, serviceProfileKind.planDelete(id, undefined), undefined)).status, 'applied');
    assert.equal(await serviceProfileKind.get(harness.sft, id), undefined);
  });
});

describe('TelecomX writes that end ambiguously', () => {
  const region: RegionDocument = {
    names: [{ language: 'eng', text: 'Verified Zone' }, { language: 'dan', text: 'Verificeret zone' }],
    network: 'TDC', homeland: false, roamLikeHome: false,
    sms: { cost: 0.1, wholesale: 0.2, price: 0.3 },
  };

  it('a dropped region create is verified by names and network: unknown while absent (it may still land), one region after pushing again', async () => {
    await harness.addFault('telecomx', { method: 'POST', path: '/roaming/region', kind: 'drop' });
    const outcome = await regionKind.execute(harness.telecomx, regionKind.planCreate(region), region);
    assert.equal(outcome.status, 'unknown', outcome.message);
    assert.equal(await countNamed(regionKind as ResourceKind<unknown, unknown>, 'telecomx', 'Verified Zone'), 0);
    const again = await regionKind.execute(harness.telecomx, regionKind.planCreate(region), region);
    assert.equal(again.status, 'applied');
    assert.equal(await countNamed(regionKind as ResourceKind<unknown, unknown>, 'telecomx', 'Verified Zone'), 1);
  });

  it('a server error on a region update is verified: not applied', async () => {
    const remote = (await regionKind.list(harness.telecomx, { filter: 'World 1' })).items[0];
    const edited = { ...regionKind.toDocument(remote), notes: 'changed' };
    await harness.addFault('telecomx', { method: 'POST', path: `/roaming/region/${remote._id}`, kind: 'http500' });
    const outcome = await regionKind.execute(harness.telecomx, regionKind.planUpdate(remote._id, remote, edited)!, edited);
    assert.equal(outcome.status, 'not-applied', outcome.message);
    assert.equal(outcome.ambiguity?.kind, 'server');
  });

  it('a non-JSON answer to a text-price update is verified: not applied', async () => {
    const remote = (await textPriceKind.list(harness.telecomx, {})).items[0];
    const edited = { ...textPriceKind.toDocument(remote), price: 9 };
    await harness.addFault('telecomx', { method: 'POST', path: `/roaming/text/${remote._id}`, kind: 'non-json' });
    const outcome = await textPriceKind.execute(harness.telecomx, textPriceKind.planUpdate(remote._id, remote, edited)!, edited);
    assert.equal(outcome.status, 'not-applied', outcome.message);
    assert.equal(outcome.ambiguity?.kind, 'protocol');
  });
});
