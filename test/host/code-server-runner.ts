// Runs the integration suite (test/integration) inside a real VS Code: code-server 4.100.3 in Debian's
// Chromium through playwright-core. Prints every test's outcome, serves screenshot requests, and leaves the
// results in test-results/integration-results.json for `npm test` to count.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { UNATTENDED_WORKBENCH_SETTINGS, chromiumArguments, repositoryRoot, startCodeServer, waitFor, workbenchUrlForTests, type RunningCodeServer } from './codeServerHost';
import { GREP_VARIABLE, RESULTS_FILE_VARIABLE, SCREENSHOT_FOLDER_VARIABLE, USER_DATA_FOLDER_VARIABLE, type IntegrationResults, type UiAction } from './protocol';

// `--grep <pattern>` runs the matching tests only; `--results <folder>` puts results and screenshots elsewhere
// than test-results/ (so two people can run subsets at once). `npm test` uses neither.
const argument = (name: string) => { const index = process.argv.indexOf(name); return index >= 0 ? process.argv[index + 1] : undefined; };
const grep = argument('--grep');
const STARTUP_TIMEOUT_MS = 3 * 60_000;
const SUITE_TIMEOUT_MS = 20 * 60_000;
const resultsFolder = path.resolve(argument('--results') ?? path.join(repositoryRoot, 'test-results'));
const resultsFile = path.join(resultsFolder, 'integration-results.json');
const startedMarker = `${resultsFile}.started`;
const screenshotRequests = path.join(resultsFolder, 'screenshot-requests');
const hostFolder = path.join(repositoryRoot, '.vscode-test', `integration-${process.pid}`);
const workspaceFolder = path.join(hostFolder, 'workspace');

/** Performs a test's UI actions in the browser: what a person does with keyboard and eyes. */
async function performUiActions(page: Page, actions: readonly UiAction[]): Promise<void> {
  const screenshotFolder = screenshotRequests;
  for (const action of actions) {
    if ('waitFor' in action) await page.locator(action.waitFor).first().waitFor({ state: 'visible', timeout: 20_000 });
    else if ('click' in action) await page.locator(action.click).first().click({ timeout: 20_000 });
    else if ('type' in action) await page.keyboard.type(action.type, { delay: 5 });
    else if ('press' in action) await page.keyboard.press(action.press);
    else if ('readText' in action) {
      const texts = await page.locator(action.readText).allInnerTexts();
      fs.writeFileSync(path.join(screenshotFolder, `${action.into}.text`), texts.map((text) => text.replace(/\s+/g, ' ').trim()).join('\n'));
    } else if ('inViewport' in action) {
      const box = await page.locator(action.inViewport).first().boundingBox();
      const window = page.viewportSize();
      if (!box || !window || box.x < 0 || box.y < 0 || box.x + box.width > window.width || box.y + box.height > window.height) {
        throw new Error(`${action.inViewport} is not wholly inside the ${window?.width}×${window?.height} window: ${JSON.stringify(box)}`);
      }
    }
  }
}

async function serveScreenshotRequests(page: Page, stop: () => boolean): Promise<void> {
  while (!stop()) {
    for (const entry of fs.readdirSync(screenshotRequests)) {
      if (entry.endsWith('.actions')) {
        const name = entry.slice(0, -'.actions'.length);
        try {
          await performUiActions(page, JSON.parse(fs.readFileSync(path.join(screenshotRequests, entry), 'utf8')) as UiAction[]);
          fs.rmSync(path.join(screenshotRequests, entry), { force: true });
          fs.writeFileSync(path.join(screenshotRequests, `${name}.done`), 'ok');
        } catch (error) {
          await page.screenshot({ path: path.join(resultsFolder, `${name}-failed.png`) }).catch(() => undefined);
          fs.rmSync(path.join(screenshotRequests, entry), { force: true });
          fs.writeFileSync(path.join(screenshotRequests, `${name}.failed`), String(error));
        }
        continue;
      }
      if (!entry.endsWith('.request')) continue;
      const name = entry.slice(0, -'.request'.length);
      const target = path.join(resultsFolder, `${name}.png`);
      try {
        await page.screenshot({ path: target });
      } catch (error) {
        fs.writeFileSync(path.join(screenshotRequests, `${name}.failed`), String(error));
      }
      fs.rmSync(path.join(screenshotRequests, entry), { force: true });
      fs.writeFileSync(path.join(screenshotRequests, `${name}.done`), target);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function printResults(results: IntegrationResults): void {
  console.log(`\nIntegration tests inside VS Code ${results.vscodeVersion} (code-server):`);
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? '✔' : test.state === 'failed' ? '✖' : '-';
    const duration = test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
    console.log(`  ${mark} ${test.fullTitle}${test.state === 'skipped' ? ' (skipped)' : duration}`);
    if (test.error) console.log(test.error.split('\n').map((line) => `      ${line}`).join('\n'));
  }
  console.log(`  ${results.passed} passing, ${results.failed} failing${results.skipped ? `, ${results.skipped} skipped` : ''}`);
}

async function main(): Promise<number> {
  fs.mkdirSync(resultsFolder, { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  fs.rmSync(startedMarker, { force: true });
  fs.rmSync(screenshotRequests, { recursive: true, force: true });
  fs.mkdirSync(screenshotRequests, { recursive: true });
  // A fresh profile and workspace each run, so no state leaks from one run into the next.
  fs.rmSync(hostFolder, { recursive: true, force: true });
  fs.mkdirSync(workspaceFolder, { recursive: true });

  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let finished = false;
  try {
    server = await startCodeServer({
      userDataDir: path.join(hostFolder, 'user-data'),
      extensionsDir: path.join(hostFolder, 'extensions'),
      workspaceFolder,
      logFile: path.join(resultsFolder, 'code-server.log'),
      userSettings: UNATTENDED_WORKBENCH_SETTINGS,
      environment: {
        [RESULTS_FILE_VARIABLE]: resultsFile,
        [SCREENSHOT_FOLDER_VARIABLE]: screenshotRequests,
        [USER_DATA_FOLDER_VARIABLE]: path.join(hostFolder, 'user-data'),
        ...(grep ? { [GREP_VARIABLE]: grep } : {}),
      },
    });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArguments, headless: true });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const testsPath = path.join(repositoryRoot, 'out', 'test', 'integration', 'index.js');
    await page.goto(workbenchUrlForTests(server, workspaceFolder, repositoryRoot, testsPath));
    const consoleLog = fs.createWriteStream(path.join(resultsFolder, 'workbench-console.log'));
    page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
    const screenshots = serveScreenshotRequests(page, () => finished);
    // The in-host runner writes the started marker as soon as VS Code calls it: if it never comes, the
    // extension or the test bundle failed to load, and waiting for the whole suite's timeout would only hide it.
    await waitFor('VS Code to start the test runner (see test-results/workbench-console.log)',
      () => (fs.existsSync(startedMarker) ? true : undefined), STARTUP_TIMEOUT_MS, 500);
    const results = await waitFor('the integration results', () => {
      if (!fs.existsSync(resultsFile)) return undefined;
      return JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as IntegrationResults;
    }, SUITE_TIMEOUT_MS, 500);
    finished = true;
    await screenshots;
    printResults(results);
    return results.failed > 0 ? 1 : 0;
  } catch (error) {
    console.error(`integration tests could not run: ${(error as Error).message}`);
    console.error(`code-server's log: ${path.join(resultsFolder, 'code-server.log')}`);
    return 1;
  } finally {
    finished = true;
    await browser?.close().catch(() => undefined);
    await server?.stop();
    fs.rmSync(hostFolder, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
