// Which saves a person asked for. Saving a roaming document pushes it to an operator's account, so only an
// explicit save (Ctrl+S, File > Save, the Push lens) may push; auto save — on by default in VS Code for the Web and
// code-server, a common choice on the desktop — would send half-typed edits a second after the last keystroke.
import * as vscode from 'vscode';
import { ROAMING_SCHEME } from '../../core/documents/roamingUri';

export class SaveReasons implements vscode.Disposable {
  private readonly reasons = new Map<string, vscode.TextDocumentSaveReason>();
  private readonly subscription = vscode.workspace.onWillSaveTextDocument((event) => {
    // VS Code asks the save participants before it writes, so the reason is known when the write arrives.
    if (event.document.uri.scheme === ROAMING_SCHEME) this.reasons.set(event.document.uri.toString(), event.reason);
  });

  /** True when the write now arriving for `uri` comes from auto save (after a delay, or on leaving the editor). */
  takeWasAutomatic(uri: vscode.Uri): boolean {
    const reason = this.reasons.get(uri.toString());
    this.reasons.delete(uri.toString());
    return reason === vscode.TextDocumentSaveReason.AfterDelay || reason === vscode.TextDocumentSaveReason.FocusOut;
  }

  dispose(): void {
    this.subscription.dispose();
    this.reasons.clear();
  }
}
