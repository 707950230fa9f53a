// The evidence map (run and series pages): one local layer of a run on Natural Earth country
// outlines, with OpenLayers (canvas renderer) in Web Mercator. The layer is read in the compact
// binary form; its cells, on the EPSG:3035 grid, are drawn as a raster reprojected by
// OpenLayers. Hovering or clicking a cell, or moving the view by keyboard (arrow keys, + and −,
// 0 to reset; the map is focusable), tells its value, grid position and coordinates. The
// classes (equal intervals, quantiles, natural breaks) are chosen on the page (?classes=, which the
// page's own legend and tables follow without this script); the script redraws them on a change.
import 'ol/ol.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import { defaults as defaultControls } from 'ol/control/defaults.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import { getCenter } from 'ol/extent.js';
import ImageLayer from 'ol/layer/Image.js';
import { toLonLat, transform, transformExtent } from 'ol/proj.js';
import Static from 'ol/source/ImageStatic.js';
import { countriesLayer, tileLayer } from './basemap.js';
import { classMethodOf } from '../src/map-class-colours.ts';
import { classify, rasterUrl, renderClassTables, renderLegend } from './classes-style.js';
import { cellIndex, fetchLayer } from './layer-data.js';
import { GRID_CRS } from './projection.js';

const box = /** @type {HTMLElement | null} */ (document.querySelector('[data-evidence-map]'));
const target = box && /** @type {HTMLElement | null} */ (box.querySelector('.map-view'));
if (box && target) start(box, target);

