// Times the extension's real activation inside VS Code's extension host, without changing the extension.
// VS Code loads an extension's `main` with Node's `require`, so the module cache is shared with this code: the
// benchmark loads dist/extension.js first (timing the load), then puts a timing wrapper in the cache entry's
// exports. When VS Code activates the extension it gets the wrapper, calls it with the real ExtensionContext, and
// the wrapper times the real `activate()`. If a VS Code version ever loads extensions past the module cache, the
// wrapper is never called and `insideActivateMs` stays undefined: the launcher then reports the figure as not
// measured rather than guessing.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, type ActivationSample } from './protocol';

interface ExtensionModule {
  activate(context: vscode.ExtensionContext): unknown;
  deactivate?(): unknown;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

/** Activates the extension and returns what its `activate()` returned (the test API in test mode). */
export async function activateTimed(): Promise<{ sample: ActivationSample; exports: unknown }> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  if (extension.isActive) return { sample: { alreadyActive: true }, exports: extension.exports };

  // Node's loader, with the module cache every require() in this process shares.
  const nodeRequire = createRequire(path.join(extension.extensionPath, 'package.json'));
  const mainFile = nodeRequire.resolve(path.join(extension.extensionPath, String(extension.packageJSON.main)));
  const loadStartedAt = performance.now();
  const loaded = nodeRequire(mainFile) as ExtensionModule;
  const moduleLoadMs = performance.now() - loadStartedAt;

  let insideActivateMs: number | undefined;
  const timed: ExtensionModule = {
    activate(context) {
      const startedAt = performance.now();
      const result = loaded.activate(context);
      if (!isThenable(result)) {
        insideActivateMs = performance.now() - startedAt;
        return result;
      }
      // An asynchronous activate() is finished when its promise settles; VS Code waits for it too.
      return Promise.resolve(result).finally(() => { insideActivateMs = performance.now() - startedAt; });
    },
    deactivate: () => loaded.deactivate?.(),
  };
  const cacheEntry = nodeRequire.cache[mainFile];
  if (cacheEntry) cacheEntry.exports = timed;

  const callStartedAt = performance.now();
  const exports = await extension.activate();
  const activateCallMs = performance.now() - callStartedAt;
  return { sample: { alreadyActive: false, insideActivateMs, moduleLoadMs, activateCallMs }, exports };
}
