// The coverage map's geometry: Natural Earth's 1:110m countries (world-atlas, public domain, read from the data
// file the build writes: `countries-110m.json`, see referenceData/dataFiles.ts) projected with d3-geo's Natural
// Earth projection into SVG path data, and the dots of countries too small for 1:110m. coverageMap.ts requires
// this module on the first map it draws, so neither d3-geo nor the map's data is loaded before a map is wanted.
import { geoNaturalEarth1, geoPath, type GeoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryByNumeric } from '../referenceData/countries';
import { DATA_FILES, readDataFile } from '../referenceData/dataFiles';
import { SMALL_COUNTRY_POINTS } from './smallCountryPoints';

export interface Shape {
  readonly iso2: string;
  readonly path: string;
  /** Projected bounding box: [[x0, y0], [x1, y1]]. */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
}

export interface WorldShapes {
  readonly countries: readonly Shape[];
  readonly dots: ReadonlyMap<string, readonly [number, number]>;
}

let shapes: WorldShapes | undefined;
let shapesSize = '';

/**
 * A country's largest polygon: what a zoomed view frames. France's shape includes French Guiana, which would
 * otherwise stretch a view of Europe across the Atlantic.
 */
function mainPart(country: Feature<Geometry | null>, toPath: GeoPath): Feature<Geometry | null> {
  const geometry = country.geometry;
  if (!geometry || geometry.type !== 'MultiPolygon') return country;
  const parts = geometry.coordinates.map((coordinates): Feature<Geometry> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }));
  return parts.reduce((largest, part) => (toPath.area(part) > toPath.area(largest) ? part : largest));
}

/** The world map's topology, checked to have the countries object the map draws. */
function worldTopology(): Topology {
  const topology = readDataFile(DATA_FILES.worldMap) as Partial<Topology> | null;
  if (topology?.type !== 'Topology' || topology.objects?.countries?.type !== 'GeometryCollection') {
    throw new Error(`Reference data unreadable: ${DATA_FILES.worldMap.name} (${DATA_FILES.worldMap.what}) is not a TopoJSON topology of countries; rebuild with \`node esbuild.js\`.`);
  }
  return topology as Topology;
}

/** The projected country outlines and dots at a size, computed once: the geometry does not depend on the coverage. */
export function worldShapes(width: number, height: number): WorldShapes {
  if (shapes && shapesSize === `${width}x${height}`) return shapes;
  const topology = worldTopology();
  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const toPath = geoPath(projection).digits(1);
  const countries = feature(topology, topology.objects.countries as GeometryCollection).features.map((country) => ({
    iso2: (country.id !== undefined && countryByNumeric(String(country.id))?.iso2) || '',
    path: toPath(country) ?? '',
    bounds: toPath.bounds(mainPart(country, toPath)),
  }));
  const dots = new Map<string, readonly [number, number]>();
  for (const [numeric, point] of Object.entries(SMALL_COUNTRY_POINTS)) {
    const iso2 = countryByNumeric(numeric)?.iso2;
    const projected = projection([point[0], point[1]]);
    if (iso2 && projected) dots.set(iso2, [Math.round(projected[0] * 10) / 10, Math.round(projected[1] * 10) / 10]);
  }
  shapes = { countries, dots };
  shapesSize = `${width}x${height}`;
  return shapes;
}
