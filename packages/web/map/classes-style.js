// Colours a layer by classes: the class breaks (packages/web/src/map-classes.ts), one palette
// colour per class (a diverging palette is centred on the neutral value), the raster of
// coloured cells (one pixel per cell) and the legend that names each class's range.
import { classBreaks, classOf } from '../src/map-classes.ts';

/** @typedef {import('../src/map-classes.ts').ClassMethod} ClassMethod */
/** @typedef {{ breaks: number[], colours: string[] }} Classes */

export const CLASS_COUNT = 7;

/** @param {string} h */
function rgb(h) {
  return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
}

/** The palette's colour at t in [0, 1], interpolated. @param {string[]} palette @param {number} t */
function colourAt(palette, t) {
  const x = Math.max(0, Math.min(1, t)) * (palette.length - 1);
  const i = Math.min(palette.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [rgb(palette[i]), rgb(palette[i + 1])];
  const c = a.map((v, k) => Math.round(v + (b[k] - v) * f));
  return '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
}

/**
 * The classes of a layer's values. With a centre (the neutral value: 0 for a change, 1 for a
 * location quotient) equal intervals are symmetric around it and each class takes the diverging
 * palette's colour at its midpoint, so the neutral class is the palette's middle.
 * @param {ArrayLike<number>} values @param {ClassMethod} method @param {string[]} palette @param {number | null} center
 * @returns {Classes}
 */
export function classify(values, method, palette, center) {
  let breaks = classBreaks(values, method, CLASS_COUNT);
  if (breaks.length < 2) return { breaks, colours: [] };
  const [min, max] = [breaks[0], breaks[breaks.length - 1]];
  if (center === null) {
    const k = breaks.length - 1;
    return { breaks, colours: breaks.slice(1).map((_, j) => colourAt(palette, k > 1 ? j / (k - 1) : 0.5)) };
  }
  const reach = Math.max(Math.abs(max - center), Math.abs(min - center)) || 1;
  if (method === 'linear') breaks = classBreaks([center - reach, center + reach], 'linear', CLASS_COUNT);
  const colours = breaks.slice(1).map((b, j) => colourAt(palette, 0.5 + ((breaks[j] + b) / 2 - center) / (2 * reach)));
  return { breaks, colours };
}

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
