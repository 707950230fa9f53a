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
  /** The input line of each cell, for messages only (never handed on). */
  lines = new CellLines();
  areas: Int32Array;
  totals: Float64Array;
  counts: Float64Array[];
  capacity: number;

  constructor(groups: number, capacity = FIRST_CAPACITY) {
    this.capacity = capacity;
    this.rows = allocInt32(capacity);
    this.cols = allocInt32(capacity);
    this.areas = allocInt32(capacity);
    this.totals = allocFloat64(capacity);
    this.counts = [];
    for (let k = 0; k < groups; k++) this.counts.push(allocFloat64(capacity));
  }

  /** Makes room for at least `capacity` cells, keeping the first `n`. */
  resize(capacity: number, n: number): void {
    const int = (a: Int32Array): Int32Array => {
      const b = allocInt32(capacity);
      b.set(a.subarray(0, n));
      return b;
    };
    const float = (a: Float64Array): Float64Array => {
      const b = allocFloat64(capacity);
      b.set(a.subarray(0, n));
      return b;
    };
    this.rows = int(this.rows);
    this.cols = int(this.cols);
    this.areas = int(this.areas);
    this.totals = float(this.totals);
    this.counts = this.counts.map(float);
    this.capacity = capacity;
  }
}

/**
 * The input line of each cell, kept as runs: cells on consecutive lines (as rows usually come)
 * share one entry, so a file without blank or multi-line rows needs a few bytes in all.
 */
export class CellLines {
  /** Run r starts at cell firstCell[r], which is on line firstLine[r]. */
  private firstCell = new Int32Array(16);
  private firstLine = new Int32Array(16);
  private runs = 0;
  /** The cell and line the current run would continue with. */
  private nextCell = -1;
  private nextLine = -1;

  /** Records the line of cell `cell` (cells are recorded in order: 0, 1, 2, …). */
  set(cell: number, line: number): void {
    if (cell !== this.nextCell || line !== this.nextLine) {
      if (this.runs === this.firstCell.length) {
        const cells = new Int32Array(this.runs * 2);
        const lines = new Int32Array(this.runs * 2);
        cells.set(this.firstCell);
        lines.set(this.firstLine);
        this.firstCell = cells;
        this.firstLine = lines;
      }
      this.firstCell[this.runs] = cell;
      this.firstLine[this.runs] = line;
      this.runs++;
    }
    this.nextCell = cell + 1;
    this.nextLine = line + 1;
  }

  /** The line of cell `cell` (one recorded). */
  get(cell: number): number {
    let lo = 0;
    let hi = this.runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.firstCell[mid] <= cell) lo = mid;
      else hi = mid - 1;
    }
    return this.firstLine[lo] + (cell - this.firstCell[lo]);
  }
}
