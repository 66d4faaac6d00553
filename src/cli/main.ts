// The process around `main` (bundled into dist/cli.js, started by bin/roaming-workbench.js): real streams and
// environment, and Ctrl+C as cancellation — the first stops after the request in flight, so the manifest and the
// report stay true; a second one quits at once.
import { main } from './program';

const controller = new AbortController();
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
  process.stderr.write('\nroaming-workbench: stopping after the request in flight (Ctrl+C again to quit now)\n');
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stdinIsTerminal: process.stdin.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
}).then(
  (code) => { process.exitCode = code; },
  () => { process.exitCode = 1; },
);
