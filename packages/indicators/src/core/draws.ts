import { roundHalfEven } from './numeric.ts';
import { type Random } from './random.ts';

/**
 * Whole people per cell and category: the K groups (rounded half to even), then the rest of
 * the total (people of no listed group, 0 when the total is the sum of the groups). Draws move
 * people, so decimal counts are rounded first; integer counts stay exactly as given.
 */
export interface People {
  /** cats[c][i]: people of category c in cell i; c = K is "the rest". */
  readonly cats: readonly Int32Array[];
  readonly n: number;
}

/** The people of a grid's counts (see People). */
export function peopleOf(counts: readonly Float64Array[], total: Float64Array): People {
  const n = total.length;
  const K = counts.length;
  const cats = Array.from({ length: K + 1 }, () => new Int32Array(n));
  for (let i = 0; i < n; i++) {
    let sumRaw = 0;
    for (let k = 0; k < K; k++) {
      const x = roundHalfEven(counts[k][i]);
      cats[k][i] = x;
      sumRaw += counts[k][i];
    }
    cats[K][i] = Math.max(0, roundHalfEven(total[i] - sumRaw));
  }
  return { cats, n };
}

/** Writes a People into Float64 group counts and totals (the arrays the index code reads). */
export function writeCounts(people: People, counts: Float64Array[], total: Float64Array): void {
  const C = people.cats.length;
  total.fill(0);
  for (let c = 0; c < C; c++) {
    const cat = people.cats[c];
    for (let i = 0; i < people.n; i++) {
      if (c < C - 1) counts[c][i] = cat[i];
      total[i] += cat[i];
    }
  }
}

/**
 * Random allocation with both margins fixed: the people of `cells` are dealt to the same cells
 * at random, every cell keeping its number of people and every category its number of members
 * (a uniformly random permutation of the person labels, drawn person by person from the pool
 * that is left). Writes the drawn categories of those cells into `out`.
 */
export function allocateAtRandom(
  people: People,
  cells: Int32Array | null,
  count: number,
  rng: Random,
  out: People,
): void {
  const C = people.cats.length;
  const pool = new Float64Array(C);
  let left = 0;
  for (let s = 0; s < count; s++) {
    const i = cells === null ? s : cells[s];
    for (let c = 0; c < C; c++) {
      pool[c] += people.cats[c][i];
      left += people.cats[c][i];
    }
  }
  for (let s = 0; s < count; s++) {
    const i = cells === null ? s : cells[s];
    let t = 0;
    for (let c = 0; c < C; c++) {
      t += people.cats[c][i];
      out.cats[c][i] = 0;
    }
    for (; t > 0; t--) {
      let u = Math.floor(rng.next() * left);
      let c = 0;
      while (u >= pool[c]) u -= pool[c++];
      pool[c]--;
      left--;
      out.cats[c][i]++;
    }
  }
}

/**
 * Resampling people with replacement (the bootstrap of R's `segregation` package): as many
 * people as `cells` hold are drawn, each falling in (cell, category) with probability
 * proportional to its observed count, i.e. one multinomial draw of the cell × category table.
 * Vose's alias table is built once per set of cells.
 */
export class PeopleResampler {
  private readonly cells: Int32Array;
  private readonly cats: Int8Array;
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;
  private readonly people: number;
  private readonly C: number;

  constructor(people: People, cells: Int32Array | null, count: number) {
    const C = people.cats.length;
    this.C = C;
    let entries = 0;
    let total = 0;
    for (let s = 0; s < count; s++) {
      const i = cells === null ? s : cells[s];
      for (let c = 0; c < C; c++)
        if (people.cats[c][i] > 0) {
          entries++;
          total += people.cats[c][i];
        }
    }
    this.people = total;
    this.cells = new Int32Array(entries);
    this.cats = new Int8Array(entries);
    const weight = new Float64Array(entries);
    let e = 0;
    for (let s = 0; s < count; s++) {
      const i = cells === null ? s : cells[s];
      for (let c = 0; c < C; c++)
        if (people.cats[c][i] > 0) {
          this.cells[e] = i;
          this.cats[e] = c;
          weight[e++] = (people.cats[c][i] * entries) / total;
        }
    }
    this.prob = new Float64Array(entries);
    this.alias = new Int32Array(entries);
    const small: number[] = [];
    const large: number[] = [];
    weight.forEach((w, j) => (w < 1 ? small : large).push(j));
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.prob[s] = weight[s];
      this.alias[s] = l;
      weight[l] = weight[l] + weight[s] - 1;
      (weight[l] < 1 ? small : large).push(l);
    }
    for (const j of large) this.prob[j] = 1;
    for (const j of small) this.prob[j] = 1;
  }

  /** One resample of these cells into `out` (other cells untouched). */
  draw(rng: Random, out: People): void {
    const E = this.prob.length;
    for (let e = 0; e < E; e++) for (let c = 0; c < this.C; c++) out.cats[c][this.cells[e]] = 0;
    for (let p = 0; p < this.people; p++) {
      const j = Math.floor(rng.next() * E);
      const e = rng.next() < this.prob[j] ? j : this.alias[j];
      out.cats[this.cats[e]][this.cells[e]]++;
    }
  }
}

/** An empty People of the same shape. */
export function emptyPeople(like: People): People {
  return { cats: like.cats.map(() => new Int32Array(like.n)), n: like.n };
}
