// The extension as it ships, in a folder of its own: `node esbuild.js --production` run with that folder as its
// working directory, so the project's own build script makes the bundle and the project's dist/ (which the
// integration tests load) is left alone. The folder holds what the .vsix holds (package.json, media, schemas with
// their snippets) as links to the checkout, plus the fresh dist/, so code-server can run it as the extension.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What the build and the extension need from the checkout; src only for the build. */
const LINKED_ENTRIES = ['package.json', 'src', 'schemas', 'media', 'README.md', 'CHANGELOG.md', 'LICENSE'];

export interface ProductionExtension {
  readonly folder: string;
  readonly bundleFile: string;
  readonly bundleBytes: number;
}

export function buildProductionExtension(repositoryRoot: string, folder: string): ProductionExtension {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  for (const entry of LINKED_ENTRIES) {
    const target = path.join(repositoryRoot, entry);
    if (fs.existsSync(target)) fs.symlinkSync(target, path.join(folder, entry));
  }
  const build = spawnSync(process.execPath, [path.join(repositoryRoot, 'esbuild.js'), '--production'], { cwd: folder, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`node esbuild.js --production failed (${build.status ?? build.signal}): ${build.stderr || build.stdout}`);
  const bundleFile = path.join(folder, 'dist', 'extension.js');
  return { folder, bundleFile, bundleBytes: fs.statSync(bundleFile).size };
}
