import { type ConvolutionTask } from './convolve-task.ts';

/** Grid cell at scope position s. */
export function cellOf(task: ConvolutionTask, s: number): number {
  return task.cells === null ? s : task.cells[s];
}

/** First scope position whose row is >= r. */
export function lowerBound(task: ConvolutionTask, r: number): number {
  let lo = 0;
  let hi = task.scopeCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (task.row[cellOf(task, mid)] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let spare: Ring | null = null;

/** Filtered rows H_dy of the last 2R+1 source rows; each slot remembers which columns it holds. */
export class Ring {
  readonly R: number;
  readonly W: number;
  readonly slots: number;
  readonly data: Float64Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Per target row: offsets of the non-empty filtered rows to add (zero outside lo..hi). */
  readonly rowBase: Int32Array;

  constructor(R: number, W: number) {
    this.R = R;
    this.W = W;
    this.slots = 2 * R + 1;
    this.data = new Float64Array(this.slots * (R + 1) * W);
    this.lo = new Int32Array(this.slots);
    this.hi = new Int32Array(this.slots);
    this.rowBase = new Int32Array(this.slots);
    this.rowBuf = new Float64Array(W + 2 * R);
  }

  /** Row buffer for filterSourceRow (R zero columns each side; left all zero after each row). */
  readonly rowBuf: Float64Array;

  /** This thread's ring for (R, W): the last one made, when it fits, else a new one. */
  static take(R: number, W: number): Ring {
    if (spare === null || spare.R !== R || spare.W !== W) spare = new Ring(R, W);
    return spare;
  }

  /** Zeroes the ring: only the columns a slot holds can be non-zero. */
  reset(): void {
    const stride = (this.R + 1) * this.W;
    for (let slot = 0; slot < this.slots; slot++) {
      const lo = this.lo[slot];
      const hi = this.hi[slot];
      if (hi > lo)
        for (let dy = 0; dy <= this.R; dy++) {
          const off = slot * stride + dy * this.W;
          this.data.fill(0, off + lo, off + hi);
        }
      this.lo[slot] = 0;
      this.hi[slot] = 0;
    }
  }

  slotOf(y: number): number {
    const s = y % this.slots;
    return s < 0 ? s + this.slots : s;
  }
}

/** Rasterises source row yy and stores its filtered rows in the ring; returns the next position. */
export function filterSourceRow(
  task: ConvolutionTask,
  ring: Ring,
  rowBuf: Float64Array,
  source: Float64Array,
  s: number,
  yy: number,
): number {
  const { R, W } = ring;
  const slot = ring.slotOf(yy);
  const stride = (R + 1) * W;
  const base = slot * stride;
  const start = s;
  let minX = W;
  let maxX = -1;
  while (s < task.scopeCount && task.row[cellOf(task, s)] === yy) {
    const i = cellOf(task, s);
    const x = task.col[i] - task.colMin;
    rowBuf[x + R] = source[i];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    s++;
  }
  const lo = maxX < 0 ? 0 : Math.max(0, minX - R);
  const hi = maxX < 0 ? 0 : Math.min(W, maxX + R + 1);
  const prevLo = ring.lo[slot];
  const prevHi = ring.hi[slot];
  if (prevHi > prevLo) {
    for (let dy = 0; dy <= R; dy++) {
      const off = base + dy * W;
      if (prevLo < lo) ring.data.fill(0, off + prevLo, off + Math.min(prevHi, lo));
      if (prevHi > hi) ring.data.fill(0, off + Math.max(prevLo, hi), off + prevHi);
    }
  }
  ring.lo[slot] = lo;
  ring.hi[slot] = hi;
  if (hi > lo) {
    const { half, start: wStart, weights } = task.stencil;
    for (let dy = 0; dy <= R; dy++) {
      const off = base + dy * W;
      const h = half[R + dy];
      if (h < 0) ring.data.fill(0, off + lo, off + hi);
      else filterRow(rowBuf, ring.data, off, lo, hi, R, weights, wStart[R + dy] + h, h);
    }
  }
  for (let q = start; q < s; q++) rowBuf[task.col[cellOf(task, q)] - task.colMin + R] = 0;
  return s;
}

/**
 * out[off + x] = w0 v(x) + Σ_{dx=1..h} w_dx (v(x−dx) + v(x+dx)) for x in [lo, hi), with
 * v(x) = rowBuf[x + R] and w_dx = weights[wc + dx]. Four columns at a time keep four
 * independent sums in registers; each sum is accumulated in ascending dx.
 */
function filterRow(
  rowBuf: Float64Array,
  out: Float64Array,
  off: number,
  lo: number,
  hi: number,
  R: number,
  weights: Float64Array,
  wc: number,
  h: number,
): void {
  const w0 = weights[wc];
  let x = lo;
  for (; x + 3 < hi; x += 4) {
    const c = x + R;
    let a0 = w0 * rowBuf[c];
    let a1 = w0 * rowBuf[c + 1];
    let a2 = w0 * rowBuf[c + 2];
    let a3 = w0 * rowBuf[c + 3];
    for (let dx = 1; dx <= h; dx++) {
      const w = weights[wc + dx];
      const l = c - dx;
      const r = c + dx;
      a0 += w * (rowBuf[l] + rowBuf[r]);
      a1 += w * (rowBuf[l + 1] + rowBuf[r + 1]);
      a2 += w * (rowBuf[l + 2] + rowBuf[r + 2]);
      a3 += w * (rowBuf[l + 3] + rowBuf[r + 3]);
    }
    out[off + x] = a0;
    out[off + x + 1] = a1;
    out[off + x + 2] = a2;
    out[off + x + 3] = a3;
  }
  for (; x < hi; x++) {
    const c = x + R;
    let a = w0 * rowBuf[c];
    for (let dx = 1; dx <= h; dx++) a += weights[wc + dx] * (rowBuf[c - dx] + rowBuf[c + dx]);
    out[off + x] = a;
  }
}
