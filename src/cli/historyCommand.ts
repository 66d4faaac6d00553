// `roaming-workbench history`: the apply journal of a folder's environment, oldest first, one line per record
// (every value from the file made printable: the journal is data of the folder, from a pull request perhaps).
import * as path from 'node:path';
import { readJournal, renderJournalLine } from '../core/configAsCode/applyJournal';
import type { CliIo } from './cliIo';
import type { HistoryOptions } from './historyOptions';

export function runHistory(options: HistoryOptions, io: CliIo): number {
  const folder = path.resolve(io.cwd, options.folder);
  const { file, records, skipped } = readJournal(folder, options.environment);
  const shown = records.slice(-options.limit);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  }
  if (records.length === 0) {
    io.stdout.write(`No apply has been journaled in ${file} yet.\n`);
    return 0;
  }
  if (shown.length < records.length) io.stdout.write(`(the last ${shown.length} of ${records.length} records; --limit N shows more)\n`);
  for (const record of shown) io.stdout.write(`${renderJournalLine(record)}\n`);
  if (skipped > 0) io.stderr.write(`warning: ${skipped} line${skipped === 1 ? '' : 's'} of ${file} ${skipped === 1 ? 'is' : 'are'} not a journal record and ${skipped === 1 ? 'was' : 'were'} left out.\n`);
  return 0;
}
