// The connection a command works on: a JSON file, the environment, then flags, each overriding the one before,
// with the folder's manifest filling in only what cannot redirect the password. Everything but the password,
// which comes from an environment variable only: a file or a flag would end up in version control, shell history
// or a process list.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ManifestConnection } from '../core/configAsCode';
import { normalisedUrl } from '../core/configAsCode/manifest';
import { PLATFORM_LABELS, type ConnectionRecord, type PlatformId } from '../core/http/connection';
import { UsageError } from './cliIo';
import type { ConnectionFlags } from './commandLine';

interface ConnectionFields {
  name?: string;
  platform?: string;
  baseUrl?: string;
  username?: string;
  environment?: string;
  readOnly?: boolean;
  targetAccountId?: string;
  /** Copied with the rest from VS Code settings: the currency of TelecomX prices. */
  currency?: string;
}

const STRING_KEYS = ['name', 'platform', 'baseUrl', 'username', 'environment', 'targetAccountId', 'currency'] as const;
/** Keys that would hold a secret: refused outright, whatever the spelling. */
const SECRET_KEY = /pass(word)?|secret|token|credential/i;

function readConnectionFile(file: string, cwd: string): ConnectionFields {
  const where = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(where, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `--connection: ${file} does not exist.` : `--connection: cannot read ${file} (${code ?? 'error'}).`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--connection: ${file} is not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`--connection: ${file} must hold a JSON object.`);
  const object = value as Record<string, unknown>;
  const fields: ConnectionFields = {};
  for (const [key, item] of Object.entries(object)) {
    if (SECRET_KEY.test(key)) {
      throw new UsageError(`--connection: ${file} holds "${key}": remove it. The password is read from an environment variable only (ROAMING_PASSWORD, or the one --password-env names).`);
    }
    if (key === 'id') continue; // Copied from VS Code settings: meaningless here.
    if (key === 'readOnly') {
      if (typeof item !== 'boolean') throw new UsageError(`--connection: "readOnly" in ${file} must be true or false.`);
      fields.readOnly = item;
    } else if ((STRING_KEYS as readonly string[]).includes(key)) {
      if (typeof item !== 'string') throw new UsageError(`--connection: "${key}" in ${file} must be a string.`);
      fields[key as (typeof STRING_KEYS)[number]] = item;
    } else {
      throw new UsageError(`--connection: unknown key "${key}" in ${file} (known: ${[...STRING_KEYS, 'readOnly'].join(', ')}).`);
    }
  }
  return fields;
}

function checkedBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`the base URL "${value}" is not a URL: e.g. https://sft.bics.com or http://127.0.0.1:8701.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`the base URL must start with https:// or http://, not ${url.protocol}//.`);
  if (url.username || url.password) throw new UsageError('the base URL must not carry a user name or password: use --username, and the password environment variable.');
  return url.toString().replace(/\/+$/, '');
}

/** The environment variable a pipeline can name the host with, instead of --base-url. */
export const BASE_URL_VARIABLE = 'ROAMING_BASE_URL';


/**
 * Where the password goes, and which account the changes reach, is the person's to say — a flag, the
 * `--connection` file or `ROAMING_BASE_URL` — never the folder's manifest: it is data a pull request can change.
 * The manifest fills in only what cannot redirect anything (the platform, user name, name and environment
 * label), and a host or child account named that differs from the manifest's is refused before signing in.
 */
