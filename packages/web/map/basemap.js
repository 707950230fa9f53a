// The offline basemap: Natural Earth country outlines (world-atlas countries-50m, TopoJSON,
// copied beside the bundle by scripts/bundle.mjs), converted with topojson-client. Optionally
// a configured tile address ({z}/{x}/{y}) for use online; nothing is fetched elsewhere otherwise.
import GeoJSON from 'ol/format/GeoJSON.js';
import TileLayer from 'ol/layer/Tile.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import XYZ from 'ol/source/XYZ.js';
import { Fill, Stroke, Style } from 'ol/style.js';
import { feature } from 'topojson-client';

const LAND = new Style({ fill: new Fill({ color: '#eceae4' }), stroke: new Stroke({ color: '#8a8a94', width: 1 }) });

/** @param {string} url @returns {Promise<VectorLayer>} */
export async function countriesLayer(url) {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error('HTTP ' + res.status);
  /** @type {import('topojson-specification').Topology} */
  const topology = await res.json();
  const countries = feature(topology, topology.objects.countries);
  const features = new GeoJSON().readFeatures(countries, { featureProjection: 'EPSG:3857' });
  return new VectorLayer({ source: new VectorSource({ features }), style: LAND });
}

/** @param {string} url a tile address with {z}, {x} and {y} */
export function tileLayer(url) {
  return new TileLayer({ source: new XYZ({ url, crossOrigin: 'anonymous' }) });
}
