// The schema's problems (as errors: VS Code's JSON service only suggests, src/core/validation/suggestionSchema.ts)
// and the domain problems as the person types, in the same 'roaming' collection the push pipeline reports into, so a
// problem shows once whether it was found while typing or when saving: what a save reported stands until the
// next edit, whose check replaces it.
// Local rules first, at once; then the remote rules, when the file has a connection that is signed in — a live
// check never signs in by itself (no password prompt while typing); completion, hover or opening a remote
// object sign in, and the documents are checked again then.
import * as vscode from 'vscode';
import type { DocumentProblem } from '../../core/platforms/resourceKind';
import type { TextSpan } from '../../core/validation/jsonTextLocations';
import { locatePointers } from '../../core/validation/pointerLocator';
import { withMoreProblemsNote } from './diagnosticLimit';
import type { SchemaValidator } from '../../core/validation/schemaValidator';
import type { CachedReads } from '../../core/platforms/readCache';
import { analyseLocally, omittedFromShown, problemsToShow, type FileAnalysis, type ShownProblem } from '../../core/language/fileAnalysis';
import { LANGUAGE_SELECTOR, type FileContexts } from './fileContexts';
import { checkFileRemotely } from '../../core/language/remoteFileChecks';

/** Quiet time after a keystroke before checking: long enough not to check every character. */
const TYPING_PAUSE_MS = 350;

export interface LiveDiagnosticsDependencies {
  readonly contexts: FileContexts;
  readonly reads: CachedReads;
  readonly isSignedIn: (connectionId: string) => boolean;
  readonly diagnostics: vscode.DiagnosticCollection;
  readonly validator: SchemaValidator;
}

interface LatestCheck {
  readonly version: number;
  readonly analysis: FileAnalysis;
  readonly problems: readonly DocumentProblem[];
}

export class LiveDiagnostics implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly latest = new Map<string, LatestCheck>();
  /** Bumped when a save starts: a check begun before it must not replace what the push pipeline reports. */
  private readonly generations = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly deps: LiveDiagnosticsDependencies) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document, TYPING_PAUSE_MS);
      }),
      // Saving a `roaming:` document runs the push pipeline, which reports its own findings (a vendor's refusal
      // among them): they stand until the next edit. A successful push clears the collection; what still holds
      // (a warning about a margin) comes back.
      vscode.workspace.onWillSaveTextDocument((event) => this.supersede(event.document.uri)),
      vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    );
    this.checkAllOpen();
  }

  /** Checks every open file again: after a sign-in, or when connections changed. */
  checkAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** The domain problems of the document's current text, if it has been checked since it last changed. */
  latestProblems(document: vscode.TextDocument): { analysis: FileAnalysis; problems: readonly DocumentProblem[] } | undefined {
    const latest = this.latest.get(document.uri.toString());
    return latest && latest.version === document.version ? latest : undefined;
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (vscode.languages.match(LANGUAGE_SELECTOR, document) === 0) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.check(document);
    }, delayMs));
  }

  private async check(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const context = this.deps.contexts.contextOf(document);
    if (!context) return;
    const version = document.version;
    const generation = this.generations.get(document.uri.toString());
    const analysis = analyseLocally(document.getText(), context.schema.name, context.subject, context.known?.remote, this.deps.validator, context.folder);
    if (!analysis) {
      this.publish(document, version, undefined, []);
      return;
    }
    this.publish(document, version, analysis, analysis.problems);
    const connection = context.connection;
    if (!context.subject || !connection || !this.deps.isSignedIn(connection.id)) return;
    let remoteProblems: DocumentProblem[];
    try {
      remoteProblems = await checkFileRemotely(this.deps.reads.clientFor(connection), analysis.value, context.subject, context.known);
    } catch {
      // Unreachable, signed out, refused: the local rules stand; the push gate checks the remote again anyway.
      return;
    }
    // A newer check is on its way, or a save reported since.
    if (document.isClosed || document.version !== version || this.generations.get(document.uri.toString()) !== generation) return;
    this.publish(document, version, analysis, [...analysis.problems, ...remoteProblems]);
  }

  private publish(document: vscode.TextDocument, version: number, analysis: FileAnalysis | undefined, problems: readonly DocumentProblem[]): void {
    const key = document.uri.toString();
    if (!analysis) {
      this.latest.delete(key);
      this.deps.diagnostics.set(document.uri, []);
      return;
    }
    this.latest.set(key, { version, analysis, problems });
    const shown = problemsToShow(analysis, problems);
    // The places of the problems shown, in one scan of the text (no tree for a large file).
    const spans = locatePointers(document.getText(), shown);
    const diagnostics = shown.map((problem, index) => toDiagnostic(document, spans[index], problem));
    this.deps.diagnostics.set(document.uri, withMoreProblemsNote(diagnostics, omittedFromShown(analysis)));
  }

  private supersede(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
  }

  private forget(uri: vscode.Uri): void {
    this.supersede(uri);
    const key = uri.toString();
    this.generations.delete(key);
    this.latest.delete(key);
    this.deps.diagnostics.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function toDiagnostic(document: vscode.TextDocument, span: TextSpan, problem: ShownProblem): vscode.Diagnostic {
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const range = new vscode.Range(document.positionAt(span.offset), document.positionAt(span.offset + Math.max(span.length, 1)));
  const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
  diagnostic.source = 'Roaming';
  if (problem.code) diagnostic.code = problem.code;
  return diagnostic;
}
