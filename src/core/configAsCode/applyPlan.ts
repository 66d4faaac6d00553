// Apply: carries a plan out through the same kinds as a save in the editor (`kind.execute`: verified writes,
// never blindly retried), in the plan's dependency order, at the client's rate limit. The manifest is rewritten
// after every applied step, so whatever stops the run — a refusal, a crash, a cancel — the folder's manifest says
// exactly which objects exist, and a re-run neither repeats an applied step nor creates anything twice.
import * as path from 'node:path';
import { RemoteError, type WriteOutcome } from '../http/types';
import { kindBySlug } from '../platforms/registry';
import type { PlatformClient, ResourceKind, WritePlan } from '../platforms/resourceKind';
import { documentWithoutEntries, documentWithValues } from './folderReferences';
import { ConfigError, messageOf } from './configError';
import { fingerprintOf } from './fingerprint';
import { checkNoLinkOnTheWay } from './folderPaths';
import {
  checkSameAccount, readEnvironmentState, writeManifest, type ConfigManifest, type ManifestEntry, type UnconfirmedCreate,
} from './manifest';
import { accessRefusal, mayDo } from '../platforms/access';
import { APPLIED_ACTIONS, WRITE_ACTIONS, type ConfigPlan, type PlanEntry } from './planTypes';
import type { ProgressEvent } from './progress';
import { countSteps, type ApplyReport, type ApplyResultKind, type ApplyStep, type ReportedOutcome } from './reportTypes';
import { REPORT_FOLDER, writeReportFiles } from './reportFiles';

export interface ApplyProgressEvent extends ProgressEvent {
  /** Set once a step has finished. */
  readonly step?: ApplyStep;
}

export interface ApplyOptions {
  /** Go on with the next steps after one fails (default: stop at the first failure). */
  readonly continueOnError?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ApplyProgressEvent) => void;
  /** Where the Markdown and JSON reports go; default `<folder>/apply-reports`. */
  readonly reportFolder?: string;
  readonly now?: () => Date;
}

export interface ApplyResult {
  readonly report: ApplyReport;
  /** Absent when the plan had nothing to apply (bookkeeping in the manifest aside): no report is written. */
  readonly reportFiles?: { readonly markdown: string; readonly json: string };
}

type AppliedAction = ApplyStep['action'];

function reportedOutcome(outcome: WriteOutcome): ReportedOutcome {
  return {
    status: outcome.status,
    ...(outcome.id !== undefined && { id: outcome.id }),
    message: outcome.message,
    ...(outcome.ambiguity && {
      ambiguity: { kind: outcome.ambiguity.kind, message: outcome.ambiguity.message, ...(outcome.ambiguity.code !== undefined && { code: outcome.ambiguity.code }) },
    }),
  };
}

function failureOf(error: unknown): ApplyStep['failure'] {
  if (error instanceof RemoteError) {
    const message = error.nextStep && !error.message.includes(error.nextStep) ? `${error.message} ${error.nextStep}` : error.message;
    return { kind: error.kind, message, ...(error.code !== undefined && { code: error.code }) };
  }
  return { kind: 'error', message: messageOf(error) };
}

/** The checks that make an apply refuse to start: nothing is sent when one fails. */
function checkCanApply(client: PlatformClient, plan: ConfigPlan): void {
  checkSameAccount(plan.connection, client.connection, 'The plan');
  if (client.connection.readOnly) {
    throw new ConfigError(`${client.connection.name} is read-only: nothing was sent. Export and plan work; applying needs a connection that may write.`);
  }
  // An account whose access level may not write a kind (a TelecomX VIEWER) is told before anything is sent.
  for (const entry of plan.entries.filter((item) => WRITE_ACTIONS.has(item.action))) {
    const kind = kindBySlug(entry.kind);
    if (kind && !mayDo(kind, 'write', client.accessLevel)) throw new ConfigError(`Nothing was sent: ${accessRefusal(kind, 'write', client)}`);
  }
  const errors = plan.entries.filter((entry) => entry.action === 'error').length;
  const conflicts = plan.entries.filter((entry) => entry.action === 'conflict').length;
  if (errors + conflicts > 0) {
    const parts = [errors > 0 ? `${errors} invalid file${errors === 1 ? '' : 's'}` : '', conflicts > 0 ? `${conflicts} conflict${conflicts === 1 ? '' : 's'}` : ''].filter(Boolean);
    throw new ConfigError(`Nothing was sent: the plan has ${parts.join(' and ')}. Fix ${errors + conflicts === 1 ? 'it' : 'them'} and plan again.`);
  }
}

