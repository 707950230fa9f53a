import { PairSortScratch, radixSortPairs } from './radix-sort.ts';

/** Largest total for which integer (x, t) pairs are pooled in a table instead of sorted one by one. */
const POOL_MAX = 1023;

/**
 * Collects weighted shares (p = x / t, weight t) and returns Σ_{i<j} t_i t_j |p_i − p_j|.
 *
 * With the pairs sorted by p, the gap between consecutive values p_(m) and p_(m+1) is crossed
 * by every pair with one member at or below m and one above, so
 *   Σ_{i<j} w_i w_j |p_i − p_j| = Σ_m (p_(m+1) − p_(m)) · W_m · (W − W_m),
 * W_m the cumulative weight up to m: every term is non-negative, nothing cancels.
 * Sorting is an O(n) radix sort. Cells with integer counts and t <= 1023 (almost all real grid
 * cells) are first pooled by (x, t) in a table, so only the distinct fractions are sorted.
 */
export class WeightedShares {
  private scratch: PairSortScratch;
  private readonly pool = new Float64Array(((POOL_MAX + 1) * (POOL_MAX + 2)) / 2);
  private poolTop = 0;
  private m = 0;

  /** @param capacity initial room for units that cannot be pooled (grows on demand) */
  constructor(capacity = 1 << 16) {
    this.scratch = new PairSortScratch(Math.max(16, Math.min(capacity, 1 << 16)));
  }

  private ensure(extra: number): void {
    const need = this.m + extra;
    if (need <= this.scratch.keysA.length) return;
    const next = new PairSortScratch(Math.max(need, 2 * this.scratch.keysA.length));
    next.keysA.set(this.scratch.keysA.subarray(0, this.m));
    next.valsA.set(this.scratch.valsA.subarray(0, this.m));
    this.scratch = next;
  }

  /** Starts a new collection. */
  reset(): void {
    this.m = 0;
    this.poolTop = 0;
  }

  /** Adds a unit with x of t (t > 0 required; units with t = 0 are skipped). */
  add(x: number, t: number): void {
    if (!(t > 0)) return;
    if (t <= POOL_MAX && (t | 0) === t && (x | 0) === x) {
      this.pool[(t * (t + 1)) / 2 + x] += t;
      if (t > this.poolTop) this.poolTop = t;
      return;
    }
    if (this.m === this.scratch.keysA.length) this.ensure(1);
    this.scratch.keysA[this.m] = x / t + 0;
    this.scratch.valsA[this.m] = t;
    this.m++;
  }

  /** Σ_{i<j} t_i t_j |p_i − p_j| over the units added since reset(). */
  pairGapSum(): number {
    for (let t = 1; t <= this.poolTop; t++) {
      const row = (t * (t + 1)) / 2;
      this.ensure(t + 1);
      const { keysA, valsA } = this.scratch;
      for (let x = 0; x <= t; x++) {
        const w = this.pool[row + x];
        if (w !== 0) {
          keysA[this.m] = x / t;
          valsA[this.m] = w;
          this.m++;
          this.pool[row + x] = 0;
        }
      }
    }
    return weightedPairGapSum(this.scratch, this.m);
  }
}

/**
 * Σ_{i<j} w_i w_j |p_i − p_j| for the first n pairs in scratch.keysA (p >= 0) / scratch.valsA
 * (w), by radix sort and the gap formula above.
 */
export function weightedPairGapSum(scratch: PairSortScratch, n: number): number {
  if (n < 2) return 0;
  const { keys, vals } = radixSortPairs(scratch, n);
  let total = 0;
  let comp = 0;
  for (let m = 0; m < n; m++) {
    const t = total + vals[m];
    comp += Math.abs(total) >= Math.abs(vals[m]) ? total - t + vals[m] : vals[m] - t + total;
    total = t;
  }
  total += comp;
  let below = 0;
  let belowComp = 0;
  let sum = 0;
  for (let m = 0; m < n - 1; m++) {
    const v = vals[m];
    const t = below + v;
    belowComp += Math.abs(below) >= Math.abs(v) ? below - t + v : v - t + below;
    below = t;
    const gap = keys[m + 1] - keys[m];
    if (gap > 0) {
      const w = below + belowComp;
      sum += gap * w * (total - w);
    }
  }
  return sum;
}

export { PairSortScratch };
