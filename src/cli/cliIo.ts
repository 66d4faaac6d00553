// What the command line touches of the outside world, passed in so tests run it in-process: output streams, the
// input (for the confirmation), whether that input is a terminal, the environment (the password), the working
// directory and a signal that Ctrl+C aborts.

export interface TextOutput {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdinIsTerminal: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly signal?: AbortSignal;
}

/** A mistake in how the command was called: the message says what to type instead. Exit code 1. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