function checkNamedAccount(named: ConnectionFields, manifest: ManifestConnection | undefined): void {
  if (!manifest) return;
  if (named.baseUrl === undefined) {
    throw new UsageError(`name the host: the folder's manifest says ${manifest.baseUrl}, but the password is only sent to a host you name. Add --base-url ${manifest.baseUrl} (or set ${BASE_URL_VARIABLE}, or use --connection FILE); a manifest is data a pull request can change.`);
  }
  if (normalisedUrl(named.baseUrl) !== normalisedUrl(manifest.baseUrl)) {
    throw new UsageError(`the folder's manifest was made for ${manifest.baseUrl}, not ${named.baseUrl}: nothing was sent. Its ids belong to the account it was exported from; export into a new folder for ${named.baseUrl}.`);
  }
  const recordedAccount = manifest.targetAccountId ?? '';
  const namedAccount = named.targetAccountId?.trim() ?? '';
  if (recordedAccount !== namedAccount) {
    throw new UsageError(recordedAccount !== '' && namedAccount === ''
      ? `the folder's manifest is for child account ${recordedAccount}: confirm it with --target-account-id ${recordedAccount} (or targetAccountId in the --connection file). Nothing was sent.`
      : `the folder's manifest is for ${recordedAccount === '' ? 'the reseller\'s own account' : `child account ${recordedAccount}`}, not ${namedAccount === '' ? 'the reseller\'s own account' : `child account ${namedAccount}`}: nothing was sent. Use the account it was made for, or export into a new folder.`);
  }
  if (named.platform !== undefined && named.platform !== manifest.platform) {
    throw new UsageError(`the folder's manifest is for ${manifest.platform}, not ${named.platform}: nothing was sent.`);
  }
}

/**
 * The file, then the environment, then flags, each overriding the one before; the manifest only fills in what
 * cannot redirect the password or the changes (see `checkNamedAccount`). What is still missing is asked for by name.
 */
export function resolveConnection(
  flags: ConnectionFlags, manifest: ManifestConnection | undefined, cwd: string, env: Readonly<Record<string, string | undefined>> = {},
): ConnectionRecord {
  const fromFile = flags.file !== undefined ? readConnectionFile(flags.file, cwd) : {};
  const fromEnvironment: ConnectionFields = env[BASE_URL_VARIABLE]?.trim() ? { baseUrl: env[BASE_URL_VARIABLE]?.trim() } : {};
  const fromFlags: ConnectionFields = Object.fromEntries(Object.entries({
    platform: flags.platform, baseUrl: flags.baseUrl, username: flags.username, targetAccountId: flags.targetAccountId, environment: flags.environment,
  }).filter(([, value]) => value !== undefined));
  const named: ConnectionFields = { ...fromFile, ...fromEnvironment, ...fromFlags };
  checkNamedAccount(named, manifest);
  const fromManifest: ConnectionFields = manifest
    ? { name: manifest.name, platform: manifest.platform, username: manifest.username, environment: manifest.environment }
    : {};
  const merged: ConnectionFields = { ...fromManifest, ...named };

  const missing = [
    merged.platform === undefined ? '--platform' : '',
    merged.baseUrl === undefined ? `--base-url (or ${BASE_URL_VARIABLE})` : '',
    merged.username === undefined ? '--username' : '',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new UsageError(`no connection: give --connection FILE, or ${missing.join(', ')} (a folder exported before knows its platform and user name).`);
  }
  const platform = merged.platform as string;
  if (platform !== 'sft' && platform !== 'telecomx') throw new UsageError(`the platform is sft or telecomx, not "${platform}".`);
  const baseUrl = checkedBaseUrl(merged.baseUrl as string);
  const username = (merged.username as string).trim();
  if (username === '') throw new UsageError('the user name is empty.');
  const targetAccountId = merged.targetAccountId?.trim();
  return {
    id: 'command-line',
    name: merged.name?.trim() || `${PLATFORM_LABELS[platform as PlatformId]} ${new URL(baseUrl).host}`,
    platform,
    baseUrl,
    username,
    // Like a connection in VS Code settings: without a label, it counts as production.
    environment: merged.environment?.trim() || 'production',
    readOnly: merged.readOnly === true,
    ...(targetAccountId && { targetAccountId }),
    ...(merged.currency?.trim() && { currency: merged.currency.trim() }),
  };
}

export function readPassword(env: Readonly<Record<string, string | undefined>>, variable: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new UsageError(`--password-env: "${variable}" is not an environment variable name.`);
  const password = env[variable];
  if (password === undefined || password === '') {
    throw new UsageError(`set the password in the environment variable ${variable} (it is never taken from the command line or a file).`);
  }
  return password;
}
