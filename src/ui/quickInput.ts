// Steps of a multi-step quick input with a Back button: each step resolves to a value, BACK, or undefined
// when the person cancels (Escape or focus lost).
import * as vscode from 'vscode';

export const BACK = Symbol('back');
export type StepResult<T> = T | typeof BACK | undefined;

interface StepFrame {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
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
    const finish = (result: StepResult<string>) => {
      if (settled) return;
      settled = true;
      resolve(result);
      input.dispose();
    };
    input.onDidChangeValue((value) => { input.validationMessage = options.validate?.(value); });
    input.onDidAccept(() => {
      const problem = options.validate?.(input.value);
      input.validationMessage = problem;
      if (!problem) finish(input.value);
    });
    input.onDidTriggerButton((button) => { if (button === vscode.QuickInputButtons.Back) finish(BACK); });
    input.onDidHide(() => finish(undefined));
    input.show();
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
    const finish = (result: StepResult<T>) => {
      if (settled) return;
      settled = true;
      resolve(result);
      pick.dispose();
    };
    pick.onDidAccept(() => { if (pick.selectedItems[0]) finish(pick.selectedItems[0].value); });
    pick.onDidTriggerButton((button) => { if (button === vscode.QuickInputButtons.Back) finish(BACK); });
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}
