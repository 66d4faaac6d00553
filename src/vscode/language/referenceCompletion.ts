// Completion of references with the remote's names: destination groups (by name, inserting the id), TADIG codes
// (operator and country beside them), suppliers (only those offering the entry's TADIG) and called regions
// (same network). The JSON service still offers the schema's enums and examples beside these.
import * as vscode from 'vscode';
import type { CachedReads } from '../../core/platforms/readCache';
import type { FileContexts } from './fileContexts';
import { rangeOfSpan, referenceInDocument } from './referenceContext';
import { candidatesFor } from '../../core/language/referenceLookups';

export class ReferenceCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly contexts: FileContexts, private readonly reads: CachedReads) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    const reference = referenceInDocument(this.contexts, document, position);
    if (!reference) return undefined;
    let candidates;
    try {
      candidates = await candidatesFor(this.reads.clientFor(reference.connection), reference.site);
    } catch (error) {
      vscode.window.setStatusBarMessage(`$(warning) No completion from ${reference.connection.name}: ${(error as Error).message}`, 8000);
      return undefined;
    }
    const range = rangeOfSpan(document, reference.site.span);
    const items = candidates.map((candidate, index) => {
      const item = new vscode.CompletionItem({ label: candidate.label, description: candidate.description }, vscode.CompletionItemKind.Reference);
      const inserted = JSON.stringify(candidate.value);
      item.insertText = inserted;
      // What is typed is the value (`"25…`), but a person may look for the name: both match.
      item.filterText = `${inserted} ${candidate.label}`;
      item.range = range;
      item.detail = `${candidate.value} on ${reference.connection.name}`;
      item.documentation = new vscode.MarkdownString(candidate.documentation);
      item.sortText = String(index).padStart(6, '0');
      return item;
    });
    return new vscode.CompletionList(items, false);
  }
}