/** @param {HTMLElement} box @param {HTMLElement} target */
function start(box, target) {
  const attr = (/** @type {string} */ name) => box.getAttribute(name) || '';
  const statusEl = box.querySelector('.map-status');
  const readoutEl = box.querySelector('.map-readout');
  // The class choice, its legend and the tables are the page's own (they work without this script).
  const section = box.closest('section') || document;
  const classSelect = /** @type {HTMLSelectElement | null} */ (section.querySelector('select[data-map-classes]'));
  const legendList = /** @type {HTMLUListElement | null} */ (section.querySelector('.map-class-legend ul'));
  // The classes the address asks for (?classes=, as the server read it).
  if (classSelect) classSelect.value = classMethodOf(new URLSearchParams(location.search).get('classes'));
  const palette = attr('data-palette').split(',');
  const centerText = box.getAttribute('data-center');
  const center = centerText === null ? null : Number(centerText);
  const lang = document.documentElement.lang || 'en';
  const number = new Intl.NumberFormat(lang, { maximumSignificantDigits: 4 });
  const metres = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const degrees = new Intl.NumberFormat(lang, { minimumFractionDigits: 4, maximumFractionDigits: 4 });

  /** @param {string | null} text */
  const say = (text) => {
    if (statusEl) statusEl.textContent = text;
  };
  /** @param {string} template @param {Record<string, string>} values */
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

  const view = new View({ center: [0, 0], zoom: 2, maxZoom: 22 });
  const imageLayer = new ImageLayer();
  const map = new Map({
    target,
    view,
    layers: [imageLayer],
    keyboardEventTarget: target,
    controls: defaultControls({ zoom: false, rotate: false, attribution: false }).extend([new ScaleLine()]),
  });
  const tiles = attr('data-tiles');
  if (tiles) map.getLayers().insertAt(0, tileLayer(tiles));
  else
    countriesLayer(attr('data-basemap-url'))
      .then((countries) => map.getLayers().insertAt(0, countries))
      .catch(() => undefined); // the layer is still drawn, on a plain background

  /** @type {import('./layer-data.js').Layer | null} */
  let layer = null;
  /** @type {ReturnType<typeof cellIndex> | null} */
  let lookup = null;
  /** @type {import('./classes-style.js').Classes | null} */
  let classes = null;
  /** @type {import('ol/extent.js').Extent | null} */
  let extent = null;
  let homeResolution = 1;

  /** Says what is at a map coordinate (view projection). @param {import('ol/coordinate.js').Coordinate} at */
  function readout(at) {
    if (!layer || !lookup || !readoutEl) return;
    const [lon, lat] = toLonLat(at);
    const [x, y] = transform(at, 'EPSG:3857', GRID_CRS);
    const col = Math.floor((x - layer.originX) / layer.cellSize);
    const row = Math.floor((y - layer.originY) / layer.cellSize);
    const value = lookup(col, row);
    const where = { lat: degrees.format(lat), lon: degrees.format(lon) };
    readoutEl.textContent =
      value === undefined || Number.isNaN(value)
        ? fill(attr('data-readout-none'), where)
        : fill(attr('data-readout'), {
            ...where,
            col: String(col),
            row: String(row),
            x: metres.format(layer.originX + col * layer.cellSize),
            y: metres.format(layer.originY + row * layer.cellSize),
            value: number.format(value),
          });
    readoutEl.setAttribute('data-col', String(col));
    readoutEl.setAttribute('data-row', String(row));
    readoutEl.setAttribute('data-lon', String(lon));
    readoutEl.setAttribute('data-lat', String(lat));
    readoutEl.setAttribute('data-value', value === undefined ? '' : String(value));
  }

  function sayView() {
    if (!layer) return;
    const zoom = Math.round((homeResolution / (view.getResolution() || homeResolution)) * 100) / 100;
    say(fill(attr('data-status-drawn'), { count: String(layer.count), zoom: String(zoom) }));
    box.setAttribute('data-zoom', String(zoom));
  }

  async function draw() {
    if (!layer || !extent) return;
    const method = classMethodOf(classSelect ? classSelect.value : null);
    classes = classify(layer.values, method, palette, center);
    if (legendList) renderLegend(legendList, classes, (v) => number.format(v));
    renderClassTables(section, classes, layer.values, (v) => number.format(v));
    const url = await rasterUrl(layer, classes);
    const old = imageLayer.getSource();
    imageLayer.setSource(new Static({ url, imageExtent: extent, projection: GRID_CRS, interpolate: false }));
    if (old instanceof Static) URL.revokeObjectURL(old.getUrl());
    map.once('rendercomplete', () => target.setAttribute('data-drawn', 'true'));
  }

  function home() {
    if (!extent) return;
    view.fit(transformExtent(extent, GRID_CRS, 'EPSG:3857'), { padding: [16, 16, 16, 16] });
  }

  /** @param {string | null} action */
  function act(action) {
    const res = view.getResolution() || 1;
    const [w, h] = map.getSize() || [0, 0];
    const c = view.getCenter() || [0, 0];
    const step = 0.15;
    if (action === 'zoom-in') view.setZoom((view.getZoom() || 0) + 1);
    else if (action === 'zoom-out') view.setZoom((view.getZoom() || 0) - 1);
    else if (action === 'pan-left') view.setCenter([c[0] - w * step * res, c[1]]);
    else if (action === 'pan-right') view.setCenter([c[0] + w * step * res, c[1]]);
    else if (action === 'pan-up') view.setCenter([c[0], c[1] + h * step * res]);
    else if (action === 'pan-down') view.setCenter([c[0], c[1] - h * step * res]);
    else if (action === 'reset') home();
    else return false;
    return true;
  }

  map.on('pointermove', (e) => {
    if (!e.dragging) readout(e.coordinate);
  });
  map.on('singleclick', (e) => {
    readout(e.coordinate);
    target.focus();
  });
  // Moved by keyboard or buttons: tell what is at the centre of the view.
  map.on('moveend', () => {
    sayView();
    if (document.activeElement === target || box.contains(document.activeElement)) {
      const c = view.getCenter();
      if (c) readout(c);
    }
  });
  target.addEventListener('keydown', (e) => {
    if (e.key === '0' && act('reset')) e.preventDefault();
  });
  box
    .querySelectorAll('[data-map-action]')
    .forEach((b) => b.addEventListener('click', () => act(b.getAttribute('data-map-action'))));
  if (classSelect) {
    classSelect.addEventListener('change', () => {
      // The address follows the choice, so a reload or a shared link shows the same classes.
      const url = new URL(location.href);
      url.searchParams.set('classes', classSelect.value);
      history.replaceState(history.state, '', url);
      void draw();
    });
  }

  say(attr('data-status-loading'));
  fetchLayer(attr('data-layer-url'))
    .then(async (data) => {
      layer = data;
      lookup = cellIndex(data);
      const size = data.cellSize;
      extent = [data.originX, data.originY, data.originX + data.width * size, data.originY + data.height * size];
      home();
      homeResolution = view.getResolution() || 1;
      await draw();
      sayView();
      readout(transform(getCenter(extent), GRID_CRS, 'EPSG:3857'));
    })
    .catch(() => say(attr('data-status-failed')));
}
