// The apply journal: every request an apply sends, every verification it makes (the reads that check an object
// before writing over it, read a write back, or settle an unclear answer) and every step's outcome, appended as
// one JSON object per line to the environment's journal (environmentFiles.ts), so "what changed on production
// last Tuesday, and why" has an answer. The journal is committed and printed: every string in a record is
// scrubbed of the secrets the process knows (knownSecrets.ts, as the reports are), a line is bounded (large
// bodies are left out, and the record says so), and the file is opened without following a link.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scrubSecretsIn } from '../http/knownSecrets';
import type { RequestLogEntry, RequestLogger } from '../http/types';
import { printableLine } from '../text/printable';
import { ConfigError } from './configError';
import { environmentFiles } from './environmentFiles';
import { safePathInFolder } from './folderPaths';
import type { ApplyStep } from './reportTypes';

/** A line at most this long (bytes of UTF-8): a request body beyond it is left out of the line. */
export const MAX_JOURNAL_LINE = 16 * 1024;
/** `history` reads at most the journal's last bytes (older lines stay in the file). */
export const MAX_HISTORY_READ = 8 * 1024 * 1024;

export type JournalEvent =
  | 'apply-started' | 'lock-forced' | 'request' | 'verification' | 'step' | 'apply-finished' | 'apply-refused';

export interface JournalRecord {
  readonly time: string;
  /** One id per apply run, shared by its lines. */
  readonly apply: string;
  readonly event: JournalEvent;
  readonly [field: string]: unknown;
}

export class ApplyJournal {
  readonly apply = randomBytes(6).toString('hex');
  private readonly absolute: string;
  readonly file: string;

  constructor(folder: string, environment: string | undefined, private readonly now: () => Date = () => new Date()) {
    this.file = environmentFiles(environment).journal;
    this.absolute = safePathInFolder(folder, this.file, 'The journal');
  }