/** One run of a plan: the manifest as it stands, kept on disk after every change. */
class ManifestKeeper {
  private readonly files: Record<string, ManifestEntry>;
  private readonly unconfirmed: Record<string, UnconfirmedCreate>;

  constructor(private readonly folder: string, private readonly base: ConfigManifest, private readonly now: () => Date, private readonly environment?: string) {
    this.files = { ...base.files };
    this.unconfirmed = { ...base.unconfirmedCreates };
  }

  track(file: string, entry: ManifestEntry, previousFile?: string): void {
    if (previousFile !== undefined && previousFile !== file) delete this.files[previousFile];
    this.files[file] = entry;
    delete this.unconfirmed[file];
  }

  /** Now, on the run's clock. */
  timestamp(): string {
    return this.now().toISOString();
  }

  /** A create sent without a clear answer: the next plans look for it, and wait, before creating it again. */
  markUnconfirmed(file: string, create: UnconfirmedCreate): void {
    this.unconfirmed[file] = create;
  }

  /** The id recorded for a file of `kind`, once it is tracked (exported, or created earlier in this run). */
  idOf(file: string, kind: string): string | undefined {
    const entry = this.files[file];
    return entry?.kind === kind ? entry.id : undefined;
  }

  forget(file: string): void {
    delete this.files[file];
  }

  save(): void {
    writeManifest(this.folder, { ...this.base, appliedAt: this.now().toISOString(), files: this.files, unconfirmedCreates: this.unconfirmed }, this.environment);
  }
}

/**
 * The report folder inside the configuration folder is data of the folder: a link there would send reports
 * elsewhere, so it is refused before anything is sent. A folder the person named (`--report-dir`) is theirs.
 */
function reportFolderOf(plan: ConfigPlan, options: ApplyOptions): string {
  if (options.reportFolder !== undefined) return options.reportFolder;
  checkNoLinkOnTheWay(plan.folder, REPORT_FOLDER);
  return path.join(plan.folder, REPORT_FOLDER);
}

