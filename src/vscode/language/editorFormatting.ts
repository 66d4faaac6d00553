// How the editor showing a document indents, so inserted JSON reads like the rest of the file.
import * as vscode from 'vscode';

export function formattingOf(document: vscode.TextDocument): { tabSize: number; insertSpaces: boolean; eol: string } {
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
  const tabSize = typeof editor?.options.tabSize === 'number' ? editor.options.tabSize : 2;
  const insertSpaces = typeof editor?.options.insertSpaces === 'boolean' ? editor.options.insertSpaces : true;
  return { tabSize, insertSpaces, eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' };
}
