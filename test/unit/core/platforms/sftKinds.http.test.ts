// The three SFT kinds over HTTP against the sandbox, through the shared client: list, get, create, update and
// delete, what goes on the wire, and the refusals that must happen before anything is sent.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { RemoteError } from '../../../../src/core/http/types';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { findDestinationGroupsWithTadig, listNetworks, listRatePlans, listRateZones } from '../../../../src/core/platforms/sft/lookups';
import { roamingProfileKind } from '../../../../src/core/platforms/sft/roamingProfile';
import { serviceProfileKind } from '../../../../src/core/platforms/sft/serviceProfile';
import { SandboxHarness } from './support/sandboxClients';

let harness: SandboxHarness;

before(async () => { harness = await SandboxHarness.start(); });
after(() => harness.close());
beforeEach(() => harness.reset());

const refused = (pattern: RegExp, pointer?: string) => (error: unknown): boolean => {
  assert.ok(error instanceof RemoteError, String(error));
  assert.equal(error.kind, 'refused');
  assert.match(error.message, pattern);
  if (pointer !== undefined) assert.equal(error.pointer, pointer);
  return true;
};

describe('SFT roaming profiles over HTTP', () => {
  it('lists, reads, creates, updates and deletes', async () => {
    const client = harness.sft;
    const listed = await roamingProfileKind.list(client, {});
    assert.ok(listed.items.some((row) => row.roamingProfileName === 'Nordics Roaming'));

    const document = { roamingProfileName: 'Baltic Roaming', destinationGroupId: '2507', status: '1' };
    const created = await roamingProfileKind.execute(client, roamingProfileKind.planCreate(document), document);
    assert.equal(created.status, 'applied');
    assert.ok(created.id);
    const remote = await roamingProfileKind.get(client, created.id);
    assert.ok(remote);
    assert.deepEqual(roamingProfileKind.toDocument(remote), document);

    await harness.clearRequests('sft');
    const edited = { ...document, status: '0' };
    const plan = roamingProfileKind.planUpdate(created.id, remote, edited);
    assert.ok(plan);
    assert.equal((await roamingProfileKind.execute(client, plan, edited)).status, 'applied');
    const [write] = await harness.writes('sft');
    assert.deepEqual(write.body, { roamingProfileInfo: { roamingProfileId: created.id, status: '0' } });
    assert.deepEqual(roamingProfileKind.toDocument((await roamingProfileKind.get(client, created.id))!), edited);

    const deleted = await roamingProfileKind.execute(client, roamingProfileKind.planDelete(created.id, remote), undefined);
    assert.equal(deleted.status, 'applied');
    assert.equal(await roamingProfileKind.get(client, created.id), undefined);
  });

  it('refuses an unknown destination group before sending', async () => {
    const document = { roamingProfileName: 'Nowhere', destinationGroupId: '9999', status: '1' };
    await assert.rejects(roamingProfileKind.execute(harness.sft, roamingProfileKind.planCreate(document), document), refused(/Destination group 9999 does not exist/, '/destinationGroupId'));
    assert.deepEqual(await harness.writes('sft'), []);
  });

  it('passes the platform\'s duplicate-name refusal through with its next step', async () => {
    const document = { roamingProfileName: 'nordics roaming', destinationGroupId: '2502', status: '1' };
    await assert.rejects(roamingProfileKind.execute(harness.sft, roamingProfileKind.planCreate(document), document), refused(/^Duplicate roaming profile name.* — choose another name/, '/roamingProfileName'));
  });
});

