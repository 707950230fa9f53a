import { type Grid } from './grid.ts';
import { RowWindow } from './moran-window.ts';

/**
 * Moran's I (queen contiguity, row-standardised) of K variables, for all lattice cells (null:
 * every cell of the grid, which are in (row, col) order) and,
 * when `areaOf` is given, for each area's own cells, in one sweep over the rows.
 *
 * Three rows of the bounding box (r−1, r, r+1) are kept as dense buffers of values and of
 * "which scope is listed here", so each cell finds its up to 8 neighbours by direct index.
 * Lags use Σ_j (v_j − mean) = Σ_j v_j − deg · mean, so one buffer serves every scope.
 * Variable k at cell i is `variables[k][i]`, or the share variables[k][i] / den[i] (0 where
 * den[i] = 0) when `den` is given. Returns, per scope, K values of I.
 */
export function moranSweep(
  grid: Grid,
  lattice: Int32Array | null,
  variables: readonly Float64Array[],
  den: Float64Array | null,
  areaOf: Int32Array | null,
): Float64Array[] {
  const K = variables.length;
  const S = areaOf === null ? 1 : 1 + grid.areaCodes.length;
  const n = new Float64Array(S);
  const mean = new Float64Array(S * K);
  const L = lattice === null ? grid.cellCount : lattice.length;
  for (let s = 0; s < L; s++) {
    const a = areaOf === null ? 0 : 1 + areaOf[lattice === null ? s : lattice[s]];
    n[0]++;
    if (a > 0) n[a]++;
  }
  for (let k = 0; k < K; k++) {
    const v = variables[k];
    for (let s = 0; s < L; s++) {
      const i = lattice === null ? s : lattice[s];
      const x = den === null ? v[i] : den[i] > 0 ? v[i] / den[i] : 0;
      mean[k] += x;
      if (areaOf !== null) mean[(1 + areaOf[i]) * K + k] += x;
    }
  }
  for (let s = 0; s < S; s++) for (let k = 0; k < K; k++) mean[s * K + k] /= n[s];
  const rows = new RowWindow(grid, lattice, variables, den, areaOf);
  const cross = new Float64Array(S * K);
  const squares = new Float64Array(S * K);
  const linked = new Float64Array(S);
  const sumAll = new Float64Array(K);
  const sumArea = new Float64Array(K);
  const own = new Float64Array(K);
  for (let start = 0; start < L;) {
    const r = grid.row[lattice === null ? start : lattice[start]];
    const end = rows.advanceTo(r, start);
    for (let s = start; s < end; s++) {
      const i = lattice === null ? s : lattice[s];
      const a = areaOf === null ? 0 : 1 + areaOf[i];
      rows.neighbourSums(r, grid.col[i], a, sumAll, sumArea, own);
      const deg = rows.degree;
      const degA = rows.areaDegree;
      if (deg > 0) linked[0]++;
      if (a > 0 && degA > 0) linked[a]++;
      for (let k = 0; k < K; k++) {
        const z = own[k] - mean[k];
        squares[k] += z * z;
        if (deg > 0) cross[k] += (z * (sumAll[k] - deg * mean[k])) / deg;
        if (a > 0) {
          const m = mean[a * K + k];
          const za = own[k] - m;
          squares[a * K + k] += za * za;
          if (degA > 0) cross[a * K + k] += (za * (sumArea[k] - degA * m)) / degA;
        }
      }
    }
    start = end;
  }
  const out: Float64Array[] = [];
  for (let s = 0; s < S; s++) {
    const r = new Float64Array(K);
    for (let k = 0; k < K; k++) r[k] = (n[s] / linked[s]) * (cross[s * K + k] / squares[s * K + k]);
    out.push(r);
  }
  return out;
}
