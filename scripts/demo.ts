// `npm run demo`: the packaged extension in a real VS Code (code-server) on the built-in sandbox, at a URL a
// person opens. Installs the .vsix exactly as a user would (`--install-extension`), opens a workspace with
// example request bodies, and sets `roaming.sandbox.startOnActivation` so the sandbox and its two connections
// are there as soon as the Roaming view opens.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { codeServerBinary, repositoryRoot, startCodeServer } from '../test/host/codeServerHost';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log('Usage: npm run demo -- [--port 8080] [--host 127.0.0.1]\nStarts VS Code (code-server) with Roaming Workbench on the sandbox.');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`demo: --port must be a port number, got "${values.port}"`);
  process.exit(2);
}

const demoFolder = path.join(repositoryRoot, '.vscode-test', 'demo');
const extensionsDir = path.join(demoFolder, 'extensions');
const workspaceFolder = path.join(demoFolder, 'workspace');
const vsix = path.join(repositoryRoot, 'roaming-workbench.vsix');

async function main(): Promise<void> {
  // A fresh install each time, so the demo always shows the code of this checkout.
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(workspaceFolder, { recursive: true });
  fs.cpSync(path.join(repositoryRoot, 'test', 'fixtures', 'demo-workspace'), workspaceFolder, { recursive: true });
  execFileSync(codeServerBinary, ['--extensions-dir', extensionsDir, '--install-extension', vsix], { stdio: 'inherit' });

  const server = await startCodeServer({
    port,
    host: values.host,
    userDataDir: path.join(demoFolder, 'user-data'),
    extensionsDir,
    workspaceFolder,
    logFile: path.join(demoFolder, 'code-server.log'),
    userSettings: {
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'extensions.autoCheckUpdates': false,
      'telemetry.telemetryLevel': 'off',
      'git.openRepositoryInParentFolders': 'never',
      'roaming.sandbox.startOnActivation': true,
    },
  });
  const shownHost = values.host === '0.0.0.0' ? '<this machine>' : values.host;
  console.log(`\nRoaming Workbench demo: open http://${shownHost}:${server.port}/?folder=${encodeURIComponent(workspaceFolder)}`);
  console.log('Click the Roaming icon in the activity bar. Ctrl+C stops the demo.');
  const stop = () => { void server.stop().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`demo: ${(error as Error).message}`);
  process.exit(1);
});
