// Pure helpers for connection records, shared by the store, the wizard and the settings reader.
import type { ConnectionRecord, PlatformId } from '../../core/http/connection';

/** A URI-safe id from a name, unique among `taken`: "Sandbox SFT" → `sandbox-sft`, then `sandbox-sft-2`. */
export function connectionIdFor(name: string, taken: ReadonlySet<string>): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'connection';
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
  return candidate;
}

/** Why a base URL cannot be used, or `undefined` when it can. Runs on every keystroke in the wizard. */
export function problemWithBaseUrl(value: string): string | undefined {
  const text = value.trim();
  if (!text) return 'The base URL is required, e.g. https://sft.bics.com';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Not a URL: start with https:// (or http:// for a local sandbox)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http:// and https:// URLs are supported';
  if (url.username || url.password) return 'Do not put credentials in the URL; the password is asked separately and kept in SecretStorage';
  if (url.search || url.hash) return 'The base URL takes no query string or fragment';
  return undefined;
}

/** `https://sft.bics.com/` → `https://sft.bics.com`: paths are appended to it. */
export function normaliseBaseUrl(value: string): string {
  return value.trim().replace(/\/+$/, '');
}

const PLATFORMS: readonly PlatformId[] = ['sft', 'telecomx'];

/**
 * Reads one `roaming.connections` settings entry (everything but secrets). Returns the record or a reason it
 * cannot be used, so a typo in settings.json becomes a message, not a crash.
 */
export function connectionFromSetting(entry: unknown, taken: ReadonlySet<string>): ConnectionRecord | string {
  if (typeof entry !== 'object' || entry === null) return 'an entry is not an object';
  const value = entry as Record<string, unknown>;
  const name = typeof value.name === 'string' ? value.name.trim() : '';
  if (!name) return 'an entry has no "name"';
  if (!PLATFORMS.includes(value.platform as PlatformId)) return `"${name}": "platform" must be "sft" or "telecomx"`;
  const baseUrl = typeof value.baseUrl === 'string' ? value.baseUrl : '';
  const urlProblem = problemWithBaseUrl(baseUrl);
  if (urlProblem) return `"${name}": ${urlProblem}`;
  const username = typeof value.username === 'string' ? value.username.trim() : '';
  if (!username) return `"${name}": "username" is required`;
  if ('password' in value) return `"${name}": passwords do not belong in settings; remove "password" — you will be asked once and it is kept in SecretStorage`;
  const requestedId = typeof value.id === 'string' && /^[a-z0-9-]+$/.test(value.id) ? value.id : undefined;
  return {
    id: requestedId && !taken.has(requestedId) ? requestedId : connectionIdFor(name, taken),
    name,
    platform: value.platform as PlatformId,
    baseUrl: normaliseBaseUrl(baseUrl),
    username,
    environment: typeof value.environment === 'string' && value.environment.trim() ? value.environment.trim() : 'production',
    readOnly: value.readOnly === true,
    targetAccountId: typeof value.targetAccountId === 'string' && value.targetAccountId.trim() ? value.targetAccountId.trim() : undefined,
    ...(typeof value.currency === 'string' && /^[A-Za-z]{3}$/.test(value.currency.trim()) && { currency: value.currency.trim().toUpperCase() }),
  };
}
