// Protection against deletes (issue 17, like Terraform's prevent_destroy). An object is protected when its file
// carries `"$protect": true` — recorded in the environment's state (`"protected": true` on the file's entry) once
// applied, since a delete is planned exactly when the file is gone — or when the state's `"protect"` list names
// it (its file path, `kind/name`, or its name). A protected object is never deleted, even with --allow-deletes:
// the plan lists it as skipped and says why. `$protect` is the folder's word, never the vendor's: it is taken out
// of the document before anything is checked against the remote, compared or sent.
//
// On a production connection (its environment label, see isProduction) a delete must also be named, one by one
// (`--allow-delete NAME`): a blanket --allow-deletes plans none there.
import { sameName } from '../platforms/documentValues';
import { kindBySlug } from '../platforms/registry';
import type { ResourceKind } from '../platforms/resourceKind';
import type { ConfigManifest, ManifestEntry } from './manifest';
import { countActions, type ConfigPlan, type PlanEntry } from './planTypes';
import type { CheckedFile } from './validateFile';

export const PROTECT_KEY = '$protect';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The check with `$protect` taken out of the document, and whether it was true. */
export function withoutProtectKey(checked: CheckedFile): CheckedFile & { readonly protect?: true } {
  const document = checked.document;
  if (!isObject(document) || !(PROTECT_KEY in document)) return checked;
  const { [PROTECT_KEY]: flag, ...rest } = document;
  return { ...checked, document: rest, ...(flag === true && { protect: true as const }) };
}

export interface DeletePolicy {
  /** --allow-deletes: every removed file's object may be deleted (not on production). */
  readonly allowDeletes: boolean;
  /** --allow-delete NAME…: these objects may be deleted (names, file paths or `kind/name`). */
  readonly allowDelete: readonly string[];
  /** The connection is a production one: deletes need to be named. */
  readonly production: boolean;
}

/** Whether `words` (file paths, `kind/name`, names) name this entry's object. */
function names(words: readonly string[], entry: Pick<PlanEntry, 'file' | 'kind' | 'name'>): boolean {
  return words.some((word) => word === entry.file || word === `${entry.kind}/${entry.name}` || sameName(word, entry.name));
}

/** Why the object of a removed file may not be deleted by this plan, or undefined when it may. */
function protection(entry: Pick<PlanEntry, 'file' | 'kind' | 'name'>, manifest: ConfigManifest | undefined): string | undefined {
  const tracked = manifest?.files[entry.file];
  if (tracked?.protected === true) return `its file carried "${PROTECT_KEY}": true`;
  if (manifest?.protect && names(manifest.protect, entry)) return 'the state\'s "protect" list names it';
  return undefined;
}

const productionSummary = (what: string, name: string): string =>
  `The file was removed, but ${what} is on a production connection, where deletes are named one by one: add --allow-delete "${name}" to delete it.`;

/**
 * The plan with the delete rules applied: protected objects are skipped (never deleted), and deletes that were not
 * allowed — on production, not named by --allow-delete — are skipped with the reason. `plan` is made with deletes
 * allowed whenever any delete may be (--allow-deletes or any --allow-delete).
 */
export function applyDeletePolicy(plan: ConfigPlan, manifest: ConfigManifest | undefined, policy: DeletePolicy): ConfigPlan {
  const entries = plan.entries.map((entry): PlanEntry => {
    if (entry.action !== 'delete' && entry.action !== 'skipped') return entry;
    const kind = kindBySlug(entry.kind) as ResourceKind;
    const what = `${kind.singular.toLowerCase()} "${entry.name}"${entry.id !== undefined ? ` (${entry.id})` : ''}`;
    const skip = (summary: string, extra: Partial<PlanEntry> = {}): PlanEntry => {
      const { writePlan: _sent, ...rest } = entry;
      return { ...rest, action: 'skipped', summary, ...extra };
    };
    const why = protection(entry, manifest);
    if (why !== undefined) {
      return skip(`Protected: ${what} is never deleted, even with --allow-deletes (${why}). Remove the protection from the state to delete it.`, { protected: true });
    }
    // On production a removed file's object is skipped for want of its name whatever else was allowed: planned
    // without deletes (a skipped entry from planFolder), it says so too, not "allow deletes" (which would not do).
    if (entry.action === 'skipped') return policy.production ? skip(productionSummary(what, entry.name)) : entry;
    if (deletePermitted(entry, manifest, policy)) return entry;
    if (policy.production) return skip(productionSummary(what, entry.name));
    return skip(`The file was removed, but deletes are not allowed: ${what} stays. Allow deletes to delete it.`);
  });
  return { ...plan, entries, counts: countActions(entries) };
}

