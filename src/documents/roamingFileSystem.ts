// The `roaming:` file system: each remote object is a JSON document in its editable form. Reading fetches the
// object; saving runs the push pipeline (writeFile), so Ctrl+S is an ordinary save — no keybinding taken over.
import * as vscode from 'vscode';
import type { ClientRegistry } from '../connections/clientRegistry';
import type { ConnectionStore } from '../connections/connectionStore';
import type { ResourceKind } from '../platforms/resourceKind';
import { serialiseDocument, type OpenDocument } from './openDocuments';
import { formatRoamingPath, parseRoamingPath, ROAMING_SCHEME, type RoamingPath } from './roamingUri';

export interface Resolved {
  readonly path: RoamingPath;
  readonly document: OpenDocument | undefined;
}

export type KindLookup = (slug: string) => ResourceKind | undefined;

/** Saves a document: implemented by the push pipeline. Throws to leave the document dirty. */
export type DocumentSaver = (uri: vscode.Uri, text: string) => Promise<void>;

export class RoamingFileSystem implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly documents = new Map<string, OpenDocument>();
  private readonly drafts = new Map<string, string>();
  private saver: DocumentSaver | undefined;
  private draftCounter = 0;

  constructor(
    private readonly store: ConnectionStore,
    private readonly clients: ClientRegistry,
    private readonly kindBySlug: KindLookup,
  ) {}

  setSaver(saver: DocumentSaver): void {
    this.saver = saver;
  }

  uriFor(connectionId: string, kind: ResourceKind, id: string): vscode.Uri {
    return vscode.Uri.from({ scheme: ROAMING_SCHEME, path: formatRoamingPath({ connectionId, folder: kind.folder, kindSlug: kind.slug, id }) });
  }

  /** A new unsaved object, `…/new-<n>.<kind>.json`, filled with the kind's defaults. */
  newDraft(connectionId: string, kind: ResourceKind): vscode.Uri {
    this.draftCounter += 1;
    const uri = vscode.Uri.from({
      scheme: ROAMING_SCHEME,
      path: formatRoamingPath({ connectionId, folder: kind.folder, kindSlug: kind.slug, id: undefined, draftName: `new-${this.draftCounter}` }),
    });
    this.drafts.set(uri.toString(), serialiseDocument(kind.newDocument()));
    return uri;
  }

  /** What we know about an opened document (undefined before it was read). */
  openDocument(uri: vscode.Uri): OpenDocument | undefined {
    return this.documents.get(uri.toString());
  }

  resolvePath(uri: vscode.Uri): { path: RoamingPath; kind: ResourceKind; connection: OpenDocument['connection'] } {
    const path = parseRoamingPath(uri.path);
    if (!path) throw vscode.FileSystemError.FileNotFound(uri);
    const connection = this.store.get(path.connectionId)?.record;
    if (!connection) throw new vscode.FileSystemError(`The connection "${path.connectionId}" no longer exists; this document cannot be read or saved.`);
    const kind = this.kindBySlug(path.kindSlug);
    if (!kind || kind.folder !== path.folder || kind.platform !== connection.platform) throw vscode.FileSystemError.FileNotFound(uri);
    return { path, kind, connection };
  }

  /** Records the remote state after a push (or a reload), and tells VS Code the file changed. */
  remember(uri: vscode.Uri, document: OpenDocument): void {
    this.documents.set(uri.toString(), document);
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  /**
   * After a create the draft keeps serving what was saved (VS Code reads the file's metadata once more after a
   * save) until its editor closes; the object itself lives on at its real id.
   */
  settleDraft(uri: vscode.Uri, savedText: string): void {
    if (this.drafts.has(uri.toString())) this.drafts.set(uri.toString(), savedText);
  }

  forgetDraft(uri: vscode.Uri): void {
    this.drafts.delete(uri.toString());
  }

  /**
   * Reads the remote again for a document nobody is editing, so reopening an object shows it as it is now
   * (VS Code may keep a closed document's text in memory). A dirty document is left alone: its edits win.
   */
  async refreshIfClean(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (!this.documents.has(uri.toString()) || open?.isDirty) return;
    const before = this.documents.get(uri.toString())?.text;
    const fresh = await this.read(uri);
    if (fresh.text !== before) this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
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
    const { connection } = this.resolvePath(uri);
    const permissions = connection.readOnly ? vscode.FilePermission.Readonly : undefined;
    const draft = this.drafts.get(uri.toString());
    if (draft !== undefined) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: Buffer.byteLength(draft), permissions };
    const known = this.documents.get(uri.toString()) ?? await this.read(uri);
    return { type: vscode.FileType.File, ctime: known.mtime, mtime: known.mtime, size: Buffer.byteLength(known.text), permissions };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const draft = this.drafts.get(uri.toString());
    if (draft !== undefined) return Buffer.from(draft);
    const document = await this.read(uri);
    return Buffer.from(document.text);
  }

  /** Reads the remote object and makes it the document's base. */
  async read(uri: vscode.Uri): Promise<OpenDocument> {
    const { path, kind, connection } = this.resolvePath(uri);
    if (path.id === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    const client = this.clients.clientFor(connection);
    let remote: unknown;
    try {
      remote = await kind.get(client, path.id);
    } catch (error) {
      throw new vscode.FileSystemError(`Could not read ${kind.singular.toLowerCase()} ${path.id} from ${connection.name}: ${(error as Error).message}`);
    }
    if (remote === undefined) {
      throw vscode.FileSystemError.FileNotFound(`${kind.singular} ${path.id} does not exist on ${connection.name} (deleted?)`);
    }
    const previous = this.documents.get(uri.toString());
    const text = serialiseDocument(kind.toDocument(remote));
    const document: OpenDocument = {
      connection, kind, id: path.id, remote, text,
      mtime: previous && previous.text === text ? previous.mtime : Date.now(),
    };
    this.documents.set(uri.toString(), document);
    return document;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    if (!this.saver) throw new vscode.FileSystemError('Roaming Workbench is still starting; save again in a moment.');
    const { connection } = this.resolvePath(uri);
    if (connection.readOnly) {
      throw vscode.FileSystemError.NoPermissions(`${connection.name} is a read-only connection: nothing is pushed. Edit the connection to allow writes.`);
    }
    await this.saver(uri, Buffer.from(content).toString('utf8'));
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
