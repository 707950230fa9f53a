import { allocFloat64, allocInt32 } from './typed.ts';

/** Smallest capacity a column starts with when no size is expected. */
const FIRST_CAPACITY = 1 << 16;

/** The value columns of a set of cells (what a builder's columns are made of). */
export interface ColumnArrays {
  rows: Int32Array;
  cols: Int32Array;
  areas: Int32Array;
  totals: Float64Array;
  counts: Float64Array[];
}

/**
 * The columns of the cells a builder collects, written in place: each column is one typed
 * array (shared when large, as the grid's final columns are) with room for `capacity` cells,
 * so a read whose size was foreseen (reserve) writes every value once, where the grid will
 * use it. When the room runs out every column doubles.
 */
export class CellColumns implements ColumnArrays {
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

  /** Columns over the given arrays (all of one length, the capacity). */
  static over(a: ColumnArrays): CellColumns {
    const c = new CellColumns(a.counts.length, 0);
    c.rows = a.rows;
    c.cols = a.cols;
    c.areas = a.areas;
    c.totals = a.totals;
    c.counts = a.counts;
    c.capacity = a.rows.length;
    return c;
  }

  /** Columns over cells [from, to) of these (the same memory; lines are kept apart). */
  view(from: number, to: number): CellColumns {
    return CellColumns.over({
      rows: this.rows.subarray(from, to),
      cols: this.cols.subarray(from, to),
      areas: this.areas.subarray(from, to),
      totals: this.totals.subarray(from, to),
      counts: this.counts.map((a) => a.subarray(from, to)),
    });
  }

  /** Copies `n` cells of `from` (another set of columns, or a view of these) to cells [at, at + n). */
  place(from: ColumnArrays, n: number, at: number): void {
    this.rows.set(from.rows.subarray(0, n), at);
    this.cols.set(from.cols.subarray(0, n), at);
    this.areas.set(from.areas.subarray(0, n), at);
    this.totals.set(from.totals.subarray(0, n), at);
    this.counts.forEach((a, k) => a.set(from.counts[k].subarray(0, n), at));
  }

  /** Moves cells [from, from + n) of these columns to [to, to + n) (to ≤ from). */
  moveDown(from: number, n: number, to: number): void {
    if (from === to) return;
    for (const a of [this.rows, this.cols, this.areas, this.totals, ...this.counts]) a.copyWithin(to, from, from + n);
  }

  /** Makes room for at least `capacity` cells, keeping the first `n`. */
  resize(capacity: number, n: number): void {
    const bigger = new CellColumns(this.counts.length, capacity);
    bigger.place(this, n, 0);
    this.rows = bigger.rows;
    this.cols = bigger.cols;
    this.areas = bigger.areas;
    this.totals = bigger.totals;
    this.counts = bigger.counts;
    this.capacity = capacity;
  }
}

/** Line runs as plain data: run r starts at cell firstCell[r], on line firstLine[r]. */
export interface LineRuns {
  firstCell: Int32Array;
  firstLine: Int32Array;
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

  /** The runs recorded, as plain data (to be sent to another thread). */
  runsData(): LineRuns {
    return { firstCell: this.firstCell.slice(0, this.runs), firstLine: this.firstLine.slice(0, this.runs) };
  }

  /** Records the lines of cells recorded elsewhere: their cell `i` is cell `i + cellOffset` here, on line `line + lineOffset`. */
  appendRuns(runs: LineRuns, cellOffset: number, lineOffset: number): void {
    // A run's later cells follow on consecutive lines: its first cell says where it starts.
    for (let r = 0; r < runs.firstCell.length; r++)
      this.set(runs.firstCell[r] + cellOffset, runs.firstLine[r] + lineOffset);
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
