// A problem with the folder or the request itself (no manifest where one is needed, a folder exported from
// another account, a read-only connection): the message says what to do, and nothing was sent.
import { scrubSecrets } from '../http/knownSecrets';

export class ConfigError extends Error {
  /** Scrubbed as it is made, like a RemoteError: it often quotes another error's message. */
  constructor(message: string) {
    super(scrubSecrets(message));
    this.name = 'ConfigError';
  }
}

/**
 * The message of anything thrown, without a stack and without a known secret: apply's step messages and the
 * plan's refusals are made of it, and the error need not be one of ours.
 */
export function messageOf(error: unknown): string {
  return scrubSecrets(error instanceof Error ? error.message : String(error));
}
