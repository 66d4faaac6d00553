// Builds the extension and the tests.
//   node esbuild.js                 bundle src/vscode/extension.ts -> dist/extension.js, src/sandbox/cli.ts -> dist/sandbox.js
//   node esbuild.js --production    the same, minified, without source maps (what ships in the .vsix)
//   node esbuild.js --watch         rebuild the bundle on change
//   node esbuild.js --tests         transpile src/, test/, bench/, scripts/ file by file into out/ (tests, demo, bench)
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Every .ts file under a folder, for the unbundled test build. */
function typescriptFilesUnder(folder) {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true })
    .map((name) => path.join(folder, name))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
}

// node-fetch 2 falls back to the `whatwg-url` package only where Node has no global URL class; Node 20 has one.
// Resolving it to Node's own URL keeps ~280 KB of Unicode tables (tr46) out of the bundle.
const nodeUrlInsteadOfWhatwgUrl = {
  name: 'node-url-instead-of-whatwg-url',
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, () => ({ path: 'whatwg-url', namespace: 'node-url' }));
    build.onLoad({ filter: /.*/, namespace: 'node-url' }, () => ({ contents: 'module.exports = { URL: require("node:url").URL };', loader: 'js' }));
  },
};

// mcc-mnc-list ships each record with its radio bands and notes (900 KB as objects); the product reads only the
// fields below (src/core/referenceData/mobileNetworkCodes.ts). In the bundles the file becomes those fields as
// rows, made back into the same objects when loaded: about a fifth of the size. The tests read the package as is.
const MCC_MNC_FIELDS = ['countryCode', 'mcc', 'mnc', 'brand', 'operator', 'status'];
const compactMccMncList = {
  name: 'compact-mcc-mnc-list',
  setup(build) {
    build.onLoad({ filter: /[\\/]mcc-mnc-list[\\/]mcc-mnc-list\.json$/ }, (args) => {
      const rows = JSON.parse(fs.readFileSync(args.path, 'utf8')).map((record) => MCC_MNC_FIELDS.map((field) => record[field] ?? null));
      const fields = JSON.stringify(MCC_MNC_FIELDS);
      return {
        contents: `const fields = ${fields};\nmodule.exports = ${JSON.stringify(rows)}.map((row) => Object.fromEntries(fields.map((field, i) => [field, row[i]])));\n`,
        loader: 'js',
      };
    });
  },
};

const reportProblems = {
  name: 'report-problems',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of [...result.errors, ...result.warnings]) {
        const where = location ? `${location.file}:${location.line}:${location.column}: ` : '';
        console.error(`${where}${text}`);
      }
      if (watch) console.log(`[esbuild] rebuilt ${new Date().toLocaleTimeString()}`);
    });
  },
};

async function main() {
  if (tests) {
    // Tests run the modules unbundled, so a test imports exactly the module it exercises.
    await esbuild.build({
      entryPoints: [...typescriptFilesUnder('src'), ...typescriptFilesUnder('test'), ...typescriptFilesUnder('bench'), ...typescriptFilesUnder('scripts')],
      outdir: 'out',
      outbase: '.',
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      sourcemap: 'inline',
      logLevel: 'warning',
    });
    // Transpiled modules import the JSON Schemas by relative path (`../../schemas/…`): put them where out/ expects.
    fs.cpSync('schemas', 'out/schemas', { recursive: true });
    return;
  }
  const context = await esbuild.context({
    // The extension, and the sandbox's command line (`npm run sandbox`), which is not shipped in the .vsix.
    // The command line for pipelines (bin/roaming-workbench.js) joins them once it exists.
    entryPoints: {
      extension: 'src/vscode/extension.ts',
      sandbox: 'src/sandbox/cli.ts',
      ...(fs.existsSync('src/cli/main.ts') ? { cli: 'src/cli/main.ts' } : {}),
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outdir: 'dist',
    external: ['vscode'],
    // Prefer a package's ES module build: jsonc-parser's UMD build loads its parts with a require() esbuild
    // cannot follow.
    mainFields: ['module', 'main'],
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'silent',
    plugins: [nodeUrlInsteadOfWhatwgUrl, compactMccMncList, reportProblems],
  });
  if (watch) {
    await context.watch();
    return;
  }
  // A production build must not leave a development build's source maps beside it.
  if (production) for (const map of ['dist/extension.js.map', 'dist/sandbox.js.map', 'dist/cli.js.map']) fs.rmSync(map, { force: true });
  const result = await context.rebuild();
  await context.dispose();
  if (result.errors.length > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
