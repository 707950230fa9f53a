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
}
