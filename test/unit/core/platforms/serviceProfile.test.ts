import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RemoteError } from '../../../../src/core/http/types';
import { serviceProfileKind, type ServiceProfileDocument, type ServiceProfileRow } from '../../../../src/core/platforms/sft/serviceProfile';
import { CannedClient, sftRows } from './support/cannedClient';

// Rows as the sandbox's GetServiceProfile answers them.
const SANDBOX_ROWS = [
  { profileId: 'SP_1301', profileName: 'Data + SMS 4G', category: '0', status: '1', service: '1|2|3', serviceName: 'DATA|SMS-MO|SMS-MT', accessType: '06', ratTypeName: '2G/3G/4G' },
  { profileId: 'SP_1302', profileName: 'NB-IoT Only', category: '0', status: '1', service: '4', serviceName: 'NB-IoT' },
  { profileId: 'SP_1303', profileName: 'Data Boost 5G Addon', category: '1', status: '1', service: '1', serviceName: 'DATA', accessType: '10', ratTypeName: '2G/3G/4G/5G' },
];

async function rows(): Promise<ServiceProfileRow[]> {
  return [...(await serviceProfileKind.list(new CannedClient([sftRows('1331', SANDBOX_ROWS)]), {})).items];
}

const codesOf = (document: ServiceProfileDocument, remote?: ServiceProfileRow): (string | undefined)[] =>
  serviceProfileKind.checkDocument(document, remote).map((problem) => problem.code);

const base = { name: 'P', category: '0', status: '1' };

describe('service profile kind', () => {
  it('makes documents in the contract\'s order, with accessType only when the row has one', async () => {
    const [data, nbIot] = await rows();
    const document = serviceProfileKind.toDocument(data);
    assert.deepEqual(Object.keys(document), ['name', 'category', 'status', 'service', 'accessType']);
    assert.deepEqual(serviceProfileKind.toDocument(nbIot), { name: 'NB-IoT Only', category: '0', status: '1', service: '4' });
  });

  it('requires accessType exactly when DATA or SMS is chosen', () => {
    assert.deepEqual(codesOf({ ...base, service: '1|4' }), ['accessType-missing']);
    assert.deepEqual(codesOf({ ...base, service: '3' }), ['accessType-missing']);
    assert.deepEqual(codesOf({ ...base, service: '4', accessType: '06' }), ['accessType-superfluous']);
    assert.deepEqual(codesOf({ ...base, service: '4' }), []);
    assert.deepEqual(codesOf({ ...base, service: '2|3', accessType: '02' }), []);
  });

  it('refuses obsolete and unknown access types, and duplicate or unknown services', () => {
    for (const obsolete of ['03', '04', '05', '07', '08', '09']) assert.deepEqual(codesOf({ ...base, service: '1', accessType: obsolete }), ['accessType-obsolete'], obsolete);
    assert.deepEqual(codesOf({ ...base, service: '1', accessType: '11' }), ['accessType-unknown']);
    assert.deepEqual(codesOf({ ...base, service: '1|1', accessType: '06' }), ['service-duplicate']);
    assert.deepEqual(codesOf({ ...base, service: '1|7', accessType: '06' }), ['service-unknown']);
    const obsolete = serviceProfileKind.checkDocument({ ...base, service: '1', accessType: '05' }, undefined)[0];
    assert.equal(obsolete.pointer, '/accessType');
    assert.match(obsolete.message, /10111/);
  });

  it('plans nothing for an unchanged profile and only the changed fields otherwise', async () => {
    const [data] = await rows();
    assert.equal(serviceProfileKind.planUpdate('SP_1301', data, serviceProfileKind.toDocument(data)), undefined);
    const plan = serviceProfileKind.planUpdate('SP_1301', data, { ...serviceProfileKind.toDocument(data), accessType: '10', name: 'Data + SMS 5G' });
    assert.deepEqual(plan?.requests, [{
      method: 'POST', path: '/api/ModifyServiceProfile',
      body: { Request: { requestParam: { serviceProfile: { id: 'SP_1301', name: 'Data + SMS 5G', accessType: '10' } } } },
    }]);
  });

  it('refuses a category change and a service change on an addon before sending', async () => {
    const [data, , addon] = await rows();
    assert.throws(
      () => serviceProfileKind.planUpdate('SP_1301', data, { ...serviceProfileKind.toDocument(data), category: '1' }),
      (error: unknown) => error instanceof RemoteError && error.pointer === '/category' && error.kind === 'refused',
    );
    assert.throws(
      () => serviceProfileKind.planUpdate('SP_1303', addon, { ...serviceProfileKind.toDocument(addon), service: '1|2' }),
      (error: unknown) => error instanceof RemoteError && error.pointer === '/service' && /10100/.test(error.message),
    );
    // The addon may still change what is not its services.
    assert.ok(serviceProfileKind.planUpdate('SP_1303', addon, { ...serviceProfileKind.toDocument(addon), status: '0' }));
  });

  it('refuses a RAT downgrade of a profile used by a plan before sending, naming the plan', async () => {
    const [data] = await rows();
    const plan = serviceProfileKind.planUpdate('SP_1301', data, { ...serviceProfileKind.toDocument(data), accessType: '02' });
    assert.ok(plan);
    const client = new CannedClient([sftRows('10220', [{ planId: '8001', planName: 'IoT Europe Basic', serviceProfile: 'SP_1301', destinationGroup: '2503', roamingProfileId: '3003', benefit: [] }])]);
    await assert.rejects(
      serviceProfileKind.execute(client, plan, { ...serviceProfileKind.toDocument(data), accessType: '02' }),
      (error: unknown) => error instanceof RemoteError && error.kind === 'refused' && /IoT Europe Basic \(id 8001\)/.test(error.message) && /10085/.test(error.message),
    );
    assert.deepEqual(client.sent.map((request) => request.path), ['/api/QueryRatePlan'], 'nothing but the lookup was sent');
  });

  it('presents services and RAT in the description', async () => {
    const [data, , addon] = await rows();
    assert.equal(serviceProfileKind.present(data).description, 'SP_1301 · DATA, SMS-MO, SMS-MT · 2G/3G/4G');
    assert.equal(serviceProfileKind.present(addon).description, 'SP_1303 · DATA · 2G/3G/4G/5G · addon');
    assert.match(serviceProfileKind.present(data).tooltip, /Access type: 2G\/3G\/4G \(`06`\)/);
  });
});
