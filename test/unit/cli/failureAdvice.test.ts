// The command line's advice fits the command line: a refused password names the environment variable it was read
// from, a refused certificate says how Node trusts a private CA (NODE_EXTRA_CA_CERTS) — never VS Code's settings,
// never "edit the connection". The certificate case runs against an HTTPS look-alike with a self-signed
// certificate made by openssl for this run, and proves the advice right: with the variable set, the same command works.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { removeTemporaryFolders, temporaryFolder } from '../core/configAsCode/support/folders';
import { CliSandbox, runCli, type CliRun } from './support/cliHarness';
import { startHostileServer, type HostileServer, type TlsIdentity } from './support/hostileServer';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const launcher = path.join(repoRoot, 'bin', 'roaming-workbench.js');

let harness: CliSandbox;
const servers: HostileServer[] = [];

before(async () => { harness = await CliSandbox.start(); });
after(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await harness.close();
  removeTemporaryFolders();
});
beforeEach(() => harness.reset());

/** A self-signed certificate for 127.0.0.1, or `undefined` where openssl is not installed. */
function selfSignedCertificate(): (TlsIdentity & { certFile: string }) | undefined {
  const folder = temporaryFolder('tls');
  const keyFile = path.join(folder, 'key.pem');
  const certFile = path.join(folder, 'ca.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=Roaming Workbench test CA', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', keyFile, '-out', certFile,
    ], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return { key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8'), certFile };
}

function runProcess(argv: readonly string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [launcher, ...argv], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}

describe('roaming-workbench: advice for the command line', () => {
  it('--help says how to trust a private CA, for the program and every command', async () => {
    for (const argv of [['--help'], ['export', '--help'], ['plan', '--help'], ['apply', '--help']]) {
      const run = await runCli(argv);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /NODE_EXTRA_CA_CERTS=\/path\/to\/ca\.pem/, argv.join(' '));
    }
  });

  it('a refused password names the variable it was read from', async () => {
    const workspace = temporaryFolder('advice-password');
    for (const platform of ['sft', 'telecomx'] as const) {
      const connection = harness.writeConnectionFile(workspace, platform);
      const folder = path.join(workspace, platform);
      const byDefault = await runCli(['plan', '--folder', folder, '--connection', connection], { env: { ROAMING_PASSWORD: 'not-the-password' } });
      assert.equal(byDefault.code, 1);
      assert.match(byDefault.stderr, /^roaming-workbench: .*refused.*ROAMING_PASSWORD/, platform);
      assert.doesNotMatch(byDefault.stderr, /edit the connection|sign in again|VS Code/i, platform);
      assert.equal(byDefault.stderr.trimEnd().split('\n').length, 1, byDefault.stderr);

      const named = await runCli(['plan', '--folder', folder, '--connection', connection, '--password-env', 'TEAM_SFT_SECRET'], { env: { TEAM_SFT_SECRET: 'not-the-password' } });
      assert.equal(named.code, 1);
      assert.match(named.stderr, /TEAM_SFT_SECRET/, platform);
      assert.doesNotMatch(named.stderr, /ROAMING_PASSWORD|edit the connection/i, platform);
    }
  });

  it('a refused certificate says how to trust a private CA, and that advice works', async (context) => {
    const identity = selfSignedCertificate();
    if (!identity) {
      context.skip('openssl is not installed: no certificate to test with');
      return;
    }
    const server = await startHostileServer(harness.sandbox.sftUrl, () => undefined, identity);
    servers.push(server);
    const workspace = temporaryFolder('advice-certificate');
    const connection = harness.writeConnectionFile(workspace, 'sft', { baseUrl: server.url });
    const folder = path.join(workspace, 'config');
    const env = { ROAMING_PASSWORD: harness.password };

    const refused = await runCli(['export', '--folder', folder, '--connection', connection], { env });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^roaming-workbench: The TLS certificate of https:\/\/127\.0\.0\.1:\d+ was refused \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
    assert.match(refused.stderr, /NODE_EXTRA_CA_CERTS=/);
    assert.doesNotMatch(refused.stderr, /VS Code/);

    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is built (node esbuild.js)');
    const trusted = await runProcess(['export', '--folder', folder, '--connection', connection], { ...env, NODE_EXTRA_CA_CERTS: identity.certFile });
    assert.equal(trusted.code, 0, trusted.stderr);
    assert.match(trusted.stdout, /Exported 17 objects/);
  });
});
