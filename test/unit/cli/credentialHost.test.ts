// The password goes only to a host the person named. A folder's manifest is data in a pull request: whatever
// host or child account it names, the command line never signs in there on its say-so.
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { editJson, removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli } from './support/cliHarness';

let harness: CliSandbox;
/** A look-alike server a hostile manifest points at: it records every request and answers nothing useful. */
let lookAlike: http.Server;
let lookAlikeUrl: string;
const arrived: string[] = [];

before(async () => {
  harness = await CliSandbox.start();
  lookAlike = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    request.on('end', () => {
      arrived.push(`${request.method} ${request.url} ${body}`);
      response.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => lookAlike.listen(0, '127.0.0.1', resolve));
  lookAlikeUrl = `http://127.0.0.1:${(lookAlike.address() as AddressInfo).port}`;
});
after(async () => {
  await harness.close();
  await new Promise((resolve) => lookAlike.close(resolve));
  removeTemporaryFolders();
});
beforeEach(() => { harness.reset(); arrived.length = 0; });

async function exportedFolder(label: string): Promise<string> {
  const workspace = temporaryFolder(label);
  const connection = harness.writeConnectionFile(workspace, 'sft');
  const folder = path.join(workspace, 'config');
  const run = await runCli(['export', '--folder', folder, '--connection', connection, '--kinds', 'service-profile'], { env: { ROAMING_PASSWORD: harness.password } });
  assert.equal(run.code, 0, run.stderr);
  return folder;
}

function pointManifestAt(folder: string, change: Record<string, string>): void {
  editJson<{ connection: Record<string, string> }>(folder, 'roaming-manifest.json', (manifest) => ({ ...manifest, connection: { ...manifest.connection, ...change } }));
}

describe('roaming-workbench: the password goes only to a host the person named', () => {
  it('a manifest alone never chooses the host: plan refuses, naming the flag, and nothing is sent anywhere', async () => {
    const folder = await exportedFolder('manifest-host');
    pointManifestAt(folder, { baseUrl: lookAlikeUrl });
    harness.sandbox.sftServer.log.clear();
    const run = await runCli(['plan', '--folder', folder], { env: { ROAMING_PASSWORD: harness.password } });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /--base-url/);
    assert.match(run.stderr, /ROAMING_BASE_URL/);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1);
    assert.deepEqual(arrived, [], 'the look-alike server got nothing');
    assert.equal(harness.sandbox.sftServer.log.all().length, 0);
  });

  it('a host named by flag or environment that differs from the manifest is refused before signing in', async () => {
    const folder = await exportedFolder('other-host');
    pointManifestAt(folder, { baseUrl: lookAlikeUrl });
    harness.sandbox.sftServer.log.clear();
    for (const settings of [
      { argv: ['--base-url', harness.sandbox.sftUrl], env: {} },
      { argv: [], env: { ROAMING_BASE_URL: harness.sandbox.sftUrl } },
    ]) {
      const run = await runCli(['plan', '--folder', folder, ...settings.argv], { env: { ROAMING_PASSWORD: harness.password, ...settings.env } });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /made for http:\/\/127\.0\.0\.1/);
      assert.match(run.stderr, /nothing was sent/i);
    }
    assert.deepEqual(arrived, []);
    assert.equal(harness.sandbox.sftServer.log.all().length, 0, 'no login to the named host either: the folder belongs to another account');
  });

  it('the host from the environment (a pipeline secret or variable) works with a folder exported before', async () => {
    const folder = await exportedFolder('env-host');
    const run = await runCli(['plan', '--folder', folder], { env: { ROAMING_PASSWORD: harness.password, ROAMING_BASE_URL: harness.sandbox.sftUrl } });
    assert.equal(run.code, 0, run.stderr);
  });

  it('a child account named only by the manifest is refused: the person names the account too', async () => {
    const folder = await exportedFolder('manifest-account');
    pointManifestAt(folder, { targetAccountId: '300' });
    harness.sandbox.sftServer.log.clear();
    const run = await runCli(['plan', '--folder', folder, '--base-url', harness.sandbox.sftUrl], { env: { ROAMING_PASSWORD: harness.password } });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /--target-account-id 300/);
    assert.equal(harness.sandbox.sftServer.log.all().length, 0);
  });
});
