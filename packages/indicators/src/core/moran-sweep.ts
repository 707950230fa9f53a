import { type Grid } from './grid.ts';

/**
 * Moran's I (queen contiguity, row-standardised) of K variables, for all lattice cells and,
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
  lattice: Int32Array,
  variables: readonly Float64Array[],
  den: Float64Array | null,
  areaOf: Int32Array | null,
): Float64Array[] {
  const K = variables.length;
  const S = areaOf === null ? 1 : 1 + grid.areaCodes.length;
  const n = new Float64Array(S);
  const mean = new Float64Array(S * K);
  for (let s = 0; s < lattice.length; s++) {
    const a = areaOf === null ? 0 : 1 + areaOf[lattice[s]];
    n[0]++;
    if (a > 0) n[a]++;
  }
  for (let k = 0; k < K; k++) {
    const v = variables[k];
    for (let s = 0; s < lattice.length; s++) {
      const i = lattice[s];
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
  for (let start = 0; start < lattice.length; ) {
    const r = grid.row[lattice[start]];
    const end = rows.advanceTo(r, start);
    for (let s = start; s < end; s++) {
      const i = lattice[s];
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

/** Dense buffers for rows r−1, r and r+1: scope + 1 of the listed cell (0: none) and values. */
class RowWindow {
  private readonly grid: Grid;
  private readonly lattice: Int32Array;
  private readonly K: number;
  private readonly variables: readonly Float64Array[];
  private readonly den: Float64Array | null;
  private readonly areaOf: Int32Array | null;
  private readonly stride: number;
  private readonly present: Int32Array[] = [];
  private readonly values: Float64Array[] = [];
  private readonly slotRow = new Float64Array(3).fill(NaN);
  private readonly slotFrom = new Int32Array(3);
  private readonly slotTo = new Int32Array(3);
  degree = 0;
  areaDegree = 0;

  constructor(grid: Grid, lattice: Int32Array, variables: readonly Float64Array[], den: Float64Array | null, areaOf: Int32Array | null) {
    const K = variables.length;
    this.grid = grid;
    this.lattice = lattice;
    this.K = K;
    this.variables = variables;
    this.den = den;
    this.areaOf = areaOf;
    this.stride = grid.width + 2;
    for (let s = 0; s < 3; s++) {
      this.present.push(new Int32Array(this.stride));
      this.values.push(new Float64Array(K * this.stride));
    }
  }

  /** Loads rows up to r + 1; returns the end of row r's cells (which start at `start`). */
  advanceTo(r: number, start: number): number {
    let end = start;
    while (end < this.lattice.length && this.grid.row[this.lattice[end]] === r) end++;
    if (this.slotRow[this.slot(r)] !== r) this.load(r, start, end);
    let nextEnd = end;
    while (nextEnd < this.lattice.length && this.grid.row[this.lattice[nextEnd]] === r + 1) nextEnd++;
    if (nextEnd > end) this.load(r + 1, end, nextEnd);
    return end;
  }

  /**
   * Sums the values of the listed neighbours of (r, c): all (count in `degree`), and those of
   * scope a (`areaDegree`); `own` receives the cell's own values.
   */
  neighbourSums(r: number, c: number, a: number, sumAll: Float64Array, sumArea: Float64Array, own: Float64Array): void {
    const K = this.K;
    const stride = this.stride;
    const mine = this.values[this.slot(r)];
    for (let k = 0; k < K; k++) {
      sumAll[k] = 0;
      sumArea[k] = 0;
      own[k] = mine[k * stride + c + 1];
    }
    let deg = 0;
    let degA = 0;
    for (let dr = -1; dr <= 1; dr++) {
      const slot = this.slot(r + dr);
      if (this.slotRow[slot] !== r + dr) continue;
      const present = this.present[slot];
      const values = this.values[slot];
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue;
        const p = c + 1 + dc;
        const who = present[p];
        if (who === 0) continue;
        deg++;
        const same = a > 0 && who === a;
        if (same) degA++;
        for (let k = 0; k < K; k++) {
          const v = values[k * stride + p];
          sumAll[k] += v;
          if (same) sumArea[k] += v;
        }
      }
    }
    this.degree = deg;
    this.areaDegree = degA;
  }

  private slot(r: number): number {
    return ((r % 3) + 3) % 3;
  }

  private load(r: number, from: number, to: number): void {
    const slot = this.slot(r);
    const present = this.present[slot];
    for (let s = this.slotFrom[slot]; s < this.slotTo[slot]; s++) present[this.grid.col[this.lattice[s]] + 1] = 0;
    const values = this.values[slot];
    for (let s = from; s < to; s++) {
      const i = this.lattice[s];
      const p = this.grid.col[i] + 1;
      present[p] = this.areaOf === null ? 1 : 1 + this.areaOf[i];
      const t = this.den === null ? 1 : this.den[i];
      for (let k = 0; k < this.K; k++) {
        const v = this.variables[k][i];
        values[k * this.stride + p] = this.den === null ? v : t > 0 ? v / t : 0;
      }
    }
    this.slotRow[slot] = r;
    this.slotFrom[slot] = from;
    this.slotTo[slot] = to;
  }
}