describe('SFT destination groups over HTTP', () => {
  it('an edit sends only the difference, in one modify request, and the group then holds the document', async () => {
    const client = harness.sft;
    const remote = await destinationGroupKind.get(client, '2502');
    assert.ok(remote);
    const document = destinationGroupKind.toDocument(remote);
    const edited = {
      ...document,
      tadigCodeList: [...document.tadigCodeList.filter((operator) => operator.tadigCode !== 'ISLTL'), { tadigCode: 'DEUD1', categoryGroupId: '12' }],
    };
    await harness.clearRequests('sft');
    const plan = destinationGroupKind.planUpdate('2502', remote, edited);
    assert.ok(plan);
    assert.equal((await destinationGroupKind.execute(client, plan, edited)).status, 'applied');
    const writes = await harness.writes('sft');
    assert.equal(writes.length, 1);
    assert.equal(writes[0].path, '/api/modifyDestinationGroup');
    assert.deepEqual(writes[0].body, {
      destinationGroupinfo: {
        destinationGroupId: '2502',
        addTadigCodeList: [{ tadigCode: 'DEUD1', categoryGroupId: '12' }],
        removeTadigCodeList: [{ tadigCode: 'ISLTL', categoryGroupId: '12' }],
      },
    });
    const after = await destinationGroupKind.get(client, '2502');
    assert.ok(after);
    assert.deepEqual(destinationGroupKind.toDocument(after), { ...edited, tadigCodeList: [...edited.tadigCodeList].sort((a, b) => a.tadigCode.localeCompare(b.tadigCode)) });
    assert.equal(destinationGroupKind.planUpdate('2502', after, edited), undefined, 'nothing left to push');
  });

  it('creates, reads and deletes a group', async () => {
    const client = harness.sft;
    const document = { destinationGroupName: 'Alps', tadigCodeList: [{ tadigCode: 'CHEC1', categoryGroupId: '12' }, { tadigCode: 'AUTPT', categoryGroupId: '12' }] };
    const created = await destinationGroupKind.execute(client, destinationGroupKind.planCreate(document), document);
    assert.equal(created.status, 'applied');
    const remote = await destinationGroupKind.get(client, created.id ?? '');
    assert.ok(remote);
    assert.deepEqual(destinationGroupKind.toDocument(remote).tadigCodeList.map((operator) => operator.tadigCode), ['AUTPT', 'CHEC1']);
    assert.ok((await destinationGroupKind.list(client, {})).items.some((group) => group.destinationListName === 'Alps'));
    assert.equal((await destinationGroupKind.execute(client, destinationGroupKind.planDelete(remote.destinationListId, remote), undefined)).status, 'applied');
    assert.equal(await destinationGroupKind.get(client, remote.destinationListId), undefined);
  });

  it('explains 10042 from the platform', async () => {
    const document = { destinationGroupName: 'Far away', tadigCodeList: [{ tadigCode: 'USACG', categoryGroupId: '12' }] };
    await assert.rejects(destinationGroupKind.execute(harness.sft, destinationGroupKind.planCreate(document), document), refused(/Destination not attached with account.* — .*network list/, '/tadigCodeList'));
  });
});

describe('SFT service profiles over HTTP', () => {
  it('creates, updates (changed fields only) and deletes', async () => {
    const client = harness.sft;
    const document = { name: 'SMS 2G', category: '0', status: '1', service: '2|3', accessType: '02' };
    const created = await serviceProfileKind.execute(client, serviceProfileKind.planCreate(document), document);
    assert.equal(created.status, 'applied');
    assert.match(created.id ?? '', /^SP_\d+$/);
    const remote = await serviceProfileKind.get(client, created.id ?? '');
    assert.ok(remote);
    assert.deepEqual(serviceProfileKind.toDocument(remote), document);

    await harness.clearRequests('sft');
    const edited = { ...document, service: '1|2|3', accessType: '06' };
    const plan = serviceProfileKind.planUpdate(remote.profileId, remote, edited);
    assert.ok(plan);
    assert.equal((await serviceProfileKind.execute(client, plan, edited)).status, 'applied');
    const writes = await harness.writes('sft');
    assert.deepEqual(writes.map((write) => write.body), [{ Request: { requestParam: { serviceProfile: { id: remote.profileId, service: '1|2|3', accessType: '06' } } } }]);
    const updated = await serviceProfileKind.get(client, remote.profileId);
    assert.ok(updated);
    assert.deepEqual(serviceProfileKind.toDocument(updated), edited);

    assert.equal((await serviceProfileKind.execute(client, serviceProfileKind.planDelete(updated.profileId, updated), undefined)).status, 'applied');
    assert.equal(await serviceProfileKind.get(client, updated.profileId), undefined);
  });

  it('refuses a RAT downgrade of a profile used by a plan before sending, and allows an upgrade', async () => {
    const client = harness.sft;
    const remote = await serviceProfileKind.get(client, 'SP_1301');
    assert.ok(remote);
    const downgrade = { ...serviceProfileKind.toDocument(remote), accessType: '02' };
    const plan = serviceProfileKind.planUpdate('SP_1301', remote, downgrade);
    assert.ok(plan);
    await harness.clearRequests('sft');
    await assert.rejects(serviceProfileKind.execute(client, plan, downgrade), refused(/IoT Europe Basic \(id 8001\).*10085/, '/accessType'));
    assert.deepEqual(await harness.writes('sft'), []);

    const upgrade = { ...serviceProfileKind.toDocument(remote), accessType: '10' };
    assert.equal((await serviceProfileKind.execute(client, serviceProfileKind.planUpdate('SP_1301', remote, upgrade)!, upgrade)).status, 'applied');
  });

  it('passes 6565 through for a child account beyond its entitlement', async () => {
    const document = { name: 'Child 5G', category: '0', status: '1', service: '1', accessType: '10' };
    await assert.rejects(
      serviceProfileKind.execute(harness.childAccountClient(), serviceProfileKind.planCreate(document), document),
      refused(/^Invalid child config for service profile.* — the services or the access type exceed/, '/service'),
    );
  });

  it('passes the platform\'s 10111 through when an obsolete access type reaches it', async () => {
    // The kind never plans an obsolete access type; a hand-made request shows the platform's own answer.
    const document = { name: 'Old RAT', category: '0', status: '1', service: '1', accessType: '06' };
    const plan = serviceProfileKind.planCreate(document);
    const sneaky = { ...plan, requests: [{ ...plan.requests[0], body: { Request: { requestParam: { serviceProfile: { ...document, accessType: '05' } } } } }] };
    await assert.rejects(serviceProfileKind.execute(harness.sft, sneaky, document), refused(/^Obsolete access type value.* — access types 03/, '/accessType'));
  });
});

