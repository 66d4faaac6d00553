#!/usr/bin/env node
// `npm test`: every layer in order, failing if any fails, ending with one line that counts every test.
//   1. static: type check (tsc --noEmit, strict) and lint (eslint)
//   2. unit:   plain-Node tests (node:test) for everything that does not import `vscode`
//   3. integration: the mocha suite inside a real VS Code (code-server 4.100.3 + Debian's Chromium)
// `--only static|unit|integration` runs one layer (still printing the count line).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const counts = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) {
    problems.push(`${title}: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) {
    problems.push(`${title} exited with ${result.status ?? result.signal}`);
    return false;
  }
  return true;
}

function addCounts(file, layer) {
  try {
    const layerCounts = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const key of Object.keys(counts)) counts[key] += layerCounts[key] ?? 0;
    return layerCounts;
  } catch (error) {
    problems.push(`${layer}: no results (${error.message})`);
    counts.failed += 1;
    return undefined;
  }
}

function filesUnder(folder, suffix) {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true })
    .map((name) => path.join(folder, name))
    .filter((file) => file.endsWith(suffix))
    .sort();
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!only || only === 'static') {
  // A static failure counts as a failed check in the final line, so a red run never prints "0 failed".
  if (!run('type check (tsc --noEmit)', npx, ['tsc', '--noEmit'])) counts.failed += 1;
  if (!run('lint (eslint)', npx, ['eslint', '.'])) counts.failed += 1;
}

if (!only || only === 'unit' || only === 'integration') {
  if (!run('build (extension bundle and tests)', process.execPath, ['esbuild.js'])
      || !run('build tests', process.execPath, ['esbuild.js', '--tests'])) {
    counts.failed += 1;
  }
}

// The test host first: besides the integration tests, the plain-Node benchmark smoke run measures inside VS Code
// when code-server is there, so on a fresh machine it must be installed before the plain-Node tests.
let testHostReady = false;
if (!only || only === 'unit' || only === 'integration') {
  testHostReady = run('set up the test host (Debian packages, code-server)', 'bash', [path.join(root, 'scripts', 'setup-test-host.sh')]);
  if (!testHostReady) counts.failed += 1;
}

if (!only || only === 'unit') {
  const summaryFile = path.join(root, 'out', 'unit-summary.json');
  fs.rmSync(summaryFile, { force: true });
  const testFiles = filesUnder(path.join(root, 'out', 'test', 'unit'), '.test.js');
  run(`plain-Node tests (${testFiles.length} files)`, process.execPath, [
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${path.join(root, 'test', 'host', 'node-test-summary-reporter.mjs')}`,
    `--test-reporter-destination=${summaryFile}`,
    ...testFiles,
  ]);
  addCounts(summaryFile, 'plain-Node tests');
}

if (!only || only === 'integration') {
  const resultsFile = path.join(root, 'test-results', 'integration-results.json');
  fs.rmSync(resultsFile, { force: true });
  if (testHostReady) {
    run('integration tests inside VS Code (code-server)', process.execPath, [path.join(root, 'out', 'test', 'host', 'code-server-runner.js')]);
    addCounts(resultsFile, 'integration tests');
  }
}

if (problems.length > 0) {
  console.log('\nProblems:');
  for (const problem of problems) console.log(`  - ${problem}`);
}
const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(counts.failed > 0 || problems.length > 0 ? 1 : 0);
