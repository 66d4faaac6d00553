// The process around `main` (bundled into dist/cli.js, started by bin/roaming-workbench.js): real streams and
// environment, and Ctrl+C as cancellation — the first stops after the request in flight, so the manifest and the
// report stay true; a second one quits at once.
import { main } from './program';
import type { TextOutput } from './cliIo';

const controller = new AbortController();
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
  process.stderr.write('\nroaming-workbench: stopping after the request in flight (Ctrl+C again to quit now)\n');
});

/**
 * A stream whose reader may go away (`roaming-workbench plan … | head -1`): the failed write (EPIPE) would be an
 * unhandled 'error' event, that is Node's stack trace. Instead later writes are dropped and the command runs to its
 * end, so it exits with the code it would have had — an apply is not cut off between a write and the manifest
 * update because nobody reads its log any more, and its report files still say what was done.
 */
function outputThatMayClose(stream: NodeJS.WriteStream): TextOutput {
  let closed = false;
  // Any write error means the same here: there is nowhere left to say anything.
  stream.on('error', () => { closed = true; });
  return { write: (text: string) => !closed && stream.write(text) };
}

main(process.argv.slice(2), {
  stdout: outputThatMayClose(process.stdout),
  stderr: outputThatMayClose(process.stderr),
  stdin: process.stdin,
  stdinIsTerminal: process.stdin.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
}).then(
  (code) => { process.exitCode = code; },
  () => { process.exitCode = 1; },
);
