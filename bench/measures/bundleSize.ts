import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import type { ProductionExtension } from '../productionExtension';

export function bundleSizeFigure(extension: ProductionExtension, size: BenchSize): Figure {
  return measured(FIGURES.bundleSize, extension.bundleBytes / 1024,
    `size of dist/extension.js from \`node esbuild.js --production\` (minified, no source map), ${extension.bundleBytes.toLocaleString('en-US')} bytes; KB = 1,024 bytes`,
    size.name);
}
