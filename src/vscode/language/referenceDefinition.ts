// Go to Definition on a destination group id or a called region's id opens that object's `roaming:` document
// on the file's connection (TADIG codes and suppliers have no document of their own).
import * as vscode from 'vscode';
import { referencedFile, referencedPath, REFERENCE_PREFIX } from '../../core/configAsCode/folderReferences';
import type { RoamingDocuments } from '../documents/roamingDocuments';
import { kindBySlug } from '../../core/platforms/registry';
import type { CachedReads } from '../../core/platforms/readCache';
import type { FileContexts } from './fileContexts';
import { rangeOfSpan, referenceInDocument } from './referenceContext';
import { referencedObject } from '../../core/language/referenceLookups';
import type { ReferenceSite } from '../../core/language/referenceSites';

export class ReferenceDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly contexts: FileContexts, private readonly reads: CachedReads, private readonly documents: RoamingDocuments) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DefinitionLink[] | undefined> {
    const reference = referenceInDocument(this.contexts, document, position);
    if (!reference?.site.value || (reference.site.kind !== 'destination-group' && reference.site.kind !== 'region')) return undefined;
    if (reference.site.value.startsWith(REFERENCE_PREFIX)) return this.folderFile(document, reference.site);
    // Only an object that exists: a definition that opens on "not found" helps nobody.
    const found = await referencedObject(this.reads.clientFor(reference.connection), reference.site).catch(() => undefined);
    const kind = found?.target && kindBySlug(found.target.kind);
    if (!found?.target || !kind) return undefined;
    const targetUri = this.documents.uriFor(reference.connection.id, kind, found.target.id);
    const top = new vscode.Range(0, 0, 0, 0);
    return [{ originSelectionRange: rangeOfSpan(document, reference.site.span), targetUri, targetRange: top, targetSelectionRange: top }];
  }

  /** A reference to another file of a config-as-code folder opens that file. */
  private folderFile(document: vscode.TextDocument, site: ReferenceSite): vscode.DefinitionLink[] | undefined {
    const folder = this.contexts.contextOf(document)?.folder;
    if (folder === undefined) return undefined;
    const file = referencedFile(folder, { file: referencedPath(site.value ?? '') });
    if (file === undefined) return undefined;
    const top = new vscode.Range(0, 0, 0, 0);
    return [{ originSelectionRange: rangeOfSpan(document, site.span), targetUri: vscode.Uri.file(file), targetRange: top, targetSelectionRange: top }];
  }
}
