// The command line's words into typed options, with node's own parser. Unknown options, stray arguments and a
// password given as a flag are refused with a message that says what to type instead.
import { parseArgs } from 'node:util';
import { isKindSlug, kindByFolder, RESOURCE_KINDS } from '../core/platforms/registry';
import type { CoverageSubject } from '../core/coverage/readCoverage';
import type { KindSlug } from '../core/platforms/resourceKind';
import { UsageError } from './cliIo';
import { CI_FLAGS, ciOptionsOf, type CiOptions } from './ciOptions';
import { APPLY_HELP, COVERAGE_HELP, DIFF_HELP, EXPORT_HELP, PLAN_HELP, PROGRAM_HELP } from './helpTexts';
import { environmentNameProblem } from '../core/configAsCode/environmentFiles';
import { parseDiffOptions, type DiffOptions } from './diffCommand';

export type CommandName = 'export' | 'plan' | 'apply';
type AnyCommand = CommandName | 'coverage';

export interface ConnectionFlags {
  readonly file?: string;
  readonly platform?: string;
  readonly baseUrl?: string;
  readonly username?: string;
  readonly targetAccountId?: string;
  readonly environment?: string;
  readonly passwordEnv: string;
}

export interface CommandOptions {
  readonly command: CommandName;
  readonly folder: string;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly connection: ConnectionFlags;
  readonly kinds?: readonly KindSlug[];
  readonly ids?: readonly string[];
  readonly force: boolean;
  readonly allowDeletes: boolean;
  readonly continueOnError: boolean;
  readonly yes: boolean;
  readonly reportDir?: string;
  /** Anything in the folder that belongs to no kind is an error, not a warning. */
  readonly strict: boolean;
  /** plan, apply: `--only`, `--format`, `--junit`, `--sarif`, `--markdown` (ciOptions.ts). */
  readonly ci?: CiOptions;
  /** `--environment NAME`: the state is roaming-state/NAME.json (environmentFiles.ts); absent: roaming-manifest.json. */
  readonly environment?: string;
}

/** `coverage` works on the remote only: no folder, a subject (and maybe a second to compare with), a format. */
export interface CoverageOptions {
  readonly command: 'coverage';
  readonly verbose: boolean;
  readonly connection: ConnectionFlags;
  readonly subject: CoverageSubject;
  readonly compareWith?: CoverageSubject;
  readonly format: CoverageFormat;
  /** A file to write instead of stdout. */
  readonly out?: string;
}

export type CoverageFormat = 'text' | 'json' | 'svg';
const COVERAGE_FORMATS: readonly CoverageFormat[] = ['text', 'json', 'svg'];

export type CommandLine = { readonly help: string } | { readonly options: CommandOptions } | { readonly coverage: CoverageOptions } | { readonly diff: DiffOptions };

export const DEFAULT_PASSWORD_VARIABLE = 'ROAMING_PASSWORD';

const COMMON = {
  folder: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  connection: { type: 'string' },
  platform: { type: 'string' },
  'base-url': { type: 'string' },
  username: { type: 'string' },
  'target-account-id': { type: 'string' },
  environment: { type: 'string' },
  'password-env': { type: 'string' },
} as const;

const CONNECTION_OPTIONS = {
  verbose: COMMON.verbose, help: COMMON.help, connection: COMMON.connection, platform: COMMON.platform, 'base-url': COMMON['base-url'],
  username: COMMON.username, 'target-account-id': COMMON['target-account-id'], environment: COMMON.environment, 'password-env': COMMON['password-env'],
} as const;

const COVERAGE_OPTIONS = {
  ...CONNECTION_OPTIONS,
  group: { type: 'string' }, profile: { type: 'string' }, 'compare-group': { type: 'string' }, 'compare-profile': { type: 'string' },
  format: { type: 'string' }, out: { type: 'string' },
} as const;

const COMMANDS = {
  export: { help: EXPORT_HELP, options: { ...COMMON, kinds: { type: 'string' }, ids: { type: 'string' }, force: { type: 'boolean' } } },
  plan: { help: PLAN_HELP, options: { ...COMMON, 'allow-deletes': { type: 'boolean' }, strict: { type: 'boolean' }, ...CI_FLAGS } },
  coverage: { help: COVERAGE_HELP, options: COVERAGE_OPTIONS },
  apply: {
    help: APPLY_HELP,
    options: {
      ...COMMON, 'allow-deletes': { type: 'boolean' }, 'continue-on-error': { type: 'boolean' }, yes: { type: 'boolean', short: 'y' }, 'report-dir': { type: 'string' },
      strict: { type: 'boolean' },
      ...CI_FLAGS,
    },
  },
} as const;

function isCommand(word: string | undefined): word is AnyCommand {
  return word === 'export' || word === 'plan' || word === 'apply' || word === 'coverage';
}

/** Secrets on a command line end up in shell history and process lists. */
function refusePasswordFlags(argv: readonly string[]): void {
  if (argv.some((word) => /^--?(password|pass|pw|p)(=|$)/i.test(word))) {
    throw new UsageError(`a password is never taken from the command line (it would end up in shell history and process lists): set ${DEFAULT_PASSWORD_VARIABLE}, or name another variable with --password-env.`);
  }
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return items.length > 0 ? items : undefined;
}

