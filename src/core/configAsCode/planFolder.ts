// Compares a folder with the remote and decides, file by file, what applying it would do. Nothing is written
// anywhere: the remote is only read, the folder only scanned.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sameName } from '../platforms/documentValues';
import { kindByFolder, kindBySlug, kindsOfPlatform } from '../platforms/registry';
import type { KindSlug, PlatformClient, ResourceKind, WritePlan } from '../platforms/resourceKind';
import { UNCONFIRMED_WRITE_WAIT_MS } from '../platforms/verifiedWrite';
import { coverageChangeOf } from './coverageChange';
import { compareApplyOrder, withNeedsFirst } from './applyOrder';
import { ConfigError, messageOf } from './configError';
import { documentText, fingerprintOf } from './fingerprint';
import { scanFolder, type KindFile } from './folderFiles';
import { unifiedDiff } from './lineDiff';
import {
  manifestConnectionOf, objectKey, readEnvironmentState, type ManifestEntry, MANIFEST_FILE, type UnconfirmedCreate,
} from './manifest';
import { countActions, WRITE_ACTIONS, type ConfigPlan, type PendingReference, type PlanEntry } from './planTypes';
import { stopIfCancelled, type ProgressListener } from './progress';
import { indexById, readAllObjects } from './remoteObjects';
import { FileChecks } from './fileChecks';
import { withProtection } from './protection';
import { applyRemoteRules } from './remoteRules';
import { withImpacts } from './planImpact';
import { hasErrors, positionOfPointer, type CheckedFile, type FileProblem } from './validateFile';
import { containsString, placeholderIdOf, referencesIn, REFERENCE_PREFIX, replaceString, textWithValues } from './folderReferences';
import { selectTargets } from './targeting';

export interface PlanOptions {
  readonly folder: string;
  /** Without it, removed files are listed as skipped instead of deleting their objects. */
  readonly allowDeletes?: boolean;
  /**
   * With deletes allowed, which removed files' objects may be deleted (the delete policy: protection, production
   * deletes named one by one); the others are skipped before their kind is asked, so a delete nobody asked for
   * that the kind would refuse (the DEFAULT profile) never becomes an error blocking the plan. Absent: all.
   */
  readonly mayDelete?: (object: Pick<PlanEntry, 'file' | 'kind' | 'name'>) => boolean;
  /** Whose state the plan compares with (environmentFiles.ts); default: the folder's roaming-manifest.json. */
  readonly environment?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
  readonly now?: () => Date;
  /** `--only`: plan just the files these patterns select and the new files they need (targeting.ts). */
  readonly only?: readonly string[];
  /** Told what the plan read — the folder's files, each kind's remote objects — so a saved plan can record it. */
  readonly onRead?: PlanReadListener;
}

export interface PlanReadListener {
  folderRead?(files: readonly KindFile[]): void;
  remoteRead?(kind: ResourceKind, items: readonly unknown[]): void;
}

interface TrackedFile {
  readonly file: KindFile;
  readonly entry: ManifestEntry;
  /** Set when the file was renamed: the manifest path it is tracked under. */
  readonly previousFile?: string;
}

interface RenamedFile extends TrackedFile {
  readonly previousFile: string;
}

/** The remote as read for this plan: every object of the kinds involved, by id and by identity. */
class RemoteState {
  private readonly objects = new Map<KindSlug, Map<string, unknown>>();
  private readonly identities = new Map<KindSlug, Map<string, string[]>>();

  set(kind: ResourceKind, items: readonly unknown[]): void {
    const byId = indexById(kind, items);
    this.objects.set(kind.slug, byId);
    const byIdentity = new Map<string, string[]>();
    for (const [id, object] of byId) {
      const identity = kind.identityOf(kind.toDocument(object));
      byIdentity.set(identity, [...(byIdentity.get(identity) ?? []), id]);
    }
    this.identities.set(kind.slug, byIdentity);
  }

  /** Ids of the remote objects with this identity (the same name; for a region, names and network). */
  idsWithIdentity(kind: KindSlug, identity: string): readonly string[] {
    return this.identities.get(kind)?.get(identity) ?? [];
  }

  get(kind: KindSlug, id: string): unknown {
    return this.objects.get(kind)?.get(id);
  }

}

