import { IndicatorError } from './errors.ts';

const TWO_32 = 4294967296;

type Bounds = { rowMin: number; rowMax: number; colMin: number; colMax: number };

/** Refuses a bounding box too large for the grid's lattice positions (TOO_LARGE). */
export function checkExtent(bounds: Bounds): void {
  const height = bounds.rowMax - bounds.rowMin + 1;
  if (bounds.colMax - bounds.colMin + 1 >= 1 << 21 || height >= 1 << 24) {
    throw new IndicatorError(
      'TOO_LARGE',
      `grid extent ${bounds.colMax - bounds.colMin + 1} x ${height} cells is too large`,
    );
  }
}

/**
 * Orders cells by (row, col) in O(n + height): a counting sort on rows, then each row is
 * checked and only sorted when its columns arrive out of order (inputs are usually row-major).
 * Calls `onDuplicate(first, second)` (input positions) for two cells at the same place.
 */
export function orderByRowCol(
  rows: Int32Array,
  cols: Int32Array,
  n: number,
  bounds: Bounds,
  onDuplicate: (first: number, second: number) => never,
): Int32Array {
  checkExtent(bounds);
  const height = bounds.rowMax - bounds.rowMin + 1;
  const start = new Int32Array(height + 1);
  for (let i = 0; i < n; i++) start[rows[i] - bounds.rowMin + 1]++;
  for (let r = 0; r < height; r++) start[r + 1] += start[r];
  const next = start.slice(0, height);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[rows[i] - bounds.rowMin]++] = i;
  for (let r = 0; r < height; r++) {
    sortRowSegment(order, start[r], start[r + 1], cols, bounds.colMin, onDuplicate);
  }
  return order;
}

function sortRowSegment(
  order: Int32Array,
  from: number,
  to: number,
  cols: Int32Array,
  colMin: number,
  onDuplicate: (first: number, second: number) => never,
): void {
  let sorted = true;
  for (let j = from + 1; j < to; j++) {
    const a = cols[order[j - 1]];
    const b = cols[order[j]];
    if (a === b) onDuplicate(Math.min(order[j - 1], order[j]), Math.max(order[j - 1], order[j]));
    if (a > b) sorted = false;
  }
  if (sorted) return;
  const keys = new Float64Array(to - from);
  for (let j = from; j < to; j++) keys[j - from] = (cols[order[j]] - colMin) * TWO_32 + order[j];
  keys.sort();
  for (let j = from; j < to; j++) order[j] = keys[j - from] % TWO_32;
  for (let j = from + 1; j < to; j++) {
    if (cols[order[j - 1]] === cols[order[j]]) {
      onDuplicate(Math.min(order[j - 1], order[j]), Math.max(order[j - 1], order[j]));
    }
  }
}
