// What an account may do, from the access level its TelecomX login gave: learned at sign-in, and judged by each
// kind's declared needs — a viewer reads prices but not one region, and writes nothing.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { applyPlan, exportFolder, planFolder } from '../../../../src/core/configAsCode';
import { InMemoryCredentialStore } from '../../../../src/core/http/credentials';
import { silentLogger } from '../../../../src/core/http/types';
import { accessRefusal, mayDo } from '../../../../src/core/platforms/access';
import { createPlatformClient } from '../../../../src/core/platforms/clientFactory';
import { destinationGroupKind } from '../../../../src/core/platforms/sft/destinationGroup';
import { regionKind } from '../../../../src/core/platforms/telecomx/region';
import { textPriceKind } from '../../../../src/core/platforms/telecomx/textPrice';
import { editJson, removeTemporaryFolders, temporaryFolder } from '../configAsCode/support/folders';
import { SandboxHarness } from './support/sandboxClients';

let harness: SandboxHarness;
before(async () => { harness = await SandboxHarness.start(); });
after(async () => { await harness.close(); });

function telecomxClient(username: string) {
  return createPlatformClient(
    { id: 'access', name: 'Sandbox TelecomX', platform: 'telecomx', baseUrl: harness.sandbox.telecomxUrl, username, environment: 'sandbox', readOnly: false },
    { credentials: new InMemoryCredentialStore('sandbox'), logger: silentLogger },
  );
}

describe('access levels', () => {
  it('the client learns the level at sign-in', async () => {
    const viewer = telecomxClient('viewer@sandbox.example');
    assert.equal(viewer.accessLevel, undefined, 'unknown before signing in');
    await viewer.signIn();
    assert.equal(viewer.accessLevel, 'VIEWER');
    const admin = telecomxClient('admin@sandbox.example');
    await admin.signIn();
    assert.equal(admin.accessLevel, 'ADMIN');
  });

  it('each kind says what a level may do, and a refusal names the action, the level needed and the account\'s', async () => {
    assert.equal(mayDo(textPriceKind, 'read', 'VIEWER'), true);
    assert.equal(mayDo(textPriceKind, 'write', 'VIEWER'), false);
    assert.equal(mayDo(regionKind, 'read', 'VIEWER'), false);
    assert.equal(mayDo(regionKind, 'read', 'RESELLER_ADMIN'), true);
    assert.equal(mayDo(regionKind, 'write', 'ADMIN'), true);
    assert.equal(mayDo(destinationGroupKind, 'write', undefined), true, 'SFT has no levels');
    const viewer = { connection: { name: 'Sandbox TelecomX', username: 'viewer@sandbox.example' }, accessLevel: 'VIEWER' } as never;
    assert.equal(accessRefusal(textPriceKind, 'write', viewer), 'Changing text prices needs access level ADMIN or higher on Sandbox TelecomX; viewer@sandbox.example is VIEWER.');
    assert.equal(accessRefusal(regionKind, 'read', viewer), 'Opening a region needs access level RESELLER_ADMIN or higher on Sandbox TelecomX; viewer@sandbox.example is VIEWER.');
  });
});

describe('access levels in config as code', () => {
  it('an apply with a viewer sends nothing and says which level the writes need', async () => {
    try {
      const folder = temporaryFolder('viewer-apply');
      const viewer = telecomxClient('viewer@sandbox.example');
      await viewer.signIn();
      await exportFolder(viewer, { folder, kinds: ['text-price'] });
      const [file] = fs.readdirSync(`${folder}/text-prices`);
      editJson<{ price: number }>(folder, `text-prices/${file}`, (price) => ({ ...price, price: price.price + 1 }));
      const plan = await planFolder(viewer, { folder });
      await assert.rejects(applyPlan(viewer, plan), /Nothing was sent: Changing text prices needs access level ADMIN or higher/);
    } finally {
      removeTemporaryFolders();
    }
  });
});
