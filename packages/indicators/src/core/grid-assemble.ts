import { type Grid } from './grid.ts';
import { type CellColumns } from './grid-columns.ts';
import { type Lattice } from './grid-lattice.ts';
import { buildScopes } from './grid-scopes.ts';
import { allocFloat64, allocInt32 } from './typed.ts';

/** The columns a GridBuilder collected. */
export interface CollectedCells {
  n: number;
  groups: string[];
  columns: CellColumns;
  /** Whether the input has an area column (columns.areas is used). */
  hasAreas: boolean;
  areaNames: readonly string[];
  totalIsGroupSum: boolean;
  bounds: { rowMin: number; rowMax: number; colMin: number; colMax: number };
}

/** Orders area codes by UTF-16 code units, so results never depend on the input order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A column's first n values as the grid's column: in place (a view of its first n values) when
 * the cells came in order and the column has little spare room, else copied out, in the given
 * order. The copies are shared memory, as the columns are.
 */
function fit<T extends Int32Array | Float64Array>(
  a: T,
  n: number,
  order: Int32Array | null,
  alloc: (n: number) => T,
): T {
  if (order === null) {
    if (a.length - n <= n >>> 3) return (a.length === n ? a : a.subarray(0, n)) as T;
    const out = alloc(n);
    out.set(a.subarray(0, n));
    return out;
  }
  const out = alloc(n);
  for (let j = 0; j < n; j++) out[j] = a[order[j]];
  return out;
}

/**
 * Turns the collected columns into the grid's: in (row, col) order (`order`, or null when the
 * cells came in that order), rows and columns counted from the bounding box's corner, area
 * indices ranked by code; each column is written once more at most, or used in place.
 */
export function assembleGrid(c: CollectedCells, order: Int32Array | null, lattice: Lattice): Grid {
  const { n, bounds, columns } = c;
  const row = fit(columns.rows, n, order, allocInt32);
  const col = fit(columns.cols, n, order, allocInt32);
  const counts = columns.counts.map((column) => fit(column, n, order, allocFloat64));
  const total = fit(columns.totals, n, order, allocFloat64);
  const areaCodes = [...c.areaNames].sort(compareCodes);
  let areaOf: Int32Array | null = null;
  const { rowMin, colMin } = bounds;
  if (c.hasAreas) {
    const remap = new Int32Array(c.areaNames.length);
    const rank = new Map(areaCodes.map((code, i) => [code, i]));
    c.areaNames.forEach((code, i) => (remap[i] = rank.get(code) as number));
    const areas = fit(columns.areas, n, order, allocInt32);
    for (let i = 0; i < n; i++) {
      row[i] -= rowMin;
      col[i] -= colMin;
      areas[i] = remap[areas[i]];
    }
    areaOf = areas;
  } else {
    for (let i = 0; i < n; i++) {
      row[i] -= rowMin;
      col[i] -= colMin;
    }
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
