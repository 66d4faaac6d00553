#!/usr/bin/env node
// `npx roaming-workbench export|plan|apply`: the command line for pipelines, on the same core as the extension.
// The code is bundled into dist/cli.js by `node esbuild.js` (which `npm ci` runs through the prepare script).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  console.error('roaming-workbench: dist/cli.js is missing; run `npm run build` in the package folder first.');
  process.exit(1);
}
require(bundle);
