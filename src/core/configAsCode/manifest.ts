// The manifest (`roaming-manifest.json`) ties each file to the remote object it was exported from: the kind, the
// remote id and the fingerprint of the remote state exported. It records the connection without any secret. It
// is rewritten (atomically) after every applied step, so an interrupted apply leaves one a re-run continues from.
import * as fs from 'node:fs';
import type { ConnectionRecord, PlatformId } from '../http/connection';
import { isKindSlug, kindBySlug } from '../platforms/registry';
import type { KindSlug } from '../platforms/resourceKind';
import { ConfigError, messageOf } from './configError';
import { checkFolderFileSize } from './fileLimits';
import { writeFileAtomically } from './folderFiles';
import { DEFAULT_ENVIRONMENT, environmentFiles, environmentNameProblem, STATE_FOLDER } from './environmentFiles';
import { MANIFEST_FILE } from './folderLayout';
import { checkNoLinkOnTheWay, pathInsideFolder, quotedPath, relativePathProblem } from './folderPaths';
import { LineIndex } from '../validation/lineIndex';
import { parseJsonText } from '../validation/jsonTextLocations';

export { MANIFEST_FILE };
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

/** A create an apply sent whose answer never came (timeout, dropped connection): it may still land. */
export interface UnconfirmedCreate {
  readonly kind: KindSlug;
  /** When the create was sent (ISO time). */
  readonly sentAt: string;
}

