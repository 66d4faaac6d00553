// Reviewed plans, applied exactly (issue 17). `plan --out FILE` saves the plan with what it was made from: the
// fingerprint of every file of the folder and of the environment's state, and of every remote object it read,
// besides the connection's host and account (never a secret: ManifestConnection holds none). `apply --plan FILE`
// plans again from the same inputs and sends the saved plan only when nothing it read has changed and planning
// again gives the very same entries; otherwise it refuses, nothing sent: "re-plan and review again".
//
// The fresh plan is also what proves the file was not edited by hand: a saved plan is never trusted for what it
// says to send, only compared with what these files and this remote plan now.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { formatBytes } from '../http/failures';
import { isProduction } from '../http/connection';
import type { PlatformClient, ResourceKind } from '../platforms/resourceKind';
import { ConfigError } from './configError';
import { environmentFiles } from './environmentFiles';
import { canonicalJson, fingerprintOf } from './fingerprint';
import { readFolderFile, writeFileAtomically, type KindFile } from './folderFiles';
import { readManifest } from './manifest';
import { planFolder, type PlanOptions } from './planFolder';
import type { ConfigPlan } from './planTypes';
import { applyDeletePolicy, deletePermitted } from './protection';
import { MAX_FOLDER_FILE_BYTES } from './fileLimits';

export const SAVED_PLAN_VERSION = 1;

