// The benchmark cannot rot: `npm test` runs it at its tiny size (small sandbox account, minimal counts) and checks
// that every catalogued figure comes out with a sane shape. It never checks how fast anything is: performance
// is judged by `npm run bench` on the large account, not by tests on a shared machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALL_FIGURE_SPECS, FIGURES, type Figure } from '../../../bench/figures';
import { HOST_FIGURE_SPECS } from '../../../bench/measures/hostFigures';
import { codeServerInstalled } from '../../../bench/extensionHostRunner';
import type { BenchResults } from '../../../bench/report';

const repositoryRoot = path.resolve(__dirname, '..', '..', '..', '..');
const UNITS = new Set(['ms', 'KB', 'MB', 'x', 'count', 'docs/s']);
const VERDICTS = new Set(['met', 'missed', 'no target', 'not measured', 'not judged (tiny run)']);

function runTinyBenchmark(): { results: BenchResults; output: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roaming-bench-test-'));
  try {
    const out = path.join(folder, 'results.json');
    const run = spawnSync(process.execPath, [path.join(repositoryRoot, 'out', 'bench', 'run.js'), '--size', 'tiny', '--out', out], {
      cwd: repositoryRoot, encoding: 'utf8', timeout: 5 * 60_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, `the tiny benchmark failed:\n${output}`);
    return { results: JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResults, output };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}


/** Figures that are the difference of two heap readings (see below). */
const HEAP_GROWTH_IDS: ReadonlySet<string> = new Set([FIGURES.groupsHeap.id, FIGURES.regionsHeap.id]);
test('the tiny benchmark produces every figure with a value, a unit and how it was measured', { timeout: 6 * 60_000 }, async (t) => {
  const { results, output } = runTinyBenchmark();
  assert.equal(results.size, 'tiny');
  assert.ok(!Number.isNaN(Date.parse(results.date)), `date ${results.date}`);
  assert.ok(results.machine.cores >= 1 && results.machine.cpu && results.machine.node, JSON.stringify(results.machine));
  assert.match(results.machineSummary, /cores/);
  assert.deepEqual(results.figures.map((figure) => figure.id).sort(), ALL_FIGURE_SPECS.map((spec) => spec.id).sort(), 'each catalogued figure exactly once');

  const hostIds = new Set(HOST_FIGURE_SPECS.map((spec) => spec.id));
  const expectedMissing = (figure: Figure) => hostIds.has(figure.id) && !codeServerInstalled();
  for (const figure of results.figures) {
    assert.ok(UNITS.has(figure.unit), `${figure.id}: unit ${figure.unit}`);
    assert.ok(VERDICTS.has(figure.verdict), `${figure.id}: verdict ${figure.verdict}`);
    assert.ok(figure.figure.length > 0 && figure.howMeasured.length > 20, `${figure.id}: says what and how`);
    assert.ok(output.includes(figure.figure), `${figure.id} is in the printed table`);
    if (expectedMissing(figure)) {
      assert.equal(figure.value, null);
      assert.equal(figure.verdict, 'not measured');
      assert.match(figure.howMeasured, /^NOT MEASURED: /);
      continue;
    }
    assert.equal(typeof figure.value, 'number', `${figure.id} was measured: ${figure.howMeasured}`);
    assert.ok(Number.isFinite(figure.value), `${figure.id}: ${figure.value}`);
    // A heap growth is a difference of two heap readings: for a tiny folder (tens of KB) the collector's own
    // noise can put it below zero, as a CI run saw (-0.099 MB). Every other figure is a count, a size or a time.
    if (!HEAP_GROWTH_IDS.has(figure.id)) assert.ok((figure.value as number) >= 0, `${figure.id}: ${figure.value}`);
    assert.notEqual(figure.verdict, 'met', `${figure.id}: a tiny run judges nothing`);
    assert.notEqual(figure.verdict, 'missed', `${figure.id}: a tiny run judges nothing`);
    for (const sample of figure.samples ?? []) assert.ok(Number.isFinite(sample), `${figure.id}: sample ${sample}`);
  }
  if (!codeServerInstalled()) t.diagnostic('code-server is not installed: the figures from inside VS Code were not produced (npm run setup:test-host)');
});