  record(event: JournalEvent, fields: Record<string, unknown> = {}): void {
    const record = scrubSecretsIn({ time: this.now().toISOString(), apply: this.apply, event, ...fields });
    fs.mkdirSync(path.dirname(this.absolute), { recursive: true });
    let descriptor: number;
    try {
      descriptor = fs.openSync(this.absolute, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o644);
    } catch (error) {
      throw new ConfigError(`Cannot write the journal ${this.file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    try {
      fs.writeSync(descriptor, `${boundedLine(record)}\n`);
    } finally {
      fs.closeSync(descriptor);
    }
  }

  started(fields: Record<string, unknown>): void {
    let user = 'unknown';
    try { user = os.userInfo().username; } catch { /* no user name on this system */ }
    this.record('apply-started', { user, host: os.hostname(), pid: process.pid, ...fields });
  }

  /** An apply step as it ended: what was sent (requests with their bodies), and what came back. */
  step(step: ApplyStep): void {
    this.record('step', {
      file: step.file, kind: step.kind, action: step.action, ...(step.id !== undefined && { id: step.id }), name: step.name,
      status: step.status, message: step.message, ...(step.requests && { requests: step.requests }),
      ...(step.outcome && { outcome: step.outcome }), ...(step.failure && { failure: step.failure }),
    });
  }

  /** A request the client made during the apply: a write is a `request`, a read a `verification`. */
  request(entry: RequestLogEntry): void {
    // The client has already redacted the path's tokens; the record is scrubbed again as it is written.
    this.record(entry.method === 'GET' ? 'verification' : 'request', {
      method: entry.method, path: entry.path, ...(entry.status !== undefined && { status: entry.status }),
      ...(entry.resultCode !== undefined && { resultCode: entry.resultCode }), durationMs: entry.durationMs,
      ...(entry.failure !== undefined && { failure: entry.failure }), ...(entry.attempt !== undefined && { attempt: entry.attempt }),
    });
  }
}

/**
 * The client's logger, passed through, that also tells the journal of the apply running (if any) each request:
 * a client is made before anyone knows it will apply, so the journal is plugged in for the apply only.
 */
export class RequestTap implements RequestLogger {
  journal: ApplyJournal | undefined;

  constructor(private readonly inner: RequestLogger) {}

  request(entry: RequestLogEntry): void {
    this.inner.request(entry);
    try {
      this.journal?.request(entry);
    } catch (error) {
      // Called from inside the client, perhaps between a write and reading its answer: a journal that cannot be
      // written must not turn a sent write into a failure of unknown effect. Said once; the steps still go to it.
      if (!this.warned) this.inner.warn(`The journal could not be written (${error instanceof Error ? error.message : String(error)}): requests are missing from it.`);
      this.warned = true;
    }
  }

  private warned = false;

  info(message: string): void {
    this.inner.info(message);
  }

  warn(message: string): void {
    this.inner.warn(message);
  }
}

/** The record as one line of at most MAX_JOURNAL_LINE bytes: request bodies go first, then long strings are cut. */
function boundedLine(record: Record<string, unknown>): string {
  const line = JSON.stringify(record);
  if (Buffer.byteLength(line, 'utf8') <= MAX_JOURNAL_LINE) return line;
  const withoutBodies = JSON.stringify(record, (key, value: unknown) => (key === 'body' ? '(left out: too large for a journal line)' : value));
  if (Buffer.byteLength(withoutBodies, 'utf8') <= MAX_JOURNAL_LINE) return withoutBodies;
  const cut = JSON.stringify(record, (key, value: unknown) =>
    (key === 'body' ? undefined : typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value));
  if (Buffer.byteLength(cut, 'utf8') <= MAX_JOURNAL_LINE) return cut;
  return JSON.stringify({ time: record.time, apply: record.apply, event: record.event, truncated: true });
}

/** The journal's records, oldest first (the last MAX_HISTORY_READ bytes); a line that is not JSON is skipped. */
export function readJournal(folder: string, environment?: string): { file: string; records: JournalRecord[]; skipped: number } {
  const file = environmentFiles(environment).journal;
  const absolute = safePathInFolder(folder, file, 'The journal');
  let descriptor: number;
  try {
    descriptor = fs.openSync(absolute, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, records: [], skipped: 0 };
    throw new ConfigError(code === 'ELOOP' ? `${file} is a symbolic link: links are not followed inside a configuration folder.` : `Cannot read ${file} (${code ?? 'error'}).`);
  }
  let text: string;
  try {
    const size = fs.fstatSync(descriptor).size;
    const length = Math.min(size, MAX_HISTORY_READ);
    const buffer = Buffer.alloc(length);
    fs.readSync(descriptor, buffer, 0, length, size - length);
    text = buffer.toString('utf8');
    // Started mid-line: the first, partial line is not a record.
    if (size > length) text = text.slice(text.indexOf('\n') + 1);
  } finally {
    fs.closeSync(descriptor);
  }
  const records: JournalRecord[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as JournalRecord;
      if (typeof value === 'object' && value !== null && typeof value.event === 'string') records.push(value);
      else skipped += 1;
    } catch {
      skipped += 1;
    }
  }
  return { file, records, skipped };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value));

/** One line per record, for a terminal: every value from the file made printable. */
export function renderJournalLine(record: JournalRecord): string {
  const head = `${text(record.time)} ${text(record.apply)} ${text(record.event)}`;
  let detail: string;
  switch (record.event) {
    case 'apply-started':
      detail = `${text(record.user)}@${text(record.host)} → ${text((record.connection as { name?: string } | undefined)?.name)} (${text((record.connection as { baseUrl?: string } | undefined)?.baseUrl)})${record.savedPlan ? ` plan ${text(record.savedPlan)}` : ''}`;
      break;
    case 'request':
    case 'verification':
      detail = `${text(record.method)} ${text(record.path)} → ${record.failure !== undefined ? text(record.failure) : `${text(record.status)}${record.resultCode !== undefined ? ` ${text(record.resultCode)}` : ''}`}`;
      break;
    case 'step':
      detail = `${text(record.status)}: ${text(record.action)} ${text(record.file)}${record.id !== undefined ? ` (${text(record.id)})` : ''} — ${text(record.message)}`;
      break;
    case 'apply-finished':
      detail = `${text(record.result)}${record.counts ? ` ${JSON.stringify(record.counts)}` : ''}`;
      break;
    default:
      detail = text(record.message ?? record.holder);
  }
  return printableLine(`${head} ${detail}`);
}
