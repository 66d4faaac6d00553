// The folder on disk: which files are objects of which kind, what else is there (reported, never silently
// ignored), and writing files so that a crash never leaves a half-written one (temp file, then rename). Paths
// inside the folder are always `/`-separated and relative; every one passes `folderPaths` before it is touched,
// and no symbolic link is followed for a read or a write.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLATFORM_LABELS, type PlatformId } from '../http/connection';
import { RESOURCE_KINDS } from '../platforms/registry';
import type { ResourceKind } from '../platforms/resourceKind';
import { checkFolderFileSize } from './fileLimits';
import { ConfigError } from './configError';
import { kindFileSuffix } from './fileNames';
import { STATE_FOLDER } from './environmentFiles';
import { isKeptAside, MANIFEST_FILE, REPORT_FOLDER } from './folderLayout';
import { linkMessage, quotedPath, safePathInFolder } from './folderPaths';

export interface KindFile {
  /** `destination-groups/EU Core.destination-group.json` */
  readonly path: string;
  readonly kind: ResourceKind;
  readonly text: string;
}

/** Something in a kind folder that cannot be planned: it blocks the plan (a file that cannot be an object, a link). */
export interface StrayFile {
  readonly path: string;
  readonly message: string;
}

/** Something the plan did not read because it belongs to no kind: a warning (an error with `--strict`). */
export interface NotReadPath {
  readonly path: string;
  readonly message: string;
}

export interface FolderScan {
  readonly files: readonly KindFile[];
  readonly strays: readonly StrayFile[];
  readonly notRead: readonly NotReadPath[];
  /**
   * Every path the scan saw in the kind folders, read or not, and the kind folders it could not look into (links):
   * a manifest entry there is not a removed file, since nobody can tell.
   */
  isPresent(relative: string): boolean;
}

/** The absolute path of a file of the folder, checked: inside it, and no link on the way. */
export function absolutePath(folder: string, relative: string): string {
  return safePathInFolder(folder, relative);
}

/**
 * Reads without following a link at the file itself (O_NOFOLLOW), after the folders on the way were checked, and
 * only up to the size cap (checked on the opened file, so it is the file that is read).
 */
function readWithoutFollowing(absolute: string, relative: string): string {
  const descriptor = fs.openSync(absolute, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    checkFolderFileSize(fs.fstatSync(descriptor).size, relative);
    return fs.readFileSync(descriptor, 'utf8');
  } finally {
    fs.closeSync(descriptor);
  }
}

