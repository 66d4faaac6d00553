// `roaming-workbench history`: which folder and environment, how many records, text or JSON. No connection: the
// journal is a file of the folder.
import { environmentNameProblem, DEFAULT_ENVIRONMENT } from '../core/configAsCode/environmentFiles';
import { UsageError } from './cliIo';

export interface HistoryOptions {
  readonly command: 'history';
  /** Default: the working directory. */
  readonly folder: string;
  /** The environment whose journal is printed (default: the default environment). */
  readonly environment?: string;
  readonly json: boolean;
  /** The last this many records (default 200). */
  readonly limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 200;

export function historyOptions(text: (name: string) => string | undefined, flag: (name: string) => boolean): HistoryOptions {
  const folder = text('folder') ?? '.';
  if (folder.trim() === '') throw new UsageError('--folder needs the configuration folder whose journal to print.');
  const environment = text('environment');
  if (environment !== undefined && environment !== DEFAULT_ENVIRONMENT) {
    const problem = environmentNameProblem(environment);
    if (problem) throw new UsageError(problem);
  }
  const limitText = text('limit');
  const limit = limitText === undefined ? DEFAULT_HISTORY_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number of records, e.g. 50, not "${limitText}".`);
  return { command: 'history', folder, ...(environment !== undefined && { environment }), json: flag('json'), limit };
}
