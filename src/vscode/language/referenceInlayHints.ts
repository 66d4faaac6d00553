// Names where people read: after each reference in a document — a TADIG code, a supplier id, a destination group
// or region id — its name as the remote has it, in grey ("Telia Sweden · Sweden"), so a group of 50 operators
// reads without hovering each one. From the same cached lookups as hover and completion.
import * as vscode from 'vscode';
import type { CachedReads } from '../../core/platforms/readCache';
import { shortNameOf } from '../../core/language/referenceLookups';
import { referenceSitesIn } from '../../core/language/referenceSites';
import type { FileContexts } from './fileContexts';
import { PLATFORM_OF } from './referenceContext';


export class ReferenceInlayHints implements vscode.InlayHintsProvider {
  constructor(private readonly contexts: FileContexts, private readonly reads: CachedReads) {}

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    const connection = this.contexts.contextOf(document)?.connection;
    if (!connection) return [];
    const client = this.reads.clientFor(connection);
    const hints: vscode.InlayHint[] = [];
    for (const site of referenceSitesIn(document.getText())) {
      if (token.isCancellationRequested) break;
      if (PLATFORM_OF[site.kind] !== connection.platform) continue;
      const end = document.positionAt(site.span.offset + site.span.length);
      if (!range.contains(end)) continue;
      // A lookup that fails leaves the value as it is: the diagnostics and hover say why.
      const name = await shortNameOf(client, site).catch(() => undefined);
      if (!name) continue;
      const hint = new vscode.InlayHint(end, name, vscode.InlayHintKind.Type);
      hint.paddingLeft = true;
      hints.push(hint);
    }
    return hints;
  }
}
