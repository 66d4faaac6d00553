import * as fs from 'node:fs';
import * as path from 'node:path';
import { SCREENSHOT_FOLDER_VARIABLE, type UiAction } from '../../host/protocol';

/** True when a launcher that can take screenshots is driving this VS Code (code-server + Chromium). */
export function canTakeScreenshots(): boolean {
  return Boolean(process.env[SCREENSHOT_FOLDER_VARIABLE]);
}

/**
 * Asks the launcher for a screenshot of the whole workbench as `test-results/<name>.png` and waits until it is
 * written. Returns the file's path.
 */
export async function takeScreenshot(name: string, timeoutMs = 30_000): Promise<string> {
  const folder = process.env[SCREENSHOT_FOLDER_VARIABLE];
  if (!folder) throw new Error('no screenshot service: run under the code-server launcher');
  const done = path.join(folder, `${name}.done`);
  const failed = path.join(folder, `${name}.failed`);
  fs.rmSync(done, { force: true });
  fs.rmSync(failed, { force: true });
  fs.writeFileSync(path.join(folder, `${name}.request`), name);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(failed)) throw new Error(`screenshot ${name} failed: ${fs.readFileSync(failed, 'utf8')}`);
    if (fs.existsSync(done)) return fs.readFileSync(done, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`screenshot ${name} was not taken within ${timeoutMs / 1000} s`);
}

/** Lets the workbench paint what a command just changed before a screenshot is taken. */
export async function settle(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a `readText` action wrote: the visible texts, one per line. */
export function readTextWritten(into: string): string[] {
  const folder = process.env[SCREENSHOT_FOLDER_VARIABLE];
  if (!folder) throw new Error('no browser: run under the code-server launcher');
  return fs.readFileSync(path.join(folder, `${into}.text`), 'utf8').split('\n').filter((line) => line !== '');
}

/**
 * Asks the launcher to act in the browser as a person would (type, press keys, wait for what is shown), and
 * waits until it has. Only under the code-server launcher (`canTakeScreenshots()`).
 */
export async function actInBrowser(name: string, actions: readonly UiAction[], timeoutMs = 60_000): Promise<void> {
  const folder = process.env[SCREENSHOT_FOLDER_VARIABLE];
  if (!folder) throw new Error('no browser to act in: run under the code-server launcher');
  const done = path.join(folder, `${name}.done`);
  const failed = path.join(folder, `${name}.failed`);
  fs.rmSync(done, { force: true });
  fs.rmSync(failed, { force: true });
  fs.writeFileSync(path.join(folder, `${name}.actions`), JSON.stringify(actions));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(failed)) throw new Error(`browser actions ${name} failed (see ${name}-failed.png): ${fs.readFileSync(failed, 'utf8')}`);
    if (fs.existsSync(done)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`browser actions ${name} did not finish within ${timeoutMs / 1000} s`);
}
