// `npm run test:electron`: the same mocha suite in a VS Code downloaded by @vscode/test-electron, for machines
// that can reach Microsoft's update servers (these cannot; CI uses the code-server runner).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repositoryRoot } from './codeServerHost';

async function main(): Promise<void> {
  const workspace = path.join(repositoryRoot, '.vscode-test', 'electron-workspace');
  fs.mkdirSync(workspace, { recursive: true });
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: repositoryRoot,
    extensionTestsPath: path.join(repositoryRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  console.error(`integration tests under @vscode/test-electron failed: ${(error as Error).message}`);
  process.exit(1);
});
