import { type ChunkedFloat64, type ChunkedInt32, gatherFloat64, gatherInt32 } from './chunked.ts';
import { type Grid } from './grid.ts';
import { type Lattice } from './grid-lattice.ts';
import { buildScopes } from './grid-scopes.ts';
import { allocFloat64, allocInt32 } from './typed.ts';

/** The chunked columns a GridBuilder collected. */
export interface CollectedCells {
  n: number;
  groups: string[];
  rows: ChunkedInt32;
  cols: ChunkedInt32;
  areas: ChunkedInt32 | null;
  totals: ChunkedFloat64;
  counts: ChunkedFloat64[];
  areaNames: readonly string[];
  totalIsGroupSum: boolean;
  bounds: { rowMin: number; rowMax: number; colMin: number; colMax: number };
}

/** Orders area codes by UTF-16 code units, so results never depend on the input order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Copies the collected columns into (shared) typed arrays in (row, col) order, one column at a
 * time, releasing each chunked column once copied so peak memory stays near one copy.
 */
export function assembleGrid(c: CollectedCells, order: Int32Array, lattice: Lattice): Grid {
  const { n, bounds } = c;
  const row = allocInt32(n);
  const col = allocInt32(n);
  gatherInt32(c.rows, order, row);
  gatherInt32(c.cols, order, col);
  c.rows.release();
  c.cols.release();
  for (let i = 0; i < n; i++) {
    row[i] -= bounds.rowMin;
    col[i] -= bounds.colMin;
  }
  const counts = c.counts.map((column) => {
    const out = allocFloat64(n);
    gatherFloat64(column, order, out);
    column.release();
    return out;
  });
  const total = allocFloat64(n);
  gatherFloat64(c.totals, order, total);
  c.totals.release();
  const areaCodes = [...c.areaNames].sort(compareCodes);
  let areaOf: Int32Array | null = null;
  if (c.areas !== null) {
    const remap = new Int32Array(c.areaNames.length);
    const rank = new Map(areaCodes.map((code, i) => [code, i]));
    c.areaNames.forEach((code, i) => (remap[i] = rank.get(code) as number));
    areaOf = allocInt32(n);
    gatherInt32(c.areas, order, areaOf);
    for (let i = 0; i < n; i++) areaOf[i] = remap[areaOf[i]];
    c.areas.release();
  }
  const base = {
    cellCount: n,
    groups: c.groups,
    cellSize: lattice.cellSize,
    originX: lattice.offsetX + bounds.colMin * lattice.cellSize,
    originY: lattice.offsetY + bounds.rowMin * lattice.cellSize,
    width: bounds.colMax - bounds.colMin + 1,
    height: bounds.rowMax - bounds.rowMin + 1,
    euGridIds: lattice.euGridIds,
    row,
    col,
    counts,
    total,
    totalIsGroupSum: c.totalIsGroupSum,
    areaCodes,
    areaOf,
  };
  return { ...base, scopes: buildScopes(base) };
}
