// Reads a local layer in the API's compact binary form (see layerBinary in
// packages/server/src/evidence/layer-service.ts): "CVL1", uint32 header length, a JSON header,
// then Int32 col[count], Int32 row[count], Float32 value[count] (NaN where undefined).

/**
 * @typedef {{ layer: string, label: string, cellSize: number, originX: number, originY: number,
 *   width: number, height: number, count: number, min: number | null, max: number | null }} LayerHeader
 * @typedef {LayerHeader & { cols: Int32Array, rows: Int32Array, values: Float32Array }} Layer
 */

/** @param {ArrayBuffer} buffer @returns {Layer} */
export function parseLayer(buffer) {
  const view = new DataView(buffer);
  const magic = String.fromCharCode(view.getUint8(0), view.getUint8(1), view.getUint8(2), view.getUint8(3));
  if (magic !== 'CVL1') throw new Error('Not a layer (CVL1) answer');
  const length = view.getUint32(4, true);
  /** @type {LayerHeader} */
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, length)));
  const start = 8 + length;
  const n = header.count;
  return {
    ...header,
    cols: new Int32Array(buffer, start, n),
    rows: new Int32Array(buffer, start + 4 * n, n),
    values: new Float32Array(buffer, start + 8 * n, n),
  };
}

/** Fetches a layer in the binary form. @param {string} url @returns {Promise<Layer>} */
export async function fetchLayer(url) {
  const res = await fetch(url + (url.includes('?') ? '&' : '?') + 'format=binary', {
    credentials: 'same-origin',
    headers: { accept: 'application/octet-stream' },
  });
  if (!res.ok) throw new Error('HTTP ' + res.status);
  return parseLayer(await res.arrayBuffer());
}

/**
 * The value of every grid position (row-major from the south-west, NaN where no cell is listed),
 * or null when the grid is too large to hold densely; then `lookup` searches the sorted cells.
 * @param {Layer} layer
 */
export function cellIndex(layer) {
  const dense = layer.width * layer.height <= 16e6 ? new Float32Array(layer.width * layer.height).fill(NaN) : null;
  if (dense) for (let i = 0; i < layer.count; i++) dense[layer.rows[i] * layer.width + layer.cols[i]] = layer.values[i];
  /**
   * The listed value at a grid position: a number, NaN (listed, no value) or undefined (not listed).
   * @param {number} col @param {number} row
   */
  return function lookup(col, row) {
    if (col < 0 || row < 0 || col >= layer.width || row >= layer.height) return undefined;
    if (dense) {
      const v = dense[row * layer.width + col];
      return Number.isNaN(v) ? undefined : v;
    }
    // Cells are sorted by (row, col): binary search.
    let lo = 0,
      hi = layer.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = layer.rows[mid] - row || layer.cols[mid] - col;
      if (d === 0) return layer.values[mid];
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}
