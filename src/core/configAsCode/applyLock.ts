// One apply at a time per environment: an apply creates the environment's lock file (environmentFiles.ts) with an
// exclusive create — the file system decides, so two applies from the same clone, on the same machine or on two
// machines sharing the folder, can never both hold it — and removes it when it ends. A lock left by an apply that
// crashed stays until a person releases it with `--force-unlock`: the program never decides on its own that the
// other apply is gone (it may run on another machine, or be waiting at its confirmation).
//
// What it cannot see: two clones of the repository on two machines have two lock files. Neither vendor's API offers
// anything to hold a marker in (no tags or notes on objects, and creating a dummy object would change the account),
// so for them the protection is the one every apply already has: each update and delete is sent only over the
// remote object the plan saw (its fingerprint), and a saved plan refuses when anything it read changed.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError } from './configError';
import { environmentFiles } from './environmentFiles';
import { readFolderFile } from './folderFiles';
import { safePathInFolder } from './folderPaths';
import type { ManifestConnection } from './manifest';

export interface LockHolder {
  readonly user: string;
  readonly host: string;
  readonly pid: number;
  /** ISO time the lock was taken. */
  readonly since: string;
  readonly environment: string;
  /** The account applied to (no secret: name, platform, host, user, account id). */
  readonly connection?: Pick<ManifestConnection, 'name' | 'baseUrl' | 'username' | 'targetAccountId'>;
  /** Tells this holder's lock from a later one, so a release never removes someone else's lock. */
  readonly token: string;
}

export interface HeldLock {
  readonly holder: LockHolder;
  /** The holder of the stale lock `--force-unlock` removed, if any. */
  readonly forced?: LockHolder | { readonly unreadable: true };
  release(): void;
}

export interface LockOptions {
  readonly environment?: string;
  readonly connection?: LockHolder['connection'];
  /** Remove a lock left behind (a crashed apply) before taking it. */
  readonly forceUnlock?: boolean;
  readonly now?: () => Date;
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

function parseHolder(text: string | undefined): LockHolder | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.user === 'string' && typeof value.host === 'string' && typeof value.pid === 'number' && typeof value.since === 'string') return value as LockHolder;
  } catch {
    // an unreadable lock is still a lock
  }
  return undefined;
}

/** Whether a process of this machine is gone: only then can anyone tell a lock is stale, and only a person acts on it. */
function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export function describeHolder(holder: LockHolder): string {
  const account = holder.connection ? ` to ${holder.connection.name} (${holder.connection.baseUrl}${holder.connection.targetAccountId ? `, account ${holder.connection.targetAccountId}` : ''})` : '';
  return `${holder.user} on ${holder.host} (pid ${holder.pid}) since ${holder.since}${account}`;
}

function heldMessage(lock: string, holder: LockHolder | undefined, environment: string): string {
  if (holder === undefined) {
    return `Nothing was sent: another apply to the ${environment} environment holds ${lock} (its content cannot be read). Wait for it to end; if no apply is running, release it with --force-unlock.`;
  }
  const stale = holder.host === os.hostname() && processIsGone(holder.pid)
    ? ` Its process is no longer running on this machine: the lock is stale (a crashed apply). Check what it did (roaming-workbench history), then release it with --force-unlock.`
    : ' Wait for it to end; only if you are sure it is not running (a crashed apply, another machine that is gone), release it with --force-unlock.';
  return `Nothing was sent: another apply to the ${environment} environment is running: ${describeHolder(holder)} holds ${lock}.${stale}`;
}

/** Takes the environment's lock, or throws a `ConfigError` naming who holds it. */
export function acquireApplyLock(folder: string, options: LockOptions = {}): HeldLock {
  const files = environmentFiles(options.environment);
  // Inside the folder, no link on the way; the lock itself is created with O_EXCL, which never follows a link.
  const absolute = safePathInFolder(folder, files.lock, 'The lock file');
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  let forced: HeldLock['forced'];
  if (options.forceUnlock) {
    const previous = readLockText(folder, files.lock);
    if (previous !== undefined) {
      forced = parseHolder(previous) ?? { unreadable: true };
      fs.rmSync(absolute, { force: true });
    }
  }
  const holder: LockHolder = {
    user: currentUser(),
    host: os.hostname(),
    pid: process.pid,
    since: (options.now?.() ?? new Date()).toISOString(),
    environment: files.environment,
    ...(options.connection && { connection: options.connection }),
    token: randomBytes(8).toString('hex'),
  };
  try {
    createWhole(absolute, `${JSON.stringify(holder, null, 2)}\n`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ConfigError(heldMessage(files.lock, parseHolder(readLockText(folder, files.lock)), files.environment));
    }
    throw new ConfigError(`Cannot create the lock ${files.lock} (${(error as NodeJS.ErrnoException).code ?? 'error'}): nothing was sent.`);
  }
  return {
    holder,
    ...(forced && { forced }),
    release: () => {
      // Only our own lock: after a --force-unlock elsewhere, the file may be someone else's by now.
      if (parseHolder(readLockText(folder, files.lock))?.token === holder.token) fs.rmSync(absolute, { force: true });
    },
  };
}

/**
 * Creates `file` holding `text`, or throws EEXIST when anything (a link too) is at its name. Written to a temporary
 * file first and hard-linked into place, so another apply never reads a lock without its holder; where the file
 * system has no hard links, an exclusive create (O_EXCL, which follows no link) and a write.
 */
function createWhole(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  fs.writeFileSync(temporary, text, { flag: 'wx', mode: 0o644 });
  try {
    fs.linkSync(temporary, file);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  const descriptor = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o644);
  try {
    fs.writeSync(descriptor, text);
  } finally {
    fs.closeSync(descriptor);
  }
}

function readLockText(folder: string, lock: string): string | undefined {
  try {
    return readFolderFile(folder, lock);
  } catch {
    // A link or an unreadable file: present, content unknown.
    return '';
  }
}

/** Holds the lock while `work` runs, and releases it however `work` ends. */
export async function withApplyLock<T>(folder: string, options: LockOptions, work: (lock: HeldLock) => Promise<T>): Promise<T> {
  const lock = acquireApplyLock(folder, options);
  try {
    return await work(lock);
  } finally {
    lock.release();
  }
}
