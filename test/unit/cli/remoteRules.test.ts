// The rules that need the remote refuse a plan exactly as the editor does: an unknown TADIG in a destination group,
// a roaming profile naming a group the account does not have, and a RAT downgrade of an attached service profile
// are each invalid files of `roaming-workbench plan` (exit 1, nothing sent), with the kind's own message, line and
// column — the message the editor's diagnostics show, from the same function.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ConfigPlan } from '../../../src/core/configAsCode';
import { destinationGroupKind } from '../../../src/core/platforms/sft/destinationGroup';
import { roamingProfileKind } from '../../../src/core/platforms/sft/roamingProfile';
import { serviceProfileKind } from '../../../src/core/platforms/sft/serviceProfile';
import { editJson, readJson, removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { InMemoryCredentialStore } from '../../../src/core/http/credentials';
import { silentLogger } from '../../../src/core/http/types';
import { createPlatformClient } from '../../../src/core/platforms/clientFactory';
import { CliSandbox, runCli } from './support/cliHarness';

let harness: CliSandbox;
before(async () => { harness = await CliSandbox.start(); });
after(async () => { await harness.close(); removeTemporaryFolders(); });
beforeEach(() => harness.reset());

const GROUP = 'destination-groups/Baltics.destination-group.json';
const PROFILE = 'roaming-profiles/UK Ireland Roaming.roaming-profile.json';
const SERVICE = 'service-profiles/Data + SMS 4G.service-profile.json';

async function exported(label: string): Promise<{ folder: string; connection: string }> {
  const workspace = temporaryFolder(label);
  const connection = harness.writeConnectionFile(workspace, 'sft');
  const folder = path.join(workspace, 'config');
  const run = await runCli(['export', '--folder', folder, '--connection', connection], { env: { ROAMING_PASSWORD: harness.password } });
  assert.equal(run.code, 0, run.stderr);
  return { folder, connection };
}

describe('roaming-workbench plan: the rules that need the remote', () => {
  it('refuses an unknown TADIG, an unknown group and a RAT downgrade, with the editor\'s messages and places; nothing is sent', async () => {
    const { folder, connection } = await exported('remote-rules');
    editJson<{ tadigCodeList: unknown[] }>(folder, GROUP, (group) => ({ ...group, tadigCodeList: [...group.tadigCodeList, { tadigCode: 'ZZZZZ', categoryGroupId: '12' }] }));
    editJson<Record<string, unknown>>(folder, PROFILE, (profile) => ({ ...profile, destinationGroupId: '9999' }));
    editJson<Record<string, unknown>>(folder, SERVICE, (service) => ({ ...service, accessType: '02' }));

    const planned = await runCli(['plan', '--folder', folder, '--connection', connection, '--json'], { env: { ROAMING_PASSWORD: harness.password } });
    assert.equal(planned.code, 1, planned.stderr);
    const plan = JSON.parse(planned.stdout) as ConfigPlan;
    const problemOf = (file: string) => {
      const entry = plan.entries.find((item) => item.file === file);
      assert.equal(entry?.action, 'error', `${file}: ${entry?.summary}`);
      // Warnings (a TADIG prefix naming no country) may come before the refusal: the error is the one asserted.
      return entry?.problems?.find((problem) => problem.severity === 'error');
    };

    // The same function the editor runs, on the same document, gives the same message.
    const client = createPlatformClient(
      { id: 'editor', name: 'CLI SFT', platform: 'sft', baseUrl: harness.sandbox.sftUrl, username: harness.sftUser, environment: 'sandbox', readOnly: false },
      { credentials: new InMemoryCredentialStore(harness.password), logger: silentLogger },
    );
    const editorSays = async (kind: typeof destinationGroupKind | typeof roamingProfileKind | typeof serviceProfileKind, file: string, id: string) =>
      (await kind.checkRemotely!(client, readJson(folder, file) as never, { id, remote: await kind.get(client, id) as never }))[0];

    const tadig = problemOf(GROUP);
    assert.match(tadig?.message ?? '', /ZZZZZ is not in the account's network list/);
    assert.equal(tadig?.message, (await editorSays(destinationGroupKind, GROUP, '2507'))?.message);
    // The reference data's note travels with it, as a warning only.
    assert.ok(plan.entries.find((item) => item.file === GROUP)?.problems?.some((problem) => problem.severity === 'warning' && /"ZZZ" is not an ISO 3166-1 alpha-3/.test(problem.message)));
    assert.equal(tadig?.pointer, '/tadigCodeList/7/tadigCode');
    assert.ok((tadig?.line ?? 0) > 1 && (tadig?.column ?? 0) > 1, 'a line and column in the file');

    const group = problemOf(PROFILE);
    assert.match(group?.message ?? '', /Destination group 9999 does not exist/);
    assert.equal(group?.message, (await editorSays(roamingProfileKind, PROFILE, '3004'))?.message);
    assert.deepEqual([group?.pointer, group?.line], ['/destinationGroupId', 3]);

    const downgrade = problemOf(SERVICE);
    assert.match(downgrade?.message ?? '', /used by plan IoT Europe Basic \(id 8001\).*10085/);
    assert.equal(downgrade?.message, (await editorSays(serviceProfileKind, SERVICE, 'SP_1301'))?.message);
    assert.equal(downgrade?.pointer, '/accessType');

    const text = await runCli(['plan', '--folder', folder, '--connection', connection], { env: { ROAMING_PASSWORD: harness.password } });
    assert.match(text.stdout, /line \d+, column \d+: ZZZZZ is not in the account's network list/);
    const applied = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env: { ROAMING_PASSWORD: harness.password } });
    assert.equal(applied.code, 1);
    assert.deepEqual(harness.writes('sft'), [], 'nothing sent');
  });
});
