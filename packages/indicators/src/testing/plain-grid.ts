import { type Grid } from '../core/grid.ts';

/** A grid with its typed arrays as plain arrays, so two grids compare by value whatever memory holds them. */
export function plainGrid(grid: Grid): unknown {
  return {
    ...grid,
    row: Array.from(grid.row),
    col: Array.from(grid.col),
    total: Array.from(grid.total),
    counts: grid.counts.map((c) => Array.from(c)),
    areaOf: Array.from(grid.areaOf ?? []),
    scopes: grid.scopes.map((s) => ({
      ...s,
      cells: s.cells === null ? null : Array.from(s.cells),
      groupTotals: Array.from(s.groupTotals),
    })),
  };
}
