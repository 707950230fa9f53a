import { SharePool } from './gini.ts';
import { binaryEntropy } from './numeric.ts';

/** Integer (x, t) pairs with t <= 1023 have their per-cell terms memoised, at their SharePool slot. */
const MEMO_SIZE = SharePool.SLOTS;

function unknown(size: number): Float64Array {
  return new Float64Array(size).fill(NaN);
}

/**
 * Per-cell terms t·E(x/t), t·(1−p)^(1−b)·p^b and x·ln(x/t) memoised by (x, t) for integer
 * counts: a grid holds few distinct (x, t) pairs, so most logarithms and powers are looked up.
 * The tables start small and grow to the largest total met.
 */
export class TermMemo {
  private entropy = unknown(SharePool.FIRST_SLOTS);
  private atkinson = unknown(SharePool.FIRST_SLOTS);
  private xLog = unknown(SharePool.FIRST_SLOTS);
  private readonly b: number;

  constructor(b: number) {
    this.b = b;
  }

  /** The memo slot of (x, t), −1 when not memoised: the SharePool slot of the pair. */
  static key(x: number, t: number): number {
    return SharePool.slot(x, t);
  }

  /** Grows the tables (keeping what they hold) so that `key` has a slot. */
  private grow(key: number): void {
    if (this.entropy.length === MEMO_SIZE) return;
    const size = Math.min(MEMO_SIZE, Math.max(key + 1, 4 * this.entropy.length));
    const widen = (old: Float64Array): Float64Array => {
      const out = unknown(size);
      out.set(old);
      return out;
    };
    this.entropy = widen(this.entropy);
    this.atkinson = widen(this.atkinson);
    this.xLog = widen(this.xLog);
  }

  entropyTerm(x: number, t: number, key: number): number {
    if (key < 0) return t * binaryEntropy(x / t);
    if (key >= this.entropy.length) this.grow(key);
    let v = this.entropy[key];
    if (v !== v) v = this.entropy[key] = t * binaryEntropy(x / t);
    return v;
  }

  atkinsonTerm(x: number, t: number, key: number): number {
    if (key >= this.atkinson.length) this.grow(key);
    if (key >= 0) {
      const v = this.atkinson[key];
      if (v === v) return v;
    }
    const p = x / t;
    const v = t * (this.b === 0.5 ? Math.sqrt((1 - p) * p) : Math.pow(1 - p, 1 - this.b) * Math.pow(p, this.b));
    if (key >= 0) this.atkinson[key] = v;
    return v;
  }

  /** x ln(x / t) (0 for x = 0). */
  xLogTerm(x: number, t: number, key: number): number {
    if (x === 0) return 0;
    if (key < 0) return x * Math.log(x / t);
    if (key >= this.xLog.length) this.grow(key);
    let v = this.xLog[key];
    if (v !== v) v = this.xLog[key] = x * Math.log(x / t);
    return v;
  }
}
