// The SFT state through the sandbox's --data file: what one server wrote, the next one started on the same
// file serves, and id counters continue rather than restart.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox } from '../../../../src/sandbox/index';
import { SftWire, codeOf } from './sftHttpClient';

describe('SFT state in the --data file', () => {
  test('a created group survives a restart, and the next id follows it', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sft-data-'));
    const dataFile = path.join(folder, 'sandbox.json');
    const create = async (wire: SftWire, name: string) => {
      const { AccessToken } = await wire.login();
      return wire.send('POST', '/api/createDestinationGroup', {
        token: AccessToken,
        body: { destinationGroupinfo: { destinationGroupName: name, tadigCodeList: [{ tadigCode: 'MLTGO', categoryGroupId: '12' }] } },
      });
    };
    try {
      const first = await startSandbox({ dataFile, sft: { tps: 0 } });
      assert.equal((await create(new SftWire(first.sftUrl), 'Persisted')).body.Response.destinationGroupId, '2603');
      await first.close();

      const second = await startSandbox({ dataFile, sft: { tps: 0 } });
      try {
        const wire = new SftWire(second.sftUrl);
        const { AccessToken } = await wire.login();
        const read = await wire.send('GET', '/api/GetDestinationLists?destinationListId=2603', { token: AccessToken });
        assert.equal(read.body.Response.responseParam.rows[0].destinationListName, 'Persisted');
        const next = await create(wire, 'After Restart');
        assert.equal(codeOf(next), '10032');
        assert.equal(next.body.Response.destinationGroupId, '2604');
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
