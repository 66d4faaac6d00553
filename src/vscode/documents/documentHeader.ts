// Every roaming document says which connection it belongs to — in a CodeLens line at its top and in the status
// bar — and production documents say so loudly, so nobody edits production believing it is test.
import * as vscode from 'vscode';
import { isProduction, type ConnectionRecord } from '../../core/http/connection';
import type { RoamingDocuments } from './roamingDocuments';
import { ROAMING_SCHEME } from '../../core/documents/roamingUri';

function connectionOf(documents: RoamingDocuments, uri: vscode.Uri): { connection: ConnectionRecord; label: string } | undefined {
  try {
    const { path, kind, connection } = documents.resolvePath(uri);
    // The name as last read: the file name carries only the id, and TelecomX ids are 24 hex digits.
    const remote = documents.openDocument(uri)?.remote;
    const name = remote === undefined ? undefined : kind.nameOf(remote);
    const what = path.id === undefined
      ? `new ${kind.singular.toLowerCase()} (saving creates it)`
      : `${kind.singular}${name ? ` "${name}"` : ''} ${path.id}`;
    return { connection, label: what };
  } catch {
    return undefined;
  }
}

export class DocumentHeaderLens implements vscode.CodeLensProvider {
  /** A push or reload may rename the object: the header is asked for again whenever a roaming file changes. */
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly documents: RoamingDocuments) {
    // A push or a reload may rename the object; an auto save or a push changes whether edits wait unpushed.
    this.onDidChangeCodeLenses = (listener, thisArgs, disposables) => vscode.Disposable.from(
      documents.onDidChange(() => listener.call(thisArgs), undefined, disposables),
      documents.onDidChangeUnpushed(() => listener.call(thisArgs), undefined, disposables),
    );
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const found = connectionOf(this.documents, document.uri);
    if (!found) return [];
    const { connection, label } = found;
    const top = new vscode.Range(0, 0, 0, 0);
    const production = isProduction(connection);
    const where = `${production ? '$(warning) PRODUCTION — ' : ''}${connection.name} (${connection.environment})${this.documents.mayWrite(document.uri) ? '' : ' · read-only'} · ${label}`;
    const unpushed = this.documents.unpushedText(document.uri) !== undefined && !document.isDirty;
    return [
      new vscode.CodeLens(top, { title: where, command: 'roaming.revealConnection', arguments: [connection.id], tooltip: connection.baseUrl }),
      ...(unpushed ? [new vscode.CodeLens(top, {
        title: '$(cloud) Not pushed yet — auto save kept your edits here', command: 'roaming.push', arguments: [document.uri],
        tooltip: `Ctrl+S or Push sends them to ${connection.name}`,
      }), new vscode.CodeLens(top, { title: 'Discard', command: 'roaming.discardUnpushed', arguments: [document.uri], tooltip: 'Drop the kept edits and show the remote again' })] : []),
      new vscode.CodeLens(top, { title: 'Diff with Remote', command: 'roaming.diffWithRemote', arguments: [document.uri] }),
      // Push only where a push may be made: not on a read-only connection, nor below the kind's write level.
      ...(this.documents.mayWrite(document.uri) ? [new vscode.CodeLens(top, { title: 'Push', command: 'roaming.push', arguments: [document.uri] })] : []),
    ];
  }
}

/** A status bar item naming the active document's connection; red for production. */
export class DocumentConnectionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('roaming.documentConnection', vscode.StatusBarAlignment.Left, 100);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly documents: RoamingDocuments) {
    this.item.name = 'Roaming connection of the active document';
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.update());
    this.update();
  }

  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const found = uri?.scheme === ROAMING_SCHEME ? connectionOf(this.documents, uri) : undefined;
    if (!found) {
      this.item.hide();
      return;
    }
    const production = isProduction(found.connection);
    this.item.text = `${production ? '$(warning) PRODUCTION ' : '$(server-environment) '}${found.connection.name}`;
    this.item.tooltip = `${found.label} on ${found.connection.name} (${found.connection.environment}) at ${found.connection.baseUrl}`;
    this.item.backgroundColor = production ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.command = { command: 'roaming.revealConnection', title: 'Show Connection', arguments: [found.connection.id] };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
