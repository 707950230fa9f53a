import { promises as fs } from 'node:fs';
import { IndicatorError } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { type LocalLayers } from '../core/local-layers.ts';

/** TIFF field types. */
const SHORT = 3;
const LONG = 4;
const ASCII = 2;
const DOUBLE = 12;

interface Entry {
  tag: number;
  type: number;
  values: number[] | string;
}

const TYPE_SIZE: Record<number, number> = { [SHORT]: 2, [LONG]: 4, [ASCII]: 1, [DOUBLE]: 8 };

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The header (IFD and tag data) of an uncompressed float32 GeoTIFF with one band per layer,
 * pixel-interleaved, one strip per row, NaN as nodata, band names in GDAL metadata, and
 * GeoKeys for a projected CRS (EPSG code) with ModelPixelScale and ModelTiepoint.
 * Returns the header bytes; the image rows follow immediately, top (north) row first.
 */
export function geoTiffHeader(grid: Grid, bandNames: readonly string[], epsg = 3035): Uint8Array {
  const W = grid.width;
  const H = grid.height;
  const spp = bandNames.length;
  const rowBytes = W * spp * 4;
  const metadata =
    '<GDALMetadata>' +
    bandNames
      .map((n, b) => `<Item name="DESCRIPTION" sample="${b}" role="description">${xmlEscape(n)}</Item>`)
      .join('') +
    '</GDALMetadata>';
  const entries: Entry[] = [
    { tag: 256, type: LONG, values: [W] },
    { tag: 257, type: LONG, values: [H] },
    { tag: 258, type: SHORT, values: new Array(spp).fill(32) },
    { tag: 259, type: SHORT, values: [1] },
    { tag: 262, type: SHORT, values: [1] },
    { tag: 273, type: LONG, values: new Array(H).fill(0) },
    { tag: 277, type: SHORT, values: [spp] },
    { tag: 278, type: LONG, values: [1] },
    { tag: 279, type: LONG, values: new Array(H).fill(rowBytes) },
    { tag: 284, type: SHORT, values: [1] },
    ...(spp > 1 ? [{ tag: 338, type: SHORT, values: new Array(spp - 1).fill(0) }] : []),
    { tag: 339, type: SHORT, values: new Array(spp).fill(3) },
    { tag: 33550, type: DOUBLE, values: [grid.cellSize, grid.cellSize, 0] },
    { tag: 33922, type: DOUBLE, values: [0, 0, 0, grid.originX, grid.originY + H * grid.cellSize, 0] },
    { tag: 34735, type: SHORT, values: [1, 1, 0, 4, 1024, 0, 1, 1, 1025, 0, 1, 1, 3072, 0, 1, epsg, 3076, 0, 1, 9001] },
    { tag: 42112, type: ASCII, values: metadata + '\0' },
    { tag: 42113, type: ASCII, values: 'nan\0' },
  ];
  const size = (e: Entry): number =>
    typeof e.values === 'string' ? Buffer.byteLength(e.values, 'latin1') : e.values.length * TYPE_SIZE[e.type];
  const ifdSize = 2 + entries.length * 12 + 4;
  let extra = 8 + ifdSize;
  const offsets = entries.map((e) => {
    const n = size(e);
    if (n <= 4) return -1;
    const at = extra;
    extra += n + (n % 2);
    return at;
  });
  const headerSize = extra;
  const imageBytes = H * rowBytes;
  if (headerSize + imageBytes > 0xffffffff) {
    throw new IndicatorError('TOO_LARGE', `a ${W} x ${H} x ${spp}-band raster exceeds 4 GiB; write CSV instead`);
  }
  const strips = entries.find((e) => e.tag === 273) as Entry;
  strips.values = (strips.values as number[]).map((_, r) => headerSize + r * rowBytes);
  const buf = Buffer.alloc(headerSize);
  buf.write('II', 0, 'latin1');
  buf.writeUInt16LE(42, 2);
  buf.writeUInt32LE(8, 4);
  buf.writeUInt16LE(entries.length, 8);
  entries.forEach((e, j) => {
    const p = 10 + j * 12;
    const count = typeof e.values === 'string' ? size(e) : e.values.length;
    buf.writeUInt16LE(e.tag, p);
    buf.writeUInt16LE(e.type, p + 2);
    buf.writeUInt32LE(count, p + 4);
    const at = offsets[j] < 0 ? p + 8 : offsets[j];
    if (offsets[j] >= 0) buf.writeUInt32LE(at, p + 8);
    writeValues(buf, at, e);
  });
  buf.writeUInt32LE(0, 10 + entries.length * 12);
  return buf;
}

function writeValues(buf: Buffer, at: number, e: Entry): void {
  if (typeof e.values === 'string') {
    buf.write(e.values, at, 'latin1');
    return;
  }
  e.values.forEach((v, k) => {
    if (e.type === SHORT) buf.writeUInt16LE(v, at + 2 * k);
    else if (e.type === LONG) buf.writeUInt32LE(v, at + 4 * k);
    else buf.writeDoubleLE(v, at + 8 * k);
  });
}

/**
 * Writes local layers as a multi-band float32 GeoTIFF over the grid's bounding box:
 * NaN where no cell is listed (and where a layer is undefined, e.g. empty cells).
 */
export async function writeLocalGeoTiff(path: string, layers: LocalLayers, epsg = 3035): Promise<void> {
  const { grid } = layers;
  const W = grid.width;
  const H = grid.height;
  const spp = layers.names.length;
  const rowStart = new Int32Array(H + 1);
  for (let i = 0; i < grid.cellCount; i++) rowStart[grid.row[i] + 1]++;
  for (let r = 0; r < H; r++) rowStart[r + 1] += rowStart[r];
  const file = await fs.open(path, 'w');
  try {
    await file.write(geoTiffHeader(grid, layers.names, epsg));
    const rowsPerWrite = Math.max(1, Math.floor((1 << 22) / (W * spp * 4)));
    const block = new Float32Array(rowsPerWrite * W * spp);
    const values = new Float64Array(spp);
    for (let top = 0; top < H; top += rowsPerWrite) {
      const rows = Math.min(rowsPerWrite, H - top);
      block.fill(NaN);
      for (let q = 0; q < rows; q++) {
        const r = H - 1 - (top + q);
        for (let i = rowStart[r]; i < rowStart[r + 1]; i++) {
          layers.fill(i, values);
          block.set(values, (q * W + grid.col[i]) * spp);
        }
      }
      await file.write(new Uint8Array(block.buffer, 0, rows * W * spp * 4));
    }
  } finally {
    await file.close();
  }
}
