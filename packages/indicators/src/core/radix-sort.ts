/**
 * LSD radix sort of (key, value) pairs on the 64-bit pattern of non-negative doubles
 * (for x >= 0 the IEEE bit pattern orders like the number). Four 16-bit passes, passes in
 * which every key has the same digit are skipped. O(n), no comparisons, no allocation
 * beyond the histogram.
 */

const RADIX = 1 << 16;

/** Up to this many pairs a stable comparison sort beats clearing and scanning the histograms. */
const SMALL = 2048;

/** Reusable buffers for radixSortPairs. */
export class PairSortScratch {
  keysA: Float64Array;
  valsA: Float64Array;
  keysB: Float64Array;
  valsB: Float64Array;
  readonly histogram = new Int32Array(4 * RADIX);

  constructor(capacity: number) {
    this.keysA = new Float64Array(capacity);
    this.valsA = new Float64Array(capacity);
    this.keysB = new Float64Array(capacity);
    this.valsB = new Float64Array(capacity);
  }
}

/**
 * Sorts the first n pairs held in scratch.keysA / scratch.valsA by key, ascending.
 * Returns the buffers that hold the sorted pairs (A or B, whichever the last pass wrote).
 * Keys must be non-negative and not NaN; -0 must not occur. With `coarse`, the lowest 16 bits
 * are not sorted on: callers pass it when the keys are fractions x/t of integers with
 * t <= 65536 in [0, 1], which differ by at least 2^-32 and so already differ in the top 48 bits.
 */
export function radixSortPairs(
  scratch: PairSortScratch,
  n: number,
  coarse = false,
): { keys: Float64Array; vals: Float64Array } {
  if (n <= SMALL) return stableSortSmall(scratch, n);
  const hist = scratch.histogram;
  hist.fill(0);
  let words = new Uint32Array(scratch.keysA.buffer, scratch.keysA.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i];
    const hi = words[2 * i + 1];
    hist[lo & 0xffff]++;
    hist[RADIX + (lo >>> 16)]++;
    hist[2 * RADIX + (hi & 0xffff)]++;
    hist[3 * RADIX + (hi >>> 16)]++;
  }
  let srcK = scratch.keysA;
  let srcV = scratch.valsA;
  let dstK = scratch.keysB;
  let dstV = scratch.valsB;
  for (let pass = coarse ? 1 : 0; pass < 4; pass++) {
    const base = pass * RADIX;
    if (singleBucket(hist, base, n)) continue;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = hist[base + d];
      hist[base + d] = sum;
      sum += c;
    }
    words = new Uint32Array(srcK.buffer, srcK.byteOffset, 2 * n);
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 === 0 ? 0 : 16;
    for (let i = 0; i < n; i++) {
      const d = (words[2 * i + word] >>> shift) & 0xffff;
      const at = hist[base + d]++;
      dstK[at] = srcK[i];
      dstV[at] = srcV[i];
    }
    [srcK, dstK] = [dstK, srcK];
    [srcV, dstV] = [dstV, srcV];
  }
  return { keys: srcK, vals: srcV };
}

function singleBucket(hist: Int32Array, base: number, n: number): boolean {
  for (let d = 0; d < RADIX; d++) {
    const c = hist[base + d];
    if (c !== 0) return c === n;
  }
  return true;
}

/** The same order as the radix sort (stable, ascending by key) for few pairs, into the B buffers. */
function stableSortSmall(scratch: PairSortScratch, n: number): { keys: Float64Array; vals: Float64Array } {
  const keys = scratch.keysA;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a] - keys[b]);
  for (let i = 0; i < n; i++) {
    scratch.keysB[i] = keys[order[i]];
    scratch.valsB[i] = scratch.valsA[order[i]];
  }
  return { keys: scratch.keysB, vals: scratch.valsB };
}
