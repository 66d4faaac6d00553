// Hover on a reference: the referenced object's name and key fields, as the remote has them now.
import * as vscode from 'vscode';
import type { CachedReads } from './cachedReads';
import type { FileContexts } from './fileContexts';
import { rangeOfSpan, referenceInDocument } from './referenceContext';
import { referencedObject } from './referenceLookups';

const NOUNS = { 'destination-group': 'destination group', tadig: 'network', supplier: 'supplier', region: 'region' } as const;

export class ReferenceHoverProvider implements vscode.HoverProvider {
  constructor(private readonly contexts: FileContexts, private readonly reads: CachedReads) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const reference = referenceInDocument(this.contexts, document, position);
    if (!reference?.site.value) return undefined;
    const { site, connection } = reference;
    let markdown: string;
    try {
      const found = await referencedObject(this.reads.clientFor(connection), site);
      markdown = found
        ? `${found.summary}\n\n*${escapeForItalics(connection.name)}*`
        : `No ${NOUNS[site.kind]} \`${site.value}\` on ${escapeForItalics(connection.name)}.`;
    } catch (error) {
      markdown = `Could not look \`${site.value}\` up on ${escapeForItalics(connection.name)}: ${(error as Error).message}`;
    }
    return new vscode.Hover(new vscode.MarkdownString(markdown), rangeOfSpan(document, site.span));
  }
}

function escapeForItalics(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}
