// Names where people read: after each reference in a document — a TADIG code, a supplier id, a destination group
// or region id — its name as the remote has it, in grey ("Telia Sweden · Sweden"), so a group of 50 operators
// reads without hovering each one. From the same cached lookups as hover and completion.
import * as vscode from 'vscode';
import type { CachedReads } from '../../core/platforms/readCache';
import { shortNamesOf } from '../../core/language/referenceLookups';
import { referenceSitesIn } from '../../core/language/referenceSites';
import type { FileContexts } from './fileContexts';
import { PLATFORM_OF } from './referenceContext';


export class ReferenceInlayHints implements vscode.InlayHintsProvider {
  constructor(private readonly contexts: FileContexts, private readonly reads: CachedReads) {}

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    const connection = this.contexts.contextOf(document)?.connection;
    if (!connection) return [];
    const client = this.reads.clientFor(connection);
    const sites = referenceSitesIn(document.getText()).filter((site) => PLATFORM_OF[site.kind] === connection.platform
      && range.contains(document.positionAt(site.span.offset + site.span.length)));
    // One read and one index per list for all of them; a lookup that fails leaves its values unnamed.
    const names = await shortNamesOf(client, sites);
    if (token.isCancellationRequested) return [];
    const hints: vscode.InlayHint[] = [];
    sites.forEach((site, index) => {
      const name = names[index];
      if (!name) return;
      const hint = new vscode.InlayHint(document.positionAt(site.span.offset + site.span.length), name, vscode.InlayHintKind.Type);
      hint.paddingLeft = true;
      hints.push(hint);
    });
    return hints;
  }
}
