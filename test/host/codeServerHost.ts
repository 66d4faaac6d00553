// Starts a real VS Code (code-server 4.100.3) and Debian's Chromium driven by playwright-core, as
// ../shared/vscode-host.md describes. Shared by the integration-test runner and `npm run demo`.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
export const codeServerBinary = path.join(repositoryRoot, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');

/** Flags without which Chromium tries to reach Google's hosts from a closed network, or refuses to run as root. */
export const chromiumArguments = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

/**
 * User settings for a workbench nobody sits at (tests, benchmarks): no trust prompt, welcome page, tips, update
 * checks, telemetry or Git scanning to cover screenshots or add work to a measurement.
 */
export const UNATTENDED_WORKBENCH_SETTINGS: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  // Test workspaces live inside this repository; the Git prompt about them would cover the screenshots.
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
};

export interface CodeServerOptions {
  readonly port?: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Written as the user's settings.json before the server starts. */
  readonly userSettings: Record<string, unknown>;
  readonly workspaceFolder: string;
  /** Extra environment for the server and so for the extension host it starts. */
  readonly environment?: Record<string, string>;
  /** Where the server's own output goes (kept for a person to read when something fails). */
  readonly logFile: string;
  /** Listen on all interfaces (the demo may be opened from another machine); tests stay on loopback. */
  readonly host?: string;
}

export interface RunningCodeServer {
  readonly port: number;
  readonly baseUrl: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  if (!fs.existsSync(codeServerBinary)) {
    throw new Error(`code-server is not installed at ${codeServerBinary}; run \`npm run setup:test-host\``);
  }
  const settingsFile = path.join(options.userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify(options.userSettings, null, 2));
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });

  const port = options.port ?? await freePort();
  const host = options.host ?? '127.0.0.1';
  const log = fs.openSync(options.logFile, 'w');
  const child = spawn(codeServerBinary, [
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    options.workspaceFolder,
  ], {
    cwd: repositoryRoot,
    env: { ...process.env, ...options.environment },
    stdio: ['ignore', log, log],
    detached: true,
  });
  let exited = false;
  child.once('exit', () => { exited = true; });

  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor('code-server to answer /healthz', async () => {
    if (exited) throw new Error(`code-server exited during start-up; see ${options.logFile}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      return response.ok ? true : undefined;
    } catch {
      return undefined;
    }
  }, 60_000);

  return {
    port,
    baseUrl,
    process: child,
    async stop() {
      if (exited) return;
      // The server starts the extension host and others as children: stop the whole process group.
      try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ }
      await waitFor('code-server to exit', () => (exited ? true : undefined), 10_000).catch(() => {
        try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
      });
      fs.closeSync(log);
    },
  };
}

/** The workbench URL that loads our extension from source and runs the tests at `testsPath` in its host. */
export function workbenchUrlForTests(server: RunningCodeServer, workspaceFolder: string, extensionPath: string, testsPath: string): string {
  const remote = (absolute: string) => `vscode-remote://127.0.0.1:${server.port}${absolute}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(testsPath)]];
  return `${server.baseUrl}/?folder=${encodeURIComponent(workspaceFolder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
