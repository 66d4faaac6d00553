// Text a person should read before answering a question that can grow with the data — a whole plan, every request
// of a push, every object of a multi-delete — opens as a read-only document beside the question instead of inside
// it: a modal dialog does not scroll, and a long one pushes its buttons off a 1,000 px window.
import * as vscode from 'vscode';

export const REVIEW_SCHEME = 'roaming-review';

export class ReviewDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private counter = 0;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(REVIEW_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Opens `text` read-only beside the active editor, titled `title`; the newest few are kept. */
  async show(title: string, text: string): Promise<vscode.Uri> {
    this.counter += 1;
    const uri = vscode.Uri.from({ scheme: REVIEW_SCHEME, path: `/${this.counter}/${title.replace(/[\\/]/g, '-')}` });
    this.texts.set(uri.toString(), text);
    for (const key of [...this.texts.keys()].slice(0, Math.max(0, this.texts.size - 20))) this.texts.delete(key);
    await vscode.window.showTextDocument(uri, { preview: true, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
    return uri;
  }

  dispose(): void {
    this.registration.dispose();
    this.texts.clear();
  }
}
