import { binaryEntropy } from './numeric.ts';

/** Totals up to this size with integer counts have their per-cell terms memoised. */
const MEMO_T = 1023;
const MEMO_SIZE = ((MEMO_T + 1) * (MEMO_T + 2)) / 2;

/**
 * Per-cell terms t·E(x/t), t·(1−p)^(1−b)·p^b and x·ln(x/t) memoised by (x, t) for integer
 * counts: a grid holds few distinct (x, t) pairs, so most logarithms and powers are looked up.
 */
export class TermMemo {
  private readonly entropy = new Float64Array(MEMO_SIZE).fill(NaN);
  private readonly atkinson = new Float64Array(MEMO_SIZE).fill(NaN);
  private readonly xLog = new Float64Array(MEMO_SIZE).fill(NaN);
  private readonly b: number;

  constructor(b: number) {
    this.b = b;
  }

  static key(x: number, t: number): number {
    return t <= MEMO_T && (t | 0) === t && (x | 0) === x ? (t * (t + 1)) / 2 + x : -1;
  }

  entropyTerm(x: number, t: number, key: number): number {
    if (key < 0) return t * binaryEntropy(x / t);
    let v = this.entropy[key];
    if (v !== v) v = this.entropy[key] = t * binaryEntropy(x / t);
    return v;
  }

  atkinsonTerm(x: number, t: number, key: number): number {
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
    let v = this.xLog[key];
    if (v !== v) v = this.xLog[key] = x * Math.log(x / t);
    return v;
  }
}
