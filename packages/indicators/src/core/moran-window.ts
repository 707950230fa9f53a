import { type Grid } from './grid.ts';

/** Dense buffers for rows r−1, r and r+1: scope + 1 of the listed cell (0: none) and values. */
export class RowWindow {
  private readonly grid: Grid;
  /** Listed cells in (row, col) order (null: every cell). */
  private readonly lattice: Int32Array | null;
  private readonly count: number;
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

  constructor(
    grid: Grid,
    lattice: Int32Array | null,
    variables: readonly Float64Array[],
    den: Float64Array | null,
    areaOf: Int32Array | null,
  ) {
    const K = variables.length;
    this.grid = grid;
    this.lattice = lattice;
    this.count = lattice === null ? grid.cellCount : lattice.length;
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
    while (end < this.count && this.grid.row[this.cell(end)] === r) end++;
    if (this.slotRow[this.slot(r)] !== r) this.load(r, start, end);
    let nextEnd = end;
    while (nextEnd < this.count && this.grid.row[this.cell(nextEnd)] === r + 1) nextEnd++;
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

  private cell(s: number): number {
    return this.lattice === null ? s : this.lattice[s];
  }

  private slot(r: number): number {
    return ((r % 3) + 3) % 3;
  }

  private load(r: number, from: number, to: number): void {
    const slot = this.slot(r);
    const present = this.present[slot];
    for (let s = this.slotFrom[slot]; s < this.slotTo[slot]; s++) present[this.grid.col[this.cell(s)] + 1] = 0;
    const values = this.values[slot];
    for (let s = from; s < to; s++) {
      const i = this.cell(s);
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
