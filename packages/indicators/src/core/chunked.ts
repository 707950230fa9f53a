/** Append-only columnar storage in fixed-size chunks, so reading never copies a growing array. */

export const CHUNK_BITS = 16;
export const CHUNK_SIZE = 1 << CHUNK_BITS;
export const CHUNK_MASK = CHUNK_SIZE - 1;

/** Chunks of one column. Chunk c holds rows c*CHUNK_SIZE .. (c+1)*CHUNK_SIZE-1. */
export class ChunkedFloat64 {
  chunks: Float64Array[] = [];
  current: Float64Array = new Float64Array(0);

  /** Starts a new chunk; the caller writes `current[pos]` for pos < CHUNK_SIZE. */
  grow(): void {
    this.current = new Float64Array(CHUNK_SIZE);
    this.chunks.push(this.current);
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  /** Releases the memory once the column has been copied out. */
  release(): void {
    this.chunks = [];
    this.current = new Float64Array(0);
  }
}

/** Int32 variant of ChunkedFloat64. */
export class ChunkedInt32 {
  chunks: Int32Array[] = [];
  current: Int32Array = new Int32Array(0);

  grow(): void {
    this.current = new Int32Array(CHUNK_SIZE);
    this.chunks.push(this.current);
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  release(): void {
    this.chunks = [];
    this.current = new Int32Array(0);
  }
}

/** Copies a chunked column into `out` in the order given by `order` (out[j] = column[order[j]]). */
export function gatherFloat64(column: ChunkedFloat64, order: Int32Array, out: Float64Array): void {
  const chunks = column.chunks;
  if (isIdentity(order)) return copyChunks(chunks, out);
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    out[j] = chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }
}

/** Int32 variant of gatherFloat64. */
export function gatherInt32(column: ChunkedInt32, order: Int32Array, out: Int32Array): void {
  const chunks = column.chunks;
  if (isIdentity(order)) return copyChunks(chunks, out);
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    out[j] = chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }
}

const identities = new WeakMap<Int32Array, boolean>();

/** Is `order` 0, 1, 2, …, i.e. were the cells given in order? (Remembered for each order.) */
function isIdentity(order: Int32Array): boolean {
  let known = identities.get(order);
  if (known === undefined) {
    known = true;
    for (let j = 0; j < order.length; j++) {
      if (order[j] !== j) {
        known = false;
        break;
      }
    }
    identities.set(order, known);
  }
  return known;
}

/** Copies the first out.length values of a chunked column into `out`, chunk by chunk. */
function copyChunks<T extends Float64Array | Int32Array>(chunks: T[], out: T): void {
  for (let c = 0; c * CHUNK_SIZE < out.length; c++) {
    const from = c * CHUNK_SIZE;
    out.set(chunks[c].subarray(0, Math.min(CHUNK_SIZE, out.length - from)), from);
  }
}
