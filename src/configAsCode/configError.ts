// A problem with the folder or the request itself (no manifest where one is needed, a folder exported from
// another account, a read-only connection): the message says what to do, and nothing was sent.
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The message of anything thrown, without a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
