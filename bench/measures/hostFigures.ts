// Turns the extension-host samples (one per fresh host) into the activation and tree figures.
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, notMeasured, type Figure, type FigureSpec } from '../figures';
import type { HostSample, TreeSample } from '../host/protocol';
import { median } from '../statistics';

const MB = 1024 * 1024;

function fromSamples(spec: FigureSpec, values: readonly (number | undefined)[], how: string, size: BenchSize, missing: string): Figure {
  const present = values.filter((value): value is number => value !== undefined && Number.isFinite(value));
  if (present.length === 0) return notMeasured(spec, missing);
  return measured(spec, median(present), `${how}; median of ${present.length} fresh extension host(s)`, size.name, present);
}

function activationFigures(samples: readonly HostSample[], size: BenchSize): Figure[] {
  const fresh = samples.filter((sample) => !sample.activation.alreadyActive).map((sample) => sample.activation);
  const wasActive = 'something activated the extension before the benchmark could time it';
  const host = 'inside VS Code\'s extension host (code-server), production build of the extension, cold';
  return [
    fromSamples(FIGURES.insideActivate, fresh.map((sample) => sample.insideActivateMs),
      `${host}: performance.now() around the real activate(context) VS Code called, through a timing wrapper put in the module cache (bench/host/activationTiming.ts)`,
      size, fresh.length === 0 ? wasActive : 'VS Code did not call activate() through the module cache; see bench/README.md for the hook to add'),
    fromSamples(FIGURES.moduleLoad, fresh.map((sample) => sample.moduleLoadMs), `${host}: require() of dist/extension.js, timed just before VS Code activates it`, size, wasActive),
    fromSamples(FIGURES.activateCall, fresh.map((sample) => sample.activateCallMs),
      `${host}: await extension.activate() from the benchmark, module already loaded (VS Code's activation bookkeeping + activate())`, size, wasActive),
  ];
}

function treeOf(sample: HostSample, folder: string): TreeSample | undefined {
  return sample.trees.find((tree) => tree.folder === folder);
}

function describeScale(trees: readonly TreeSample[], noun: string): string {
  const first = trees[0];
  if (!first) return noun;
  return `${first.items.toLocaleString('en-US')} ${noun} in ${first.responses} list response(s)`;
}

function treeFigures(samples: readonly HostSample[], size: BenchSize, folder: string, noun: string, specs: {
  toItems: FigureSpec; heap: FigureSpec; wall: FigureSpec; firstPage?: FigureSpec;
}): Figure[] {
  const trees = samples.map((sample) => treeOf(sample, folder)).filter((tree): tree is TreeSample => tree !== undefined);
  const missing = `no ${folder} sample came back from the extension host`;
  const scale = describeScale(trees, noun);
  const provider = 'the explorer\'s own provider inside the extension host (getChildren, then getTreeItem for every child, as the tree view calls them; the workbench\'s drawing excluded)';
  const figures = [
    fromSamples(specs.toItems, trees.map((tree) => tree.responseToItemsMs),
      `${scale}, page size raised so every object becomes a tree item: sum over responses of (client resolved the list request, body parsed -> every tree item built), ${provider}; first expansion in the host`, size, missing),
    fromSamples(specs.heap, trees.map((tree) => (tree.heapGrowthBytes === undefined ? undefined : tree.heapGrowthBytes / MB)),
      `${scale}: extension host heapUsed after a full GC while holding the loaded folder, its nodes and tree items, minus the same before loading`, size, missing),
    fromSamples(specs.wall, trees.map((tree) => tree.wallMs),
      `${scale}: asking the folder for its children (and Load more) -> every tree item built, HTTP to the sandbox process included`, size, missing),
  ];
  if (specs.firstPage) {
    figures.push(fromSamples(specs.firstPage, trees.map((tree) => tree.firstPage?.responseToItemsMs),
      `${noun} at the default page size (${trees[0]?.firstPage?.items ?? '?'} items + Load more): list response -> tree items, measured after the full load (warm code)`, size, missing));
  }
  return figures;
}

export function hostFigures(samples: readonly HostSample[], size: BenchSize): Figure[] {
  return [
    ...activationFigures(samples, size),
    ...treeFigures(samples, size, 'Destination Groups', 'destination groups', {
      toItems: FIGURES.groupsToItems, heap: FIGURES.groupsHeap, wall: FIGURES.groupsWall, firstPage: FIGURES.groupsFirstPage,
    }),
    ...treeFigures(samples, size, 'Regions', 'regions', { toItems: FIGURES.regionsToItems, heap: FIGURES.regionsHeap, wall: FIGURES.regionsWall }),
  ];
}

/** Every figure that needs the extension host. */
export const HOST_FIGURE_SPECS: readonly FigureSpec[] = [
  FIGURES.insideActivate, FIGURES.moduleLoad, FIGURES.activateCall,
  FIGURES.groupsToItems, FIGURES.groupsHeap, FIGURES.groupsWall, FIGURES.groupsFirstPage,
  FIGURES.regionsToItems, FIGURES.regionsHeap, FIGURES.regionsWall,
];

/** The host's figures as not measured (no code-server, or --no-host). */
export function hostFiguresNotMeasured(reason: string): Figure[] {
  return HOST_FIGURE_SPECS.map((spec) => notMeasured(spec, reason));
}