export interface ConfigManifest {
  readonly manifestVersion: number;
  readonly connection: ManifestConnection;
  readonly exportedAt?: string;
  readonly appliedAt?: string;
  /** Keyed by the file's path relative to the folder, `/`-separated. */
  readonly files: Readonly<Record<string, ManifestEntry>>;
  /** Files whose create is unconfirmed, by path: a plan looks for them, and waits, before creating them again. */
  readonly unconfirmedCreates?: Readonly<Record<string, UnconfirmedCreate>>;
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

/** A base URL as two records of one account compare it: no trailing slash, any case. */
export function normalisedUrl(url: string): string {
  return url.trim().replace(/\/+$/, '').toLowerCase();
}

/**
 * Ids in a manifest mean something on one account only: applying a folder exported from another account would
 * update the wrong objects. The user name may differ (two people, one account).
 */
export function sameAccount(recorded: Pick<ManifestConnection, 'platform' | 'baseUrl' | 'targetAccountId'>, connection: Pick<ManifestConnection, 'platform' | 'baseUrl' | 'targetAccountId'>): boolean {
  return recorded.platform === connection.platform
    && normalisedUrl(recorded.baseUrl) === normalisedUrl(connection.baseUrl)
    && (recorded.targetAccountId ?? '') === (connection.targetAccountId ?? '');
}

export function checkSameAccount(recorded: ManifestConnection, connection: ConnectionRecord, what: string): void {
  if (!sameAccount(recorded, connection)) {
    throw new ConfigError(`${what} was made for ${describeAccount(recorded)}, not ${describeAccount(connection)}: use the connection it was made for, or export into a new folder.`);
  }
}

/**
 * The state file of `environment` (undefined: the default one, `roaming-manifest.json`; `test`:
 * `roaming-state/test.json`), relative to the folder.
 */
export function stateFileOf(environment?: string): string {
  try {
    return environmentFiles(environment).state;
  } catch (error) {
    throw new ConfigError(messageOf(error));
  }
}

/** The absolute path of the environment's state file: inside the folder, no link on the way (checked here). */
export function manifestPath(folder: string, environment?: string): string {
  const relative = stateFileOf(environment);
  const absolute = pathInsideFolder(folder, relative);
  // Never through a link: the state decides where files are written, and its error would quote the target.
  checkNoLinkOnTheWay(folder, relative);
  return absolute;
}

/**
 * The state of the folder's environment (the default one: its manifest), or `undefined` when it has none; a state
 * file that cannot be read is an error.
 */
export function readManifest(folder: string, environment?: string): ConfigManifest | undefined {
  const stateFile = stateFileOf(environment);
  const file = manifestPath(folder, environment);
  let text: string;
  try {
    checkFolderFileSize(file, stateFile);
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Cannot read ${stateFile} (${(error as NodeJS.ErrnoException).code ?? messageOf(error)}).`);
  }
  const parsed = parseJsonText(text);
  const syntax = parsed.syntaxProblems[0];
  if (syntax !== undefined) {
    // Said by position only: JSON.parse's own message quotes the text, which may be anything.
    const { line, column } = new LineIndex(text).positionOf(syntax.offset);
    throw new ConfigError(`${stateFile} is not valid JSON (line ${line}, column ${column}): restore it from version control, or export again.`);
  }
  return checkManifestShape(parsed.value, stateFile);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A tracked file is `<kind folder>/<file name>`: a plain path inside the folder, one level below it. */
function manifestKeyProblem(file: string, kindFolder: string): string | undefined {
  const problem = relativePathProblem(file);
  if (problem !== undefined) return `the file ${quotedPath(file)} is refused: ${problem}`;
  const [folder, name, ...deeper] = file.split('/');
  if (folder !== kindFolder || name === undefined || deeper.length > 0) return `${quotedPath(file)} is not a file directly in the ${kindFolder}/ folder`;
  return undefined;
}

function checkManifestShape(value: unknown, stateFile: string): ConfigManifest {
  const broken = (why: string): ConfigError => new ConfigError(`${stateFile} is not a Roaming Workbench manifest (${why}): restore it from version control, or export again.`);
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
      throw broken(`the entry for ${quotedPath(file)} needs a kind and an id`);
    }
    if (entry.fingerprint !== undefined && typeof entry.fingerprint !== 'string') throw broken(`the fingerprint of ${quotedPath(file)} is not a string`);
    const kind = kindBySlug(entry.kind);
    if (!kind || kind.platform !== connection.platform) throw broken(`${quotedPath(file)} is not in a folder of a ${connection.platform} connection`);
    // A path that leaves the folder is an attack or a corruption, never something to work around: refuse it all.
    const keyProblem = manifestKeyProblem(file, kind.folder);
    if (keyProblem !== undefined) throw broken(keyProblem);
  }
  if (value.unconfirmedCreates !== undefined) {
    if (!isObject(value.unconfirmedCreates)) throw broken('"unconfirmedCreates" is not an object');
    for (const [file, entry] of Object.entries(value.unconfirmedCreates)) {
      const kind = isObject(entry) && typeof entry.kind === 'string' ? kindBySlug(entry.kind) : undefined;
      if (!kind || !isObject(entry) || typeof entry.sentAt !== 'string' || Number.isNaN(Date.parse(entry.sentAt))) {
        throw broken(`the unconfirmed create of ${quotedPath(file)} needs a kind and the time it was sent`);
      }
      const keyProblem = manifestKeyProblem(file, kind.folder);
      if (keyProblem !== undefined) throw broken(keyProblem);
    }
  }
  return value as unknown as ConfigManifest;
}

/** Written with sorted file keys, so a manifest in version control changes only where objects changed. */
export function writeManifest(folder: string, manifest: ConfigManifest, environment?: string): void {
  const sorted = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
    Object.fromEntries(Object.keys(record).sort().map((file) => [file, record[file]]));
  const unconfirmed = manifest.unconfirmedCreates ?? {};
  const ordered: ConfigManifest = {
    manifestVersion: MANIFEST_VERSION,
    connection: manifest.connection,
    ...(manifest.exportedAt && { exportedAt: manifest.exportedAt }),
    ...(manifest.appliedAt && { appliedAt: manifest.appliedAt }),
    files: sorted(manifest.files),
    ...(Object.keys(unconfirmed).length > 0 && { unconfirmedCreates: sorted(unconfirmed) }),
  };
  writeFileAtomically(manifestPath(folder, environment), `${JSON.stringify(ordered, null, 2)}\n`);
}

/** Which file tracks each remote object: `(kind, id)` → manifest path. */
export function filesByObject(manifest: ConfigManifest | undefined): Map<string, string> {
  return new Map(Object.entries(manifest?.files ?? {}).map(([file, entry]) => [objectKey(entry.kind, entry.id), file]));
}

export function objectKey(kind: KindSlug, id: string): string {
  return `${kind}|${id}`;
}

/**
 * The state of `environment` as plan, apply and export use it: checked against the account of `connection`. A
 * named environment without a state yet is new (its objects are adopted by name) — unless the folder's default
 * manifest already tracks that very account: two states for one account would each plan the other's objects.
 */
export function readEnvironmentState(folder: string, environment: string | undefined, connection: ConnectionRecord): ConfigManifest | undefined {
  const stateFile = stateFileOf(environment);
  const state = readManifest(folder, environment);
  if (state) {
    checkSameAccount(state.connection, connection, `The folder's ${stateFile}`);
    return state;
  }
  if (stateFile === MANIFEST_FILE) return undefined;
  const defaultState = readManifest(folder);
  if (defaultState && sameAccount(defaultState.connection, connection)) {
    throw new ConfigError(`The folder's ${MANIFEST_FILE} already tracks ${describeAccount(connection)}: leave out --environment to use it, or make it the "${environment}" environment's state first (git mv ${MANIFEST_FILE} ${stateFile}).`);
  }
  return undefined;
}

/**
 * The environments a folder has a state for: `default` when it has a roaming-manifest.json, then each
 * roaming-state/NAME.json (a name that cannot be an environment's, or a link, is left out), sorted.
 */
export function environmentsInFolder(folder: string): string[] {
  const found: string[] = [];
  if (fs.existsSync(manifestPath(folder))) found.push(DEFAULT_ENVIRONMENT);
  const stateFolder = pathInsideFolder(folder, STATE_FOLDER);
  let entries: fs.Dirent[] = [];
  try {
    checkNoLinkOnTheWay(folder, STATE_FOLDER);
    entries = fs.readdirSync(stateFolder, { withFileTypes: true });
  } catch {
    return found;
  }
  const named = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name.slice(0, -'.json'.length))
    .filter((name) => name !== DEFAULT_ENVIRONMENT && environmentNameProblem(name) === undefined).sort();
  return [...found, ...named];
}
