/**
 * The in-memory grid: one entry per listed cell, sorted by (row, col), columns as typed arrays.
 * Row 0 is the southernmost row of the bounding box, col 0 the westernmost column.
 */
export interface Grid {
  /** Number of listed cells (rows of the input), empty cells included. */
  readonly cellCount: number;
  /** Population group names, in input order. */
  readonly groups: readonly string[];
  /** Cell size in metres (or CRS units). */
  readonly cellSize: number;
  /** Lower-left x of column 0. */
  readonly originX: number;
  /** Lower-left y of row 0. */
  readonly originY: number;
  /** Bounding box size in cells. */
  readonly width: number;
  readonly height: number;
  /** True when cells were identified by EU grid ids (EPSG:3035). */
  readonly euGridIds: boolean;
  readonly row: Int32Array;
  readonly col: Int32Array;
  /** One array per group: counts[k][i] is group k in cell i. */
  readonly counts: readonly Float64Array[];
  /** Total population per cell (the total column, or the sum of the groups). */
  readonly total: Float64Array;
  /** True when every cell's total equals the sum of its group counts. */
  readonly totalIsGroupSum: boolean;
  /** Sorted area codes; empty when the input has no area column. */
  readonly areaCodes: readonly string[];
  /** Index into areaCodes per cell, or null without areas. */
  readonly areaOf: Int32Array | null;
  /** The whole grid followed by one scope per area (sorted by code). */
  readonly scopes: readonly Scope[];
}

/** A set of cells indices are computed over: all cells, or one area. */
export interface Scope {
  /** 'ALL' or the area code. */
  readonly label: string;
  /** Cell indices in (row, col) order, or null meaning every cell 0..cellCount-1. */
  readonly cells: Int32Array | null;
  readonly count: number;
  readonly rowMin: number;
  readonly rowMax: number;
  readonly colMin: number;
  readonly colMax: number;
  /** Sum of each group over the scope. */
  readonly groupTotals: Float64Array;
  /** Sum of the total column over the scope. */
  readonly population: number;
}

/** Label of the scope holding every cell. */
export const ALL = 'ALL';

/** Returns the cell index at position s of a scope. */
export function cellAt(scope: Scope, s: number): number {
  return scope.cells === null ? s : scope.cells[s];
}

/** Lower-left x of a cell. */
export function cellX(grid: Grid, i: number): number {
  return grid.originX + grid.col[i] * grid.cellSize;
}

/** Lower-left y of a cell. */
export function cellY(grid: Grid, i: number): number {
  return grid.originY + grid.row[i] * grid.cellSize;
}
