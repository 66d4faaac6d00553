// A server that echoes the password and the session token in its failure — an SFT envelope's resultDescription, a
// TelecomX 4xx message — after the client returned the answer to the kind. Neither value may reach the command
// line's output (text or --json) nor the apply reports (.md and .json), whatever characters the password holds.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { editJson, listFiles, removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli, type CliRun } from './support/cliHarness';
import { startHostileServer, type HostileServer, type Interceptor } from './support/hostileServer';

let harness: CliSandbox;
const servers: HostileServer[] = [];

before(async () => { harness = await CliSandbox.start(); });
after(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await harness.close();
  removeTemporaryFolders();
});
beforeEach(() => harness.reset());

/** Characters JSON escapes, so the report's .json and --json output hold the password in another spelling. */
const ODD_PASSWORD = `Odd"pass\\word-${Date.now()}`;
const TX_USER = 'odd-password@sandbox.example';

async function lookAlike(target: string, intercept: Interceptor): Promise<string> {
  const server = await startHostileServer(target, intercept);
  servers.push(server);
  return server.url;
}

/** Every report file apply wrote into the folder, as text. */
function reportTexts(folder: string): string[] {
  const reports = path.join(folder, 'apply-reports');
  return listFiles(folder, 'apply-reports').map((file) => fs.readFileSync(path.join(reports, file), 'utf8'));
}

function assertNowhere(secrets: readonly string[], texts: readonly string[], what: string): void {
  for (const secret of secrets) {
    const spellings = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
    for (const text of texts) {
      for (const spelling of spellings) assert.ok(!text.includes(spelling), `${what}: a secret is in ${JSON.stringify(text.slice(0, 2000))}`);
    }
  }
}

function outputOf(...runs: CliRun[]): string[] {
  return runs.flatMap((run) => [run.stdout, run.stderr]);
}

describe('roaming-workbench: secrets a server echoes', () => {
  it('SFT: a resultDescription with the password and the access token', async () => {
    const seenTokens = new Set<string>();
    const url = await lookAlike(harness.sandbox.sftUrl, (request) => {
      const bearer = /^Bearer (.+)$/.exec(String(request.headers['x-authorization'] ?? ''))?.[1];
      if (bearer) seenTokens.add(bearer);
      if (request.method !== 'POST' || request.path !== '/api/modifyRoamingProfile') return undefined;
      return {
        status: 200,
        json: { Response: { resultCode: '1', resultParam: { resultCode: '1299', resultDescription: `Refused for ${harness.sftUser} with password ${harness.password} and token ${bearer}` } } },
      };
    });
    const workspace = temporaryFolder('echo-sft');
    const connection = harness.writeConnectionFile(workspace, 'sft', { baseUrl: url });
    const folder = path.join(workspace, 'config');
    const env = { ROAMING_PASSWORD: harness.password };
    const exported = await runCli(['export', '--folder', folder, '--connection', connection], { env });
    assert.equal(exported.code, 0, exported.stderr);
    editJson<{ status: string }>(folder, 'roaming-profiles/UK Ireland Roaming.roaming-profile.json', (document) => ({ ...document, status: '0' }));

    const text = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--verbose'], { env });
    const json = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--json'], { env });
    assert.equal(text.code, 1, text.stderr);
    assert.equal(json.code, 1, json.stderr);
    assert.ok(seenTokens.size > 0);
    assertNowhere([harness.password, ...seenTokens], outputOf(text, json), 'output');
    const reports = reportTexts(folder);
    assert.equal(reports.length, 4, 'two runs, .md and .json each');
    assertNowhere([harness.password, ...seenTokens], reports, 'report');
    assert.match(text.stdout, /Refused for cli-reseller with password \*\*\* and token \*\*\*/, 'the failure is still told');
  });

  it('TelecomX: a 400 message with the password (with characters JSON escapes) and the token', async () => {
    harness.sandbox.telecomx.addUser({ username: TX_USER, password: ODD_PASSWORD, accessLevel: 'ADMIN' });
    const seenTokens = new Set<string>();
    const url = await lookAlike(harness.sandbox.telecomxUrl, (request) => {
      const token = request.query.get('token');
      if (token) seenTokens.add(token);
      if (request.method !== 'POST' || !request.path.startsWith('/roaming/region/')) return undefined;
      return { status: 400, json: { error: 'bad_request', message: `Body refused for password=${ODD_PASSWORD}, session ${token}; {"password":"${ODD_PASSWORD}"}` } };
    });
    const workspace = temporaryFolder('echo-telecomx');
    const connection = harness.writeConnectionFile(workspace, 'telecomx', { baseUrl: url, username: TX_USER });
    const folder = path.join(workspace, 'config');
    const env = { ROAMING_PASSWORD: ODD_PASSWORD };
    const exported = await runCli(['export', '--folder', folder, '--connection', connection, '--kinds', 'regions'], { env });
    assert.equal(exported.code, 0, exported.stderr);
    const regionFile = `regions/${listFiles(folder, 'regions')[0]}`;
    editJson<{ sms?: { price?: number } }>(folder, regionFile, (region) => ({ ...region, sms: { ...region.sms, price: (region.sms?.price ?? 0) + 1 } }));

    const text = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes'], { env });
    const json = await runCli(['apply', '--folder', folder, '--connection', connection, '--yes', '--json'], { env });
    assert.equal(text.code, 1, text.stderr);
    assert.equal(json.code, 1, json.stderr);
    assert.ok(seenTokens.size > 0);
    assertNowhere([ODD_PASSWORD, ...seenTokens], outputOf(text, json), 'output');
    const reports = reportTexts(folder);
    assert.equal(reports.length, 4);
    assertNowhere([ODD_PASSWORD, ...seenTokens], reports, 'report');
    assert.match(text.stdout, /Body refused for password=\*\*\*, session \*\*\*/, 'the failure is still told');
  });
});
