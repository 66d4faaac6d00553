// The remote side of the language features, over HTTP against the sandbox: candidates and referenced objects
// for completion, hover and definition, and the remote rules applied to request bodies.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkSubjectFor } from '../../../../src/core/language/checkSubjects';
import { candidatesFor, referencedObject } from '../../../../src/core/language/referenceLookups';
import type { ReferenceSite } from '../../../../src/core/language/referenceSites';
import { checkFileRemotely } from '../../../../src/core/language/remoteFileChecks';
import { SandboxHarness } from '../platforms/support/sandboxClients';

let harness: SandboxHarness;
before(async () => { harness = await SandboxHarness.start(); });
after(() => harness.close());

const site = (kind: ReferenceSite['kind'], value?: string, holder: Record<string, unknown> = {}, network?: string): ReferenceSite =>
  ({ kind, value, span: { offset: 0, length: 0 }, holder, network });

describe('reference lookups on the sandbox', () => {
  it('destination groups by name, inserting their ids', async () => {
    const candidates = await candidatesFor(harness.sft, site('destination-group'));
    assert.ok(candidates.some((candidate) => candidate.value === '2501' && candidate.label === 'EU Core'));
  });

  it('suppliers: only those offering the entry\'s TADIG', async () => {
    const candidates = await candidatesFor(harness.sft, site('supplier', undefined, { tadigCode: 'deud1' }));
    assert.deepEqual(candidates.map((candidate) => candidate.value).sort(), ['12', '27']);
    assert.ok(candidates.every((candidate) => candidate.description.startsWith('BICS')));
  });

  it('TADIG codes once each, with operator and country', async () => {
    const candidates = await candidatesFor(harness.sft, site('tadig'));
    const deud1 = candidates.filter((candidate) => candidate.value === 'DEUD1');
    assert.equal(deud1.length, 1);
    assert.match(deud1[0].description, /Germany/);
    assert.match(deud1[0].documentation, /supplier `27`/);
  });

  it('called regions of the same network only', async () => {
    const candidates = await candidatesFor(harness.telecomx, site('region', undefined, {}, 'TDC'));
    assert.equal(candidates.length, 7);
    assert.ok(candidates.every((candidate) => candidate.description.endsWith('TDC')));
  });

  it('a TADIG\'s hover gives its MCC/MNC, with the dataset\'s word where it marks a code not operational', async () => {
    const malta = await referencedObject(harness.sft, site('tadig', 'mlttl'));
    assert.match(malta?.summary ?? '', /MCC\/MNC: 278\/01\n/);
    const o2 = await referencedObject(harness.sft, site('tadig', 'DEUE2'));
    assert.match(o2?.summary ?? '', /MCC\/MNC: 262\/07 \(not operational\)/);
  });

  it('a referenced group and region, with the document to open; nothing for an unknown id', async () => {
    const group = await referencedObject(harness.sft, site('destination-group', '2501'));
    assert.match(group?.summary ?? '', /EU Core/);
    assert.deepEqual(group?.target, { kind: 'destination-group', id: '2501' });
    const region = await referencedObject(harness.telecomx, site('region', '65C3A0000000000000000001'));
    assert.match(region?.summary ?? '', /Denmark/);
    assert.deepEqual(region?.target, { kind: 'region', id: '65c3a0000000000000000001' });
    assert.equal(await referencedObject(harness.sft, site('destination-group', '9999')), undefined);
  });
});

describe('remote rules on request bodies', () => {
  it('a create body: an unknown destination group, pointed at inside the envelope', async () => {
    const body = { roamingProfileInfo: { roamingProfileName: 'X', destinationGroupId: '9999', status: '1' } };
    const problems = await checkFileRemotely(harness.sft, body, checkSubjectFor('create-roaming-profile')!, undefined);
    assert.deepEqual(problems.map((problem) => [problem.code, problem.pointer]), [['unknown-destination-group', '/roamingProfileInfo/destinationGroupId']]);
  });

  it('a group modify: the group must exist, added operators must be in the network list', async () => {
    const body = { destinationGroupinfo: { destinationGroupId: '9999', addTadigCodeList: [{ tadigCode: 'BELKO', categoryGroupId: '27' }] } };
    const problems = await checkFileRemotely(harness.sft, body, checkSubjectFor('modify-destination-group')!, undefined);
    assert.deepEqual(problems.map((problem) => [problem.code, problem.pointer]), [
      ['unknown-destination-group', '/destinationGroupinfo/destinationGroupId'],
      ['unknown-category-group', '/destinationGroupinfo/addTadigCodeList/0/categoryGroupId'],
    ]);
  });

  it('a service profile modify: a RAT downgrade of a profile a plan uses; a rename is fine', async () => {
    const envelope = (profile: object) => ({ Request: { requestParam: { serviceProfile: { id: 'SP_1301', ...profile } } } });
    const subject = checkSubjectFor('modify-service-profile')!;
    const downgrade = await checkFileRemotely(harness.sft, envelope({ accessType: '02' }), subject, undefined);
    assert.deepEqual(downgrade.map((problem) => [problem.code, problem.pointer]), [['rat-downgrade', '/Request/requestParam/serviceProfile/accessType']]);
    assert.deepEqual(await checkFileRemotely(harness.sft, envelope({ name: 'Renamed' }), subject, undefined), []);
  });
});
