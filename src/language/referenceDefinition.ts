// Go to Definition on a destination group id or a called region's id opens that object's `roaming:` document
// on the file's connection (TADIG codes and suppliers have no document of their own).
import * as vscode from 'vscode';
import type { RoamingFileSystem } from '../documents/roamingFileSystem';
import { kindBySlug } from '../platforms/registry';
import type { CachedReads } from './cachedReads';
import type { FileContexts } from './fileContexts';
import { rangeOfSpan, referenceInDocument } from './referenceContext';
import { referencedObject } from './referenceLookups';

export class ReferenceDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly contexts: FileContexts, private readonly reads: CachedReads, private readonly fileSystem: RoamingFileSystem) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DefinitionLink[] | undefined> {
    const reference = referenceInDocument(this.contexts, document, position);
    if (!reference?.site.value || (reference.site.kind !== 'destination-group' && reference.site.kind !== 'region')) return undefined;
    // Only an object that exists: a definition that opens on "not found" helps nobody.
    const found = await referencedObject(this.reads.clientFor(reference.connection), reference.site).catch(() => undefined);
    const kind = found?.target && kindBySlug(found.target.kind);
    if (!found?.target || !kind) return undefined;
    const targetUri = this.fileSystem.uriFor(reference.connection.id, kind, found.target.id);
    const top = new vscode.Range(0, 0, 0, 0);
    return [{ originSelectionRange: rangeOfSpan(document, reference.site.span), targetUri, targetRange: top, targetSelectionRange: top }];
  }
}
