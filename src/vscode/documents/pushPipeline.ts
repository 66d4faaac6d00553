// Save = push, through one pipeline: validate → show what will be sent → check the remote has not changed →
// push → re-read. Any failure throws, which leaves the document dirty, with the reason and the next step in the
// message and, where it belongs to a field, a diagnostic.
import * as vscode from 'vscode';
import { failureText, joinSentences, tidyPunctuation } from '../../core/http/failureText';
import { showInformation, showWarning } from '../ui/notifications';
import { RemoteError } from '../../core/http/types';
import { isProduction, type ConnectionRecord } from '../../core/http/connection';
import type { DocumentProblem, PlatformClient, ResourceKind, WriteImpact, WritePlan } from '../../core/platforms/resourceKind';
import type { ClientRegistry } from '../connections/clientRegistry';
import { withMoreProblemsNote } from '../language/diagnosticLimit';
import { checkJsonTextBounded } from '../../core/validation/checkJsonText';
import { parseJsonText } from '../../core/validation/jsonTextLocations';
import { locatePointers } from '../../core/validation/pointerLocator';
import { boundedProblems } from '../../core/validation/problemLimit';
import { bundledSchemaValidator } from '../../core/validation/bundledSchemas';
import { isSchemaName } from '../../core/validation/schemaCatalogue';
import { accessRefusal } from '../../core/platforms/access';
import { confirmWrite } from '../ui/confirmations';
import type { Prompter } from '../ui/prompter';
import type { ReviewDocuments } from '../ui/reviewDocuments';
import { describeImpact, describePlan } from '../../core/documents/describePlan';
import { sameJson, serialiseDocument } from '../../core/documents/openDocuments';
import type { RoamingDocuments } from './roamingDocuments';
import { remoteUriFor } from './remoteContent';
import { UnconfirmedCreates } from '../../core/documents/unconfirmedCreates';
import type { RemoteChanges } from '../remoteChanges';

/** Thrown to stop a save: VS Code shows the message ("Failed to save …") and keeps the document dirty. */
function stopSave(message: string): vscode.FileSystemError {
  return new vscode.FileSystemError(message);
}

export interface PushPipelineDependencies {
  readonly documents: RoamingDocuments;
  readonly clients: ClientRegistry;
  readonly prompter: Prompter;
  /** Where a push's requests are shown beside its confirmation when they would not fit in it. */
  readonly reviews: ReviewDocuments;
  readonly diagnostics: vscode.DiagnosticCollection;
  /**
   * Clients whose reads are shared for a short while (with the editor's live checks): the kind's rules that need
   * the remote and the push itself read each list once.
   */
  readonly reads: { clientFor(connection: ConnectionRecord): PlatformClient };
  /** Told of every push, and of a remote found changed: the tree and open comparisons follow. */
  readonly remoteChanges: RemoteChanges;
  readonly log: (message: string) => void;
  /** True when this write comes from auto save, which never pushes (see saveReasons.ts). */
  readonly isAutoSave: (uri: vscode.Uri) => boolean;
}

export class PushPipeline {
  /** Why the latest saves were refused, newest last (the Roaming log has them too). */
  readonly refusals: string[] = [];
  private readonly unconfirmedCreates = new UnconfirmedCreates();

  constructor(private readonly deps: PushPipelineDependencies) {}

  async save(uri: vscode.Uri, text: string): Promise<void> {
    try {
      await this.push(uri, text);
    } catch (error) {
      const reason = (error as Error).message;
      this.refusals.push(`${uri.path}: ${reason}`);
      if (this.refusals.length > 50) this.refusals.shift();
      this.deps.log(`Not pushed ${uri.path}: ${reason}`);
      throw error;
    }
  }

