// The `roaming:` file system: each remote object is a JSON document in its editable form, served from the open
// documents (`roamingDocuments.ts`). Saving hands the text to the push pipeline (writeFile), so Ctrl+S is an
// ordinary save — no keybinding taken over; the pipeline never calls back into this provider.
import * as vscode from 'vscode';
import { parseRoamingPath } from '../../core/documents/roamingUri';
import type { RoamingDocuments } from './roamingDocuments';

/** Saves a document: implemented by the push pipeline. Throws to leave the document dirty. */
export type DocumentSaver = (uri: vscode.Uri, text: string) => Promise<void>;

export class RoamingFileSystem implements vscode.FileSystemProvider {
  readonly onDidChangeFile: vscode.Event<vscode.FileChangeEvent[]>;

  constructor(private readonly documents: RoamingDocuments, private readonly save: DocumentSaver) {
    this.onDidChangeFile = documents.onDidChange;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const parsed = parseRoamingPath(uri.path);
    if (!parsed) {
      // Folders (`roaming:/<connection>/<folder>`) exist so breadcrumbs can show them.
      if (uri.path.split('/').filter(Boolean).length <= 2) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    // Read-only when nothing may be pushed from it: a read-only connection, or an access level below the kind's writes.
    const permissions = this.documents.mayWrite(uri) ? undefined : vscode.FilePermission.Readonly;
    const { size, mtime } = await this.documents.metadataOf(uri);
    return { type: vscode.FileType.File, ctime: mtime, mtime, size, permissions };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return Buffer.from(await this.documents.textOf(uri));
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const refusal = this.documents.writeRefusal(uri);
    if (refusal !== undefined) throw vscode.FileSystemError.NoPermissions(refusal);
    await this.save(uri, Buffer.from(content).toString('utf8'));
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('Folders of a roaming connection cannot be created.');
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions('Use "Roaming: Delete" to delete a remote object; it asks for confirmation first.');
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('Remote objects cannot be renamed by moving their document; change the name inside the document.');
  }
}
