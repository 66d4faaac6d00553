// `roaming-workbench export|plan|apply|coverage`: the command line on the same core as the VS Code commands. `main` takes
// its arguments and its view of the world (`CliIo`) and resolves with the exit code, so tests run it in-process.
// Every failure ends as one line on stderr, never a stack trace. Both output streams are guarded (see
// guardedOutput.ts), so nothing a printer forgot reaches the terminal as a control character.
import * as path from 'node:path';
import { ConfigError, readManifest } from '../core/configAsCode';
import { InMemoryCredentialStore } from '../core/http/credentials';
import { knownSecretsFor } from '../core/http/knownSecrets';
import { RemoteError } from '../core/http/types';
import { createPlatformClient } from '../core/platforms/clientFactory';
import { runApply, checkConfirmationPossible } from './applyCommand';
import { UsageError, type CliIo } from './cliIo';
import { cliLogger } from './cliLogger';
import { cliFailureAdvice } from './failureAdvice';
import { parseCommandLine, type CommandOptions, type ConnectionFlags, type CoverageOptions } from './commandLine';
import { runCoverage } from './coverageCommand';
import { runDiff } from './diffCommand';
import { readPassword, resolveConnection } from './connectionSettings';
import { runExport } from './exportCommand';
import { runPlan } from './planCommand';
import { guardedOutput } from './guardedOutput';
import { failureText } from '../core/http/failureText';
import { printableLine } from '../core/text/printable';

export type { CliIo } from './cliIo';

/** One line: what went wrong and what to do. The message may quote a file or a server: it is made printable. */
function describeFailure(error: unknown): string {
  if (error instanceof RemoteError || error instanceof UsageError || error instanceof ConfigError || error instanceof Error) return failureText(error);
  return String(error);
}

/** The client for the connection the flags (and a folder's manifest) name, signed in. */
async function signedInClient(flags: ConnectionFlags, manifest: Parameters<typeof resolveConnection>[1], verbose: boolean, io: CliIo) {
  const connection = resolveConnection(flags, manifest, io.cwd, io.env);
  const password = readPassword(io.env, flags.passwordEnv);
  // Known before anything is sent, so no message made from here on can show it (the client would learn it at login).
  knownSecretsFor(connection.baseUrl).rememberPassword(password);
  const client = createPlatformClient(connection, {
    credentials: new InMemoryCredentialStore(password),
    logger: cliLogger(io.stderr, verbose),
    advice: cliFailureAdvice(flags.passwordEnv),
  });
  // Signing in first checks the connection even when the folder involves no kind (an empty folder would otherwise
  // plan "no changes" against an address that does not answer).
  await client.signIn();
  return client;
}

async function runCoverageCommand(options: CoverageOptions, io: CliIo): Promise<number> {
  return runCoverage(await signedInClient(options.connection, undefined, options.verbose, io), options, io);
}

async function run(options: CommandOptions, io: CliIo): Promise<number> {
  if (options.command === 'apply') checkConfirmationPossible(options, io);
  const manifest = readManifest(options.folder, options.environment);
  const client = await signedInClient(options.connection, manifest?.connection, options.verbose, io);
  switch (options.command) {
    case 'export': return runExport(client, options, io);
    case 'plan': return runPlan(client, options, io);
    case 'apply': return runApply(client, options, io);
  }
}

export async function main(argv: readonly string[], given: CliIo): Promise<number> {
  const io: CliIo = { ...given, stdout: guardedOutput(given.stdout), stderr: guardedOutput(given.stderr) };
  try {
    const commandLine = parseCommandLine(argv);
    if ('help' in commandLine) {
      io.stdout.write(commandLine.help);
      return 0;
    }
    if ('coverage' in commandLine) return await runCoverageCommand(commandLine.coverage, io);
    if ('diff' in commandLine) return await runDiff(commandLine.diff, io, (flags, state) => signedInClient(flags, state, commandLine.diff.verbose, io));
    return await run({ ...commandLine.options, folder: path.resolve(io.cwd, commandLine.options.folder) }, io);
  } catch (error) {
    io.stderr.write(`roaming-workbench: ${printableLine(describeFailure(error).replace(/\s*\n\s*/g, ' '))}\n`);
    return 1;
  }
}
