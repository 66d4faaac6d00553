// How the tests inside VS Code talk to the launcher outside it. The extension host cannot set the launcher's
// exit code, and only the launcher can drive the browser, so they exchange files:
//   - the in-host runner writes the results file when mocha ends;
//   - a test asks for a screenshot by writing `<name>.request` in the screenshot folder and waits for
//     `<name>.done`; the launcher takes `test-results/<name>.png` in between.
// Both folders come to the extension host through environment variables set on code-server.
export const RESULTS_FILE_VARIABLE = 'ROAMING_TEST_RESULTS_FILE';
export const SCREENSHOT_FOLDER_VARIABLE = 'ROAMING_TEST_SCREENSHOT_FOLDER';
/** VS Code's user data folder, where settings.json lives (for the secret-leak check). */
export const USER_DATA_FOLDER_VARIABLE = 'ROAMING_TEST_USER_DATA_FOLDER';
/** Run only tests whose full title matches this pattern (mocha grep). */
export const GREP_VARIABLE = 'ROAMING_TEST_GREP';

/**
 * A step a test asks the launcher to do in the browser (written as `<name>.actions`, answered by `<name>.done`
 * or `<name>.failed`): wait until a CSS selector is visible, type text, or press a key ("Enter", "Control+A").
 */
/**
 * What a test asks the launcher to do in the browser: wait for an element, type, press a key, or check that an
 * element (a dialog and its buttons) is wholly inside the window — fails otherwise.
 */
export type UiAction =
  | { readonly waitFor: string } | { readonly type: string } | { readonly press: string } | { readonly inViewport: string }
  /** Clicks the first visible element matching the selector, as a person does when the keyboard is elsewhere. */
  | { readonly click: string }
  /** Writes the visible text of every element matching `selector` (one per line) to `<name>.text`. */
  | { readonly readText: string; readonly into: string };

export interface TestOutcome {
  readonly fullTitle: string;
  readonly state: 'passed' | 'failed' | 'skipped';
  readonly durationMs?: number;
  readonly error?: string;
}

export interface IntegrationResults {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly vscodeVersion: string;
  readonly tests: readonly TestOutcome[];
}