export async function applyPlan(client: PlatformClient, plan: ConfigPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  checkCanApply(client, plan);
  const reportFolder = reportFolderOf(plan, options);
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const folder = plan.folder;
  const existing = readEnvironmentState(folder, plan.environment, client.connection);
  const manifest = new ManifestKeeper(folder, existing ?? { manifestVersion: 1, connection: plan.connection, files: {} }, now, plan.environment);

  // Bookkeeping the plan found (fingerprints to refresh, renamed files, objects gone on both sides): no remote write.
  const bookkeeping = plan.entries.filter((entry) => entry.action === 'unchanged' && entry.manifestUpdate !== undefined);
  for (const entry of bookkeeping) {
    if (entry.manifestUpdate === 'forget') manifest.forget(entry.file);
    else if (entry.id !== undefined) manifest.track(entry.file, { kind: entry.kind, id: entry.id, fingerprint: entry.remoteFingerprint, ...(entry.protect && { protected: true }) }, entry.previousFile);
  }
  if (bookkeeping.length > 0) manifest.save();

  const work = plan.entries.filter((entry) => APPLIED_ACTIONS.has(entry.action));
  const steps: ApplyStep[] = [];
  const awaiting: PlanEntry[] = [];
  // Entries of `work` taken so far (steps may be more: a completion is a step of its own).
  let taken = 0;
  let stoppedBy: ApplyStep | undefined;
  let cancelled = false;
  let unexpected: unknown;
  try {
    for (const [index, entry] of work.entries()) {
      if (!cancelled && options.signal?.aborted) cancelled = true;
      if (cancelled || stoppedBy) {
        steps.push(skippedStep(entry, cancelled ? 'Not sent: the apply was cancelled.' : `Not sent: the apply stopped after ${stoppedBy?.file} failed.`));
        taken = index + 1;
        continue;
      }
      options.onProgress?.({ message: `${entry.summary} (${index + 1}/${work.length})`, done: index, total: work.length });
      const step = await runStep(client, entry, manifest, options.signal);
      taken = index + 1;
      const finished = [step];
      if (step.status === 'applied' && completesLater(entry)) awaiting.push(entry);
      // A create that left out entries naming what was still to come is completed as soon as all of that exists.
      for (const ready of awaiting.filter((waiting) => allCreated(waiting, manifest))) {
        awaiting.splice(awaiting.indexOf(ready), 1);
        finished.push(await completeCreate(client, ready, manifest, options.signal));
      }
      for (const done of finished) {
        steps.push(done);
        options.onProgress?.({ message: `${done.status}: ${done.message}`, done: index + 1, total: work.length, step: done });
        if (done.failure?.kind === 'cancelled' || options.signal?.aborted) cancelled = true;
        else if (done.status !== 'applied' && !options.continueOnError) stoppedBy ??= done;
      }
    }
    for (const waiting of awaiting) {
      const missingFiles = [...new Set((waiting.pendingReferences ?? [])
        .filter((reference) => manifest.idOf(reference.file, reference.target) === undefined).map((reference) => reference.file))];
      steps.push({
        ...baseStep(waiting), action: 'update', id: manifest.idOf(waiting.file, waiting.kind), status: 'skipped', summary: completionSummary(waiting),
        message: `Not sent: ${waiting.file} was created without the entries naming ${missingFiles.join(', ')}, which ${missingFiles.length === 1 ? 'was' : 'were'} not created. Plan and apply again to add them.`,
      });
    }
  } catch (error) {
    // Even when something unexpected ends the run (the manifest cannot be written…), the report says what was done.
    unexpected = error;
    for (const entry of work.slice(taken)) steps.push(skippedStep(entry, `Not sent: the apply ended early (${messageOf(error)}).`));
  }
  const report = buildReport(plan, client, steps, startedAt, now().toISOString(), options.continueOnError === true, cancelled);
  if (work.length === 0) return { report };
  const reportFiles = writeReportFiles(report, reportFolder, now());
  if (unexpected !== undefined) throw new ConfigError(`The apply stopped: ${messageOf(unexpected)}. What was done is in ${reportFiles.markdown}.`);
  return { report, reportFiles };
}

function buildReport(
  plan: ConfigPlan, client: PlatformClient, steps: readonly ApplyStep[], startedAt: string, finishedAt: string, continueOnError: boolean, cancelled: boolean,
): ApplyReport {
  const counts = countSteps(steps);
  let result: ApplyResultKind;
  if (steps.length === 0) result = 'nothing-to-apply';
  else if (cancelled) result = 'cancelled';
  else result = counts.applied === steps.length ? 'applied' : 'failed';
  return {
    reportVersion: 1,
    connection: { ...plan.connection, name: client.connection.name, environment: client.connection.environment },
    folder: plan.folder,
    startedAt,
    finishedAt,
    continueOnError,
    result,
    steps,
    counts,
  };
}

function baseStep(entry: PlanEntry): Omit<ApplyStep, 'status' | 'message'> {
  return {
    file: entry.file,
    kind: entry.kind,
    action: entry.action as AppliedAction,
    ...(entry.id !== undefined && { id: entry.id }),
    name: entry.name,
    summary: entry.summary,
    ...(entry.writePlan && { requests: entry.writePlan.requests }),
  };
}

function skippedStep(entry: PlanEntry, message: string): ApplyStep {
  return { ...baseStep(entry), status: 'skipped', message };
}

