// `roaming-workbench diff --folder F --environment A --environment B`: what differs between the accounts of two
// environments, by name (core: compareAccounts.ts). Each environment's connection comes from the flags, given
// once for both or once per environment, never from its state file: the state only has to agree with it.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { compareAccounts, comparisonExitCode, renderComparisonText } from '../core/configAsCode/compareAccounts';
import { readManifest, type ManifestConnection } from '../core/configAsCode/manifest';
import { scanFolder } from '../core/configAsCode/folderFiles';
import { isKindSlug, kindByFolder, kindsOfPlatform, RESOURCE_KINDS } from '../core/platforms/registry';
import type { KindSlug, PlatformClient } from '../core/platforms/resourceKind';
import { UsageError, type CliIo } from './cliIo';
import { checkedEnvironment, DEFAULT_PASSWORD_VARIABLE, type ConnectionFlags } from './commandLine';
import { progressPrinter } from './progressPrinter';

export interface DiffOptions {
  readonly command: 'diff';
  readonly folder: string;
  readonly environments: readonly [string, string];
  /** One set of connection flags per environment, in order. */
  readonly connections: readonly [ConnectionFlags, ConnectionFlags];
  readonly kinds?: readonly KindSlug[];
  readonly json: boolean;
  readonly verbose: boolean;
}

const MULTIPLE = { type: 'string', multiple: true } as const;
const DIFF_OPTIONS = {
  folder: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  environment: MULTIPLE, connection: MULTIPLE, 'base-url': MULTIPLE, 'target-account-id': MULTIPLE, username: MULTIPLE, 'password-env': MULTIPLE,
  platform: { type: 'string' }, kinds: { type: 'string' },
} as const;

/** A flag given once is shared by both environments; twice, the first is A's and the second B's. */
function perEnvironment(values: Record<string, unknown>, name: string): [string | undefined, string | undefined] {
  const given = (values[name] as string[] | undefined) ?? [];
  if (given.length > 2) throw new UsageError(`diff: --${name} is given ${given.length} times: give it once (shared) or twice (one per environment).`);
  return given.length === 2 ? [given[0], given[1]] : [given[0], given[0]];
}

export function parseDiffOptions(args: readonly string[], parseError: (error: unknown) => UsageError): DiffOptions {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...args], options: DIFF_OPTIONS, strict: true, allowPositionals: false }).values as Record<string, unknown>;
  } catch (error) {
    throw parseError(error);
  }
  const folder = values.folder as string | undefined;
  if (folder === undefined || folder.trim() === '') throw new UsageError('diff needs --folder DIR: the folder whose environments to compare.');
  const environments = (values.environment as string[] | undefined) ?? [];
  if (environments.length !== 2) throw new UsageError('diff needs --environment twice: the two environments to compare, e.g. --environment test --environment production.');
  const [a, b] = environments.map(checkedEnvironment);
  if (a === b) throw new UsageError(`diff: both environments are "${a}": name two different ones.`);
  const flags = (['connection', 'base-url', 'target-account-id', 'username', 'password-env'] as const).map((name) => perEnvironment(values, name));
  const connectionOf = (index: 0 | 1, environment: string): ConnectionFlags => ({
    file: flags[0][index], baseUrl: flags[1][index], targetAccountId: flags[2][index], username: flags[3][index],
    passwordEnv: flags[4][index] ?? DEFAULT_PASSWORD_VARIABLE, platform: values.platform as string | undefined, environment,
  });
  const kinds = typeof values.kinds === 'string' ? values.kinds.split(',').map((word) => word.trim()).filter(Boolean).map((word) => {
    const slug = isKindSlug(word) ? word : kindByFolder(word)?.slug;
    if (!slug) throw new UsageError(`--kinds: "${word}" is not a kind. Kinds: ${RESOURCE_KINDS.map((kind) => kind.slug).join(', ')}.`);
    return slug;
  }) : undefined;
  return {
    command: 'diff', folder, environments: [a, b], connections: [connectionOf(0, a), connectionOf(1, b)],
    ...(kinds && kinds.length > 0 && { kinds }), json: values.json === true, verbose: values.verbose === true,
  };
}

/** The kinds the folder holds files of (none: every kind of the platform). */
function folderKinds(folder: string, client: PlatformClient): KindSlug[] {
  const present = new Set(scanFolder(folder, client.connection.platform).files.map((file) => file.kind.slug));
  const kinds = kindsOfPlatform(client.connection.platform).map((kind) => kind.slug);
  return present.size === 0 ? kinds : kinds.filter((slug) => present.has(slug));
}

export type Connect = (flags: ConnectionFlags, state: ManifestConnection | undefined) => Promise<PlatformClient>;

export async function runDiff(options: DiffOptions, io: CliIo, connect: Connect): Promise<number> {
  const folder = path.resolve(io.cwd, options.folder);
  const [a, b] = options.environments;
  const left = await connect(options.connections[0], readManifest(folder, a)?.connection);
  const right = await connect(options.connections[1], readManifest(folder, b)?.connection);
  const comparison = await compareAccounts(left, right, {
    kinds: options.kinds ?? folderKinds(folder, left), leftLabel: a, rightLabel: b, signal: io.signal, onProgress: progressPrinter(io, options.verbose),
  });
  io.stdout.write(options.json ? `${JSON.stringify(comparison, null, 2)}\n` : renderComparisonText(comparison));
  return comparisonExitCode(comparison);
}
