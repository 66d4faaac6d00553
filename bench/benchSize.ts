// The two sizes of the benchmark. `large` is `npm run bench`: the sandbox's large account and enough repetitions
// for medians. `tiny` is the same code on the small account with minimal counts, fast enough for `npm test`,
// which checks only that every figure comes out (never how fast).

export type BenchSizeName = 'large' | 'tiny';

export interface BenchSize {
  readonly name: BenchSizeName;
  readonly sandboxSize: 'large' | 'small';
  /** Fresh extension hosts (one workbench load each) for activation and the tree. */
  readonly hostSamples: number;
  /** GETs per side and round for the client overhead, and how many run at once. */
  readonly clientGets: number;
  readonly clientConcurrency: number;
  readonly clientRounds: number;
  /** Rounds of the same comparison with the server's answers delayed (latency dominates: fewer are enough). */
  readonly clientLatencyRounds: number;
  /** Untimed GETs per side first: JIT, sockets and the session are warm before timing. */
  readonly clientWarmupGets: number;
  readonly bulkWrites: number;
  readonly bulkRequestsPerSecond: number;
  readonly bulkRuns: number;
  /** One validation sample runs this long; the figure is the median of the samples. */
  readonly validationSampleMs: number;
  readonly validationSamples: number;
  /** Size of the text for "validate and map errors", in characters. */
  readonly largeDocumentChars: number;
  readonly largeDocumentRuns: number;
  /** Plans of the exported folder against the remote. */
  readonly planRuns: number;
  /** Entries of the invalid and the valid pathological destination group files, and plans of each. */
  readonly pathologicalInvalidEntries: number;
  readonly pathologicalValidEntries: number;
  readonly pathologicalRuns: number;
}

export const BENCH_SIZES: Readonly<Record<BenchSizeName, BenchSize>> = {
  large: {
    name: 'large',
    sandboxSize: 'large',
    hostSamples: 5,
    clientGets: 1000,
    clientConcurrency: 10,
    clientRounds: 7,
    clientLatencyRounds: 3,
    clientWarmupGets: 1000,
    bulkWrites: 200,
    bulkRequestsPerSecond: 20,
    bulkRuns: 3,
    validationSampleMs: 1000,
    validationSamples: 5,
    largeDocumentChars: 1_000_000,
    largeDocumentRuns: 3,
    planRuns: 3,
    pathologicalInvalidEntries: 400_000,
    pathologicalValidEntries: 270_000,
    pathologicalRuns: 3,
  },
  tiny: {
    name: 'tiny',
    sandboxSize: 'small',
    hostSamples: 1,
    clientGets: 20,
    clientConcurrency: 4,
    clientRounds: 1,
    clientLatencyRounds: 1,
    clientWarmupGets: 4,
    bulkWrites: 25,
    bulkRequestsPerSecond: 20,
    bulkRuns: 1,
    validationSampleMs: 20,
    validationSamples: 1,
    largeDocumentChars: 20_000,
    largeDocumentRuns: 1,
    planRuns: 1,
    pathologicalInvalidEntries: 2_000,
    pathologicalValidEntries: 1_000,
    pathologicalRuns: 1,
  },
};

export function isBenchSizeName(value: string): value is BenchSizeName {
  return value === 'large' || value === 'tiny';
}
