// The folder on disk: which files are objects of which kind, and writing files so that a crash never leaves a
// half-written one (temp file, then rename). Paths inside the folder are always `/`-separated and relative.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLATFORM_LABELS, type PlatformId } from '../platforms/connection';
import { RESOURCE_KINDS } from '../platforms/registry';
import type { ResourceKind } from '../platforms/resourceKind';
import { checkFolderFileSize } from './fileLimits';
import { kindFileSuffix } from './fileNames';

export interface KindFile {
  /** `destination-groups/EU Core.destination-group.json` */
  readonly path: string;
  readonly kind: ResourceKind;
  readonly text: string;
}

/** A JSON file in a kind folder that cannot be an object of this connection. */
export interface StrayFile {
  readonly path: string;
  readonly message: string;
}

export interface FolderScan {
  readonly files: readonly KindFile[];
  readonly strays: readonly StrayFile[];
}

export function absolutePath(folder: string, relative: string): string {
  return path.join(folder, ...relative.split('/'));
}

export function fileExists(folder: string, relative: string): boolean {
  return fs.existsSync(absolutePath(folder, relative));
}

export function readFolderFile(folder: string, relative: string): string | undefined {
  try {
    checkFolderFileSize(absolutePath(folder, relative), relative);
    return fs.readFileSync(absolutePath(folder, relative), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Every object file of the platform's kinds, in path order. Hidden files and anything that is not `.json` are
 * left alone (notes, READMEs); a `.json` file with another kind's suffix, or in the other platform's folders, is
 * reported, because the person surely meant it to be applied.
 */
export function scanFolder(folder: string, platform: PlatformId): FolderScan {
  const files: KindFile[] = [];
  const strays: StrayFile[] = [];
  for (const kind of RESOURCE_KINDS) {
    const directory = path.join(folder, kind.folder);
    if (!fs.existsSync(directory)) continue;
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name.startsWith('.') || !entry.name.endsWith('.json')) continue;
      const relative = `${kind.folder}/${entry.name}`;
      if (kind.platform !== platform) {
        strays.push({ path: relative, message: `${kind.plural} belong to ${PLATFORM_LABELS[kind.platform]}, but the connection is ${PLATFORM_LABELS[platform]}: move the file to a folder of its own.` });
      } else if (!entry.name.endsWith(kindFileSuffix(kind.slug)) || entry.name === kindFileSuffix(kind.slug)) {
        strays.push({ path: relative, message: `Files in ${kind.folder}/ are named <name>${kindFileSuffix(kind.slug)}: rename it so it is checked and applied as a ${kind.singular.toLowerCase()}.` });
      } else {
        checkFolderFileSize(path.join(directory, entry.name), relative);
        files.push({ path: relative, kind, text: fs.readFileSync(path.join(directory, entry.name), 'utf8') });
      }
    }
  }
  const byPath = (left: { path: string }, right: { path: string }): number => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0);
  return { files: files.sort(byPath), strays: strays.sort(byPath) };
}

/** Writes through a hidden temp file in the same folder and renames it over the target. */
export function writeFileAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temporary, text, 'utf8');
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
