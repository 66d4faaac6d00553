// Quick fixes for domain problems with an obvious correction (quickFixEdits.ts). They are offered from the
// latest check of the document, including problems not shown because the schema's problem already underlines
// the same place (a missing accessType): the fix is attached to whichever squiggle is there.
import * as vscode from 'vscode';
import { isJsonObject } from '../../core/platforms/documentValues';
import type { DocumentProblem } from '../../core/platforms/resourceKind';
import { listNetworks } from '../../core/platforms/sft/lookups';
import { spanOfPointer, type TextSpan } from '../../core/validation/jsonTextLocations';
import type { SchemaValidator } from '../../core/validation/schemaValidator';
import type { CachedReads } from '../../core/platforms/readCache';
import { analyseLocally, type FileAnalysis } from '../../core/language/fileAnalysis';
import type { FileContext, FileContexts } from './fileContexts';
import { formattingOf } from './editorFormatting';
import { valueAtPointer } from '../../core/language/jsonPlaces';
import type { LiveDiagnostics } from './liveDiagnostics';
import { quickFixesFor, type FixFacts } from '../../core/language/quickFixEdits';
import { rangeOfSpan } from './referenceContext';

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly contexts: FileContexts,
    private readonly live: LiveDiagnostics,
    private readonly reads: CachedReads,
    private readonly validator: SchemaValidator,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const file = this.contexts.contextOf(document);
    if (!file?.subject) return [];
    const checked = this.live.latestProblems(document) ?? this.checkNow(document, file);
    if (!checked) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    for (const problem of checked.problems) {
      const places = placesOf(checked.analysis, problem).map((span) => rangeOfSpan(document, { offset: span.offset, length: Math.max(span.length, 1) }));
      if (!places.some((place) => place.intersection(range) !== undefined)) continue;
      const facts = await this.factsFor(file, checked.analysis, problem);
      const diagnostics = context.diagnostics.filter((diagnostic) => places.some((place) => place.intersection(diagnostic.range) !== undefined));
      for (const fix of quickFixesFor(text, problem, facts, formattingOf(document))) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) action.edit.replace(document.uri, rangeOfSpan(document, edit), edit.content);
        action.isPreferred = fix.preferred;
        action.diagnostics = diagnostics;
        actions.push(action);
      }
    }
    return actions;
  }

  /** Before the first (debounced) check of this version has run: the local rules, now. */
  private checkNow(document: vscode.TextDocument, file: FileContext): { analysis: FileAnalysis; problems: readonly DocumentProblem[] } | undefined {
    const analysis = file.subject && analyseLocally(document.getText(), file.schema.name, file.subject, file.known?.remote, this.validator, file.folder);
    return analysis && { analysis, problems: analysis.problems };
  }

  private async factsFor(file: FileContext, analysis: FileAnalysis, problem: DocumentProblem): Promise<FixFacts> {
    const remote = file.known?.remote;
    const remoteAccessType = isJsonObject(remote) && typeof remote.accessType === 'string' ? remote.accessType : undefined;
    if (problem.code !== 'unknown-category-group' || !file.connection) return { ...(remoteAccessType !== undefined && { remoteAccessType }) };
    const tadig = String(valueAtPointer(analysis.value, problem.pointer.replace(/\/categoryGroupId$/, '/tadigCode')) ?? '').trim().toUpperCase();
    const networks = await listNetworks(this.reads.clientFor(file.connection)).catch(() => []);
    const suppliersOfTadig = networks
      .filter((network) => network.tadigCode.toUpperCase() === tadig)
      .map((network) => ({ id: network.categoryGroupId, name: network.supplierName }));
    return { suppliersOfTadig };
  }
}

/** Where a problem shows: its own place and, for a missing accessType, where the schema's problem underlines it. */
function placesOf(analysis: FileAnalysis, problem: DocumentProblem): TextSpan[] {
  const places = [spanOfPointer(analysis.tree, problem.pointer)];
  if (problem.code === 'accessType-missing') places.push(spanOfPointer(analysis.tree, problem.pointer.replace(/\/service$/, '/accessType')));
  return places;
}