async function runStep(client: PlatformClient, entry: PlanEntry, manifest: ManifestKeeper, signal: AbortSignal | undefined): Promise<ApplyStep> {
  const kind = kindBySlug(entry.kind) as ResourceKind;
  let base = baseStep(entry);
  const action = base.action;
  if (action === 'adopt') {
    manifest.track(entry.file, { kind: entry.kind, id: entry.id as string, fingerprint: entry.remoteFingerprint, ...(entry.protect && { protected: true }) });
    manifest.save();
    return { ...base, status: 'applied', message: `Recorded ${kind.singular.toLowerCase()} "${entry.name}" (id ${entry.id}) in the manifest: it already held the file's content.` };
  }

  // Updates and deletes go only over the remote the plan saw: anything else was changed by someone meanwhile.
  let current: unknown;
  if (action === 'update' || action === 'delete') {
    try {
      current = await kind.get(client, entry.id as string, { signal });
    } catch (error) {
      return { ...base, status: 'not-applied', message: `Nothing was sent: reading ${kind.singular.toLowerCase()} ${entry.id} to check it first failed.`, failure: failureOf(error) };
    }
    if (current === undefined && action === 'delete') {
      manifest.forget(entry.file);
      manifest.save();
      return { ...base, status: 'applied', message: `${kind.singular} "${entry.name}" (${entry.id}) was already gone from the remote.` };
    }
    if (current === undefined || fingerprintOf(kind.toDocument(current)) !== entry.remoteFingerprint) {
      const what = current === undefined ? 'was deleted' : 'changed';
      return { ...base, status: 'not-applied', message: `Nothing was sent: ${kind.singular.toLowerCase()} "${entry.name}" (${entry.id}) ${what} on the remote since the plan. Plan again.` };
    }
  }

  let writePlan = entry.writePlan as NonNullable<PlanEntry['writePlan']>;
  let document = entry.document;
  if (entry.pendingReferences?.length) {
    const resolved = resolvePendingReferences(entry, kind, current, manifest);
    if ('refusal' in resolved) return { ...base, status: 'not-applied', message: resolved.refusal };
    if (resolved.writePlan === undefined) {
      return { ...base, status: 'applied', message: `Nothing to send: with the new ids put in, the remote already holds what ${entry.file} says.` };
    }
    ({ writePlan, document } = resolved);
    base = { ...base, requests: writePlan.requests };
  }

  const sentAt = manifest.timestamp();
  const unconfirmed = (step: ApplyStep): ApplyStep => {
    // An unconfirmed create may still land: the next plan must wait for it rather than create a second one.
    if (action === 'create' && step.status === 'unknown') {
      manifest.markUnconfirmed(entry.file, { kind: entry.kind, sentAt });
      manifest.save();
    }
    return step;
  };
  let outcome: WriteOutcome;
  try {
    outcome = await kind.execute(client, writePlan, document, { signal });
  } catch (error) {
    const failure = failureOf(error);
    // Cancelled once sent, the write may have happened: the next plan finds out (the manifest is untouched).
    const status = failure?.kind === 'cancelled' ? 'unknown' : 'not-applied';
    return unconfirmed({ ...base, status, message: failure?.message ?? 'Failed.', failure });
  }
  const step: ApplyStep = { ...base, ...(outcome.id !== undefined && { id: outcome.id }), status: outcome.status, message: outcome.message, outcome: reportedOutcome(outcome) };
  if (outcome.status !== 'applied') return unconfirmed(step);

  if (action === 'delete') {
    manifest.forget(entry.file);
    manifest.save();
    return step;
  }
  const id = outcome.id ?? entry.id;
  if (id === undefined) {
    return { ...step, message: `${outcome.message} Its id could not be found, so the manifest does not record it yet: the next plan finds it by name and records it.` };
  }
  manifest.track(entry.file, { kind: entry.kind, id, ...await readBackFingerprint(client, kind, id, signal), ...(entry.protect && { protected: true }) }, entry.previousFile);
  manifest.save();
  return step;
}

/**
 * Puts in the ids of the files this one names, created earlier in this run, and plans the write again with them:
 * the plan could only show where they would go.
 */
function resolvePendingReferences(
  entry: PlanEntry, kind: ResourceKind, current: unknown, manifest: ManifestKeeper,
): { refusal: string } | { writePlan: WritePlan | undefined; document: unknown } {
  const values = new Map<string, string>();
  // A create goes out without the list entries naming what is created after it; its completion adds them.
  const leftOut: string[] = [];
  for (const reference of entry.pendingReferences ?? []) {
    if (reference.afterCreate && reference.listEntry !== undefined && entry.action === 'create') {
      leftOut.push(reference.listEntry);
      continue;
    }
    const id = manifest.idOf(reference.file, reference.target);
    if (id === undefined) {
      return { refusal: `Nothing was sent: ${reference.field} names ${reference.file}, whose object was not created (see its step). Apply again once it is.` };
    }
    values.set(reference.pointer, id);
  }
  const document = documentWithoutEntries(documentWithValues(entry.document, values), leftOut);
  try {
    const writePlan = entry.action === 'create' ? kind.planCreate(document) : kind.planUpdate(entry.id as string, current, document);
    return { writePlan, document };
  } catch (error) {
    return { refusal: `Nothing was sent: ${messageOf(error)}` };
  }
}

