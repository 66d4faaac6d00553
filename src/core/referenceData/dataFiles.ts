// Where the reference data lives, and reading it. The datasets (MCC/MNC, ISO 3166-1 countries, the world map) are
// JSON files the build writes beside the code (`esbuild.js`, `writeDataFiles`), not part of the code: the bundle
// stays small and activating the extension parses none of them. Each is read on first use by the module that needs
// it, which keeps what it builds from it, so a file is read at most once per process (unless reading it failed).
// Nothing is fetched at run time.
//   bundles (dist/extension.js, dist/cli.js, dist/worldShapes.js):   dist/data/…  (shipped in the .vsix: see .vscodeignore)
//   unbundled tests (out/src/core/referenceData/dataFiles.js, from `node esbuild.js --tests`):   out/data/…
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Set by the bundling build (esbuild `define`) to the data folder's path relative to the bundle: `"data"`. Unset in
 * the unbundled test build, where this module sits three folders below `out/`.
 */
declare const BUNDLED_DATA_FOLDER: string | undefined;

export interface DataFile {
  /** The file's name in the data folder. */
  readonly name: string;
  /** What it holds, for the error message. */
  readonly what: string;
  /** Refuse a file larger than this: the build writes a few hundred KB at most; anything far larger is not ours. */
  readonly maxBytes: number;
}

/** Every data file the code reads; `esbuild.js` writes exactly these. */
export const DATA_FILES = {
  mccMnc: { name: 'mcc-mnc.json', what: 'the MCC/MNC dataset (mcc-mnc-list)', maxBytes: 2 * 1024 * 1024 },
  countries: { name: 'countries.json', what: 'the ISO 3166-1 country codes and names (i18n-iso-countries)', maxBytes: 256 * 1024 },
  worldMap: { name: 'countries-110m.json', what: 'the world map (world-atlas countries-110m)', maxBytes: 2 * 1024 * 1024 },
} as const satisfies Record<string, DataFile>;

/** The folder the data files are in. */
export function dataFolder(): string {
  return typeof BUNDLED_DATA_FOLDER === 'string'
    ? path.join(__dirname, BUNDLED_DATA_FOLDER)
    : path.resolve(__dirname, '..', '..', '..', 'data');
}

/** A data file's parsed JSON; throws an error naming the file and how to get it back if it is missing, too large or not JSON. */
export function readDataFile(file: DataFile): unknown {
  const location = path.join(dataFolder(), file.name);
  const rebuild = 'the extension or command line is incomplete; reinstall it, or rebuild with `node esbuild.js` (`--tests` for out/)';
  let size: number;
  try {
    size = fs.statSync(location).size;
  } catch {
    throw new Error(`Reference data missing: ${file.what} should be in ${location}; ${rebuild}.`);
  }
  if (size > file.maxBytes) throw new Error(`Reference data refused: ${location} (${file.what}) is ${size.toLocaleString('en-US')} bytes, more than the ${file.maxBytes.toLocaleString('en-US')} expected; ${rebuild}.`);
  try {
    return JSON.parse(fs.readFileSync(location, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`Reference data unreadable: ${location} (${file.what}): ${(error as Error).message}; ${rebuild}.`);
  }
}

/**
 * A data file written as `{ "fields": [...], "rows": [[...], ...] }` (each record as a row of values, in the order
 * of `fields`), checked to have the fields the caller reads: each row as an object of those fields.
 */
export function readDataRows<Field extends string>(file: DataFile, fields: readonly Field[]): Array<Record<Field, unknown>> {
  const data = readDataFile(file) as { fields?: unknown; rows?: unknown } | null;
  const stored = data && Array.isArray(data.fields) ? data.fields as unknown[] : undefined;
  if (!stored || !Array.isArray(data?.rows)) throw new Error(`Reference data unreadable: ${path.join(dataFolder(), file.name)} (${file.what}) has no fields and rows; rebuild with \`node esbuild.js\`.`);
  const positions = fields.map((field) => stored.indexOf(field));
  const absent = fields.filter((_, index) => positions[index] < 0);
  if (absent.length > 0) throw new Error(`Reference data unreadable: ${path.join(dataFolder(), file.name)} (${file.what}) lacks the field(s) ${absent.join(', ')}; rebuild with \`node esbuild.js\`.`);
  return (data.rows as unknown[]).filter(Array.isArray).map((row) => {
    const record = {} as Record<Field, unknown>;
    fields.forEach((field, index) => { record[field] = (row as unknown[])[positions[index]]; });
    return record;
  });
}
