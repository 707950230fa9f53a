import type { Page } from 'playwright-core';
import proj4 from 'proj4';

/** EPSG:3035 (ETRS89-LAEA Europe), for checking the map's reprojection independently of the page. */
proj4.defs(
  'EPSG:3035',
  '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
);

/** A layer as the API's JSON form gives it. */
export interface LayerJson {
  originX: number;
  originY: number;
  cellSize: number;
  min: number;
  max: number;
  col: number[];
  row: number[];
  values: (number | null)[];
}

/** The map's readout after the last hover, click or keyboard move. */
export interface Readout {
  text: string;
  col: number;
  row: number;
  lon: number;
  lat: number;
  value: number | null;
}

export function readout(page: Page): Promise<Readout> {
  return page.$eval('[data-evidence-map] .map-readout', (el) => {
    const num = (name: string) => Number(el.getAttribute(name));
    const value = el.getAttribute('data-value');
    return {
      text: el.textContent ?? '',
      col: num('data-col'),
      row: num('data-row'),
      lon: num('data-lon'),
      lat: num('data-lat'),
      value: value ? Number(value) : null,
    };
  });
}

/** The layer the map shows, read from the API in its JSON form with the page's session. */
export function layerJson(page: Page): Promise<LayerJson> {
  return page.evaluate(async () => {
    const url = document.querySelector('[data-evidence-map]')!.getAttribute('data-layer-url')!;
    const res = await fetch(url + (url.includes('?') ? '&' : '?') + 'format=json');
    return (await res.json()) as LayerJson;
  });
}

/** Where a longitude/latitude falls on the grid, by proj4 here (not the page): cell and position within it (0–1). */
export function cellAt(layer: LayerJson, lon: number, lat: number) {
  const [x, y] = proj4('EPSG:4326', 'EPSG:3035', [lon, lat]);
  const fx = (x - layer.originX) / layer.cellSize;
  const fy = (y - layer.originY) / layer.cellSize;
  const col = Math.floor(fx);
  const row = Math.floor(fy);
  const i = layer.col.findIndex((c, k) => c === col && layer.row[k] === row);
  return { col, row, within: [fx - col, fy - row], value: i < 0 ? null : layer.values[i]! };
}

/** The legend's classes as the page shows them: colour and range. */
export function legendClasses(page: Page): Promise<{ colour: string; from: number; to: number }[]> {
  return page.$$eval('.map-class-legend li', (items) =>
    items.map((li) => ({
      colour: li.getAttribute('data-colour')!,
      from: Number(li.getAttribute('data-from')),
      to: Number(li.getAttribute('data-to')),
    })),
  );
}

/**
 * The colours of the page as displayed at the given CSS pixels of the map (from a screenshot,
 * decoded by the browser), as #rrggbb.
 */
export async function pixelColours(page: Page, points: [number, number][]): Promise<string[]> {
  const png = (await page.locator('[data-evidence-map] .map-view').screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      return points.map(([x, y]) => {
        const p = (Math.round(y) * img.width + Math.round(x)) * 4;
        return '#' + [data[p]!, data[p + 1]!, data[p + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('');
      });
    },
    { png, points },
  );
}

/** How many displayed pixels of the map have one of the legend's class colours. */
export async function classPixels(page: Page): Promise<number> {
  const colours = new Set((await legendClasses(page)).map((c) => c.colour));
  const box = (await page.locator('[data-evidence-map] .map-view').boundingBox())!;
  const points: [number, number][] = [];
  for (let y = 2; y < box.height - 2; y += 4) for (let x = 2; x < box.width - 2; x += 4) points.push([x, y]);
  return (await pixelColours(page, points)).filter((c) => colours.has(c)).length;
}
