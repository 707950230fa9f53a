import fs from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';

/** A TopoJSON topology and one of its objects, as topojson-client reads them. */
type Topology = Parameters<typeof mesh>[0];
type TopoObject = NonNullable<Parameters<typeof mesh>[1]>;

/** The drawing of Europe every network map shares: its size, the land and the borders as SVG paths, and its projection. */
export interface BaseMap {
  width: number;
  height: number;
  /** Every country's area, one path (Natural Earth 1:110m, clipped to the frame). */
  land: string;
  /** The borders between countries, one path. */
  borders: string;
  /** Where a longitude and latitude fall on the drawing (pixels from the top left), or null outside it. */
  project(longitude: number, latitude: number): [number, number] | null;
}

const WIDTH = 800;
const HEIGHT = 640;
/** The part of Europe drawn: from Portugal and Ireland to Cyprus, from Malta to central Finland and Norway. */
const FRAME = { west: -11, east: 35, south: 34, north: 63 };

/**
 * A Lambert conformal conic projection of Europe (standard parallels 43° and 62°, central meridian 10° E,
 * the usual choice for maps of Europe at this scale), fitted to the frame.
 */
function europeProjection(): GeoProjection {
  const corners: GeoJSON.Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [FRAME.west, FRAME.south],
        [FRAME.east, FRAME.south],
        [FRAME.west, FRAME.north],
        [FRAME.east, FRAME.north],
        [(FRAME.west + FRAME.east) / 2, FRAME.north],
      ],
    },
  };
  return geoConicConformal()
    .parallels([43, 62])
    .rotate([-10, 0])
    .fitExtent(
      [
        [12, 12],
        [WIDTH - 12, HEIGHT - 12],
      ],
      corners,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
}

/** The Natural Earth countries at 1:110m from the `world-atlas` package (TopoJSON). */
function readAtlas(): { atlas: Topology; countries: TopoObject } {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const atlas = JSON.parse(fs.readFileSync(file, 'utf8')) as Topology;
  const countries = atlas.objects.countries as TopoObject | undefined;
  if (!countries) throw new Error(`${file} holds no "countries" object`);
  return { atlas, countries };
}

let cached: BaseMap | null = null;

/** The base map, drawn once per process (the atlas is read and projected on first use). */
export function baseMap(): BaseMap {
  if (cached) return cached;
  const { atlas, countries } = readAtlas();
  const projection = europeProjection();
  const path = geoPath(projection).digits(1);
  const land = feature(atlas, countries);
  const borders = mesh(atlas, countries, (a, b) => a !== b);
  cached = {
    width: WIDTH,
    height: HEIGHT,
    land: path(land) ?? '',
    borders: path(borders) ?? '',
    project(longitude, latitude) {
      const p = projection([longitude, latitude]);
      if (!p) return null;
      const [x, y] = p;
      if (x < 0 || y < 0 || x > WIDTH || y > HEIGHT) return null;
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    },
  };
  return cached;
}
