// The open `roaming:` documents and unsaved drafts: what each document was read as (its remote state and text), the
// drafts of new objects, and where each object's document lives. The file system provider serves VS Code from
// here and hands saves to the push pipeline; the pipeline records what it pushed here. Calls go one way: neither
// the provider nor the pipeline calls the other back.
import * as vscode from 'vscode';
import type { ClientRegistry } from '../connections/clientRegistry';
import type { ConnectionStore } from '../connections/connectionStore';
import { failureText } from '../../core/http/failureText';
import { RemoteError } from '../../core/http/types';
import { accessRefusal, mayDo } from '../../core/platforms/access';
import type { ResourceKind } from '../../core/platforms/resourceKind';
import { serialiseDocument, type OpenDocument } from '../../core/documents/openDocuments';
import { formatRoamingPath, parseRoamingPath, ROAMING_SCHEME, type RoamingPath } from '../../core/documents/roamingUri';

export type KindLookup = (slug: string) => ResourceKind | undefined;

const UNPUSHED_KEY = 'roaming.unpushedEdits';

export class RoamingDocuments implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  /** A document's content changed (a push, a reload): the file system provider tells VS Code. */
  readonly onDidChange = this.changed.event;
  private readonly documents = new Map<string, OpenDocument>();
  private readonly drafts = new Map<string, string>();
  /**
   * Edits an auto save kept here instead of pushing (only an explicit save pushes): served as the document's text,
   * so reopening or reloading the window loses nothing, until a push or a discard. Kept in the workspace state.
   */
  private readonly unpushed: Map<string, { readonly text: string; readonly at: number }>;
  private readonly unpushedChanged = new vscode.EventEmitter<readonly string[]>();
  /** The documents holding unpushed edits changed: the URIs (as strings) that hold some now. */
  readonly onDidChangeUnpushed = this.unpushedChanged.event;
  private draftCounter = 0;

  constructor(
    private readonly store: ConnectionStore,
    private readonly clients: ClientRegistry,
    private readonly kindBySlug: KindLookup,
    private readonly state?: vscode.Memento,
  ) {
    this.unpushed = new Map(Object.entries(state?.get<Record<string, { text: string; at: number }>>(UNPUSHED_KEY) ?? {}));
  }

  /** Keeps what an auto save wrote, unpushed (see `unpushed`). */
  keepUnpushed(uri: vscode.Uri, text: string): void {
    if (this.drafts.has(uri.toString())) this.drafts.set(uri.toString(), text);
    this.unpushed.set(uri.toString(), { text, at: Date.now() });
    this.unpushedChanged.fire(this.unpushedUris());
    void this.persistUnpushed();
  }

  /** The unpushed text of a document, when an auto save kept one (drafts are unpushed by nature). */
  unpushedText(uri: vscode.Uri): string | undefined {
    return this.unpushed.get(uri.toString())?.text;
  }

  /** After a push (or a discard): the document is the remote's again. */
  forgetUnpushed(uri: vscode.Uri): void {
    if (!this.unpushed.delete(uri.toString())) return;
    this.unpushedChanged.fire(this.unpushedUris());
    void this.persistUnpushed();
  }

  /** The person drops the kept edits: VS Code is told, and shows the remote's text again. */
  discardUnpushed(uri: vscode.Uri): void {
    if (this.unpushedText(uri) === undefined) return;
    this.forgetUnpushed(uri);
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  unpushedUris(): string[] {
    return [...this.unpushed.keys()];
  }

  /** Drafts are not kept across a reload (their names are handed out afresh), objects' edits are. */
  private async persistUnpushed(): Promise<void> {
    await this.state?.update(UNPUSHED_KEY, Object.fromEntries([...this.unpushed].filter(([uri]) => !this.drafts.has(uri))));
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

  /** False when the connection is read-only, or its account's access level may not change this kind. */
  mayWrite(uri: vscode.Uri): boolean {
    const { kind, connection } = this.resolvePath(uri);
    return !connection.readOnly && mayDo(kind, 'write', this.clients.clientFor(connection).accessLevel);
  }

  /** Why this document may not be pushed, in words for the action (undefined when it may). */
  writeRefusal(uri: vscode.Uri): string | undefined {
    const { kind, connection } = this.resolvePath(uri);
    const client = this.clients.clientFor(connection);
    if (connection.readOnly) return `${connection.name} is a read-only connection: nothing is pushed. Edit the connection to allow writes.`;
    return mayDo(kind, 'write', client.accessLevel) ? undefined : `${accessRefusal(kind, 'write', client)} Nothing is pushed.`;
  }

  /** Reads the remote object and makes it the document's base. */
  async read(uri: vscode.Uri): Promise<OpenDocument> {
    const { path, kind, connection } = this.resolvePath(uri);
    if (path.id === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    const client = this.clients.clientFor(connection);
    // Said for the action, before a request the account may not make: not "needs ADMIN" for a read.
    if (!mayDo(kind, 'read', client.accessLevel)) throw vscode.FileSystemError.NoPermissions(accessRefusal(kind, 'read', client));
    let remote: unknown;
    try {
      remote = await kind.get(client, path.id);
    } catch (error) {
      if (error instanceof RemoteError && error.kind === 'permission') throw vscode.FileSystemError.NoPermissions(accessRefusal(kind, 'read', client));
      throw new vscode.FileSystemError(`Could not read ${kind.singular.toLowerCase()} ${path.id} from ${connection.name}: ${failureText(error)}`);
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

  /** The text VS Code is served: a draft's, else unpushed edits, else the document as read (read when not yet). */
  async textOf(uri: vscode.Uri): Promise<string> {
    const draft = this.drafts.get(uri.toString()) ?? this.unpushed.get(uri.toString())?.text;
    if (draft !== undefined) return draft;
    return (this.documents.get(uri.toString()) ?? await this.read(uri)).text;
  }

  /** What VS Code is told about a document: its text's size and when it last changed. */
  async metadataOf(uri: vscode.Uri): Promise<{ size: number; mtime: number }> {
    const draft = this.drafts.get(uri.toString());
    if (draft !== undefined) return { size: Buffer.byteLength(draft), mtime: 0 };
    const unpushed = this.unpushed.get(uri.toString());
    if (unpushed !== undefined) return { size: Buffer.byteLength(unpushed.text), mtime: unpushed.at };
    const known = this.documents.get(uri.toString()) ?? await this.read(uri);
    return { size: Buffer.byteLength(known.text), mtime: known.mtime };
  }

  dispose(): void {
    this.changed.dispose();
    this.unpushedChanged.dispose();
  }
}
