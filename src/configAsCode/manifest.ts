// The manifest (`roaming-manifest.json`) ties each file to the remote object it was exported from: the kind, the
// remote id and the fingerprint of the remote state exported. It records the connection without any secret. It
// is rewritten (atomically) after every applied step, so an interrupted apply leaves one a re-run continues from.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConnectionRecord, PlatformId } from '../platforms/connection';
import { isKindSlug, kindBySlug } from '../platforms/registry';
import type { KindSlug } from '../platforms/resourceKind';
import { ConfigError, messageOf } from './configError';
import { checkFolderFileSize } from './fileLimits';
import { writeFileAtomically } from './folderFiles';

export const MANIFEST_FILE = 'roaming-manifest.json';
export const MANIFEST_VERSION = 1;

/** The connection as the manifest records it: enough to recognise the account, nothing secret. */
export interface ManifestConnection {
  readonly name: string;
  readonly platform: PlatformId;
  readonly baseUrl: string;
  readonly username: string;
  readonly environment: string;
  readonly targetAccountId?: string;
}

export interface ManifestEntry {
  readonly kind: KindSlug;
  readonly id: string;
  /** sha256 of the remote document's canonical JSON when it was last exported or applied; absent when unknown. */
  readonly fingerprint?: string;
}

export interface ConfigManifest {
  readonly manifestVersion: number;
  readonly connection: ManifestConnection;
  readonly exportedAt?: string;
  readonly appliedAt?: string;
  /** Keyed by the file's path relative to the folder, `/`-separated. */
  readonly files: Readonly<Record<string, ManifestEntry>>;
}

export function manifestConnectionOf(connection: ConnectionRecord): ManifestConnection {
  return {
    name: connection.name,
    platform: connection.platform,
    baseUrl: connection.baseUrl,
    username: connection.username,
    environment: connection.environment,
    ...(connection.targetAccountId && { targetAccountId: connection.targetAccountId }),
  };
}

function describeAccount(connection: Pick<ManifestConnection, 'platform' | 'baseUrl' | 'targetAccountId'>): string {
  return `${connection.platform} at ${connection.baseUrl}${connection.targetAccountId ? `, account ${connection.targetAccountId}` : ''}`;
}

const normalisedUrl = (url: string): string => url.trim().replace(/\/+$/, '').toLowerCase();

/**
 * Ids in a manifest mean something on one account only: applying a folder exported from another account would
 * update the wrong objects. The user name may differ (two people, one account).
 */
export function checkSameAccount(recorded: ManifestConnection, connection: ConnectionRecord, what: string): void {
  const same = recorded.platform === connection.platform
    && normalisedUrl(recorded.baseUrl) === normalisedUrl(connection.baseUrl)
    && (recorded.targetAccountId ?? '') === (connection.targetAccountId ?? '');
  if (!same) {
    throw new ConfigError(`${what} was made for ${describeAccount(recorded)}, not ${describeAccount(connection)}: use the connection it was made for, or export into a new folder.`);
  }
}

export function manifestPath(folder: string): string {
  return path.join(folder, MANIFEST_FILE);
}

/** The manifest of the folder, or `undefined` when it has none; a manifest that cannot be read is an error. */
export function readManifest(folder: string): ConfigManifest | undefined {
  const file = manifestPath(folder);
  let text: string;
  try {
    checkFolderFileSize(file, MANIFEST_FILE);
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Cannot read ${MANIFEST_FILE}: ${messageOf(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${MANIFEST_FILE} is not valid JSON (${messageOf(error)}): restore it from version control, or export again.`);
  }
  return checkManifestShape(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkManifestShape(value: unknown): ConfigManifest {
  const broken = (why: string): ConfigError => new ConfigError(`${MANIFEST_FILE} is not a Roaming Workbench manifest (${why}): restore it from version control, or export again.`);
  if (!isObject(value)) throw broken('not an object');
  if (value.manifestVersion !== MANIFEST_VERSION) throw broken(`manifestVersion is ${JSON.stringify(value.manifestVersion)}, expected ${MANIFEST_VERSION}`);
  const connection = value.connection;
  if (!isObject(connection) || (connection.platform !== 'sft' && connection.platform !== 'telecomx')
    || typeof connection.baseUrl !== 'string' || typeof connection.username !== 'string') {
    throw broken('the connection is incomplete');
  }
  if (!isObject(value.files)) throw broken('no "files"');
  for (const [file, entry] of Object.entries(value.files)) {
    if (!isObject(entry) || typeof entry.kind !== 'string' || !isKindSlug(entry.kind) || typeof entry.id !== 'string' || entry.id === '') {
      throw broken(`the entry for ${file} needs a kind and an id`);
    }
    if (entry.fingerprint !== undefined && typeof entry.fingerprint !== 'string') throw broken(`the fingerprint of ${file} is not a string`);
    const kind = kindBySlug(entry.kind);
    if (!kind || kind.platform !== connection.platform || !file.startsWith(`${kind.folder}/`)) {
      throw broken(`${file} is not in the ${entry.kind} folder of a ${connection.platform} connection`);
    }
  }
  return value as unknown as ConfigManifest;
}

/** Written with sorted file keys, so a manifest in version control changes only where objects changed. */
export function writeManifest(folder: string, manifest: ConfigManifest): void {
  const files = Object.fromEntries(Object.keys(manifest.files).sort().map((file) => [file, manifest.files[file]]));
  const ordered: ConfigManifest = {
    manifestVersion: MANIFEST_VERSION,
    connection: manifest.connection,
    ...(manifest.exportedAt && { exportedAt: manifest.exportedAt }),
    ...(manifest.appliedAt && { appliedAt: manifest.appliedAt }),
    files,
  };
  writeFileAtomically(manifestPath(folder), `${JSON.stringify(ordered, null, 2)}\n`);
}

/** Which file tracks each remote object: `(kind, id)` → manifest path. */
export function filesByObject(manifest: ConfigManifest | undefined): Map<string, string> {
  return new Map(Object.entries(manifest?.files ?? {}).map(([file, entry]) => [objectKey(entry.kind, entry.id), file]));
}

export function objectKey(kind: KindSlug, id: string): string {
  return `${kind}|${id}`;
}
