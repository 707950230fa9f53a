import { PairSortScratch, radixSortPairs } from './radix-sort.ts';

/**
 * Exact Gini sums Σ_{i<j} t_i t_j |p_i − p_j| (p = x / t) without O(n²) work.
 *
 * With the pairs sorted by p, the gap between consecutive values p_(m) and p_(m+1) is crossed
 * by every pair with one member at or below m and one above, so
 *   Σ_{i<j} w_i w_j |p_i − p_j| = Σ_m (p_(m+1) − p_(m)) · W_m · (W − W_m),
 * W_m the cumulative weight up to m: every term is non-negative, nothing cancels.
 * Sorting is an O(n) radix sort. Units with integer counts and t <= 1023 (almost every real
 * grid cell) are first pooled by (x, t) in a table (SharePool), so only distinct fractions are
 * sorted; the others go through one PairSorter shared by all groups.
 */

/** Largest total for which integer (x, t) pairs are pooled in a table instead of sorted one by one. */
const POOL_MAX = 1023;

const POOL_SIZE = ((POOL_MAX + 1) * (POOL_MAX + 2)) / 2;

/**
 * Weights of integer (x, t) pairs with t <= 1023, summed per pair at slot t(t + 1)/2 + x
 * (SharePool.slot). The table grows to the largest total met, so a pool costs little memory.
 */
export class SharePool {
  /** Slots of every pair that can be pooled. */
  static readonly SLOTS = POOL_SIZE;
  /** Slots a table starts with (totals up to 63), here and in TermMemo. */
  static readonly FIRST_SLOTS = (64 * 65) / 2;
  private pool = new Float64Array(SharePool.FIRST_SLOTS);
  private top = 0;

  /** True when (x, t) can be pooled (t > 0 is the caller's business). */
  static accepts(x: number, t: number): boolean {
    return t <= POOL_MAX && (t | 0) === t && (x | 0) === x;
  }

  /** The slot of (x, t), or −1 when the pair cannot be pooled. */
  static slot(x: number, t: number): number {
    return SharePool.accepts(x, t) ? (t * (t + 1)) / 2 + x : -1;
  }

  /** Adds weight t at share x / t; returns false (adding nothing) when the pair cannot be pooled. */
  add(x: number, t: number): boolean {
    const slot = SharePool.slot(x, t);
    if (slot < 0) return false;
    this.addAt(slot, t);
    return true;
  }

  /** Adds weight t at `slot` = SharePool.slot(x, t) >= 0 (x <= t). */
  addAt(slot: number, t: number): void {
    if (slot >= this.pool.length) this.grow(t);
    this.pool[slot] += t;
    if (t > this.top) this.top = t;
  }

  /** Makes room for every pair of total t or less. */
  private grow(t: number): void {
    const old = this.pool;
    const end = ((t + 1) * (t + 2)) / 2;
    if (end <= old.length) return;
    this.pool = new Float64Array(Math.min(POOL_SIZE, Math.max(end, 4 * old.length)));
    this.pool.set(old);
  }

  /**
   * Moves the pooled pairs into the sorter and empties the pool; with `carry`, also adds them
   * to that pool (weights are sums of integer totals, exact in any order).
   */
  drainInto(sorter: PairSorter, carry: SharePool | null = null): void {
    if (carry !== null) carry.grow(this.top);
    for (let t = 1; t <= this.top; t++) {
      const row = (t * (t + 1)) / 2;
      for (let x = 0; x <= t; x++) {
        const w = this.pool[row + x];
        if (w !== 0) {
          sorter.pushShare(x, t, w);
          this.pool[row + x] = 0;
          if (carry !== null) carry.pool[row + x] += w;
        }
      }
    }
    if (carry !== null && this.top > carry.top) carry.top = this.top;
    this.top = 0;
  }
}

/** Largest denominator for which fractions x/t are told apart by the top 48 bits of their doubles. */
const COARSE_T = 65536;

/** A growable list of (p, weight) pairs and the gap-formula sum over them. */
export class PairSorter {
  private scratch: PairSortScratch;
  private m = 0;
  /** True while every share pushed is x/t with integers x <= t <= 65536 (see radixSortPairs). */
  private coarse = true;

  constructor(capacity = 1 << 16) {
    this.scratch = new PairSortScratch(Math.max(16, capacity));
  }

  reset(): void {
    this.m = 0;
    this.coarse = true;
  }

  /** Adds the share x / t (x, t >= 0) with weight w. */
  pushShare(x: number, t: number, w: number): void {
    if (this.coarse && !(t <= COARSE_T && (t | 0) === t && (x | 0) === x)) this.coarse = false;
    this.push(x / t, w);
  }

  /** Adds a share p >= 0 with weight w (unknown origin: sorted on all 64 bits). */
  push(p: number, w: number): void {
    if (this.m === this.scratch.keysA.length) {
      const next = new PairSortScratch(2 * this.m);
      next.keysA.set(this.scratch.keysA.subarray(0, this.m));
      next.valsA.set(this.scratch.valsA.subarray(0, this.m));
      this.scratch = next;
    }
    this.scratch.keysA[this.m] = p + 0;
    this.scratch.valsA[this.m] = w;
    this.m++;
  }

  /** Σ_{i<j} w_i w_j |p_i − p_j| over the pairs pushed since reset(). */
  pairGapSum(): number {
    return weightedPairGapSum(this.scratch, this.m, this.coarse);
  }
}

/** One collection of weighted shares: pooled where possible, sorted otherwise. */
export class WeightedShares {
  private readonly pool = new SharePool();
  private readonly sorter: PairSorter;

  constructor(capacity = 1 << 16) {
    this.sorter = new PairSorter(capacity);
  }

  /** Starts a new collection. */
  reset(): void {
    this.sorter.reset();
  }

  /** Adds a unit with x of t (units with t = 0 are skipped). */
  add(x: number, t: number): void {
    if (t > 0 && !this.pool.add(x, t)) this.sorter.pushShare(x, t, t);
  }

  /** Σ_{i<j} t_i t_j |p_i − p_j| over the units added since reset(). */
  pairGapSum(): number {
    this.pool.drainInto(this.sorter);
    return this.sorter.pairGapSum();
  }
}

/**
 * Σ_{i<j} w_i w_j |p_i − p_j| for the first n pairs in scratch.keysA (p >= 0) / scratch.valsA
 * (w), by radix sort and the gap formula above (`coarse`: see radixSortPairs).
 */
export function weightedPairGapSum(scratch: PairSortScratch, n: number, coarse = false): number {
  if (n < 2) return 0;
  const { keys, vals } = radixSortPairs(scratch, n, coarse);
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
