// The reference under the cursor and the connection to look it up on, for completion, hover and definition.
import * as vscode from 'vscode';
import type { ConnectionRecord, PlatformId } from '../../core/http/connection';
import type { TextSpan } from '../../core/validation/jsonTextLocations';
import type { FileContexts } from './fileContexts';
import { referenceAt, type ReferenceKind, type ReferenceSite } from '../../core/language/referenceSites';

/** The platform whose connection a reference is looked up on. */
export const PLATFORM_OF: Readonly<Record<ReferenceKind, PlatformId>> = {
  'destination-group': 'sft',
  tadig: 'sft',
  supplier: 'sft',
  region: 'telecomx',
};

export interface ReferenceInDocument {
  readonly site: ReferenceSite;
  readonly connection: ConnectionRecord;
}

/** `undefined` when the cursor is on no reference, or the file has no connection of the reference's platform. */
export function referenceInDocument(contexts: FileContexts, document: vscode.TextDocument, position: vscode.Position): ReferenceInDocument | undefined {
  const connection = contexts.contextOf(document)?.connection;
  if (!connection) return undefined;
  const site = referenceAt(document.getText(), document.offsetAt(position));
  if (!site || PLATFORM_OF[site.kind] !== connection.platform) return undefined;
  return { site, connection };
}

export function rangeOfSpan(document: vscode.TextDocument, span: TextSpan): vscode.Range {
  return new vscode.Range(document.positionAt(span.offset), document.positionAt(span.offset + span.length));
}
