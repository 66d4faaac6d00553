// Progress of reading and writing, on stderr with --verbose only: a pipeline's log stays short otherwise.
import type { ProgressListener } from '../core/configAsCode';
import { printableLine } from '../core/text/printable';
import type { CliIo } from './cliIo';

export function progressPrinter(io: CliIo, verbose: boolean): ProgressListener | undefined {
  if (!verbose) return undefined;
  return (event) => {
    const count = event.total !== undefined && event.done !== undefined ? ` [${event.done}/${event.total}]` : '';
    // The message names files and objects: one line, whatever they hold.
    io.stderr.write(`${printableLine(`${event.message}${count}`)}\n`);
  };
}
