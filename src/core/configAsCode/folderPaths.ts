// Every path that comes from a folder or its manifest — manifest keys, file names, references between files, the
// report folder — is data from a pull request, so it is checked here, in one place, before anything is read or
// written: it must be a plain relative path that stays inside the folder, and nothing on the way may be a
// symbolic link (a link would let the folder read or write somewhere else). Paths inside the folder are always
// `/`-separated.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from './configError';

/** Characters no file of ours is named with: control characters (a newline forges output lines) and `\`. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_CHARACTER = /[\u0000-\u001f\u007f-\u009f\\]/u;

/** Why `relative` is not a plain path inside a folder, or `undefined` when it is one. */
export function relativePathProblem(relative: string): string | undefined {
  if (relative === '') return 'it is empty';
  if (FORBIDDEN_CHARACTER.test(relative)) return 'it contains a backslash or a control character';
  if (relative.startsWith('/') || /^[A-Za-z]:/.test(relative)) return 'it is an absolute path';
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..')) return 'it leads outside the folder (..)';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'it has an empty or "." part';
  return undefined;
}

/** A path for messages: JSON-quoted, so a newline or an escape sequence in it shows as text. */
export function quotedPath(relative: string): string {
  return JSON.stringify(relative);
}

/**
 * The absolute path of `relative` inside `folder`; throws a one-line `ConfigError` when it is not a plain
 * relative path or resolves outside the folder.
 */
export function pathInsideFolder(folder: string, relative: string, what = 'The path'): string {
  const problem = relativePathProblem(relative);
  const root = path.resolve(folder);
  const absolute = path.resolve(root, ...relative.split('/'));
  if (problem !== undefined || !isInside(root, absolute)) {
    throw new ConfigError(`${what} ${quotedPath(relative)} is refused: ${problem ?? 'it leads outside the folder'}. Paths in a folder stay inside the folder (nothing outside it is read or written).`);
  }
  return absolute;
}

function isInside(root: string, absolute: string): boolean {
  const relative = path.relative(root, absolute);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function isSymbolicLink(absolute: string): boolean {
  try {
    return fs.lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

export function linkMessage(relative: string): string {
  return `${relative} is a symbolic link: links are not followed inside a configuration folder (they could read or write outside it). Replace it with the real ${relative.includes('/') ? 'file' : 'folder'}.`;
}

/**
 * Refuses when `relative`, or any folder on the way to it from `folder`, is a symbolic link. Parts that do not
 * exist yet are fine (they will be created as real folders).
 */
export function checkNoLinkOnTheWay(folder: string, relative: string): void {
  const root = path.resolve(folder);
  const segments = relative.split('/');
  for (let depth = 1; depth <= segments.length; depth += 1) {
    const part = segments.slice(0, depth).join('/');
    if (isSymbolicLink(path.join(root, ...segments.slice(0, depth)))) throw new ConfigError(linkMessage(part));
  }
}

/** `pathInsideFolder`, then `checkNoLinkOnTheWay`: the absolute path of a file that may be read or written. */
export function safePathInFolder(folder: string, relative: string, what?: string): string {
  const absolute = pathInsideFolder(folder, relative, what);
  checkNoLinkOnTheWay(folder, relative);
  return absolute;
}
