#!/usr/bin/env node
// `npm run bench`: measures what people will feel on large accounts and writes bench/results.json.
//   node out/bench/run.js [--size large|tiny] [--out FILE] [--no-host] [--only ID,ID…]
// --size tiny is the same code on the small account with minimal counts (npm test runs it to keep it working);
// --no-host skips the figures that need VS Code (activation time, tree) and reports them as not measured;
// --only runs just the measurements giving those figure ids (the others are not measured) and, like a tiny run,
// never writes bench/results.json unless --out names it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BENCH_SIZES, isBenchSizeName, type BenchSize } from './benchSize';
import { codeServerInstalled, collectHostSamples } from './extensionHostRunner';
import { FIGURES, notMeasured, type Figure, type FigureSpec } from './figures';
import { describeMachine } from './machine';
import { measureBulkWrites } from './measures/bulkWrites';
import { bundleSizeFigure } from './measures/bundleSize';
import { measureClientOverhead } from './measures/clientOverhead';
import { HOST_FIGURE_SPECS, hostFigures, hostFiguresNotMeasured } from './measures/hostFigures';
import { measurePathologicalFiles } from './measures/pathologicalFiles';
import { measurePlanAtScale } from './measures/planAtScale';
import { measureCoverageAtScale } from './measures/coverageAtScale';
import { measureInlayNames } from './measures/inlayNames';
import { measureValidation } from './measures/validation';
import { buildProductionExtension } from './productionExtension';
import { benchResults, formatTable, writeResults } from './report';
import { startSandboxProcess, type SandboxHandle } from './sandboxChild';

const repositoryRoot = path.resolve(__dirname, '..', '..');

interface CommandLine { readonly size: BenchSize; readonly out: string; readonly host: boolean; readonly only?: ReadonlySet<string> }

function parseCommandLine(argv: readonly string[]): CommandLine {
  const value = (name: string) => { const index = argv.indexOf(name); return index >= 0 ? argv[index + 1] : undefined; };
  const sizeName = value('--size') ?? 'large';
  if (!isBenchSizeName(sizeName)) throw new Error(`--size must be large or tiny, got "${sizeName}"`);
  const only = value('--only');
  // A tiny or partial run must never overwrite the figures of a full one.
  const defaultOut = sizeName === 'large' && only === undefined
    ? path.join(repositoryRoot, 'bench', 'results.json')
    : path.join(repositoryRoot, 'bench', '.tmp', `results-${only === undefined ? 'tiny' : 'only'}.json`);
  return {
    size: BENCH_SIZES[sizeName], out: path.resolve(value('--out') ?? defaultOut), host: !argv.includes('--no-host'),
    ...(only !== undefined && { only: new Set(only.split(',')) }),
  };
}

let onlyFigures: ReadonlySet<string> | undefined;

const failures: string[] = [];