describe('SFT deletes refused because something holds the object', () => {
  const cases = [
    { name: 'roaming profile on a ratezone (1210)', run: () => roamingProfileKind.execute(harness.sft, roamingProfileKind.planDelete('3002', undefined), undefined), code: '1210', text: /^Roaming profile 3002 is attached to ratezone Nordics Zone \(id 7001\) — / },
    { name: 'roaming profile on a plan (1211)', run: () => roamingProfileKind.execute(harness.sft, roamingProfileKind.planDelete('3003', undefined), undefined), code: '1211', text: /^Roaming profile 3003 is attached to plan IoT Europe Basic \(id 8001\) — / },
    { name: 'destination group on a plan (10040)', run: () => destinationGroupKind.execute(harness.sft, destinationGroupKind.planDelete('2503', undefined), undefined), code: '10040', text: /^Destination group 2503 is attached to plan IoT Europe Basic \(id 8001\)/ },
    { name: 'destination group on a ratezone (10041)', run: () => destinationGroupKind.execute(harness.sft, destinationGroupKind.planDelete('2502', undefined), undefined), code: '10041', text: /^Destination group 2502 is attached to ratezone Nordics Zone \(id 7001\)/ },
    { name: 'service profile on a plan (1338)', run: () => serviceProfileKind.execute(harness.sft, serviceProfileKind.planDelete('SP_1301', undefined), undefined), code: '1338', text: /^Service profile SP_1301 is attached to plan IoT Europe Basic \(id 8001\)/ },
  ];
  for (const { name, run, code, text } of cases) {
    it(`names what holds a ${name}`, async () => {
      await assert.rejects(run(), (error: unknown) => {
        assert.ok(error instanceof RemoteError);
        assert.equal(error.kind, 'refused');
        assert.equal(error.code, code);
        assert.match(error.message, text);
        return true;
      });
    });
  }
});

describe('SFT lookups over HTTP', () => {
  it('reads networks, ratezones, plans and the groups holding a TADIG', async () => {
    const client = harness.sft;
    const danish = await listNetworks(client, { countryName: 'denmark' });
    assert.ok(danish.length > 0 && danish.every((network) => network.countryName === 'Denmark'));
    assert.ok(danish.some((network) => network.tadigCode === 'DNKTD' && network.categoryGroupId === '27'));
    assert.deepEqual(await listNetworks(client, { tadigCode: 'ZZZZZ' }), []);
    assert.deepEqual((await listRateZones(client)).map((zone) => [zone.id, zone.roamingProfileId, zone.destGroupId]), [['7001', '3002', '2502']]);
    assert.deepEqual((await listRatePlans(client)).map((plan) => plan.planId), ['8001', '8002']);
    assert.deepEqual((await findDestinationGroupsWithTadig(client, 'dnktd')).map((group) => group.id), ['2502']);
  });
});
