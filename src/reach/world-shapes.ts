// The world map's country outlines: Natural Earth 1:110m shapes from `world-atlas` (TopoJSON),
// turned into GeoJSON with `topojson-client` and projected once per process with d3-geo's Equal
// Earth projection (areas true to size, so no country looks bigger than it is) into SVG paths.
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2FromNumeric } from './regions.ts';

const require = createRequire(import.meta.url);

export const MAP_WIDTH = 720;
export const MAP_HEIGHT = 350;

export interface CountryShape {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** SVG path data in the map's 720×350 box. */
  d: string;
}

// Natural Earth draws three shapes that have no ISO numeric id: they are shaded with the
// country ISO 3166 counts them in (Somaliland, Northern Cyprus) or their own code (Kosovo, XK).
const UNNUMBERED: Record<string, string> = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };
// Antarctica (010) takes a sixth of the map and has no signatories.
const LEFT_OUT = new Set(['010']);

let shapes: CountryShape[] | null = null;

/** Every country's outline, projected; computed on first use, then kept. */
export function countryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const kept = collection.features.filter((f) => !LEFT_OUT.has(String(f.id ?? '')));
  const projection = geoEqualEarth().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], { type: 'FeatureCollection', features: kept });
  const path = geoPath(projection).digits(1);
  shapes = kept.flatMap((f) => {
    const country = f.id !== undefined ? alpha2FromNumeric(String(f.id)) : (UNNUMBERED[f.properties?.name ?? ''] ?? null);
    const d = path(f);
    return country && d ? [{ country, d }] : [];
  });
  return shapes;
}
