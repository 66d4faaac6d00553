// The coverage map as an SVG string: Natural Earth's 1:110m countries (world-atlas, public domain) in the Natural
// Earth projection (d3-geo), each country shaded by what covers it. The same SVG serves a pull request
// (`roaming-workbench coverage --format svg`) and a webview, so:
// - colours are CSS classes with custom properties (`--coverage-covered`, `--coverage-both`, `--coverage-only-left`,
//   `--coverage-only-right`, `--coverage-land`, `--coverage-border`, `--coverage-text`): a webview sets them from
//   the VS Code theme (light, dark, high contrast); the defaults are for a file opened on its own;
// - every country is a `<path>` with `id="country-XX"` and `data-iso2="XX"` (a country too small for the 1:110m
//   shapes, e.g. Malta, is a dot at its centroid, see scripts/smallCountryPoints.ts), and a covered one carries a
//   `<title>` naming its networks, which browsers show on hover and screen readers read;
// - every text from outside is made printable and XML-escaped, so the result is well-formed whatever the names.
// Networks whose TADIG prefix names no country cannot be placed: the `<desc>` lists them.
// The outlines come from worldShapes.ts, loaded on the first map drawn: d3-geo, topojson-client and the map's data
// file are not evaluated or read before then (not when the extension activates).
import { printableLine } from '../text/printable';
import type { CountryCoverage, Coverage, CoverageComparison, CoverageNetwork } from './coverage';
import type * as WorldShapesModule from './worldShapes';

export type MapInput =
  | { readonly coverage: Coverage; readonly title?: string }
  | { readonly comparison: CoverageComparison; readonly title?: string; readonly leftLabel?: string; readonly rightLabel?: string };

/** How a country is shaded: its CSS class. */
export type CountryShade = 'covered' | 'both' | 'only-left' | 'only-right';

const WIDTH = 960;
const HEIGHT = 500;
const DOT_RADIUS = 4;
/** The smallest part of the world a zoomed map shows (a quarter of its width): one small country stays in context. */
const MIN_ZOOM_WIDTH = WIDTH / 4;

