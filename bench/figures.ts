// Every figure the benchmark reports, with its unit and, where the issue sets one, its target. One catalogue,
// so the table, results.json, the README and the tiny run in `npm test` all agree on what exists.
import type { BenchSizeName } from './benchSize';
import { roundFigure } from './statistics';

export type Unit = 'ms' | 'KB' | 'MB' | 'x' | 'count' | 'docs/s';

export interface Target {
  readonly comparison: 'at most' | 'at least';
  readonly value: number;
}

export type Verdict = 'met' | 'missed' | 'no target' | 'not measured' | 'not judged (tiny run)';

export interface FigureSpec {
  readonly id: string;
  readonly figure: string;
  readonly unit: Unit;
  readonly target?: Target;
}

export interface Figure extends FigureSpec {
  /** `null` when the figure could not be measured in this run (`howMeasured` says why). */
  readonly value: number | null;
  readonly howMeasured: string;
  /** Every sample behind the value (the value is their median), in the figure's unit. */
  readonly samples?: readonly number[];
  readonly verdict: Verdict;
}

const spec = (id: string, figure: string, unit: Unit, target?: Target): FigureSpec => ({ id, figure, unit, ...(target && { target }) });
const atMost = (value: number): Target => ({ comparison: 'at most', value });
const atLeast = (value: number): Target => ({ comparison: 'at least', value });

export const FIGURES = {
  insideActivate: spec('activation.insideActivate', 'Activation: time inside activate()', 'ms', atMost(20)),
  bundleSize: spec('activation.bundleSize', 'Activation: production dist/extension.js', 'KB', atMost(600)),
  moduleLoad: spec('activation.moduleLoad', 'Activation: loading dist/extension.js (require)', 'ms'),
  activateCall: spec('activation.activateCall', 'Activation: extension.activate() as an API caller waits', 'ms'),
  groupsToItems: spec('tree.groups.responseToItems', 'Tree: destination groups, list response -> every tree item', 'ms', atMost(200)),
  groupsHeap: spec('tree.groups.heapGrowth', 'Tree: destination groups, host heap growth holding them', 'MB', atMost(100)),
  groupsFirstPage: spec('tree.groups.firstPage', 'Tree: destination groups, list response -> first page of items', 'ms'),
  groupsWall: spec('tree.groups.wall', 'Tree: destination groups, expand -> every tree item (HTTP included)', 'ms'),
  regionsToItems: spec('tree.regions.responseToItems', 'Tree: regions, list responses -> every tree item', 'ms'),
  regionsHeap: spec('tree.regions.heapGrowth', 'Tree: regions, host heap growth holding them', 'MB'),
  regionsWall: spec('tree.regions.wall', 'Tree: regions, expand + Load more -> every tree item (HTTP included)', 'ms'),
  plainGets: spec('client.plainGets', 'Client: GETs with plain Node http', 'ms'),
  clientGets: spec('client.sharedClientGets', 'Client: the same GETs through the shared client', 'ms'),
  clientRatio: spec('client.overheadRatio', 'Client overhead: shared client / plain http (loopback)', 'x', atMost(1.15)),
  clientRatioWithLatency: spec('client.overheadRatioWithLatency', 'Client overhead with 20 ms server latency', 'x'),
  bulkRatio: spec('bulk.wallOverIdeal', 'Bulk writes at the limit: wall time / ideal', 'x', atMost(1.05)),
  bulkWall: spec('bulk.wall', 'Bulk writes at the limit: wall time', 'ms'),
  bulk429s: spec('bulk.429s', 'Bulk writes at the limit: 429 answers received', 'count', atMost(0)),
  validationRegion: spec('validation.region', 'Validation: region with 30 outbound prices', 'docs/s', atLeast(50_000)),
  validationGroup: spec('validation.group', 'Validation: destination group with 200 operators', 'docs/s'),
  validationLarge: spec('validation.largeDocument', 'Validation: 1 MB document, validate and map errors', 'ms'),
  inlayNames: spec('language.inlayNames', 'Names inline: every reference of a 200-operator group document, reads cached', 'ms', atMost(20)),
  coverageAtScale: spec('coverage.atScale', 'Coverage: every group and profile of the account, after the reads', 'ms', atMost(200)),
  planAtScale: spec('plan.atScale', 'Plan at scale: exported destination groups against the remote', 'ms'),
  planExport: spec('plan.export', 'Plan at scale: exporting the destination groups first', 'ms'),
  planInvalidFile: spec('plan.invalidFile', 'Plan: one destination group file of invalid entries (large: 400,000, 20 MB)', 'ms', atMost(2000)),
  planInvalidFileRss: spec('plan.invalidFilePeakRss', 'Plan: the same, peak memory of the planning process (RSS)', 'MB', atMost(300)),
  planValidFile: spec('plan.largeValidFile', 'Plan: one valid destination group file (large: 19 MB)', 'ms'),
  planValidFileRss: spec('plan.largeValidFilePeakRss', 'Plan: the same, peak memory of the planning process (RSS)', 'MB'),
} as const satisfies Record<string, FigureSpec>;

export const ALL_FIGURE_SPECS: readonly FigureSpec[] = Object.values(FIGURES);

function verdictOf(target: Target | undefined, value: number, size: BenchSizeName): Verdict {
  if (!target) return 'no target';
  // Targets are about the large account; a tiny run only proves the benchmark still works.
  if (size === 'tiny') return 'not judged (tiny run)';
  const met = target.comparison === 'at most' ? value <= target.value : value >= target.value;
  return met ? 'met' : 'missed';
}

export function measured(figureSpec: FigureSpec, value: number, howMeasured: string, size: BenchSizeName, samples?: readonly number[]): Figure {
  if (!Number.isFinite(value)) throw new Error(`${figureSpec.id}: measured value is not a number (${value})`);
  return {
    ...figureSpec,
    value: roundFigure(value),
    howMeasured,
    ...(samples && { samples: samples.map(roundFigure) }),
    verdict: verdictOf(figureSpec.target, value, size),
  };
}

export function notMeasured(figureSpec: FigureSpec, reason: string): Figure {
  return { ...figureSpec, value: null, howMeasured: `NOT MEASURED: ${reason}`, verdict: 'not measured' };
}

export function describeTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '';
  return `${target.comparison === 'at most' ? '<=' : '>='} ${target.value.toLocaleString('en-US')} ${unit}`;
}
