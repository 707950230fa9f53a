// Colours a layer by classes (packages/web/src/map-class-colours.ts, shared with the page): the
// raster of coloured cells (one pixel per cell) and the legend that names each class's range.
import { classOf } from '../src/map-classes.ts';
import { classCounts, classify, rgb } from '../src/map-class-colours.ts';

export { classify };

/** @typedef {import('../src/map-class-colours.ts').Classes} Classes */

/**
 * One pixel per grid cell (north up), coloured by class; cells without a value stay transparent.
 * @param {import('./layer-data.js').Layer} layer @param {Classes} classes
 * @returns {Promise<string>} an object URL of the PNG
 */
export function rasterUrl(layer, classes) {
  const canvas = document.createElement('canvas');
  canvas.width = layer.width;
  canvas.height = layer.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('No 2D canvas'));
  const img = ctx.createImageData(layer.width, layer.height);
  const colours = classes.colours.map(rgb);
  for (let i = 0; i < layer.count; i++) {
    const j = classOf(classes.breaks, layer.values[i]);
    if (j < 0) continue;
    const p = ((layer.height - 1 - layer.rows[i]) * layer.width + layer.cols[i]) * 4;
    img.data.set(colours[j], p);
    img.data[p + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error('No raster'))), 'image/png'),
  );
}

/**
 * Fills the legend list: one item per class, its colour and its range.
 * @param {HTMLUListElement} list @param {Classes} classes @param {(v: number) => string} format
 */
export function renderLegend(list, classes, format) {
  list.replaceChildren(
    ...classes.colours.map((colour, j) => {
      const item = document.createElement('li');
      item.setAttribute('data-colour', colour);
      item.setAttribute('data-from', String(classes.breaks[j]));
      item.setAttribute('data-to', String(classes.breaks[j + 1]));
      const swatch = document.createElement('span');
      swatch.className = 'map-swatch';
      swatch.style.background = colour;
      swatch.setAttribute('aria-hidden', 'true');
      const text = format(classes.breaks[j]) + ' – ' + format(classes.breaks[j + 1]);
      item.append(swatch, document.createTextNode(' ' + text));
      return item;
    }),
  );
}

/**
 * Brings the page's tables in line with the classes: the cells per class (colour, range, count)
 * and the class of each listed highest cell.
 * @param {ParentNode} section @param {Classes} classes @param {ArrayLike<number>} values @param {(v: number) => string} format
 */
export function renderClassTables(section, classes, values, format) {
  const range = (/** @type {number} */ j) => format(classes.breaks[j]) + ' – ' + format(classes.breaks[j + 1]);
  const body = section.querySelector('table.map-class-cells tbody');
  if (body) {
    const counts = classCounts(values, classes);
    body.replaceChildren(
      ...classes.colours.map((colour, j) => {
        const row = document.createElement('tr');
        const head = document.createElement('th');
        head.scope = 'row';
        const swatch = document.createElement('span');
        swatch.className = 'map-swatch';
        swatch.style.background = colour;
        swatch.setAttribute('aria-hidden', 'true');
        head.append(swatch, document.createTextNode(' ' + range(j)));
        const count = document.createElement('td');
        count.textContent = counts[j].toLocaleString(document.documentElement.lang || 'en');
        row.append(head, count);
        return row;
      }),
    );
  }
  section.querySelectorAll('tr[data-value]').forEach((row) => {
    const cell = row.querySelector('[data-class-cell]');
    const j = classOf(classes.breaks, Number(row.getAttribute('data-value')));
    if (cell) cell.textContent = j < 0 ? '–' : range(j);
  });
}