function completesLater(entry: PlanEntry): boolean {
  return entry.action === 'create' && (entry.pendingReferences ?? []).some((reference) => reference.afterCreate === true);
}

function laterFiles(entry: PlanEntry): string[] {
  return [...new Set((entry.pendingReferences ?? []).filter((reference) => reference.afterCreate).map((reference) => reference.file))];
}

function allCreated(entry: PlanEntry, manifest: ManifestKeeper): boolean {
  return (entry.pendingReferences ?? []).every((reference) => manifest.idOf(reference.file, reference.target) !== undefined);
}

function completionSummary(entry: PlanEntry): string {
  const kind = kindBySlug(entry.kind) as ResourceKind;
  const fields = (entry.pendingReferences ?? []).filter((reference) => reference.afterCreate).map((reference) => reference.field);
  return `Complete ${kind.singular.toLowerCase()} "${entry.name}": ${fields.join(', ')}, naming ${laterFiles(entry).map((file) => (file === entry.file ? 'itself' : file)).join(', ')}`;
}

/**
 * The second request of a create that went out without the list entries naming objects created after it (itself,
 * or one naming it back): with every id now known, the object is brought to what its file says. Over the remote
 * the create left (its fingerprint in the state), like any update.
 */
async function completeCreate(client: PlatformClient, entry: PlanEntry, manifest: ManifestKeeper, signal: AbortSignal | undefined): Promise<ApplyStep> {
  const kind = kindBySlug(entry.kind) as ResourceKind;
  const id = manifest.idOf(entry.file, entry.kind) as string;
  const base: Omit<ApplyStep, 'status' | 'message'> = { ...baseStep(entry), action: 'update', id, summary: completionSummary(entry) };
  const values = new Map((entry.pendingReferences ?? []).map((reference) => [reference.pointer, manifest.idOf(reference.file, reference.target) as string]));
  const document = documentWithValues(entry.document, values);
  const retry = `${kind.singular} "${entry.name}" (${id}) exists without them: plan and apply again to add them.`;
  let writePlan: WritePlan | undefined;
  try {
    const current = await kind.get(client, id, { signal });
    if (current === undefined) return { ...base, status: 'not-applied', message: `Nothing was sent: ${kind.singular.toLowerCase()} ${id} is gone from the remote. Plan again.` };
    writePlan = kind.planUpdate(id, current, document);
  } catch (error) {
    return { ...base, status: 'not-applied', message: `Nothing was sent: ${messageOf(error)} ${retry}`, failure: failureOf(error) };
  }
  if (writePlan === undefined) return { ...base, status: 'applied', message: `Nothing to send: the remote already holds what ${entry.file} says.` };
  const withRequests = { ...base, requests: writePlan.requests };
  let outcome: WriteOutcome;
  try {
    outcome = await kind.execute(client, writePlan, document, { signal });
  } catch (error) {
    const failure = failureOf(error);
    return { ...withRequests, status: failure?.kind === 'cancelled' ? 'unknown' : 'not-applied', message: `${failure?.message ?? 'Failed.'} ${retry}`, failure };
  }
  const step: ApplyStep = { ...withRequests, status: outcome.status, message: outcome.message, outcome: reportedOutcome(outcome) };
  if (outcome.status !== 'applied') return { ...step, message: `${outcome.message} ${retry}` };
  manifest.track(entry.file, { kind: entry.kind, id, ...await readBackFingerprint(client, kind, id, signal), ...(entry.protect && { protected: true }) });
  manifest.save();
  return step;
}

/** The fingerprint of what the remote holds after the write (the vendor may trim, sort or fill in defaults). */
async function readBackFingerprint(client: PlatformClient, kind: ResourceKind, id: string, signal: AbortSignal | undefined): Promise<{ fingerprint?: string }> {
  try {
    const remote = await kind.get(client, id, { signal });
    return remote === undefined ? {} : { fingerprint: fingerprintOf(kind.toDocument(remote)) };
  } catch {
    // Recorded without a fingerprint: the next plan compares the file with the remote and never overwrites blindly.
    return {};
  }
}