export function readFolderFile(folder: string, relative: string): string | undefined {
  const absolute = absolutePath(folder, relative);
  try {
    return readWithoutFollowing(absolute, relative);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function byPath(left: { path: string }, right: { path: string }): number {
  return left.path < right.path ? -1 : left.path > right.path ? 1 : 0;
}

/** Edit distance, for "did you mean destination-groups/?": names are short, so the quadratic table is tiny. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= right.length; column += 1) {
      const substitution = previous[column - 1] + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min(previous[column] + 1, current[column - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length];
}

function kindFolderLike(name: string, kinds: readonly ResourceKind[]): ResourceKind | undefined {
  const lower = name.toLowerCase();
  return kinds
    .map((kind) => ({ kind, distance: editDistance(lower, kind.folder) }))
    .filter(({ distance }) => distance <= 3)
    .sort((left, right) => left.distance - right.distance)[0]?.kind;
}

function kindOfFileName(name: string, kinds: readonly ResourceKind[]): ResourceKind | undefined {
  return kinds.find((kind) => name.endsWith(kindFileSuffix(kind.slug)));
}

/** What a top-level entry that is no kind folder, no manifest and no report folder is reported as. */
function unknownTopLevelEntry(entry: fs.Dirent, platformKinds: readonly ResourceKind[]): NotReadPath {
  const shown = quotedPath(entry.name);
  if (entry.isSymbolicLink()) return { path: entry.name, message: `${shown} is a symbolic link: not followed, not read.` };
  if (entry.isDirectory()) {
    const like = kindFolderLike(entry.name, platformKinds);
    return {
      path: entry.name,
      message: `${shown} is not a kind folder, so nothing in it is read${like ? `: did you mean ${like.folder}/?` : ` (kind folders: ${platformKinds.map((kind) => `${kind.folder}/`).join(', ')})`}`,
    };
  }
  const kind = kindOfFileName(entry.name, platformKinds);
  return {
    path: entry.name,
    message: kind ? `${shown} is not read: ${kind.plural.toLowerCase()} go in ${kind.folder}/.` : `${shown} matches no kind, so it is not read.`,
  };
}

/**
 * Every object file of the platform's kinds, in path order, and what else the folder holds. Hidden entries and
 * Markdown notes are left alone; a `.json` file with another kind's suffix, in the other platform's folders, or
 * a link, is a stray (the person surely meant it to be applied); anything else is reported as not read.
 */
export function scanFolder(folder: string, platform: PlatformId): FolderScan {
  const root = path.resolve(folder);
  const platformKinds = RESOURCE_KINDS.filter((kind) => kind.platform === platform);
  const files: KindFile[] = [];
  const strays: StrayFile[] = [];
  const notRead: NotReadPath[] = [];
  const present = new Set<string>();
  const unreadFolders: string[] = [];

  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const kind = RESOURCE_KINDS.find((candidate) => candidate.folder === entry.name);
    if (kind && entry.isSymbolicLink()) {
      strays.push({ path: entry.name, message: linkMessage(entry.name) });
      unreadFolders.push(entry.name);
    } else if (kind && entry.isDirectory()) {
      scanKindFolder(root, kind, platform, { files, strays, notRead, present });
    } else if (!isKeptAside(entry.name) && entry.name !== MANIFEST_FILE && !((entry.name === REPORT_FOLDER || entry.name === STATE_FOLDER) && entry.isDirectory())) {
      // roaming-state/ holds the environments' states (environmentFiles.ts): known, and never planned.
      notRead.push(unknownTopLevelEntry(entry, platformKinds));
    }
  }
  return {
    files: files.sort(byPath),
    strays: strays.sort(byPath),
    notRead: notRead.sort(byPath),
    isPresent: (relative) => present.has(relative) || unreadFolders.some((unread) => relative.startsWith(`${unread}/`)),
  };
}

interface ScanResults {
  readonly files: KindFile[];
  readonly strays: StrayFile[];
  readonly notRead: NotReadPath[];
  readonly present: Set<string>;
}

function scanKindFolder(root: string, kind: ResourceKind, platform: PlatformId, results: ScanResults): void {
  const suffix = kindFileSuffix(kind.slug);
  for (const entry of fs.readdirSync(path.join(root, kind.folder), { withFileTypes: true })) {
    const relative = `${kind.folder}/${entry.name}`;
    const shown = quotedPath(relative);
    if (isKeptAside(entry.name)) continue;
    results.present.add(relative);
    if (entry.isSymbolicLink()) {
      results.strays.push({ path: relative, message: linkMessage(relative) });
    } else if (entry.isDirectory()) {
      results.notRead.push({ path: relative, message: `${shown} is a folder: files in folders below ${kind.folder}/ are not read.` });
    } else if (!entry.isFile() || !entry.name.endsWith('.json')) {
      results.notRead.push({ path: relative, message: `${shown} is not read: only <name>${suffix} files are.` });
    } else if (kind.platform !== platform) {
      results.strays.push({ path: relative, message: `${kind.plural} belong to ${PLATFORM_LABELS[kind.platform]}, but the connection is ${PLATFORM_LABELS[platform]}: move the file to a folder of its own.` });
    } else if (!entry.name.endsWith(suffix) || entry.name === suffix) {
      results.strays.push({ path: relative, message: `Files in ${kind.folder}/ are named <name>${suffix}: rename it so it is checked and applied as a ${kind.singular.toLowerCase()}.` });
    } else {
      try {
        results.files.push({ path: relative, kind, text: readWithoutFollowing(path.join(root, kind.folder, entry.name), relative) });
      } catch (error) {
        // Too large: nothing is planned at all (a cap, not a verdict about one file).
        if (error instanceof ConfigError) throw error;
        results.strays.push({ path: relative, message: `${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
      }
    }
  }
}

/** Writes through a hidden temp file in the same folder and renames it over the target. */
export function writeFileAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

export function writeFolderFile(folder: string, relative: string, text: string): void {
  writeFileAtomically(absolutePath(folder, relative), text);
}

export function removeFolderFile(folder: string, relative: string): void {
  fs.rmSync(absolutePath(folder, relative), { force: true });
}
