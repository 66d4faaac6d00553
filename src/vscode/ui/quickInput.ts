// Steps of a multi-step quick input with a Back button: each step resolves to a value, BACK, or undefined
// when the person cancels (Escape or focus lost).
import * as vscode from 'vscode';

export const BACK = Symbol('back');
export type StepResult<T> = T | typeof BACK | undefined;

/**
 * Keeps a multi-step input on screen between steps: a step's widget stays until the next one is shown. Closing it
 * first would hand the keyboard back to the editor or tree for a moment, and what the person types next would go
 * there instead of into the next step.
 */
export class StepHost {
  private current: vscode.QuickInput | undefined;

  show(input: vscode.QuickInput): void {
    const previous = this.current;
    this.current = input;
    input.show();
    previous?.dispose();
  }

  /** Closes the last step: call when the steps are over, however they ended. */
  close(): void {
    this.current?.dispose();
    this.current = undefined;
  }
}

interface StepFrame {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
  /** Absent: the step closes itself when answered. */
  readonly host?: StepHost;
}

/** Shows a step's widget, and says how to close it once it is answered (the host closes it otherwise). */
function showStep(input: vscode.QuickInput, host: StepHost | undefined): () => void {
  if (!host) {
    input.show();
    return () => input.dispose();
  }
  host.show(input);
  return () => {};
}

export interface TextStep extends StepFrame {
  readonly prompt: string;
  readonly value?: string;
  readonly placeholder?: string;
  readonly password?: boolean;
  /** Returns a message while the value is not acceptable; runs on every keystroke. */
  readonly validate?: (value: string) => string | undefined;
}

export function askText(options: TextStep): Promise<StepResult<string>> {
  const input = vscode.window.createInputBox();
  input.title = options.title;
  input.step = options.step;
  input.totalSteps = options.totalSteps;
  input.prompt = options.prompt;
  input.value = options.value ?? '';
  input.placeholder = options.placeholder;
  input.password = options.password ?? false;
  input.ignoreFocusOut = true;
  input.buttons = options.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  input.validationMessage = options.value ? options.validate?.(options.value) : undefined;
  return new Promise((resolve) => {
    let settled = false;
    let closeAnswered = () => input.dispose();
    const finish = (result: StepResult<string>) => {
      if (settled) return;
      settled = true;
      resolve(result);
      closeAnswered();
    };
    input.onDidChangeValue((value) => { input.validationMessage = options.validate?.(value); });
    input.onDidAccept(() => {
      const problem = options.validate?.(input.value);
      input.validationMessage = problem;
      if (!problem) finish(input.value);
    });
    input.onDidTriggerButton((button) => { if (button === vscode.QuickInputButtons.Back) finish(BACK); });
    input.onDidHide(() => finish(undefined));
    closeAnswered = showStep(input, options.host);
  });
}

export interface PickStep<T> extends StepFrame {
  readonly placeholder: string;
  readonly items: ReadonlyArray<vscode.QuickPickItem & { readonly value: T }>;
  readonly selected?: T;
}

export function askPick<T>(options: PickStep<T>): Promise<StepResult<T>> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { readonly value: T }>();
  pick.title = options.title;
  pick.step = options.step;
  pick.totalSteps = options.totalSteps;
  pick.placeholder = options.placeholder;
  pick.items = options.items;
  pick.ignoreFocusOut = true;
  pick.buttons = options.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  const selected = options.items.find((item) => item.value === options.selected);
  if (selected) pick.activeItems = [selected];
  return new Promise((resolve) => {
    let settled = false;
    let closeAnswered = () => pick.dispose();
    const finish = (result: StepResult<T>) => {
      if (settled) return;
      settled = true;
      resolve(result);
      closeAnswered();
    };
    pick.onDidAccept(() => { if (pick.selectedItems[0]) finish(pick.selectedItems[0].value); });
    pick.onDidTriggerButton((button) => { if (button === vscode.QuickInputButtons.Back) finish(BACK); });
    pick.onDidHide(() => finish(undefined));
    closeAnswered = showStep(pick, options.host);
  });
}