/** Runs one measurement; a failure becomes "not measured" rows and a non-zero exit, the others still run. */
async function attempt(title: string, specs: readonly FigureSpec[], work: () => Promise<Figure[]> | Figure[]): Promise<Figure[]> {
  if (onlyFigures && !specs.some((spec) => onlyFigures?.has(spec.id))) return specs.map((spec) => notMeasured(spec, '--only left it out'));
  console.log(`- ${title}…`);
  const startedAt = performance.now();
  try {
    const figures = await work();
    console.log(`  done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    return figures;
  } catch (error) {
    const message = (error as Error).message;
    failures.push(`${title}: ${message}`);
    console.log(`  FAILED: ${message}`);
    return specs.map((spec) => notMeasured(spec, `the measurement failed: ${message}`));
  }
}

async function main(): Promise<number> {
  const options = parseCommandLine(process.argv.slice(2));
  const { size } = options;
  onlyFigures = options.only;
  const machine = describeMachine();
  // Outside the checkout: the scratch folder links to src/, and tsc or ESLint must never see it twice.
  const workFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'roaming-bench-'));
  console.log(`Roaming Workbench benchmark, size ${size.name} (sandbox: ${size.sandboxSize} account)`);

  const figures: Figure[] = [];
  let sandbox: SandboxHandle | undefined;
  try {
    const extensionFolder = path.join(workFolder, 'extension');
    let extension: ReturnType<typeof buildProductionExtension> | undefined;
    // The figures inside VS Code run the production build: `--only` naming one of them builds it too.
    const hostFiguresWanted = options.host && (!onlyFigures || HOST_FIGURE_SPECS.some((spec) => onlyFigures?.has(spec.id)));
    const bundleWanted = !onlyFigures || onlyFigures.has(FIGURES.bundleSize.id);
    figures.push(...await attempt('production build (node esbuild.js --production)', hostFiguresWanted ? [FIGURES.bundleSize, ...HOST_FIGURE_SPECS] : [FIGURES.bundleSize], () => {
      extension = buildProductionExtension(repositoryRoot, extensionFolder);
      return bundleWanted ? [bundleSizeFigure(extension, size)] : [notMeasured(FIGURES.bundleSize, '--only left it out')];
    }).then((built) => built.filter((figure) => figure.id === FIGURES.bundleSize.id)));
    sandbox = await startSandboxProcess(size.sandboxSize);
    const running = sandbox;

    if (!options.host) {
      figures.push(...hostFiguresNotMeasured('--no-host was given'));
    } else if (!codeServerInstalled()) {
      figures.push(...hostFiguresNotMeasured('code-server is not installed; run `npm run setup:test-host`'));
    } else if (!extension) {
      figures.push(...hostFiguresNotMeasured('the production build failed'));
    } else {
      const built = extension;
      figures.push(...await attempt(`activation and tree inside VS Code (${size.hostSamples} fresh extension host(s))`, HOST_FIGURE_SPECS, async () => {
        const samples = await collectHostSamples({
          repositoryRoot, extensionFolder: built.folder, workFolder: path.join(workFolder, 'code-server'),
          samples: size.hostSamples, sftUrl: running.sftUrl, telecomxUrl: running.telecomxUrl, progress: (line) => console.log(line),
        });
        machine.vscode = samples[0]?.vscodeVersion;
        return hostFigures(samples, size);
      }));
    }

    figures.push(...await attempt('client overhead (shared client vs plain http)', [FIGURES.plainGets, FIGURES.clientGets, FIGURES.clientRatio, FIGURES.clientRatioWithLatency],
      () => measureClientOverhead(running, size)));
    figures.push(...await attempt(`bulk writes at ${size.bulkRequestsPerSecond} per second`, [FIGURES.bulkRatio, FIGURES.bulkWall, FIGURES.bulk429s],
      () => measureBulkWrites(running, size)));
    figures.push(...await attempt('validation', [FIGURES.validationRegion, FIGURES.validationGroup, FIGURES.validationLarge], () => measureValidation(size)));
    figures.push(...await attempt('plan at scale (src/core/configAsCode)', [FIGURES.planAtScale, FIGURES.planExport],
      () => measurePlanAtScale(running, size, workFolder)));
    figures.push(...await attempt('coverage at scale (src/core/coverage)', [FIGURES.coverageAtScale], () => measureCoverageAtScale(running, size)));
    figures.push(...await attempt('names inline (src/core/language)', [FIGURES.inlayNames], () => measureInlayNames(running, size)));
    figures.push(...await attempt('plans of pathological files (src/core/configAsCode)',
      [FIGURES.planInvalidFile, FIGURES.planInvalidFileRss, FIGURES.planValidFile, FIGURES.planValidFileRss],
      () => measurePathologicalFiles(size, workFolder)));
  } finally {
    await sandbox?.close();
  }

  const command = `node out/bench/run.js ${process.argv.slice(2).join(' ')}`.trim();
  const results = benchResults(command, size.name, machine, figures);
  console.log(`\n${formatTable(results)}`);
  writeResults(options.out, results);
  console.log(`Written: ${path.relative(process.cwd(), options.out) || options.out}`);
  if (failures.length > 0) {
    console.log(`\n${failures.length} measurement(s) failed (scratch files kept in ${workFolder}):\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
    return 1;
  }
  fs.rmSync(workFolder, { recursive: true, force: true });
  return 0;
}

void main().then((code) => process.exit(code), (error) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
