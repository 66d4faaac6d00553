// The editor's diagnostics for one document are capped like every other list of problems
// (src/core/validation/problemLimit.ts): the first ones, then one note saying how many more there are.
import * as vscode from 'vscode';
import { moreProblemsText } from '../../core/validation/problemLimit';

export function withMoreProblemsNote(diagnostics: vscode.Diagnostic[], omitted: number): vscode.Diagnostic[] {
  if (omitted <= 0) return diagnostics;
  // At the start of the document, where a person looks first; information, so it blocks nothing by itself.
  const note = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), `Roaming: ${moreProblemsText(omitted)}`, vscode.DiagnosticSeverity.Information);
  note.source = 'Roaming';
  return [...diagnostics, note];
}
