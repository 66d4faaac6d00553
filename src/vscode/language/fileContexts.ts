// What the language features need to know about an open file: which schema and kind apply (by the file name's
// suffix, as for VS Code's JSON service), which connection it is checked against, and which remote object it
// stands for. `roaming:` documents carry all of it in their URI; workspace files go by workspaceConnection.ts.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KnownObject } from '../../core/platforms/resourceKind';
import type { ConnectionStore } from '../connections/connectionStore';
import type { RoamingDocuments } from '../documents/roamingDocuments';
import { ROAMING_SCHEME } from '../../core/documents/roamingUri';
import type { ConnectionRecord } from '../../core/http/connection';
import { schemaEntryForFileName, type SchemaEntry } from '../../core/validation/schemaCatalogue';
import { checkSubjectFor, type CheckSubject } from '../../core/language/checkSubjects';
import { bindWorkspaceFile } from '../../core/language/workspaceConnection';

export interface FileContext {
  readonly schema: SchemaEntry;
  /** The kind whose rules apply; `undefined` for bodies that carry no object (logins, deletes). */
  readonly subject: CheckSubject | undefined;
  readonly connection: ConnectionRecord | undefined;
  /** The remote object the file stands for: a `roaming:` document's, or the id a manifest records. */
  readonly known: KnownObject | undefined;
  /** A workspace file's config-as-code folder (where its manifest is): references to its files are allowed. */
  readonly folder?: string;
}

/**
 * Files the features serve: `roaming:` documents and JSON files on disk (not diff sides, Git versions…); the
 * file name's suffix then decides (`contextOf`).
 */
export const LANGUAGE_SELECTOR: vscode.DocumentSelector = [{ scheme: ROAMING_SCHEME }, { scheme: 'file', pattern: '**/*.json' }];

export class FileContexts {
  constructor(private readonly store: ConnectionStore, private readonly documents: RoamingDocuments) {}

  contextOf(document: vscode.TextDocument): FileContext | undefined {
    const uri = document.uri;
    if (uri.scheme !== ROAMING_SCHEME && uri.scheme !== 'file') return undefined;
    const schema = schemaEntryForFileName(path.posix.basename(uri.path));
    if (!schema) return undefined;
    const subject = checkSubjectFor(schema.name);
    return uri.scheme === ROAMING_SCHEME ? this.roamingContext(uri, schema, subject) : this.workspaceContext(uri, schema, subject);
  }

  private roamingContext(uri: vscode.Uri, schema: SchemaEntry, subject: CheckSubject | undefined): FileContext | undefined {
    let connection: ConnectionRecord;
    try {
      connection = this.documents.resolvePath(uri).connection;
    } catch {
      return undefined; // a connection that was removed, or not one of our paths
    }
    const open = this.documents.openDocument(uri);
    return { schema, subject, connection, known: open && { id: open.id, remote: open.remote } };
  }

  private workspaceContext(uri: vscode.Uri, schema: SchemaEntry, subject: CheckSubject | undefined): FileContext {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
    const binding = bindWorkspaceFile(uri.fsPath, schema.platform, this.store.list().map((known) => known.record), workspaceFolder?.uri.fsPath);
    // A manifest's id tells which object an exported document is (regions exclude themselves from "a second homeland").
    const known = binding.objectId !== undefined && subject?.role === 'document' ? { id: binding.objectId, remote: undefined } : undefined;
    return { schema, subject, connection: binding.connection, known, ...(binding.manifestFolder !== undefined && { folder: binding.manifestFolder }) };
  }
}
