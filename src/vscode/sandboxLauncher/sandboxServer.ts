// The sandbox's servers as "Try the Sandbox" starts them. A bundle of its own (dist/sandboxServer.js, esbuild.js):
// most people never start the sandbox, so the extension's bundle neither holds nor evaluates the two simulators
// and their seeds; trySandbox.ts requires this file when the sandbox is first started.
export { startSandbox } from '../../sandbox';