export interface PlanInputs {
  /** sha256 of each file's text the plan read, by path. */
  readonly files: Readonly<Record<string, string>>;
  /** sha256 of the environment's state file, null when there was none. */
  readonly state: string | null;
  /** Each remote object's fingerprint, by kind and id. */
  readonly remote: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface SavedPlan {
  readonly savedPlanVersion: typeof SAVED_PLAN_VERSION;
  readonly environment: string;
  readonly allowDeletes: boolean;
  readonly allowDelete: readonly string[];
  /** `--only` patterns the plan was made with, if any: planning again uses the same. */
  readonly only?: readonly string[];
  readonly inputs: PlanInputs;
  readonly plan: ConfigPlan;
}

export interface SafePlanOptions extends PlanOptions {
  /** Objects whose delete is allowed by name (`--allow-delete`): the only deletes a production connection plans. */
  readonly allowDelete?: readonly string[];
  /** The environment whose state is planned against (default: the folder's manifest). */
  readonly environment?: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The plan with the delete rules of protection.ts applied, and what it read. Every caller that plans for an
 * apply goes through here, so protection holds whatever the flags say.
 */
export async function planWithInputs(client: PlatformClient, options: SafePlanOptions): Promise<{ plan: ConfigPlan; inputs: PlanInputs }> {
  const allowDelete = options.allowDelete ?? [];
  const stateFile = environmentFiles(options.environment).state;
  const stateText = readFolderFile(options.folder, stateFile);
  const files: Record<string, string> = {};
  const remote: Record<string, Record<string, string>> = {};
  const manifest = readManifest(options.folder, options.environment);
  const policy = { allowDeletes: options.allowDeletes === true, allowDelete, production: isProduction(client.connection) };
  const plan = await planFolder(client, {
    ...options,
    allowDeletes: options.allowDeletes === true || allowDelete.length > 0,
    mayDelete: (object) => deletePermitted(object, manifest, policy),
    onRead: {
      folderRead: (read: readonly KindFile[]) => { for (const file of read) files[file.path] = sha256(file.text); },
      remoteRead: (kind: ResourceKind, items: readonly unknown[]) => {
        remote[kind.slug] = Object.fromEntries(items.map((item) => [kind.idOf(item), fingerprintOf(kind.toDocument(item))]));
      },
    },
  });
  const policed = applyDeletePolicy({ ...plan, allowDeletes: options.allowDeletes === true }, manifest, policy);
  return { plan: policed, inputs: { files, state: stateText === undefined ? null : sha256(stateText), remote } };
}

export function savedPlanOf(plan: ConfigPlan, inputs: PlanInputs, options: SafePlanOptions): SavedPlan {
  return {
    savedPlanVersion: SAVED_PLAN_VERSION,
    environment: environmentFiles(options.environment).environment,
    allowDeletes: options.allowDeletes === true,
    allowDelete: [...(options.allowDelete ?? [])],
    ...(options.only !== undefined && { only: [...options.only] }),
    inputs,
    plan,
  };
}

/** Written whole or not at all (temp file, then rename: a link at the name is replaced, never followed). */
export function writeSavedPlan(file: string, saved: SavedPlan): void {
  writeFileAtomically(file, `${JSON.stringify(saved, null, 2)}\n`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A saved plan from `file`, its shape checked; anything else is one line saying so. */
export function readSavedPlan(file: string): SavedPlan {
  let text: string;
  try {
    const descriptor = fs.openSync(file, fs.constants.O_RDONLY);
    try {
      const size = fs.fstatSync(descriptor).size;
      if (size > MAX_FOLDER_FILE_BYTES) throw new ConfigError(`The plan ${file} is ${formatBytes(size)}: a saved plan is read up to ${formatBytes(MAX_FOLDER_FILE_BYTES)}.`);
      text = fs.readFileSync(descriptor, 'utf8');
    } finally {
      fs.closeSync(descriptor);
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Cannot read the plan ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}): save one with plan --out FILE.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError(`The plan ${file} is not JSON: save one with plan --out FILE, and apply it unchanged.`);
  }
  const broken = (why: string) => new ConfigError(`${file} is not a plan saved by roaming-workbench plan --out (${why}): re-plan and review again.`);
  if (!isObject(value)) throw broken('not an object');
  if (value.savedPlanVersion !== SAVED_PLAN_VERSION) throw broken(`savedPlanVersion is ${JSON.stringify(value.savedPlanVersion)}, expected ${SAVED_PLAN_VERSION}`);
  const { plan, inputs } = value;
  if (!isObject(plan) || !Array.isArray(plan.entries) || !isObject(plan.connection)) throw broken('no plan');
  if (!isObject(inputs) || !isObject(inputs.files) || !isObject(inputs.remote)) throw broken('no record of what it read');
  if (typeof value.environment !== 'string' || typeof value.allowDeletes !== 'boolean' || !Array.isArray(value.allowDelete)) throw broken('no environment');
  return value as unknown as SavedPlan;
}

function differences(label: string, saved: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const [key, print] of Object.entries(saved)) {
    if (!(key in now)) out.push(`${label} ${key} is gone`);
    else if (now[key] !== print) out.push(`${label} ${key} changed`);
  }
  for (const key of Object.keys(now)) if (!(key in saved)) out.push(`${label} ${key} is new`);
  return out;
}

/**
 * Why the saved plan may not be applied now (what changed since it was made), or undefined when planning again
 * read the same and planned the same.
 */
export function whyStale(saved: SavedPlan, fresh: { plan: ConfigPlan; inputs: PlanInputs }): string | undefined {
  const changes = differences('file', saved.inputs.files, fresh.inputs.files);
  if (saved.inputs.state !== fresh.inputs.state) changes.push(`the environment's state (${environmentFiles(saved.environment === 'default' ? undefined : saved.environment).state}) changed: another apply ran`);
  for (const kind of new Set([...Object.keys(saved.inputs.remote), ...Object.keys(fresh.inputs.remote)])) {
    changes.push(...differences(`remote ${kind}`, saved.inputs.remote[kind] ?? {}, fresh.inputs.remote[kind] ?? {}));
  }
  if (changes.length > 0) {
    const shown = changes.slice(0, 5).join('; ');
    return `the plan is stale: ${shown}${changes.length > 5 ? `; and ${changes.length - 5} more` : ''} since it was made (${saved.plan.createdAt})`;
  }
  const comparable = (plan: ConfigPlan) => canonicalJson({ entries: plan.entries, allowDeletes: plan.allowDeletes });
  if (comparable(saved.plan) !== comparable(fresh.plan)) {
    return 'the plan is not what these files and this remote plan now (it was edited, or saved by another version)';
  }
  return undefined;
}
