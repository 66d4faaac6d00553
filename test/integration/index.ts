// Entry point VS Code calls inside the extension host (`extensionTestsPath`), under code-server or
// @vscode/test-electron alike: runs every `*.test.js` beside this file with mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { GREP_VARIABLE, RESULTS_FILE_VARIABLE, type IntegrationResults, type TestOutcome } from '../host/protocol';

function testFilesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true })
    .map((name) => path.join(folder, String(name)))
    .filter((file) => file.endsWith('.test.js'))
    .sort();
}

export async function run(): Promise<void> {
  const resultsFile = process.env[RESULTS_FILE_VARIABLE];
  if (resultsFile) fs.writeFileSync(`${resultsFile}.started`, new Date().toISOString());

  const grep = process.env[GREP_VARIABLE];
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const file of testFilesUnder(__dirname)) mocha.addFile(file);

  const outcomes: TestOutcome[] = [];
  let loadError: string | undefined;
  try {
    await mocha.loadFilesAsync();
  } catch (error) {
    loadError = `could not load the integration tests: ${(error as Error).stack ?? String(error)}`;
  }
  if (!loadError) {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => outcomes.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      runner.on('pending', (test) => outcomes.push({ fullTitle: test.fullTitle(), state: 'skipped' }));
      runner.on('fail', (test, error: Error) => outcomes.push({
        fullTitle: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? error.message,
      }));
    });
  } else {
    outcomes.push({ fullTitle: 'loading the integration tests', state: 'failed', error: loadError });
  }

  const results: IntegrationResults = {
    passed: outcomes.filter((outcome) => outcome.state === 'passed').length,
    failed: outcomes.filter((outcome) => outcome.state === 'failed').length,
    skipped: outcomes.filter((outcome) => outcome.state === 'skipped').length,
    vscodeVersion: vscode.version,
    tests: outcomes,
  };
  if (resultsFile) {
    // Write then rename, so the launcher never reads half a file.
    fs.writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
    fs.renameSync(`${resultsFile}.tmp`, resultsFile);
  } else if (results.failed > 0) {
    // Under @vscode/test-electron the exit code is the result: a rejected run() fails the process.
    throw new Error(`${results.failed} integration test(s) failed`);
  }
}