/** Whether the policy lets this removed file's object be deleted: not protected, and allowed (named, on production). */
export function deletePermitted(entry: Pick<PlanEntry, 'file' | 'kind' | 'name'>, manifest: ConfigManifest | undefined, policy: DeletePolicy): boolean {
  if (protection(entry, manifest) !== undefined) return false;
  if (names(policy.allowDelete, entry)) return true;
  return !policy.production && policy.allowDeletes;
}

/**
 * Whether naming this entry's object would plan its delete: a removed file's object skipped on a production
 * connection for want of its name (applyDeletePolicy). Never a protected one: no name deletes that.
 */
export function deleteNeedsName(entry: PlanEntry, production: boolean): boolean {
  return production && entry.action === 'skipped' && entry.protected !== true;
}

/**
 * The word that allows exactly this entry's delete (`allowDelete`): its file's path, which no other entry of a plan
 * has (a name may be shared by objects of two kinds).
 */
export function allowDeleteWord(entry: Pick<PlanEntry, 'file'>): string {
  return entry.file;
}

/**
 * Why `typed` does not allow this delete, or undefined when it is the object's name exactly as the plan shows it:
 * a delete on production is typed out, never picked (no other spelling, no other object's name).
 */
export function typedNameProblem(typed: string, entry: Pick<PlanEntry, 'name'>): string | undefined {
  if (typed === entry.name) return undefined;
  return typed === '' ? `Type "${entry.name}" to delete it` : `Not its name: type "${entry.name}" exactly`;
}

/**
 * The --allow-delete names still worth keeping for the next plan of the same folder and environment: those that
 * name a removed file's object in `plan`. A name whose object was deleted (or whose file came back) is forgotten,
 * so it never allows a later delete nobody typed.
 */
export function deleteNamesToKeep(plan: ConfigPlan, allowDelete: readonly string[]): string[] {
  const unmatched = new Set(unmatchedDeleteNames(plan, allowDelete));
  return allowDelete.filter((word) => !unmatched.has(word));
}

/** Names given to --allow-delete that match no object the plan could delete: probably a typo, said aloud. */
export function unmatchedDeleteNames(plan: ConfigPlan, allowDelete: readonly string[]): string[] {
  const removed = plan.entries.filter((entry) => entry.action === 'delete' || entry.action === 'skipped' || entry.action === 'conflict');
  return allowDelete.filter((word) => !removed.some((entry) => names([word], entry)));
}

/**
 * A file's entry with its `$protect` carried along for apply to record in the state; an otherwise unchanged file
 * whose protection was added or removed becomes bookkeeping (the state learns it, nothing is sent).
 */
export function withProtection(entry: PlanEntry, checked: { readonly protect?: true }, tracked: ManifestEntry | undefined): PlanEntry {
  if (!['create', 'update', 'adopt', 'unchanged'].includes(entry.action)) return entry;
  const protect = checked.protect === true;
  const marked: PlanEntry = protect ? { ...entry, protect: true } : entry;
  if (entry.action !== 'unchanged' || tracked === undefined || (tracked.protected === true) === protect || entry.manifestUpdate === 'forget') return marked;
  return {
    ...marked,
    manifestUpdate: 'refresh',
    protectionChange: protect ? 'added' : 'removed',
    summary: `${entry.summary}; ${protect ? `"${PROTECT_KEY}": true is recorded in the state (never deleted from now on)` : 'its protection is removed from the state'}`,
  };
}

/** A document as compared with the remote: without the folder's `$protect`. */
export function documentWithoutProtect(value: unknown): unknown {
  if (!isObject(value) || !(PROTECT_KEY in value)) return value;
  const { [PROTECT_KEY]: _flag, ...rest } = value;
  return rest;
}

/**
 * The text export writes for a file: the remote's document, with `"$protect": true` kept at its top when the
 * state records the protection or the file on disk carries it (an export never removes a protection).
 */
export function exportedText(remoteText: string, existingText: string | undefined, recordedProtected: boolean): string {
  let carries = recordedProtected;
  if (!carries && existingText !== undefined && existingText.includes(PROTECT_KEY)) {
    try {
      const value: unknown = JSON.parse(existingText);
      carries = isObject(value) && value[PROTECT_KEY] === true;
    } catch {
      carries = false;
    }
  }
  return carries ? `${JSON.stringify({ [PROTECT_KEY]: true, ...(JSON.parse(remoteText) as Record<string, unknown>) }, null, 2)}\n` : remoteText;
}