const stemOf = (file: string): string => path.posix.basename(file).replace(/\.[a-z-]+\.json$/, '');

/** `planUpdate` and friends refuse by throwing; here that is a verdict about the file, not a failure. */
function attempt<T>(work: () => T): { value?: T; error?: string } {
  try {
    return { value: work() };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

function documentDiff(kind: ResourceKind, id: string, remote: unknown, document: unknown, file: string): string {
  return unifiedDiff(documentText(kind.toDocument(remote)), documentText(document), { before: `remote ${kind.slug} ${id}`, after: file });
}

function errorEntry(
  file: string, kind: ResourceKind, name: string, problems: readonly FileProblem[], id?: string,
  { omittedProblems = 0, problemCheckStopped = false }: Partial<CheckedFile> = {},
): PlanEntry {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const count = errors.length + omittedProblems;
  return {
    action: 'error', file, kind: kind.slug, name, ...(id !== undefined && { id }), problems,
    ...(omittedProblems > 0 && { omittedProblems }), ...(problemCheckStopped && { problemCheckStopped }),
    summary: `${problemCheckStopped ? 'at least ' : ''}${count.toLocaleString('en-US')} problem${count === 1 ? '' : 's'}: ${errors[0]?.message ?? 'invalid'}`,
  };
}

function refusalEntry(file: string, kind: ResourceKind, name: string, message: string, id?: string): PlanEntry {
  return errorEntry(file, kind, name, [{ message, severity: 'error', line: 1, column: 1 }], id);
}

function writeEntry(action: 'create' | 'update' | 'delete', file: string, kind: ResourceKind, plan: WritePlan, extra: Partial<PlanEntry>): PlanEntry {
  return { action, file, kind: kind.slug, name: plan.name, summary: plan.summary, writePlan: plan, ...(plan.id !== undefined && { id: plan.id }), ...extra };
}

export async function planFolder(client: PlatformClient, options: PlanOptions): Promise<ConfigPlan> {
  const connection = client.connection;
  const folder = path.resolve(options.folder);
  const progress = options.onProgress ?? (() => {});
  if (!fs.existsSync(folder)) throw new ConfigError(`The folder ${folder} does not exist: export into it first.`);
  const manifest = readEnvironmentState(folder, options.environment, connection);
  const manifestFiles = manifest?.files ?? {};

  progress({ message: `Reading the folder ${folder}` });
  const scan = scanFolder(folder, connection.platform);
  options.onRead?.folderRead?.(scan.files);
  const now = options.now?.() ?? new Date();
  const entries: PlanEntry[] = scan.strays.map((stray) =>
    refusalEntry(stray.path, kindByFolder(stray.path.split('/')[0]) as ResourceKind, stemOf(stray.path), stray.message));

  // Read only the kinds the folder or its manifest involve: at SFT's 2 requests a second, every list counts.
  const involved = new Set<KindSlug>([...scan.files.map((file) => file.kind.slug), ...Object.values(manifestFiles).map((entry) => entry.kind)]);
  const kinds = kindsOfPlatform(connection.platform).filter((kind) => involved.has(kind.slug));
  const remote = new RemoteState();
  for (const [index, kind] of kinds.entries()) {
    stopIfCancelled(options.signal);
    progress({ message: `Reading ${kind.plural.toLowerCase()} from ${connection.name}`, done: index, total: kinds.length });
    const items = await readAllObjects(client, kind, options.signal);
    options.onRead?.remoteRead?.(kind, items);
    remote.set(kind, items);
  }
  progress({ message: 'Comparing', done: kinds.length, total: kinds.length });

  const filesByPath = new Map(scan.files.map((file) => [file.path, file]));
  const tracked: TrackedFile[] = [];
  const untracked: KindFile[] = [];
  for (const file of scan.files) {
    const entry = manifestFiles[file.path];
    if (entry) tracked.push({ file, entry });
    else untracked.push(file);
  }
  // Only a file that is really gone is removed: one the scan saw but could not read (a link…) is never a delete.
  const missing = new Map(Object.entries(manifestFiles).filter(([file]) => !filesByPath.has(file) && !scan.isPresent(file)));
  const checks = new FileChecks();
  const renamed = pairRenamedFiles(untracked, missing, remote, checks, manifestFiles);
  for (const pair of renamed) {
    tracked.push(pair);
    missing.delete(pair.previousFile);
  }
  const untrackedFiles = untracked.filter((file) => !renamed.some((pair) => pair.file === file));

  const adoptedIds = new Map<string, { readonly kind: KindSlug; readonly id: string }>();
  const trackedIds = new Set(Object.values(manifestFiles).map((entry) => objectKey(entry.kind, entry.id)));
  const likelyAdoptions = likelyAdoptionsOf(untrackedFiles, remote, trackedIds, checks);
  // What a reference names: the id the state records; a renamed file's object under its new path (its own
  // references name that path); the object a new file of this plan adopts, or is likely to (likelyAdoptionsOf).
  const renamedIds = new Map(renamed.map((pair) => [pair.file.path, pair.entry]));
  const knownId: KnownId = (file) => manifestFiles[file] ?? renamedIds.get(file) ?? adoptedIds.get(file) ?? likelyAdoptions.get(file);
  const references = (file: KindFile, plan: PlanOfText): PlanEntry => planWithReferences(file, knownId, filesByPath, checks, plan);
  const identities = new FileIdentities();
  const context: PlanContext = {
    remote, trackedIds, claimed: new Set<string>(), identities, checks, unconfirmed: manifest?.unconfirmedCreates ?? {}, now,
    newEnvironment: manifest === undefined, adoptedIds,
  };
  const fileEntries: PlanEntry[] = [];
  // New files first, referred-to kinds before referring ones, and within a kind the named file before the one naming
  // it: a group or region adopted by this plan gives its id to the files that name it.
  const byApplyOrder = withNeedsFirst([...untrackedFiles].sort((left, right) =>
    compareApplyOrder({ action: 'create', kind: left.kind.slug, file: left.path }, { action: 'create', kind: right.kind.slug, file: right.path })),
  (file) => file.path, (file) => referencesIn(file.kind.slug, checks.parsed(file).value).map((reference) => reference.file));
  for (const file of byApplyOrder) fileEntries.push(references(file, (text, ownPlaceholder) => planNewFile(file, context, text, ownPlaceholder)));
  for (const item of tracked) fileEntries.push(references(item.file, (text) => planTrackedFile(item, context, text)));
  progress({ message: 'Checking the changes against the remote\'s rules' });
  entries.push(...await applyRemoteRules(client, identities.refuseSharedIdentities(fileEntries), filesByPath, (kind, id) => remote.get(kind.slug, id), options.signal));
  for (const [file, entry] of missing) entries.push(planRemovedFile(file, entry, remote, options.allowDeletes === true, options.mayDelete));
  const withReach = await withImpacts(client, entries, options.signal);

  return selectTargets({
    planVersion: 1,
    connection: manifest?.connection ?? manifestConnectionOf(connection),
    ...(options.environment !== undefined && { environment: options.environment }),
    folder,
    createdAt: now.toISOString(),
    allowDeletes: options.allowDeletes === true,
    entries: orderEntries(withReach),
    counts: countActions(withReach),
    notRead: scan.notRead,
  }, options.only);
}

/**
 * Before any file is planned: the existing object each new file names by its identity (the one remote object of
 * its name no state tracks) — the object the plan adopts, or else the one the file is in conflict with. Files that
 * name such a file get its id whatever order they are planned in: an account's regions all price calls to each
 * other, so no order would put each region before the ones naming it.
 */
function likelyAdoptionsOf(
  files: readonly KindFile[], remote: RemoteState, trackedIds: ReadonlySet<string>, checks: FileChecks,
): Map<string, { readonly kind: KindSlug; readonly id: string }> {
  const likely = new Map<string, { readonly kind: KindSlug; readonly id: string }>();
  for (const file of files) {
    const parsed = checks.parsed(file);
    if (parsed.syntaxProblems.length > 0) continue;
    const identity = attempt(() => file.kind.identityOf(parsed.value)).value;
    if (identity === undefined || identity === '') continue;
    const ids = remote.idsWithIdentity(file.kind.slug, identity).filter((id) => !trackedIds.has(objectKey(file.kind.slug, id)));
    if (ids.length === 1) likely.set(file.path, { kind: file.kind.slug, id: ids[0] });
  }
  return likely;
}

/** What planning one file needs besides the file: the remote, the manifest's knowledge, and what other files took. */
interface PlanContext {
  readonly remote: RemoteState;
  /** `(kind, id)` of every object the manifest tracks. */
  readonly trackedIds: ReadonlySet<string>;
  /** `(kind, id)` of untracked remote objects a new file of this plan was matched with. */
  readonly claimed: Set<string>;
  readonly identities: FileIdentities;
  /** Each file parsed once and, as a new file, checked once. */
  readonly checks: FileChecks;
  readonly unconfirmed: Readonly<Record<string, UnconfirmedCreate>>;
  readonly now: Date;
  /** The environment has no state yet: its objects that differ from their files are adopted and updated. */
  readonly newEnvironment: boolean;
  /** New files this plan matched with an existing remote object, by path: what references to them resolve to. */
  readonly adoptedIds: Map<string, { readonly kind: KindSlug; readonly id: string }>;
}

/**
 * Which file names which object (by the kind's identity: the name; for a region its names and network). One object,
 * one file: two files that name the same object would send two creates (the second refused or a duplicate) or two
 * updates that undo each other, so every such file is refused, naming the others.
 */
class FileIdentities {
  private readonly filesByIdentity = new Map<string, string[]>();

  note(file: KindFile, document: unknown): void {
    const identity = file.kind.identityOf(document);
    if (identity === '') return;
    const key = `${file.kind.slug}|${identity}`;
    this.filesByIdentity.set(key, [...(this.filesByIdentity.get(key) ?? []), file.path]);
  }

  refuseSharedIdentities(entries: readonly PlanEntry[]): PlanEntry[] {
    const others = new Map<string, string[]>();
    for (const files of this.filesByIdentity.values()) {
      if (files.length < 2) continue;
      for (const file of files) others.set(file, files.filter((other) => other !== file));
    }
    return entries.map((entry) => {
      const shared = others.get(entry.file);
      if (shared === undefined) return entry;
      const kind = kindBySlug(entry.kind) as ResourceKind;
      return refusalEntry(entry.file, kind, entry.name,
        `${shared.join(', ')} names the same ${kind.singular.toLowerCase()} ("${entry.name}"): one object, one file. Remove one of the files, or give it another name.`, entry.id);
    });
  }
}

/**
 * A file renamed since the export shows up as a removed file plus a new one. When the new file names the object
 * the removed one tracked, it is that object under a new path: planning a delete and a create would replace it.
 */
function pairRenamedFiles(
  untracked: readonly KindFile[], missing: ReadonlyMap<string, ManifestEntry>, remote: RemoteState, checks: FileChecks,
  manifestFiles: Readonly<Record<string, ManifestEntry>>,
): RenamedFile[] {
  const pairs: RenamedFile[] = [];
  // Nothing to pair with: planning a create just for its name would check and sort a large file once more.
  if (missing.size === 0) return pairs;
  const taken = new Set<string>();
  for (const file of untracked) {
    const { text, ownPlaceholder } = textForPairing(file, checks, manifestFiles);
    const checked = checks.check(file, undefined, text);
    if (hasErrors(checked.problems)) continue;
    const name = attempt(() => file.kind.planCreate(checked.document).name).value;
    if (name === undefined) continue;
    for (const [previousFile, entry] of missing) {
      if (taken.has(previousFile) || entry.kind !== file.kind.slug) continue;
      const object = remote.get(entry.kind, entry.id);
      if (object === undefined || !sameName(file.kind.nameOf(object), name)) continue;
      const document = ownPlaceholder === undefined ? checked.document : replaceString(checked.document, ownPlaceholder, entry.id);
      if (attempt(() => file.kind.planUpdate(entry.id, object, document)).error !== undefined) continue;
      taken.add(previousFile);
      pairs.push({ file, entry, previousFile });
      break;
    }
  }
  return pairs;
}

/**
 * A new file's text as pairing checks it: references put in by the state's ids, and a placeholder for the file
 * itself and for files the state does not track, so that a renamed file naming other files (a region naming the
 * regions it prices, itself under its new path) is checked as what it is, not refused for its "@…" values.
 */
function textForPairing(file: KindFile, checks: FileChecks, manifestFiles: Readonly<Record<string, ManifestEntry>>): { text: string; ownPlaceholder?: string } {
  const parsed = checks.parsed(file);
  const references = parsed.syntaxProblems.length === 0 ? referencesIn(file.kind.slug, parsed.value) : [];
  if (references.length === 0) return { text: file.text };
  const placeholders = new Map<string, string>();
  const values = new Map<string, string>();
  for (const reference of references) {
    const tracked = manifestFiles[reference.file];
    if (tracked?.kind === reference.target && reference.file !== file.path) {
      values.set(reference.pointer, tracked.id);
      continue;
    }
    const placeholder = placeholders.get(reference.file) ?? placeholderIdOf(reference.target, placeholders.size);
    placeholders.set(reference.file, placeholder);
    values.set(reference.pointer, placeholder);
  }
  return { text: textWithValues(file.text, values), ...(placeholders.has(file.path) && { ownPlaceholder: placeholders.get(file.path) }) };
}

/** Warnings (a price below its wholesale…) do not stop a file, but the plan shows them with the file. */
function withWarnings(entry: PlanEntry, { problems, omittedProblems }: CheckedFile): PlanEntry {
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return warnings.length === 0 || entry.action === 'error' ? entry : { ...entry, problems: warnings, ...(omittedProblems > 0 && { omittedProblems }) };
}

/** The object a file of the folder stands for, when the plan knows it (by state, rename or adoption). */
type KnownId = (file: string) => { readonly kind: KindSlug; readonly id: string } | undefined;

/** Plans a file from its text with the references put in; `ownPlaceholder`: what stands for the file's own id, if it names itself. */
type PlanOfText = (text: string, ownPlaceholder?: string) => PlanEntry;

/**
 * Plans a file whose references to other files of the folder (`"@destination-groups/….json"`) are replaced: by
 * the id the manifest records for the named file, or — when that file's object is still to be created — by a
 * placeholder that apply swaps for the real id (one per named file). The entry then shows the reference where that
 * id will go.
 */
function planWithReferences(
  file: KindFile, knownId: KnownId, filesByPath: ReadonlyMap<string, KindFile>, checks: FileChecks, plan: PlanOfText,
): PlanEntry {
  const parsed = checks.parsed(file);
  const references = parsed.syntaxProblems.length === 0 ? referencesIn(file.kind.slug, parsed.value) : [];
  if (references.length === 0) return plan(file.text);
  const values = new Map<string, string>();
  const placeholders = new Map<string, string>();
  const pending: Array<PendingReference & { readonly placeholder: string }> = [];
  for (const reference of references) {
    const tracked = knownId(reference.file);
    if (tracked?.kind === reference.target) {
      values.set(reference.pointer, tracked.id);
    } else if (filesByPath.get(reference.file)?.kind.slug === reference.target) {
      const placeholder = placeholders.get(reference.file) ?? placeholderIdOf(reference.target, placeholders.size);
      placeholders.set(reference.file, placeholder);
      values.set(reference.pointer, placeholder);
      pending.push({ ...reference, placeholder });
    } else {
      const target = kindBySlug(reference.target) as ResourceKind;
      return errorEntry(file.path, file.kind, stemOf(file.path), [{
        message: `${reference.field} names "${REFERENCE_PREFIX}${reference.file}", which is not a ${target.singular.toLowerCase()} file of this folder (the path is relative to the folder holding ${MANIFEST_FILE}, e.g. "${REFERENCE_PREFIX}${target.folder}/<name>.${target.slug}.json").`,
        severity: 'error', pointer: reference.pointer,
        ...positionOfPointer(file.text, reference.pointer),
      }]);
    }
  }
  let entry = plan(textWithValues(file.text, values), placeholders.get(file.path));
  if (pending.length === 0) return entry;
  // What the plan itself resolved (a new file naming itself, adopted: its own id is the adopted object's) is not pending.
  const stillPending = pending.filter((reference) => containsString(entry.document, reference.placeholder));
  for (const [named, placeholder] of placeholders) entry = replaceString(entry, placeholder, `${REFERENCE_PREFIX}${named}`);
  const writes = entry.action === 'create' || entry.action === 'update';
  return writes && stillPending.length > 0 ? { ...entry, pendingReferences: stillPending.map(({ placeholder: _put, ...reference }) => reference) } : entry;
}

function planTrackedFile(tracked: TrackedFile, context: PlanContext, text: string): PlanEntry {
  const checked = context.checks.check(tracked.file, context.remote.get(tracked.file.kind.slug, tracked.entry.id), text);
  if (!hasErrors(checked.problems)) context.identities.note(tracked.file, checked.document);
  return withProtection(withWarnings(planCheckedTrackedFile(tracked, checked, context), checked), checked, tracked.entry);
}

function planCheckedTrackedFile({ file, entry, previousFile }: TrackedFile, checked: CheckedFile, { remote, trackedIds }: PlanContext): PlanEntry {
  const { kind } = file;
  const id = entry.id;
  const object = remote.get(kind.slug, id);
  const renamed = previousFile !== undefined ? { previousFile } : {};
  const name = object !== undefined ? kind.nameOf(object) : stemOf(file.path);
  if (hasErrors(checked.problems)) return { ...errorEntry(file.path, kind, name, checked.problems, id, checked), ...renamed };
  // Another object with this file's name that no file tracks: a duplicate (a create that landed after its answer
  // was given up on, or someone else's); which one the file means is for a person to say.
  const duplicates = remote.idsWithIdentity(kind.slug, kind.identityOf(checked.document))
    .filter((other) => other !== id && !trackedIds.has(objectKey(kind.slug, other)));
  if (duplicates.length > 0) {
    return {
      action: 'conflict', file: file.path, kind: kind.slug, id, name, ...renamed,
      summary: `Besides ${kind.singular.toLowerCase()} ${id}, which this file tracks, the remote holds ${describeIds(duplicates)} with the same name, perhaps from a create whose answer never came: delete the duplicate, or export it into a file of its own, then plan again.`,
    };
  }
  if (object === undefined) {
    return {
      action: 'conflict', file: file.path, kind: kind.slug, id, name, ...renamed,
      summary: `${kind.singular} ${id} was deleted on the remote since the export: delete the file to agree, or save it under another name to create it again.`,
    };
  }
  const remoteFingerprint = fingerprintOf(kind.toDocument(object));
  const planned = attempt(() => kind.planUpdate(id, object, checked.document));
  if (planned.error !== undefined) return { ...refusalEntry(file.path, kind, name, planned.error, id), ...renamed };
  if (planned.value === undefined) {
    const refresh = entry.fingerprint !== remoteFingerprint || previousFile !== undefined;
    return {
      action: 'unchanged', file: file.path, kind: kind.slug, id, name, remoteFingerprint, ...renamed,
      summary: previousFile !== undefined ? `Same as the remote (renamed from ${previousFile})` : 'Same as the remote',
      ...(refresh && { manifestUpdate: 'refresh' as const }),
    };
  }
  const diff = documentDiff(kind, id, object, checked.document, file.path);
  if (entry.fingerprint !== remoteFingerprint) {
    const why = entry.fingerprint === undefined
      ? 'the manifest holds no fingerprint of it (its read-back failed after the last apply)'
      : 'it changed on the remote since the export';
    return {
      action: 'conflict', file: file.path, kind: kind.slug, id, name, remoteFingerprint, diff, ...renamed,
      summary: `Not overwritten: ${why}. Compare, then export it again (its file is replaced by the remote's version) and redo your edit.`,
    };
  }
  return writeEntry('update', file.path, kind, planned.value, {
    document: checked.document, remoteFingerprint, diff, ...renamed, ...coverageChangeOf(kind.slug, kind.toDocument(object), checked.document),
  });
}

function planNewFile(file: KindFile, context: PlanContext, text: string, ownPlaceholder: string | undefined): PlanEntry {
  const checked = context.checks.check(file, undefined, text);
  if (!hasErrors(checked.problems)) context.identities.note(file, checked.document);
  return withProtection(withWarnings(planCheckedNewFile(file, checked, context, ownPlaceholder), checked), checked, undefined);
}

function describeIds(ids: readonly string[]): string {
  return ids.length === 1 ? `another one (id ${ids[0]})` : `${ids.length} others (ids ${ids.join(', ')})`;
}

function planCheckedNewFile(
  file: KindFile, checked: CheckedFile, { remote, trackedIds, claimed, unconfirmed, now, newEnvironment, adoptedIds }: PlanContext, ownPlaceholder: string | undefined,
): PlanEntry {
  const { kind } = file;
  if (hasErrors(checked.problems)) return errorEntry(file.path, kind, stemOf(file.path), checked.problems, undefined, checked);
  const planned = attempt(() => kind.planCreate(checked.document));
  if (planned.value === undefined) return refusalEntry(file.path, kind, stemOf(file.path), planned.error ?? 'cannot be created');
  const plan = planned.value;

  // An object of that name the manifest does not know: made by someone else, or by an earlier apply whose answer
  // never came. Creating it again would make a duplicate (or be refused), so look at it first.
  const matches = remote.idsWithIdentity(kind.slug, kind.identityOf(checked.document))
    .filter((id) => !trackedIds.has(objectKey(kind.slug, id)) && !claimed.has(objectKey(kind.slug, id)));
  if (matches.length > 1) {
    return {
      action: 'conflict', file: file.path, kind: kind.slug, name: plan.name,
      summary: `${matches.length} ${kind.plural.toLowerCase()} named "${plan.name}" are on the remote (ids ${matches.join(', ')}), perhaps from a create whose answer never came: delete the duplicates, or export them, then plan again.`,
    };
  }
  for (const id of matches) {
    const key = objectKey(kind.slug, id);
    const object = remote.get(kind.slug, id);
    // Where the file names itself (a region's calls within it), the object it would be is that one.
    const document = ownPlaceholder === undefined ? checked.document : replaceString(checked.document, ownPlaceholder, id);
    const asUpdate = attempt(() => kind.planUpdate(id, object, document));
    // A refusal means the two cannot be the same object (another network, another zone): not a match.
    if (asUpdate.error !== undefined) continue;
    claimed.add(key);
    adoptedIds.set(file.path, { kind: kind.slug, id });
    const remoteFingerprint = fingerprintOf(kind.toDocument(object));
    if (asUpdate.value === undefined) {
      return {
        action: 'adopt', file: file.path, kind: kind.slug, id, name: plan.name, document, remoteFingerprint,
        summary: `${kind.singular} "${plan.name}" already exists as the file says (id ${id}): the manifest records it, nothing is sent`,
      };
    }
    const diff = documentDiff(kind, id, object, document, file.path);
    if (newEnvironment) {
      // The first plan against an environment: the object is that environment's copy of the file, adopted, and
      // brought to what the file says (an update of what the remote holds, never a second create).
      return writeEntry('update', file.path, kind, asUpdate.value, {
        adopted: true, document, remoteFingerprint, diff,
        summary: `Adopt ${kind.singular.toLowerCase()} "${plan.name}" (id ${id}) and update it: ${asUpdate.value.summary}`,
        ...coverageChangeOf(kind.slug, kind.toDocument(object), document),
      });
    }
    return {
      action: 'conflict', file: file.path, kind: kind.slug, id, name: plan.name, remoteFingerprint, diff,
      summary: `A ${kind.singular.toLowerCase()} named "${plan.name}" already exists on the remote (id ${id}) and differs from the file: export it to get its file, then make your edit there.`,
    };
  }
  return planCreateAfterUnconfirmed(file, plan, checked.document, unconfirmed[file.path], now);
}

/**
 * A create an earlier apply sent without a clear answer may still land: until the wait is over and nothing has
 * appeared, the plan waits for it (a conflict, so nothing is sent) instead of creating the object a second time.
 */
function planCreateAfterUnconfirmed(file: KindFile, plan: WritePlan, document: unknown, unconfirmed: UnconfirmedCreate | undefined, now: Date): PlanEntry {
  const { kind } = file;
  if (unconfirmed === undefined || unconfirmed.kind !== kind.slug) return writeEntry('create', file.path, kind, plan, { document });
  const waitUntil = new Date(Date.parse(unconfirmed.sentAt) + UNCONFIRMED_WRITE_WAIT_MS);
  if (now < waitUntil) {
    return {
      action: 'conflict', file: file.path, kind: kind.slug, name: plan.name,
      summary: `An apply sent this create at ${unconfirmed.sentAt} and got no clear answer; it may still land, so it is not sent again before ${waitUntil.toISOString()}. Plan again then: if it has landed, the plan records it; if not, the plan creates it.`,
    };
  }
  return writeEntry('create', file.path, kind, plan, {
    document,
    summary: `${plan.summary} (again: the create sent at ${unconfirmed.sentAt} had no clear answer, and nothing has appeared since)`,
  });
}

function planRemovedFile(
  file: string, entry: ManifestEntry, remote: RemoteState, allowDeletes: boolean, mayDelete: PlanOptions['mayDelete'],
): PlanEntry {
  const kind = kindBySlug(entry.kind) as ResourceKind;
  const object = remote.get(entry.kind, entry.id);
  if (object === undefined) {
    return {
      action: 'unchanged', file, kind: kind.slug, id: entry.id, name: stemOf(file), manifestUpdate: 'forget',
      summary: 'Removed from the folder and already gone from the remote',
    };
  }
  const name = kind.nameOf(object);
  const remoteFingerprint = fingerprintOf(kind.toDocument(object));
  if (entry.fingerprint !== remoteFingerprint) {
    return {
      action: 'conflict', file, kind: kind.slug, id: entry.id, name, remoteFingerprint,
      summary: `Not deleted: the file was removed, but the ${kind.singular.toLowerCase()} changed on the remote since the export. Export it again to see the change, then remove the file again if it should still go.`,
    };
  }
  if (!allowDeletes || mayDelete?.({ file, kind: kind.slug, name }) === false) {
    return {
      action: 'skipped', file, kind: kind.slug, id: entry.id, name, remoteFingerprint,
      summary: `The file was removed, but deletes are not allowed: ${kind.singular.toLowerCase()} "${name}" (${entry.id}) stays. Allow deletes to delete it.`,
    };
  }
  const planned = attempt(() => kind.planDelete(entry.id, object));
  if (planned.value === undefined) return refusalEntry(file, kind, name, planned.error ?? 'cannot be deleted', entry.id);
  return writeEntry('delete', file, kind, planned.value, { remoteFingerprint });
}

function orderEntries(entries: readonly PlanEntry[]): PlanEntry[] {
  const isWrite = (entry: PlanEntry): boolean => WRITE_ACTIONS.has(entry.action) || entry.action === 'adopt';
  const writes = entries.filter(isWrite);
  const others = entries.filter((entry) => !isWrite(entry));
  const orderable = (entry: PlanEntry) => ({ action: entry.action === 'adopt' ? 'create' as const : entry.action as 'create' | 'update' | 'delete', kind: entry.kind, file: entry.file });
  writes.sort((left, right) => compareApplyOrder(orderable(left), orderable(right)));
  others.sort((left, right) => (left.file < right.file ? -1 : left.file > right.file ? 1 : 0));
  const needed = (entry: PlanEntry): string[] => (entry.pendingReferences ?? []).map((reference) => reference.file);
  return [...withReferencesBeforeUse(withNeedsFirst(writes, (entry) => entry.file, needed)), ...others];
}

/**
 * Each write, in the order apply sends it, with what it names that is not created before it: a list entry naming
 * a file created later (the file itself, or one naming it back) is sent by a second request after the create
 * (`afterCreate`); any other such field cannot be sent at all, and its file is refused with the reason.
 */
function withReferencesBeforeUse(writes: readonly PlanEntry[]): PlanEntry[] {
  const before = new Set<string>();
  return writes.map((entry) => {
    const later = (entry.pendingReferences ?? []).filter((reference) => !before.has(reference.file));
    before.add(entry.file);
    if (later.length === 0) return entry;
    const kind = kindBySlug(entry.kind) as ResourceKind;
    const blocking = entry.action === 'create' ? later.find((reference) => reference.listEntry === undefined) : later[0];
    if (blocking !== undefined) {
      return refusalEntry(entry.file, kind, entry.name,
        `${blocking.field} names ${REFERENCE_PREFIX}${blocking.file}, which names this file too and is new as well: neither can be created first. Give one of them the other's id once it exists (apply it first without the reference), then plan again.`, entry.id);
    }
    const afterCreate = new Set(later);
    const named = [...new Set(later.map((reference) => (reference.file === entry.file ? 'itself' : reference.file)))];
    return {
      ...entry,
      pendingReferences: (entry.pendingReferences ?? []).map((reference) => (afterCreate.has(reference) ? { ...reference, afterCreate: true as const } : reference)),
      summary: `${entry.summary}; then a second request adds the ${later.length === 1 ? 'entry' : `${later.length} entries`} naming ${named.join(', ')} (${later.map((reference) => reference.field).join(', ')}), once created`,
    };
  });
}

