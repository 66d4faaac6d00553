// Collects samples from inside a real VS Code: code-server 4.100.3 and Debian's Chromium through playwright-core
// (test/host/codeServerHost.ts, as the integration tests use them), with the production build of the extension
// as the extension under development and bench/host/extensionHostBench.ts as its "tests". Each sample is one
// load of the workbench, so one fresh extension host: activation is cold every time.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { UNATTENDED_WORKBENCH_SETTINGS, chromiumArguments, codeServerBinary, startCodeServer, waitFor, workbenchUrlForTests, type RunningCodeServer } from '../test/host/codeServerHost';
import { SAMPLE_FILE_VARIABLE, SFT_URL_VARIABLE, TELECOMX_URL_VARIABLE, type HostSample } from './host/protocol';

const STARTUP_TIMEOUT_MS = 3 * 60_000;
const SAMPLE_TIMEOUT_MS = 10 * 60_000;

export interface HostRunOptions {
  readonly repositoryRoot: string;
  /** The production extension folder (productionExtension.ts). */
  readonly extensionFolder: string;
  /** Scratch space for the profile, the workspace and the logs. */
  readonly workFolder: string;
  readonly samples: number;
  readonly sftUrl: string;
  readonly telecomxUrl: string;
  readonly progress: (line: string) => void;
}

export function codeServerInstalled(): boolean {
  return fs.existsSync(codeServerBinary);
}

/**
 * The in-host module is bundled into the extension's folder: VS Code hands the `vscode` module to code by the
 * extension folder it lives in, and one file there needs nothing else from the checkout at run time.
 */
async function bundleInHostBenchmark(repositoryRoot: string, extensionFolder: string): Promise<string> {
  const outfile = path.join(extensionFolder, 'bench-host', 'extensionHostBench.js');
  await esbuild.build({
    entryPoints: [path.join(repositoryRoot, 'bench', 'host', 'extensionHostBench.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], outfile, logLevel: 'error',
  });
  return outfile;
}

export async function collectHostSamples(options: HostRunOptions): Promise<HostSample[]> {
  const testsPath = await bundleInHostBenchmark(options.repositoryRoot, options.extensionFolder);
  const workspaceFolder = path.join(options.workFolder, 'workspace');
  const sampleFile = path.join(options.workFolder, 'host-sample.json');
  const logFile = path.join(options.workFolder, 'code-server.log');
  fs.mkdirSync(workspaceFolder, { recursive: true });

  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  const samples: HostSample[] = [];
  try {
    server = await startCodeServer({
      userDataDir: path.join(options.workFolder, 'user-data'),
      extensionsDir: path.join(options.workFolder, 'extensions'),
      workspaceFolder,
      logFile,
      userSettings: UNATTENDED_WORKBENCH_SETTINGS,
      environment: {
        [SAMPLE_FILE_VARIABLE]: sampleFile,
        [SFT_URL_VARIABLE]: options.sftUrl,
        [TELECOMX_URL_VARIABLE]: options.telecomxUrl,
      },
    });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArguments, headless: true });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const url = workbenchUrlForTests(server, workspaceFolder, options.extensionFolder, testsPath);
    for (let index = 0; index < options.samples; index += 1) {
      fs.rmSync(sampleFile, { force: true });
      fs.rmSync(`${sampleFile}.started`, { force: true });
      // A blank page first: the previous workbench lets go of its extension host before the next one starts.
      await page.goto('about:blank');
      await page.goto(url);
      await waitFor(`VS Code to start the benchmark in its extension host (see ${logFile})`,
        () => (fs.existsSync(`${sampleFile}.started`) ? true : undefined), STARTUP_TIMEOUT_MS, 250);
      const sample = await waitFor('the extension-host sample', () => {
        if (!fs.existsSync(sampleFile)) return undefined;
        return JSON.parse(fs.readFileSync(sampleFile, 'utf8')) as HostSample;
      }, SAMPLE_TIMEOUT_MS, 250);
      if (sample.error) throw new Error(`the benchmark failed inside VS Code: ${sample.error}`);
      samples.push(sample);
      options.progress(`  extension host sample ${index + 1} of ${options.samples} done`);
    }
    return samples;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
}
