// Every notification the extension shows goes through here (ESLint refuses `vscode.window.show…Message` anywhere
// else). A notification stays on screen, in the notification centre and in screenshots, and its text often quotes
// a vendor's refusal or a library's error: it is scrubbed of every secret the process knows (the password and
// tokens of every client, src/core/http/knownSecrets.ts) and of secret query parameters and JSON fields.
import * as vscode from 'vscode';
import { tidyPunctuation } from '../../core/http/failureText';
import { scrubSecrets } from '../../core/http/knownSecrets';

export type Severity = 'info' | 'warning' | 'error';

/** The latest notifications as shown (scrubbed), newest last: what a test reads to see what a person was told. */
export const recentNotifications: Array<{ readonly severity: Severity; readonly message: string }> = [];
const KEPT_NOTIFICATIONS = 50;

/** Resolves the chosen item, or undefined when dismissed. */
export function notify(severity: Severity, message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
  const safeOptions: vscode.MessageOptions = options.detail === undefined ? options : { ...options, detail: scrubSecrets(options.detail) };
  // Sentences joined from several sources lose doubled marks here too ("again.." → "again."), whoever built them.
  const text = tidyPunctuation(scrubSecrets(message));
  recentNotifications.push({ severity, message: text });
  if (recentNotifications.length > KEPT_NOTIFICATIONS) recentNotifications.shift();
  switch (severity) {
    case 'error': return vscode.window.showErrorMessage(text, safeOptions, ...items);
    case 'warning': return vscode.window.showWarningMessage(text, safeOptions, ...items);
    case 'info': return vscode.window.showInformationMessage(text, safeOptions, ...items);
  }
}

export function showError(message: string, ...items: string[]): Thenable<string | undefined> {
  return notify('error', message, {}, ...items);
}

export function showWarning(message: string, ...items: string[]): Thenable<string | undefined> {
  return notify('warning', message, {}, ...items);
}

export function showInformation(message: string, ...items: string[]): Thenable<string | undefined> {
  return notify('info', message, {}, ...items);
}