/** Kinds by slug (`roaming-profile`) or by folder name (`roaming-profiles`). */
function kindSlugs(value: string | undefined): KindSlug[] | undefined {
  return list(value)?.map((word) => {
    const slug = isKindSlug(word) ? word : kindByFolder(word)?.slug;
    if (!slug) throw new UsageError(`--kinds: "${word}" is not a kind. Kinds: ${RESOURCE_KINDS.map((kind) => kind.slug).join(', ')}.`);
    return slug;
  });
}

function parseError(error: unknown, command: AnyCommand | 'diff'): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']+)'/.exec(message)?.[1];
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return new UsageError(`unknown option ${option} for ${command}: see roaming-workbench ${command} --help.`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return new UsageError(`${option} needs a value: see roaming-workbench ${command} --help.`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError(`unexpected argument for ${command}: see roaming-workbench ${command} --help.`);
  return new UsageError(`${message.split('\n')[0]} (see roaming-workbench ${command} --help)`);
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('say which command to run: export, plan, apply or coverage (roaming-workbench --help describes them).');
  if (first === '--help' || first === '-h' || first === 'help') return { help: PROGRAM_HELP };
  if (first === 'diff') {
    if (rest.includes('--help') || rest.includes('-h')) return { help: DIFF_HELP };
    refusePasswordFlags(rest);
    return { diff: parseDiffOptions(rest, (error) => parseError(error, 'diff')) };
  }
  if (!isCommand(first)) throw new UsageError(`"${first}" is not a command: use export, plan, apply or coverage (roaming-workbench --help describes them).`);
  if (rest.includes('--help') || rest.includes('-h')) return { help: COMMANDS[first].help };
  refusePasswordFlags(rest);

  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...rest], options: COMMANDS[first].options, strict: true, allowPositionals: false }).values as Record<string, unknown>;
  } catch (error) {
    throw parseError(error, first);
  }
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] as string : undefined);
  const flag = (name: string): boolean => values[name] === true;
  const connection: ConnectionFlags = {
    file: text('connection'),
    platform: text('platform'),
    baseUrl: text('base-url'),
    username: text('username'),
    targetAccountId: text('target-account-id'),
    environment: text('environment'),
    passwordEnv: text('password-env') ?? DEFAULT_PASSWORD_VARIABLE,
  };
  if (first === 'coverage') return { coverage: coverageOptions(text, flag('verbose'), connection) };

  const ci = first === 'export' ? undefined : ciOptionsOf(values, flag('json'));
  const folder = text('folder');
  if (folder === undefined || folder.trim() === '') throw new UsageError(`${first} needs --folder DIR: the folder ${first === 'export' ? 'to write into' : 'that was exported'}.`);
  return {
    options: {
      command: first,
      folder,
      json: flag('json') || ci?.format === 'json',
      verbose: flag('verbose'),
      connection,
      kinds: kindSlugs(text('kinds')),
      ids: list(text('ids')),
      force: flag('force'),
      allowDeletes: flag('allow-deletes'),
      continueOnError: flag('continue-on-error'),
      yes: flag('yes'),
      reportDir: text('report-dir'),
      strict: flag('strict'),
      ...(ci !== undefined && { ci }),
      ...(connection.environment !== undefined && { environment: checkedEnvironment(connection.environment) }),
    },
  };
}

/** An environment names a file of the folder: refused in one line unless it is a plain, safe name. */
export function checkedEnvironment(name: string): string {
  const problem = environmentNameProblem(name);
  if (problem !== undefined) throw new UsageError(`--environment: ${problem}`);
  return name;
}

/** One subject from a pair of flags (`--group` / `--profile`), at most one of them given. */
function subjectOf(groupFlag: string, profileFlag: string, text: (name: string) => string | undefined): CoverageSubject | undefined {
  const group = text(groupFlag);
  const profile = text(profileFlag);
  if (group !== undefined && profile !== undefined) throw new UsageError(`coverage takes --${groupFlag} or --${profileFlag}, not both.`);
  const [kind, id] = group !== undefined ? ['group', group] as const : profile !== undefined ? ['profile', profile] as const : [];
  if (kind === undefined) return undefined;
  if (!/^\d+$/.test(id.trim())) throw new UsageError(`--${kind === 'group' ? groupFlag : profileFlag} takes the numeric id of a ${kind === 'group' ? 'destination group' : 'roaming profile'}, e.g. ${kind === 'group' ? '2505' : '3004'}.`);
  return { kind, id: id.trim() };
}

function coverageOptions(text: (name: string) => string | undefined, verbose: boolean, connection: ConnectionFlags): CoverageOptions {
  const subject = subjectOf('group', 'profile', text);
  if (!subject) throw new UsageError('coverage needs --group ID or --profile ID: the destination group or roaming profile to show.');
  const compareWith = subjectOf('compare-group', 'compare-profile', text);
  const format = text('format') ?? 'text';
  if (!(COVERAGE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format is text, json or svg, not "${format}".`);
  const out = text('out');
  if (out !== undefined && out.trim() === '') throw new UsageError('--out needs a file name.');
  return { command: 'coverage', verbose, connection, subject, ...(compareWith && { compareWith }), format: format as CoverageFormat, ...(out !== undefined && { out }) };
}
