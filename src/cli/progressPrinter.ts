// Progress of reading and writing, on stderr with --verbose only: a pipeline's log stays short otherwise.
import type { ProgressListener } from '../configAsCode';
import type { CliIo } from './cliIo';

export function progressPrinter(io: CliIo, verbose: boolean): ProgressListener | undefined {
  if (!verbose) return undefined;
  return (event) => {
    const count = event.total !== undefined && event.done !== undefined ? ` [${event.done}/${event.total}]` : '';
    io.stderr.write(`${event.message}${count}\n`);
  };
}
