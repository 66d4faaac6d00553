import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_FIGURE_SPECS, FIGURES, describeTarget, measured, notMeasured } from '../../../bench/figures';
import { benchResults, formatTable } from '../../../bench/report';

test('a large run judges a figure against its target; a tiny run judges nothing', () => {
  assert.equal(measured(FIGURES.clientRatio, 1.1, 'how', 'large').verdict, 'met');
  assert.equal(measured(FIGURES.clientRatio, 1.2, 'how', 'large').verdict, 'missed');
  assert.equal(measured(FIGURES.validationRegion, 60_000, 'how', 'large').verdict, 'met');
  assert.equal(measured(FIGURES.validationRegion, 40_000, 'how', 'large').verdict, 'missed');
  assert.equal(measured(FIGURES.bulk429s, 0, 'how', 'large').verdict, 'met');
  assert.equal(measured(FIGURES.clientGets, 10, 'how', 'large').verdict, 'no target');
  assert.equal(measured(FIGURES.clientRatio, 9, 'how', 'tiny').verdict, 'not judged (tiny run)');
  assert.throws(() => measured(FIGURES.clientRatio, Number.NaN, 'how', 'large'));
});

test('a figure that could not be measured says so instead of carrying a number', () => {
  const figure = notMeasured(FIGURES.planAtScale, 'not measured yet');
  assert.equal(figure.value, null);
  assert.equal(figure.verdict, 'not measured');
  assert.match(figure.howMeasured, /^NOT MEASURED: not measured yet/);
});

test('figure ids are unique and the table shows value, unit and target', () => {
  assert.equal(new Set(ALL_FIGURE_SPECS.map((spec) => spec.id)).size, ALL_FIGURE_SPECS.length);
  assert.equal(describeTarget(FIGURES.validationRegion.target, 'docs/s'), '>= 50,000 docs/s');
  const machine = { cpu: 'CPU', cores: 2, memoryGiB: 4, os: 'Linux', node: 'v20' };
  const table = formatTable(benchResults('cmd', 'large', machine, [measured(FIGURES.bundleSize, 439.4, 'how', 'large'), notMeasured(FIGURES.planAtScale, 'later')]));
  assert.match(table, /Activation: production dist\/extension\.js\s+439 KB\s+<= 600 KB\s+met/);
  assert.match(table, /Plan at scale.*not measured/);
  assert.match(table, /Machine: CPU, 2 cores/);
});