/** XML text and attribute values: printable on one line, then the five special characters escaped. */
export function xmlText(value: string): string {
  return printableLine(value).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

let loadedWorldShapes: typeof WorldShapesModule.worldShapes | undefined;

/** The projected outlines and dots (computed once, by worldShapes.ts, required here on first use). */
function worldShapes(): WorldShapesModule.WorldShapes {
  // A require() rather than an import, so the bundle evaluates the module (and d3-geo) only when a map is drawn.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loadedWorldShapes ??= (require('./worldShapes') as typeof WorldShapesModule).worldShapes;
  return loadedWorldShapes(WIDTH, HEIGHT);
}

interface Shaded {
  readonly shade: CountryShade;
  /** The hover text's lines: the country and count, then one line per network. */
  readonly title: readonly string[];
}

const networkText = (network: CoverageNetwork): string => `${network.tadigCode} / ${network.categoryGroupId}${network.operator ? ` (${network.operator})` : ''}`;

function describe(country: CountryCoverage, suffix = ''): string[] {
  return country.networks.map((network) => `${networkText(network)}${suffix}`);
}

/** Each placed country's shade and hover text, by ISO code; the countries that cannot be placed, as text. */
function shading(input: MapInput): { readonly byIso2: Map<string, Shaded>; readonly unplaced: string[] } {
  const byIso2 = new Map<string, Shaded>();
  const unplaced: string[] = [];
  const lines = new Map<string, { name: string; sides: Set<'both' | 'left' | 'right'>; networks: string[] }>();
  const add = (list: readonly CountryCoverage[], side: 'both' | 'left' | 'right', suffix: string) => {
    for (const country of list) {
      if (country.iso2 === '') {
        unplaced.push(...describe(country, suffix).map((line) => `${country.name}: ${line}`));
        continue;
      }
      let entry = lines.get(country.iso2);
      if (!entry) lines.set(country.iso2, entry = { name: country.name, sides: new Set(), networks: [] });
      entry.sides.add(side);
      entry.networks.push(...describe(country, suffix));
    }
  };
  if ('coverage' in input) add(input.coverage.countries, 'both', '');
  else {
    add(input.comparison.countries, 'both', '');
    add(input.comparison.onlyLeft, 'left', ` — only in ${input.leftLabel ?? 'left'}`);
    add(input.comparison.onlyRight, 'right', ` — only in ${input.rightLabel ?? 'right'}`);
  }
  for (const [iso2, entry] of lines) {
    const shade: CountryShade = 'coverage' in input ? 'covered'
      : entry.sides.has('both') || (entry.sides.has('left') && entry.sides.has('right')) ? 'both'
        : entry.sides.has('left') ? 'only-left' : 'only-right';
    const count = entry.networks.length;
    byIso2.set(iso2, { shade, title: [`${entry.name}: ${count} network${count === 1 ? '' : 's'}`, ...entry.networks] });
  }
  return { byIso2, unplaced };
}

const STYLE = `
.land { fill: var(--coverage-land, #dfe3e8); stroke: var(--coverage-border, #ffffff); stroke-width: 0.5; vector-effect: non-scaling-stroke; }
.covered { fill: var(--coverage-covered, #1f6fd1); }
.both { fill: var(--coverage-both, #2e8b57); }
.only-left { fill: var(--coverage-only-left, #d9731a); }
.only-right { fill: var(--coverage-only-right, #8a4fd8); }
.dot { stroke: var(--coverage-border, #ffffff); stroke-width: 0.75; vector-effect: non-scaling-stroke; }
.legend, .map-title { fill: var(--coverage-text, #222222); font: 12px sans-serif; }
.map-title { font-size: 14px; }
`;

function legend(input: MapInput): string {
  const entries: [CountryShade, string][] = 'coverage' in input
    ? [['covered', 'covered']]
    : [['both', 'in both'], ['only-left', `only in ${input.leftLabel ?? 'left'}`], ['only-right', `only in ${input.rightLabel ?? 'right'}`]];
  return entries.map(([shade, label], index) => {
    const y = HEIGHT - 18 - (entries.length - 1 - index) * 18;
    return `<g class="legend-entry"><rect class="land ${shade}" x="12" y="${y - 10}" width="12" height="12"/><text class="legend" x="30" y="${y}">${xmlText(label)}</text></g>`;
  }).join('');
}

/** A hover text: each line made safe on its own, then joined by newlines (which tooltips show as line breaks). */
const titleText = (lines: readonly string[]): string => lines.map(xmlText).join('\n');

export interface MapOptions {
  /** The nonce a page's content security policy allows its styles by (a VS Code webview allows no inline style without one). */
  readonly styleNonce?: string;
  /**
   * Show the part of the world the shaded countries are in (a European group fills the view instead of a corner of
   * it), without the title and legend the page around it shows. The whole world when nothing is shaded.
   */
  readonly zoomToShaded?: boolean;
}

/** The part of the world holding every shaded shape and dot, padded, at the map's proportions. */
function shadedArea(countries: readonly WorldShapesModule.Shape[], dots: ReadonlyMap<string, readonly [number, number]>, byIso2: ReadonlyMap<string, Shaded>): readonly [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const include = (left: number, top: number, right: number, bottom: number) => {
    [x0, y0, x1, y1] = [Math.min(x0, left), Math.min(y0, top), Math.max(x1, right), Math.max(y1, bottom)];
  };
  for (const country of countries) if (country.iso2 && byIso2.has(country.iso2) && country.path) include(country.bounds[0][0], country.bounds[0][1], country.bounds[1][0], country.bounds[1][1]);
  for (const [iso2, [x, y]] of dots) if (byIso2.has(iso2)) include(x - DOT_RADIUS, y - DOT_RADIUS, x + DOT_RADIUS, y + DOT_RADIUS);
  if (!Number.isFinite(x0)) return [0, 0, WIDTH, HEIGHT];
  const ratio = WIDTH / HEIGHT;
  let width = Math.max((x1 - x0) * 1.2, MIN_ZOOM_WIDTH, (y1 - y0) * 1.2 * ratio);
  width = Math.min(width, WIDTH);
  const height = width / ratio;
  const left = Math.min(Math.max((x0 + x1) / 2 - width / 2, 0), WIDTH - width);
  const top = Math.min(Math.max((y0 + y1) / 2 - height / 2, 0), HEIGHT - height);
  const round = (value: number) => Math.round(value * 10) / 10;
  return [round(left), round(top), round(width), round(height)];
}

/** The whole SVG document. */
export function renderCoverageMap(input: MapInput, { styleNonce, zoomToShaded = false }: MapOptions = {}): string {
  const { countries, dots } = worldShapes();
  const { byIso2, unplaced } = shading(input);
  const viewBox = zoomToShaded ? shadedArea(countries, dots, byIso2) : [0, 0, WIDTH, HEIGHT] as const;
  // A dot keeps about its size on screen however far the view is zoomed in (outlines do: non-scaling strokes).
  const dotRadius = Math.round(DOT_RADIUS * Math.max(viewBox[2] / WIDTH, 0.5) * 10) / 10;
  const parts: string[] = [];
  const drawn = new Set<string>();
  for (const country of countries) {
    if (country.path === '') continue;
    const shaded = country.iso2 ? byIso2.get(country.iso2) : undefined;
    // A country made of several shapes keeps its id on the first one (ids are unique in a document).
    const id = country.iso2 && !drawn.has(country.iso2) ? ` id="country-${country.iso2}"` : '';
    if (country.iso2) drawn.add(country.iso2);
    const attributes = `${id}${country.iso2 ? ` data-iso2="${country.iso2}"` : ''} class="land${shaded ? ` ${shaded.shade}` : ''}"`;
    parts.push(shaded ? `<path${attributes} d="${country.path}"><title>${titleText(shaded.title)}</title></path>` : `<path${attributes} d="${country.path}"/>`);
  }
  for (const [iso2, shaded] of byIso2) {
    const point = dots.get(iso2);
    if (drawn.has(iso2) || !point) continue;
    parts.push(`<circle id="country-${iso2}" data-iso2="${iso2}" class="land dot ${shaded.shade}" cx="${point[0]}" cy="${point[1]}" r="${dotRadius}"><title>${titleText(shaded.title)}</title></circle>`);
  }
  const title = input.title ?? 'Coverage';
  const description = [
    `${byIso2.size} countr${byIso2.size === 1 ? 'y' : 'ies'} shaded.`,
    ...(unplaced.length > 0 ? [`Not on the map (no country in the TADIG code): ${unplaced.join('; ')}.`] : []),
  ].join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox.join(' ')}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="coverage-title coverage-desc">`,
    `<title id="coverage-title">${xmlText(title)}</title>`,
    `<desc id="coverage-desc">${xmlText(description)}</desc>`,
    `<style${styleNonce ? ` nonce="${xmlText(styleNonce)}"` : ''}>${STYLE}</style>`,
    `<g class="countries">${parts.join('')}</g>`,
    ...(zoomToShaded ? [] : [`<text class="map-title" x="12" y="20">${xmlText(title)}</text>`, legend(input)]),
    '</svg>',
    '',
  ].join('\n');
}
