import { type Stencil } from './kernels.ts';

/**
 * One environment computation over a band of rows: for every scope cell whose row lies in
 * [rowFrom, rowTo], targets[c][i] = Σ_offsets w · sources[c][cell at offset], over the
 * scope's cells only. Arrays are indexed by grid cell; `cells` lists the scope's cells in
 * (row, col) order (null = all cells of the grid).
 */
export interface ConvolutionTask {
  row: Int32Array;
  col: Int32Array;
  cells: Int32Array | null;
  scopeCount: number;
  colMin: number;
  width: number;
  rowFrom: number;
  rowTo: number;
  sources: readonly Float64Array[];
  targets: readonly Float64Array[];
  stencil: Stencil;
  /** For an area: the all-cells environments of the same channels and stencil, to copy where they agree (see convolveFromBase). */
  from?: BaseEnvironments | null;
}

/** The all-cells environments an area's environments start from, and which cells are the area's. */
export interface BaseEnvironments {
  /** Environments over every listed cell, indexed by grid cell, one per source channel. */
  base: readonly Float64Array[];
  /** Area index of every grid cell (cells sorted by (row, col)). */
  areaOf: Int32Array;
  /** The area whose environments the task computes. */
  area: number;
  /** Number of grid cells. */
  cellCount: number;
  /**
   * When given, cells that would copy the base are left alone, and the others are marked 1
   * here (their environments are written): the targets then hold the area's border only.
   */
  border: Uint8Array | null;
}
