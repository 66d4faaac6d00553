// The client's log on the command line. The shared client removes secrets from every entry before it reaches a
// logger, so this only decides what to show: warnings always (429 waits), the request log with --verbose. Paths
// and messages carry ids and words from the server: each entry is printed as one line, control characters shown.
import { formatDuration } from '../core/http/failures';
import type { RequestLogger } from '../core/http/types';
import { printableLine } from '../core/text/printable';
import type { TextOutput } from './cliIo';

export function cliLogger(stderr: TextOutput, verbose: boolean): RequestLogger {
  return {
    request(entry) {
      if (!verbose) return;
      const outcome = entry.failure ?? `${entry.status ?? '?'}${entry.resultCode ? ` ${entry.resultCode}` : ''}`;
      stderr.write(`${printableLine(`${entry.method} ${entry.path} → ${outcome} (${formatDuration(entry.durationMs)}${entry.attempt && entry.attempt > 1 ? `, attempt ${entry.attempt}` : ''})`)}\n`);
    },
    info(message) {
      if (verbose) stderr.write(`${printableLine(message)}\n`);
    },
    warn(message) {
      stderr.write(`warning: ${printableLine(message)}\n`);
    },
  };
}