  private async push(uri: vscode.Uri, text: string): Promise<void> {
    const { documents, clients, diagnostics } = this.deps;
    const { path, kind, connection } = documents.resolvePath(uri);
    if (this.deps.isAutoSave(uri)) {
      // Edits undone back to the remote's text are no edits: nothing is kept ("Not pushed yet" would be untrue, and
      // the document would no longer follow the remote).
      if (path.id !== undefined && text === documents.openDocument(uri)?.text) {
        documents.forgetUnpushed(uri);
        return;
      }
      // Not a failure: auto save keeps the edits here, unpushed, and only an explicit save pushes. Refusing the write
      // would show VS Code's red "Failed to save" with a Revert button that throws the edits away.
      documents.keepUnpushed(uri, text);
      this.deps.log(`Kept ${uri.path} unpushed: auto save never pushes to ${connection.name}.`);
      this.tellAboutAutoSaveOnce(connection.name);
      return;
    }
    const open = path.id !== undefined ? documents.openDocument(uri) ?? await documents.read(uri) : undefined;

    // 1. Validate: the schema (the check the live diagnostics and plan run), then the kind's rules, local and
    // remote, all of them shown, so the refusal counts what the Problems view lists.
    const value = this.validate(uri, text, kind);
    const checkingClient = this.deps.reads.clientFor(connection);
    const problems = [
      ...kind.checkDocument(value, open?.remote),
      ...await kind.checkRemotely?.(checkingClient, value, open && { id: open.id, remote: open.remote }) ?? [],
    ];
    this.report(uri, text, problems, 'replace');
    if (problems.some((problem) => problem.severity === 'error')) throw stopSave(`Nothing was sent: ${summariseProblems(problems)}`);
    // What the platform accepts but a person should know before it goes out (a price below its wholesale…).
    const warnings = problems.filter((problem) => problem.severity === 'warning');

    // 2. Plan exactly what will be sent.
    let base = open?.remote;
    let plan = this.plan(uri, text, kind, open?.id, base, value);
    if (!plan) {
      vscode.window.setStatusBarMessage(`$(check) Nothing to push: ${kind.singular.toLowerCase()} matches ${connection.name}`, 5000);
      this.deps.log(`Nothing to push for ${uri.path}`);
      // What an auto save kept is the remote's already: nothing is left unpushed.
      documents.forgetUnpushed(uri);
      return;
    }

    // 3. Has the remote changed since the document was read?
    const client = clients.clientFor(connection);
    if (open?.id !== undefined) {
      const current = await kind.get(client, open.id).catch((error: unknown) => {
        throw stopSave(`Could not check ${connection.name} for changes before pushing: ${(error as Error).message}. Nothing was sent; save again to retry.`);
      });
      if (current === undefined) {
        throw stopSave(`${kind.singular} ${open.id} no longer exists on ${connection.name}: it was deleted since you opened it. Nothing was sent. Use "New" to create it again from your edits.`);
      }
      if (!sameJson(kind.toDocument(current), kind.toDocument(open.remote))) {
        // Whatever the person chooses, what the tree and comparisons show of this kind is out of date.
        this.deps.remoteChanges.announce(connection, [kind.slug]);
        const choice = await this.deps.prompter.ask('warning',
          `${kind.singular} ${kind.nameOf(current)} changed on ${connection.name} since you opened it.`,
          { modal: true, detail: 'Compare shows the remote as it is now beside your edits. Overwrite pushes your version over the remote change. Discard and Reload drops your edits.' },
          'Compare', 'Overwrite', 'Discard and Reload');
        if (choice === 'Compare') {
          documents.remember(uri, { ...open, remote: current, text: serialiseDocument(kind.toDocument(current)), mtime: open.mtime });
          await this.showDiff(uri);
          throw stopSave('Not pushed: the remote changed since you opened the document. Review the comparison, then save again to push over it, or revert.');
        }
        if (choice === 'Discard and Reload') {
          documents.remember(uri, { ...open, remote: current, text: serialiseDocument(kind.toDocument(current)), mtime: Date.now() });
          setTimeout(() => void this.revert(uri), 0);
          throw stopSave('Your edits were discarded; the document now shows the remote as it is.');
        }
        if (choice !== 'Overwrite') throw stopSave('Not pushed: the remote changed since you opened the document. Save again and choose Compare, Overwrite or Discard.');
        base = current;
        plan = this.plan(uri, text, kind, open.id, base, value);
        if (!plan) {
          documents.remember(uri, { ...open, remote: current, text: serialiseDocument(kind.toDocument(current)), mtime: Date.now() });
          documents.forgetUnpushed(uri);
          vscode.window.setStatusBarMessage('$(check) Nothing to push: the remote already holds your version', 5000);
          return;
        }
      }
    }

    // 4. Show what will be sent and confirm (always for production, and whenever the document has warnings).
    if (this.needsConfirmation(connection) || warnings.length > 0) {
      const production = isProduction(connection);
      const warned = warnings.length > 0 ? `${warnings.map((warning) => `⚠ ${warning.message}`).join('\n')}\n\n` : '';
      const reaches = describeImpact(await impactOf(kind, checkingClient, plan));
      const choice = await confirmWrite(this.deps, {
        severity: production || warnings.length > 0 ? 'warning' : 'info',
        question: `${production ? 'PRODUCTION — ' : ''}Push to ${connection.name} (${connection.environment}): ${plan.summary}${warnings.length > 0 ? ` — with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: push anyway` : ''}?`,
        ...(reaches && { lead: reaches }),
        detail: `${warned}${describePlan(plan)}`,
        reviewTitle: `Push to ${connection.name} - ${plan.summary}.txt`,
        confirm: 'Push',
        others: ['Show Diff'],
      });
      if (choice === 'Show Diff') {
        await this.showDiff(uri);
        throw stopSave('Not pushed yet: review the comparison, then save again to push.');
      }
      if (choice !== 'Push') throw stopSave('Push cancelled. Your edits are kept; save again when ready.');
    }

    // 5. Push, with progress and cancellation. Writes are verified, never blindly retried; a create whose earlier
    // push had no clear answer is looked for, and waited for, before a second one is sent.
    if (plan.action === 'create') {
      const before = await this.unconfirmedCreates.beforeCreate(uri.toString(), client, kind, value);
      if (before.verdict === 'landed') {
        documents.settleDraft(uri, text);
        const created = documents.uriFor(connection.id, kind, before.id);
        setTimeout(() => void this.reopenCreated(uri, created), 0);
        this.deps.remoteChanges.announce(connection, [kind.slug]);
        vscode.window.setStatusBarMessage(`$(check) The earlier push of this ${kind.singular.toLowerCase()} did land (id ${before.id}): nothing was sent again`, 8000);
        return;
      }
      if (before.verdict === 'wait') {
        throw stopSave(`Nothing was sent: the push of this ${kind.singular.toLowerCase()} at ${before.sentAt.toLocaleTimeString()} had no clear answer and may still land, and sending it again could make two. Save again after ${before.waitUntil.toLocaleTimeString()}: if it has landed by then, it opens; if not, it is created.`);
      }
    }
    const planToSend = plan;
    let outcome;
    try {
      outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Pushing to ${connection.name}: ${planToSend.summary}`, cancellable: true },
        // Through the reading client: execute's own last check is answered by the reads just made, and the write
        // itself clears them (nothing stale is read back after it).
        (_progress, token) => kind.execute(checkingClient, planToSend, value, { signal: abortSignalFor(token) }),
      );
    } catch (error) {
      throw stopSave(this.describeFailure(uri, text, error));
    }
    this.deps.log(`Push ${plan.action} ${kind.slug} on ${connection.name}: ${outcome.status} — ${outcome.message}`);
    if (plan.action === 'create' && outcome.status === 'unknown') this.unconfirmedCreates.record(uri.toString(), kind);
    if (outcome.status !== 'applied') throw stopSave(`${outcome.message} Your edits are kept in the document.`);

    // 6. Re-read the remote and show its state.
    documents.forgetUnpushed(uri);
    diagnostics.delete(uri);
    const id = outcome.id ?? open?.id;
    if (open && id !== undefined) {
      await documents.read(uri).then((document) => documents.remember(uri, document)).catch((error: unknown) => {
        void showWarning(`Pushed, but reading it back failed: ${(error as Error).message}. Revert the document to see the remote.`);
      });
    } else if (id !== undefined) {
      documents.settleDraft(uri, text);
      const created = documents.uriFor(connection.id, kind, id);
      setTimeout(() => void this.reopenCreated(uri, created), 0);
    }
    this.deps.remoteChanges.announce(connection, [kind.slug]);
    vscode.window.setStatusBarMessage(`$(cloud-upload) Pushed to ${connection.name}: ${plan.summary}`, 8000);
  }

  /**
   * Pushes what an auto save kept unpushed in a document VS Code now shows as saved (the Push command, or Ctrl+S on
   * it). Throws, with the reason, when the push fails: the edits stay kept.
   */
  async pushUnpushed(uri: vscode.Uri): Promise<boolean> {
    const text = this.deps.documents.unpushedText(uri);
    if (text === undefined) return false;
    await this.save(uri, text);
    return true;
  }

  private toldAboutAutoSave = false;

  /** Once a session, calmly: where the edits are and what pushes them. */
  private tellAboutAutoSaveOnce(connectionName: string): void {
    vscode.window.setStatusBarMessage(`$(cloud) Kept here, not pushed to ${connectionName}: Ctrl+S pushes`, 8000);
    if (this.toldAboutAutoSave) return;
    this.toldAboutAutoSave = true;
    void showInformation(`Auto save keeps your edits to roaming documents here; nothing goes to ${connectionName} until you save with Ctrl+S (⌘S) or choose Push at the top of the document.`);
  }

  /** The schema; throws when the document breaks it, and underlines where. */
  private validate(uri: vscode.Uri, text: string, kind: ResourceKind): unknown {
    const parsed = parseJsonText(text);
    const checked = isSchemaName(kind.slug) ? checkJsonTextBounded(text, kind.slug, bundledSchemaValidator(), parsed) : { problems: [], omitted: 0 };
    const schemaProblems = checked.problems;
    if (schemaProblems.length > 0) {
      // Underlined as the live check underlines them (a save right after typing comes before that check); the JSON
      // service shows syntax problems itself, so only the schema's (those with a pointer) become diagnostics here.
      const located = schemaProblems.filter((problem) => problem.pointer !== undefined);
      if (located.length > 0) {
        this.deps.diagnostics.set(uri, withMoreProblemsNote(located.map((problem) => diagnosticAt(uri, problem.offset, problem.length, problem.message, 'error')), checked.omitted));
      }
      const count = `${checked.stoppedEarly ? 'at least ' : ''}${(schemaProblems.length + checked.omitted).toLocaleString('en-US')}`;
      throw stopSave(`Nothing was sent: ${count} problem${count === '1' ? '' : 's'} in the document — ${schemaProblems.slice(0, 3).map((problem) => problem.message).join('; ')} (underlined in red: every error blocks the push).`);
    }
    return parsed.value;
  }

  private plan(uri: vscode.Uri, text: string, kind: ResourceKind, id: string | undefined, base: unknown, value: unknown): WritePlan | undefined {
    try {
      return id !== undefined ? kind.planUpdate(id, base, value) : kind.planCreate(value);
    } catch (error) {
      throw stopSave(this.describeFailure(uri, text, error));
    }
  }

  /** The message for a failed push; a failure tied to a field also becomes a diagnostic there. */
  private describeFailure(uri: vscode.Uri, text: string, error: unknown): string {
    if (error instanceof RemoteError && error.kind === 'permission') {
      // Said for this action and this account ("Changing text prices needs ADMIN; viewer@… is VIEWER").
      const { kind, connection } = this.deps.documents.resolvePath(uri);
      return joinSentences(accessRefusal(kind, 'write', this.deps.clients.clientFor(connection)), 'Nothing was changed; your edits are kept.');
    }
    if (error instanceof RemoteError) {
      if (error.pointer !== undefined) {
        this.report(uri, text, [{ pointer: error.pointer, message: error.message, severity: 'error' }], 'append');
      }
      const kept = error.kind === 'cancelled' ? 'Cancelled before the answer came: the push is unverified — open the object again to see the remote.' : undefined;
      return joinSentences(failureText(error), kept, 'Your edits are kept.');
    }
    return joinSentences(failureText(error), 'Your edits are kept.');
  }

  private report(uri: vscode.Uri, text: string, found: readonly DocumentProblem[], mode: 'replace' | 'append'): void {
    const { problems, omitted } = boundedProblems(found);
    // The places of the problems shown, in one scan of the text (no tree for a large document).
    const spans = locatePointers(text, problems);
    const diagnostics = problems.map((problem, index) => {
      const diagnostic = diagnosticAt(uri, spans[index].offset, spans[index].length, problem.message, problem.severity);
      if (problem.code) diagnostic.code = problem.code;
      return diagnostic;
    });
    const existing = mode === 'append' ? [...(this.deps.diagnostics.get(uri) ?? [])] : [];
    this.deps.diagnostics.set(uri, [...existing, ...withMoreProblemsNote(diagnostics, omitted)]);
  }

  private needsConfirmation(connection: ConnectionRecord): boolean {
    if (isProduction(connection)) return true;
    return vscode.workspace.getConfiguration('roaming').get<boolean>('push.confirmNonProduction', true);
  }

  async showDiff(uri: vscode.Uri): Promise<void> {
    const name = uri.path.split('/').pop();
    await vscode.commands.executeCommand('vscode.diff', remoteUriFor(uri), uri, `${name}: remote ↔ yours`, { preview: true });
  }

  private async revert(uri: vscode.Uri): Promise<void> {
    await vscode.window.showTextDocument(uri, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }

  /** After a create: the draft editor closes, the real object opens at its id. */
  private async reopenCreated(draft: vscode.Uri, created: vscode.Uri): Promise<void> {
    await vscode.window.showTextDocument(created, { preview: false });
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        if (tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === draft.toString()) {
          await vscode.window.tabGroups.close(tab);
        }
      }
    }
    this.deps.documents.forgetDraft(draft);
  }
}

function diagnosticAt(uri: vscode.Uri, offset: number, length: number, message: string, severity: 'error' | 'warning'): vscode.Diagnostic {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
  const range = document
    ? new vscode.Range(document.positionAt(offset), document.positionAt(offset + Math.max(length, 1)))
    : new vscode.Range(0, 0, 0, 1);
  const diagnostic = new vscode.Diagnostic(range, message, severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = 'Roaming';
  return diagnostic;
}

/** "3 problems (2 errors, 1 warning) — …": every problem the document now shows, the errors first. */
function summariseProblems(problems: readonly DocumentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const counts = warnings === 0
    ? `${errors.length} problem${errors.length === 1 ? '' : 's'}`
    : `${problems.length} problems (${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  const first = [...errors, ...problems.filter((problem) => problem.severity !== 'error')].slice(0, 3).map((problem) => tidyPunctuation(problem.message).replace(/[.;]$/, ''));
  return `${counts} — ${first.join('; ')}. See the Problems view.`;
}

/** What the write reaches, as the kind says; a read that fails is said, not hidden, and does not stop the push. */
async function impactOf(kind: ResourceKind, client: PlatformClient, plan: WritePlan): Promise<WriteImpact> {
  if (!kind.impactOf) return { lines: [] };
  try {
    return await kind.impactOf(client, plan);
  } catch (error) {
    return { lines: [`could not read what else the change reaches: ${failureText(error)}`] };
  }
}

function abortSignalFor(token: vscode.CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}
