// `roaming-remote:` — a read-only view of the remote object as it is right now, in the same editable form, for
// "Diff with Remote" and the conflict comparison.
import * as vscode from 'vscode';
import type { ClientRegistry } from '../connections/clientRegistry';
import { serialiseDocument } from '../../core/documents/openDocuments';
import type { RoamingDocuments } from './roamingDocuments';

export const REMOTE_SCHEME = 'roaming-remote';

export function remoteUriFor(documentUri: vscode.Uri): vscode.Uri {
  return documentUri.with({ scheme: REMOTE_SCHEME });
}

export class RemoteContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly documents: RoamingDocuments, private readonly clients: ClientRegistry) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const documentUri = uri.with({ scheme: 'roaming' });
    const { path, kind, connection } = this.documents.resolvePath(documentUri);
    if (path.id === undefined) return '{}\n';
    const remote = await kind.get(this.clients.clientFor(connection), path.id);
    if (remote === undefined) return `// ${kind.singular} ${path.id} does not exist on ${connection.name}\n`;
    return serialiseDocument(kind.toDocument(remote));
  }

  /** Asks VS Code to read the remote again (before showing a new comparison). */
  refresh(documentUri: vscode.Uri): void {
    this.changed.fire(remoteUriFor(documentUri));
  }

  /** Every open view of a connection's remote objects reads the remote again (after a push, an apply…). */
  refreshConnection(connectionId: string): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === REMOTE_SCHEME && document.uri.path.startsWith(`/${connectionId}/`)) this.changed.fire(document.uri);
    }
  }
}
