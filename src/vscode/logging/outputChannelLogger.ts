// The "Roaming" output channel. The shared client scrubs what it logs with its own secrets; this logger scrubs
// every line again with every secret the process knows, because it is also handed messages from outside the
// client (a push's outcome, an export's summary) and a log file outlives the session.
import type * as vscode from 'vscode';
import { scrubSecrets } from '../../core/http/knownSecrets';
import type { RequestLogEntry, RequestLogger } from '../../core/http/types';

/** One line per request in the "Roaming" log channel. */
export function formatRequestLine(entry: RequestLogEntry): string {
  const outcome = entry.failure
    ? `failed: ${entry.failure}`
    : [entry.status, entry.resultCode].filter((part) => part !== undefined).join(' ');
  const attempt = entry.attempt && entry.attempt > 1 ? ` (attempt ${entry.attempt})` : '';
  return `[${entry.connection}] ${entry.method} ${entry.path} → ${outcome} in ${Math.round(entry.durationMs)} ms${attempt}`;
}

export class OutputChannelLogger implements RequestLogger {
  constructor(private readonly channel: vscode.LogOutputChannel) {}

  request(entry: RequestLogEntry): void {
    const line = scrubSecrets(formatRequestLine(entry));
    if (entry.failure || (entry.status !== undefined && entry.status >= 400)) this.channel.warn(line);
    else this.channel.info(line);
  }

  info(message: string): void {
    this.channel.info(scrubSecrets(message));
  }

  warn(message: string): void {
    this.channel.warn(scrubSecrets(message));
  }
}
