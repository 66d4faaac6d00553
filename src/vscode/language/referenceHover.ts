// Hover on a reference: the referenced object's name and key fields, as the remote has them now.
import * as vscode from 'vscode';
import { REFERENCE_PREFIX } from '../../core/configAsCode/folderReferences';
import type { CachedReads } from '../../core/platforms/readCache';
import type { FileContexts } from './fileContexts';
import { rangeOfSpan, referenceInDocument } from './referenceContext';
import { referencedObject } from '../../core/language/referenceLookups';

const NOUNS = { 'destination-group': 'destination group', tadig: 'network', supplier: 'supplier', region: 'region' } as const;

export class ReferenceHoverProvider implements vscode.HoverProvider {
  constructor(private readonly contexts: FileContexts, private readonly reads: CachedReads) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const reference = referenceInDocument(this.contexts, document, position);
    if (!reference?.site.value) return undefined;
    const { site, connection } = reference;
    const value = site.value ?? '';
    if (value.startsWith(REFERENCE_PREFIX)) {
      // Outside a config-as-code folder the diagnostic says references do not work there.
      if (this.contexts.contextOf(document)?.folder === undefined) return undefined;
      const file = value.slice(REFERENCE_PREFIX.length);
      return new vscode.Hover(new vscode.MarkdownString(
        `The destination group of \`${file}\` in this folder: Plan and Apply put in its id, creating the group first when it is new.`,
      ), rangeOfSpan(document, site.span));
    }
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
