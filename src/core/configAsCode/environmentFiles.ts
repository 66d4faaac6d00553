// Where a configuration folder keeps what belongs to one environment (one account the folder is applied to):
// its state (remote ids and fingerprints, the manifest's shape), its apply lock and its journal. One folder's
// files describe the configuration; each environment has its own state beside them:
//
//   roaming-manifest.json                 the default environment's state (folders exported before environments)
//   roaming-state/<environment>.json      a named environment's state (`--environment test`)
//   roaming-state/<environment>.lock      held while an apply to it runs
//   roaming-state/<environment>.journal.jsonl   every request an apply sent and every verification, one JSON per line
//
// The default environment's lock and journal are `roaming-state/default.lock` and `.journal.jsonl`. Paths are
// relative to the folder; every reader and writer goes through folderPaths.ts's checks (inside, no links).
import { MANIFEST_FILE } from './folderLayout';

export const STATE_FOLDER = 'roaming-state';
export const DEFAULT_ENVIRONMENT = 'default';

/** Lower-case letters, digits and dashes, starting with a letter: safe as a file name on every system. */
const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** Why a name cannot be an environment's, in one line; undefined when it can. */
export function environmentNameProblem(name: string): string | undefined {
  if (ENVIRONMENT_NAME.test(name)) return undefined;
  return `"${name}" cannot name an environment: use lower-case letters, digits and dashes, starting with a letter (at most 40), e.g. "test" or "production".`;
}

export interface EnvironmentFiles {
  /** The environment's name (`default` when none was given). */
  readonly environment: string;
  readonly state: string;
  readonly lock: string;
  readonly journal: string;
}

/** The files of `environment` (undefined: the default one), relative to the folder. Throws on a bad name. */
export function environmentFiles(environment?: string): EnvironmentFiles {
  if (environment !== undefined && environment !== DEFAULT_ENVIRONMENT) {
    const problem = environmentNameProblem(environment);
    if (problem) throw new Error(problem);
  }
  const name = environment ?? DEFAULT_ENVIRONMENT;
  return {
    environment: name,
    state: name === DEFAULT_ENVIRONMENT ? MANIFEST_FILE : `${STATE_FOLDER}/${name}.json`,
    lock: `${STATE_FOLDER}/${name}.lock`,
    journal: `${STATE_FOLDER}/${name}.journal.jsonl`,
  };
}
