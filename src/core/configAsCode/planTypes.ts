// A plan is data: what applying the folder would do to the remote, file by file, JSON-serialisable so a
// pipeline can keep it, a view can show it and `apply` can carry it out exactly.
import type { CountryChange } from '../coverage/coverage';
import type { KindSlug, WritePlan } from '../platforms/resourceKind';
import type { ManifestConnection } from './manifest';
import type { NotReadPath } from './folderFiles';
import type { FileProblem } from './validateFile';

export type PlanAction =
  /** A file the manifest does not know: the object is created. */
  | 'create'
  /** The file differs from the remote, and the remote is still as exported. */
  | 'update'
  /** The file was removed and deletes are allowed. */
  | 'delete'
  /** A new file whose object already exists on the remote exactly as the file says: only the manifest learns its id. */
  | 'adopt'
  | 'unchanged'
  /** The remote changed (or was deleted) since the export, or a new file names an object the remote already has. */
  | 'conflict'
  /** A removed file whose delete was not allowed. */
  | 'skipped'
  /** The file is invalid (syntax, schema, the kind's rules) or the kind refused to plan it. */
  | 'error';

export interface PlanEntry {
  readonly action: PlanAction;
  /** Path in the folder, `/`-separated. */
  readonly file: string;
  readonly kind: KindSlug;
  /** The remote id (all but creates and invalid new files). */
  readonly id?: string;
  /** The object's name as people know it. */
  readonly name: string;
  /** One line: what happens, or why not. */
  readonly summary: string;
  /** create, update, delete: exactly what will be sent. */
  readonly writePlan?: WritePlan;
  /** create, update, adopt: the file's document. */
  readonly document?: unknown;
  /** The remote object's fingerprint as the plan saw it; apply refuses to write over anything else. */
  readonly remoteFingerprint?: string;
  /** update, conflict: the remote's document against the file's, as a unified diff. */
  readonly diff?: string;
  /** error: what is wrong, with line and column (the first `MAX_PROBLEMS_PER_FILE`). */
  readonly problems?: readonly FileProblem[];
  /** Problems found in the file beyond those listed in `problems`: shown as "and N more problems". */
  readonly omittedProblems?: number;
  /** The schema check stopped at its budget (1,000 findings): there may be more than `omittedProblems`. */
  readonly problemCheckStopped?: boolean;
  /** The manifest path the object was tracked under when the file was renamed since the export. */
  readonly previousFile?: string;
  /**
   * create, update: fields naming a file of the folder whose object does not exist yet; apply puts in its id once
   * created (until then `writePlan` and `document` show the reference where the id will go).
   */
  readonly pendingReferences?: readonly PendingReference[];
  /** destination-group update: the countries the change gains and loses (coverageChange.ts). */
  readonly coverageChange?: CountryChange;
  /** The file carries `"$protect": true` (protection.ts): apply records it in the state, so the object is never deleted. */
  readonly protect?: boolean;
  /** skipped: a removed file whose object is protected, so never deleted. */
  readonly protected?: boolean;
  /** unchanged: the file's `$protect` was added or removed since the state recorded it (bookkeeping, nothing sent). */
  readonly protectionChange?: 'added' | 'removed';
  /**
   * update, delete: what the write reaches beyond the object, as its kind says (the DEFAULT profiles following a
   * group, what still uses an object to delete).
   */
  readonly impact?: readonly string[];
  /**
   * update: the first plan against an environment matched the new file with an existing remote object of the same
   * name (adopted: recorded in the environment's state) that differs from the file, so it is updated, never created.
   */
  readonly adopted?: boolean;
  /** unchanged: bookkeeping apply does in the manifest without writing to the remote. */
  readonly manifestUpdate?: 'refresh' | 'forget';
  /** `--only`: not selected, but a new file the selected files listed here name, so planned with them (targeting.ts). */
  readonly pulledInBy?: readonly string[];
}

/** What `--only` chose (targeting.ts). */
export interface PlanSelection {
  readonly patterns: readonly string[];
  /** Entries of the whole folder's plan that were left out: neither sent nor deleted. */
  readonly notSelected: number;
}

export interface PendingReference {
  /** How messages name the field: `destinationGroupId`, `voice.outbound[2]._id`. */
  readonly field: string;
  /** Where the id goes: `/destinationGroupId`, `/voice/outbound/2/_id`. */
  readonly pointer: string;
  /** The named file, relative to the folder. */
  readonly file: string;
  readonly target: KindSlug;
  /** The list entry holding the field, when it is in one (`/voice/outbound/2`). */
  readonly listEntry?: string;
  /**
   * create: the named file's object is created after this one (it is this one, or they name each other), so the
   * create goes out without `listEntry`, and a second request adds it once that object exists.
   */
  readonly afterCreate?: true;
}

export interface ConfigPlan {
  readonly planVersion: 1;
  readonly connection: ManifestConnection;
  /** The environment whose state the plan was made with (absent: the default one, roaming-manifest.json). */
  readonly environment?: string;
  /** Absolute path of the folder planned. */
  readonly folder: string;
  readonly createdAt: string;
  readonly allowDeletes: boolean;
  /** Writes in the order apply sends them, then everything else by file. */
  readonly entries: readonly PlanEntry[];
  readonly counts: Readonly<Record<PlanAction, number>>;
  /** What the folder holds that belongs to no kind, so was not read: warnings, errors with `strict`. */
  readonly notRead: readonly NotReadPath[];
  /** Set when the plan covers only a part of the folder (`--only`). */
  readonly selection?: PlanSelection;
}

export interface ExitCodeOptions {
  /** Anything not read (a typo of a kind folder…) counts as an error: what CI should use. */
  readonly strict?: boolean;
}

export const WRITE_ACTIONS: ReadonlySet<PlanAction> = new Set(['create', 'update', 'delete']);
/** What apply does something about: writes, and adopting an existing object into the manifest. */
export const APPLIED_ACTIONS: ReadonlySet<PlanAction> = new Set(['create', 'update', 'delete', 'adopt']);
/** What stops apply from sending anything. */
export const BLOCKING_ACTIONS: ReadonlySet<PlanAction> = new Set(['conflict', 'error']);

export function countActions(entries: readonly PlanEntry[]): Record<PlanAction, number> {
  const counts: Record<PlanAction, number> = { create: 0, update: 0, delete: 0, adopt: 0, unchanged: 0, conflict: 0, skipped: 0, error: 0 };
  for (const entry of entries) counts[entry.action] += 1;
  return counts;
}

export function isBlocked(plan: ConfigPlan): boolean {
  return plan.entries.some((entry) => BLOCKING_ACTIONS.has(entry.action));
}

/** True when the folder and the remote differ: something to apply, or a delete left out. */
export function hasChanges(plan: ConfigPlan): boolean {
  return plan.entries.some((entry) => APPLIED_ACTIONS.has(entry.action) || entry.action === 'skipped');
}

/**
 * What `plan` exits with: 1 when it has errors or conflicts (or, strict, anything it did not read), 2 when the
 * folder and the remote differ, else 0.
 */
export function planExitCode(plan: ConfigPlan, options: ExitCodeOptions = {}): 0 | 1 | 2 {
  if (isBlocked(plan) || (options.strict === true && plan.notRead.length > 0)) return 1;
  return hasChanges(plan) ? 2 : 0;
}
