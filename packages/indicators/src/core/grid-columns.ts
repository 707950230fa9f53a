import { allocFloat64, allocInt32 } from './typed.ts';

/** Smallest capacity a column starts with when no size is expected. */
const FIRST_CAPACITY = 1 << 16;

/**
 * The columns of the cells a builder collects, written in place: each column is one typed
 * array (shared when large, as the grid's final columns are) with room for `capacity` cells,
 * so a read whose size was foreseen (reserve) writes every value once, where the grid will
 * use it. When the room runs out every column doubles.
 */
export class CellColumns {
  rows: Int32Array;
  cols: Int32Array;
  /** The input line of each cell, for messages only (plain memory, never handed on). */
  lines: Int32Array;
  areas: Int32Array;
  totals: Float64Array;
  counts: Float64Array[];
  capacity: number;

  constructor(groups: number, capacity = FIRST_CAPACITY) {
    this.capacity = capacity;
    this.rows = allocInt32(capacity);
    this.cols = allocInt32(capacity);
    this.lines = new Int32Array(capacity);
    this.areas = allocInt32(capacity);
    this.totals = allocFloat64(capacity);
    this.counts = [];
    for (let k = 0; k < groups; k++) this.counts.push(allocFloat64(capacity));
  }

  /** Makes room for at least `capacity` cells, keeping the first `n`. */
  resize(capacity: number, n: number): void {
    const int = (a: Int32Array, shared: boolean): Int32Array => {
      const b = shared ? allocInt32(capacity) : new Int32Array(capacity);
      b.set(a.subarray(0, n));
      return b;
    };
    const float = (a: Float64Array): Float64Array => {
      const b = allocFloat64(capacity);
      b.set(a.subarray(0, n));
      return b;
    };
    this.rows = int(this.rows, true);
    this.cols = int(this.cols, true);
    this.lines = int(this.lines, false);
    this.areas = int(this.areas, true);
    this.totals = float(this.totals);
    this.counts = this.counts.map(float);
    this.capacity = capacity;
  }
}
