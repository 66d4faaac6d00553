// Builds the extension and the tests.
//   node esbuild.js                 bundle src/vscode/extension.ts -> dist/extension.js, src/sandbox/cli.ts -> dist/sandbox.js,
//                                   and the reference data -> dist/data/ (read at run time, see writeDataFiles)
//   node esbuild.js --production    the same, minified, without source maps (what ships in the .vsix)
//   node esbuild.js --watch         rebuild the bundle on change
//   node esbuild.js --tests         transpile src/, test/, bench/, scripts/ file by file into out/ (tests, demo, bench),
//                                   the reference data -> out/data/
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

// The reference data is not part of the code: the build writes it as JSON files into a `data` folder beside the
// code — dist/data/ for the bundles (shipped in the .vsix, see .vscodeignore), out/data/ for the unbundled tests —
// which src/core/referenceData/dataFiles.ts finds and reads on first use. So the bundle stays small, activation
// parses none of it, and the tests read the very files that ship. Each file is what the code reads, no more:
// - mcc-mnc.json: mcc-mnc-list ships each record with its radio bands and notes (900 KB as objects); the product
//   reads only the fields below (src/core/referenceData/mobileNetworkCodes.ts), kept as rows;
// - countries.json: i18n-iso-countries' ISO 3166-1 codes with the English name (the first when it lists several,
//   as its getName does), instead of the package's code and every language;
// - countries-110m.json: world-atlas's 1:110m countries, as published (src/core/coverage/worldShapes.ts).
const MCC_MNC_FIELDS = ['countryCode', 'mcc', 'mnc', 'brand', 'operator', 'status'];
const COUNTRY_FIELDS = ['iso2', 'iso3', 'numeric', 'name'];

function writeDataFiles(folder) {
  fs.mkdirSync(folder, { recursive: true });
  const readJson = (request) => JSON.parse(fs.readFileSync(require.resolve(request), 'utf8'));
  const write = (name, value) => fs.writeFileSync(path.join(folder, name), JSON.stringify(value));
  write('mcc-mnc.json', {
    fields: MCC_MNC_FIELDS,
    rows: readJson('mcc-mnc-list/mcc-mnc-list.json').map((record) => MCC_MNC_FIELDS.map((field) => record[field] ?? null)),
  });
  const english = readJson('i18n-iso-countries/langs/en.json').countries;
  write('countries.json', {
    fields: COUNTRY_FIELDS,
    rows: readJson('i18n-iso-countries/codes.json').map(([iso2, iso3, numeric]) => {
      const name = english[iso2];
      return [iso2, iso3, numeric, (Array.isArray(name) ? name[0] : name) ?? null];
    }),
  });
  write('countries-110m.json', readJson('world-atlas/countries-110m.json'));
}

// The coverage map's geometry (src/core/coverage/worldShapes.ts, with d3-geo and topojson-client: about 25 KB) is a
// bundle of its own, dist/worldShapes.js, which coverageMap.ts requires on the first map it draws: the extension's
// bundle neither holds nor evaluates it. The require stays `require('./worldShapes')`, which finds
// dist/worldShapes.js beside a bundle as it finds out/src/core/coverage/worldShapes.js in the unbundled tests.
const worldShapesApart = {
  name: 'world-shapes-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/worldShapes$/ }, (args) => (
      /[\\/]src[\\/]core[\\/]coverage[\\/]coverageMap\.ts$/.test(args.importer) ? { path: './worldShapes', external: true } : undefined));
  },
};

// The same for the sandbox "Try the Sandbox" starts (src/vscode/sandboxLauncher/sandboxServer.ts, the two
// simulators and their seeds: about 70 KB): dist/sandboxServer.js, required when the sandbox is first started.
const sandboxServerApart = {
  name: 'sandbox-server-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/sandboxServer$/ }, (args) => (
      /[\\/]src[\\/]vscode[\\/]sandboxLauncher[\\/]trySandbox\.ts$/.test(args.importer) ? { path: './sandboxServer', external: true } : undefined));
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
    writeDataFiles('out/data');
    return;
  }
  const context = await esbuild.context({
    // The extension, and the sandbox's command line (`npm run sandbox`), which is not shipped in the .vsix.
    // The command line for pipelines (bin/roaming-workbench.js) joins them once it exists.
    entryPoints: {
      extension: 'src/vscode/extension.ts',
      sandbox: 'src/sandbox/cli.ts',
      ...(fs.existsSync('src/cli/main.ts') ? { cli: 'src/cli/main.ts' } : {}),
      // Required by the two above on the first coverage map (worldShapesApart).
      worldShapes: 'src/core/coverage/worldShapes.ts',
      // Required by the extension when the sandbox is first started (sandboxServerApart).
      sandboxServer: 'src/vscode/sandboxLauncher/sandboxServer.ts',
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
    // Where src/core/referenceData/dataFiles.ts finds the data, relative to the bundle: dist/data/.
    define: { BUNDLED_DATA_FOLDER: JSON.stringify('data') },
    plugins: [nodeUrlInsteadOfWhatwgUrl, worldShapesApart, sandboxServerApart, reportProblems],
  });
  writeDataFiles('dist/data');
  if (watch) {
    await context.watch();
    return;
  }
  // A production build must not leave a development build's source maps beside it.
  if (production) for (const map of ['dist/extension.js.map', 'dist/sandbox.js.map', 'dist/cli.js.map', 'dist/worldShapes.js.map']) fs.rmSync(map, { force: true });
  const result = await context.rebuild();
  await context.dispose();
  if (result.errors.length > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
