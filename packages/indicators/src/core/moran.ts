import { cellAt, type Grid, type Scope } from './grid.ts';
import { moranSweep } from './moran-sweep.ts';

/** How Moran's I treats listed cells with no population. */
export type MoranEmptyCells = 'zero' | 'exclude';

/**
 * Moran's I of each group's share, queen contiguity on the grid, row-standardised (as esda):
 *   I = (n / S0) · Σ_i z_i Σ_j w_ij z_j / Σ_i z_i²,  w_ij = 1/deg(i),  S0 = cells with a neighbour.
 * The lattice is the scope's listed cells; an unlisted cell is no neighbour. With 'zero' a listed
 * empty cell takes share 0 (as the reference does); with 'exclude' empty cells leave the lattice.
 * A cell without neighbours (an island) has a zero spatial lag and is left out of S0.
 * Shares are computed on the fly, so memory stays at one index per cell.
 */
export function moransIOfShares(grid: Grid, scope: Scope, emptyCells: MoranEmptyCells = 'zero'): Float64Array {
  return moranSweep(grid, lattice(grid, scope, emptyCells), grid.counts, grid.total, null)[0];
}

/**
 * moransIOfShares for all cells and for every area in one sweep: result [0] is all cells,
 * result [1 + a] area a, whose lattice holds only its own cells (neighbours across the area
 * border do not count).
 */
export function moransIOfSharesByArea(grid: Grid, emptyCells: MoranEmptyCells = 'zero'): Float64Array[] {
  return moranSweep(grid, lattice(grid, grid.scopes[0], emptyCells), grid.counts, grid.total, grid.areaOf);
}

/**
 * Moran's I (queen, row-standardised, as moransIOfShares) of any variables over a lattice.
 * `lattice`: cell indices in (row, col) order; `variables[k]`: values indexed by grid cell.
 */
export function moransI(grid: Grid, lattice: Int32Array, variables: readonly Float64Array[]): Float64Array {
  return moranSweep(grid, lattice, variables, null, null)[0];
}

/** latticeCells, or null (every cell) when the scope holds every cell and none is left out. */
function lattice(grid: Grid, scope: Scope, emptyCells: MoranEmptyCells): Int32Array | null {
  return scope.cells === null && scope.count === grid.cellCount && emptyCells === 'zero'
    ? null
    : latticeCells(grid, scope, emptyCells);
}

/** The cells Moran's I runs over: the scope's listed cells, without empty ones under 'exclude'. */
export function latticeCells(grid: Grid, scope: Scope, emptyCells: MoranEmptyCells): Int32Array {
  const out = new Int32Array(scope.count);
  let m = 0;
  for (let s = 0; s < scope.count; s++) {
    const i = cellAt(scope, s);
    if (emptyCells === 'zero' || grid.total[i] > 0) out[m++] = i;
  }
  return out.subarray(0, m);
}
