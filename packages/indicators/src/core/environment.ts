import { convolveBand, type ConvolutionTask } from './convolve.ts';
import { cellAt, type Grid, type Scope } from './grid.ts';
import { type Stencil } from './kernels.ts';

/** Kernel environments of some channels (count arrays) over one scope. */
export interface EnvironmentRequest {
  grid: Grid;
  scope: Scope;
  stencil: Stencil;
  /** Channels to smooth, indexed by grid cell. */
  sources: readonly Float64Array[];
  /** Where to write the environments, indexed by grid cell (only the scope's cells are written). */
  targets: readonly Float64Array[];
  /**
   * For an area scope: the all-cells environments of the same sources and stencil, already
   * computed, and the area's index; its cells away from other areas copy them.
   */
  from?: { base: readonly Float64Array[]; area: number; border?: Uint8Array | null } | null;
}

/** Builds the convolution task covering rows [rowFrom, rowTo] of the scope. */
export function bandTask(req: EnvironmentRequest, rowFrom: number, rowTo: number): ConvolutionTask {
  const { grid, scope } = req;
  return {
    row: grid.row,
    col: grid.col,
    cells: scope.cells,
    scopeCount: scope.count,
    colMin: scope.colMin,
    width: scope.colMax - scope.colMin + 1,
    rowFrom,
    rowTo,
    sources: req.sources,
    targets: req.targets,
    stencil: req.stencil,
    from:
      req.from === undefined || req.from === null || grid.areaOf === null
        ? null
        : {
            base: req.from.base,
            areaOf: grid.areaOf,
            area: req.from.area,
            cellCount: grid.cellCount,
            border: req.from.border ?? null,
          },
  };
}

/** Computes the environments on the calling thread. */
export function computeEnvironmentSync(req: EnvironmentRequest): void {
  if (req.scope.count === 0) return;
  convolveBand(bandTask(req, req.scope.rowMin, req.scope.rowMax));
}

/**
 * Splits the scope's rows into `parts` bands holding about the same number of cells.
 * Bands never share a row, so threads write disjoint cells.
 */
export function splitRows(grid: Grid, scope: Scope, parts: number): Array<[number, number]> {
  const bands: Array<[number, number]> = [];
  let from = scope.rowMin;
  for (let p = 1; p <= parts && from <= scope.rowMax; p++) {
    let to = scope.rowMax;
    if (p < parts) {
      const s = Math.min(scope.count - 1, Math.floor((scope.count * p) / parts));
      to = Math.max(from, grid.row[cellAt(scope, s)] - 1);
    }
    bands.push([from, to]);
    from = to + 1;
  }
  return bands;
}

/** Multiply-adds an environment computation costs; used to decide whether threads pay off. */
export function environmentCost(req: EnvironmentRequest): number {
  return req.scope.count * req.stencil.size * req.sources.length;
}
