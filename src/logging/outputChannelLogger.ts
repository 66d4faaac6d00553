import type * as vscode from 'vscode';
import type { RequestLogEntry, RequestLogger } from '../http/types';

/** One line per request in the "Roaming" log channel. The client has already removed every secret. */
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
    const line = formatRequestLine(entry);
    if (entry.failure || (entry.status !== undefined && entry.status >= 400)) this.channel.warn(line);
    else this.channel.info(line);
  }

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }
}
