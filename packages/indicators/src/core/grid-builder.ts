import { ChunkedFloat64, ChunkedInt32, CHUNK_BITS, CHUNK_MASK, CHUNK_SIZE } from './chunked.ts';
import { IndicatorError, type ErrorLocation } from './errors.ts';
import { type Grid } from './grid.ts';
import { assembleGrid } from './grid-assemble.ts';
import { Lattice } from './grid-lattice.ts';
import { orderByRowCol } from './grid-order.ts';

/** A column of the input, for error messages. */
export interface ColumnRef {
  name: string;
  /** 1-based position in the header. */
  index?: number;
}

/** What the builder needs to know about the input it is fed. */
export interface GridBuilderSpec {
  groups: ColumnRef[];
  total?: ColumnRef;
  area?: ColumnRef;
  /** The column(s) that place a cell: the cell id, or the x column. */
  position: ColumnRef;
  /** Cell size for x/y input; EU grid ids carry their own. */
  cellSize?: number;
  euGridIds: boolean;
  file?: string;
  /** 'line' for text inputs (default), 'row' for Parquet. */
  lineLabel?: 'line' | 'row';
}

const SUM_TOLERANCE = 1e-9;

/**
 * The cells a builder collected from one part of an input (e.g. the second half of a file read
 * on another thread), in plain chunks that can be transferred between threads.
 */
export interface BuilderPart {
  n: number;
  rows: Int32Array[];
  cols: Int32Array[];
  lines: Int32Array[];
  areas: Int32Array[];
  totals: Float64Array[];
  counts: Float64Array[][];
  areaNames: string[];
  totalIsGroupSum: boolean;
  bounds: { rowMin: number; rowMax: number; colMin: number; colMax: number };
  lattice: { cellSize: number; offsetX: number; offsetY: number };
}

/**
 * Collects validated cells one row at a time (in chunks, never copying a growing array) and
 * produces a sorted, typed-array Grid. Every check names the file, line and column at fault.
 */
export class GridBuilder {
  private readonly spec: GridBuilderSpec;
  private readonly k: number;
  private readonly lattice: Lattice;
  private readonly rows = new ChunkedInt32();
  private readonly cols = new ChunkedInt32();
  private readonly lines = new ChunkedInt32();
  private readonly areas = new ChunkedInt32();
  private readonly totals = new ChunkedFloat64();
  private readonly counts: ChunkedFloat64[];
  private readonly areaIndex = new Map<string, number>();
  private readonly areaNames: string[] = [];
  private readonly place = new Int32Array(2);
  private n = 0;
  private pos = CHUNK_SIZE;
  private totalIsGroupSum = true;
  private readonly bounds = { rowMin: Infinity, rowMax: -Infinity, colMin: Infinity, colMax: -Infinity };

  constructor(spec: GridBuilderSpec) {
    this.spec = spec;
    this.k = spec.groups.length;
    this.counts = spec.groups.map(() => new ChunkedFloat64());
    this.lattice = new Lattice(spec.euGridIds, spec.cellSize, (line) => this.where(line, spec.position));
  }

  /** Returns the index of an area code, registering it on first sight. */
  areaId(code: string, line: number): number {
    let id = this.areaIndex.get(code);
    if (id === undefined) {
      if (code.length === 0)
        throw new IndicatorError('EMPTY_AREA', 'area code is empty', this.where(line, this.spec.area));
      id = this.areaNames.length;
      this.areaIndex.set(code, id);
      this.areaNames.push(code);
    }
    return id;
  }

  /** Lattice column and row of the cell added last (valid until the next add). */
  get lastPlace(): Int32Array {
    return this.place;
  }

  /** The line of the first cell added at lattice position (col, row), 0 when there is none. */
  lineOf(col: number, row: number): number {
    for (let i = 0; i < this.n; i++) if (this.cols.get(i) === col && this.rows.get(i) === row) return this.lines.get(i);
    return 0;
  }

  /**
   * Adds one cell. `x`, `y`: lower-left corner; `resolution`: the cell size carried by an EU id
   * (NaN for x/y input); `groupCounts`: K counts (read immediately, may be reused);
   * `total`: the total column or NaN when there is none; `area`: from areaId() or -1.
   */
  add(
    x: number,
    y: number,
    resolution: number,
    groupCounts: ArrayLike<number>,
    total: number,
    area: number,
    line: number,
  ): void {
    this.lattice.place(x, y, resolution, line, this.place);
    const col = this.place[0];
    const row = this.place[1];
    let sum = 0;
    for (let k = 0; k < this.k; k++) {
      const v = groupCounts[k];
      if (!(v >= 0) || v === Infinity) this.badCount(v, line, this.spec.groups[k]);
      sum += v;
    }
    if (Number.isNaN(total)) {
      total = sum;
    } else {
      if (!(total >= 0) || total === Infinity) this.badCount(total, line, this.spec.total);
      this.checkAgainstTotal(groupCounts, sum, total, line);
      if (total !== sum) this.totalIsGroupSum = false;
    }
    if (this.pos === CHUNK_SIZE) this.grow();
    const p = this.pos++;
    this.rows.current[p] = row;
    this.cols.current[p] = col;
    this.lines.current[p] = line;
    this.areas.current[p] = area;
    this.totals.current[p] = total;
    for (let k = 0; k < this.k; k++) this.counts[k].current[p] = groupCounts[k];
    this.n++;
    const b = this.bounds;
    if (row < b.rowMin) b.rowMin = row;
    if (row > b.rowMax) b.rowMax = row;
    if (col < b.colMin) b.colMin = col;
    if (col > b.colMax) b.colMax = col;
  }

  /** The cells collected so far, as a part to append to another builder (this builder is spent). */
  exportPart(): BuilderPart {
    const l = this.lattice;
    return {
      n: this.n,
      rows: this.rows.chunks,
      cols: this.cols.chunks,
      lines: this.lines.chunks,
      areas: this.areas.chunks,
      totals: this.totals.chunks,
      counts: this.counts.map((c) => c.chunks),
      areaNames: this.areaNames,
      totalIsGroupSum: this.totalIsGroupSum,
      bounds: this.bounds,
      lattice: { cellSize: l.cellSize, offsetX: l.offsetX, offsetY: l.offsetY },
    };
  }

  /**
   * Appends the cells of a part that followed this builder's input, its lines shifted by
   * `lineOffset`. Returns false, appending nothing, when the part placed its cells on another
   * lattice (another resolution or offset): the caller then reads the input in one piece,
   * which reports the mismatch where it occurs. Cells repeated across parts are found by
   * finish().
   */
  appendPart(part: BuilderPart, lineOffset: number): boolean {
    const l = this.lattice;
    if (part.n === 0) return true;
    if (
      this.n > 0 &&
      (part.lattice.cellSize !== l.cellSize || part.lattice.offsetX !== l.offsetX || part.lattice.offsetY !== l.offsetY)
    )
      return false;
    if (this.n === 0) {
      l.cellSize = part.lattice.cellSize;
      l.offsetX = part.lattice.offsetX;
      l.offsetY = part.lattice.offsetY;
    }
    const remap = new Int32Array(part.areaNames.length);
    part.areaNames.forEach((code, a) => (remap[a] = this.areaId(code, 0)));
    const hasArea = this.spec.area !== undefined;
    for (let i = 0; i < part.n; i++) {
      const c = i >>> CHUNK_BITS;
      const j = i & CHUNK_MASK;
      if (this.pos === CHUNK_SIZE) this.grow();
      const p = this.pos++;
      this.rows.current[p] = part.rows[c][j];
      this.cols.current[p] = part.cols[c][j];
      this.lines.current[p] = part.lines[c][j] + lineOffset;
      this.areas.current[p] = hasArea ? remap[part.areas[c][j]] : -1;
      this.totals.current[p] = part.totals[c][j];
      for (let k = 0; k < this.k; k++) this.counts[k].current[p] = part.counts[k][c][j];
    }
    this.n += part.n;
    if (!part.totalIsGroupSum) this.totalIsGroupSum = false;
    const b = this.bounds;
    const o = part.bounds;
    b.rowMin = Math.min(b.rowMin, o.rowMin);
    b.rowMax = Math.max(b.rowMax, o.rowMax);
    b.colMin = Math.min(b.colMin, o.colMin);
    b.colMax = Math.max(b.colMax, o.colMax);
    return true;
  }

  /** Sorts, checks for duplicate cells and returns the grid. The builder is spent afterwards. */
  finish(): Grid {
    if (this.n === 0) throw new IndicatorError('EMPTY_INPUT', 'the input holds no cells', { file: this.spec.file });
    const order = orderByRowCol(this.rows, this.cols, this.n, this.bounds, (a, b) => this.duplicate(a, b));
    this.lines.release();
    return assembleGrid(
      {
        n: this.n,
        groups: this.spec.groups.map((g) => g.name),
        rows: this.rows,
        cols: this.cols,
        areas: this.spec.area !== undefined ? this.areas : null,
        totals: this.totals,
        counts: this.counts,
        areaNames: this.areaNames,
        totalIsGroupSum: this.totalIsGroupSum,
        bounds: this.bounds,
      },
      order,
      this.lattice,
    );
  }

  private checkAgainstTotal(groupCounts: ArrayLike<number>, sum: number, total: number, line: number): void {
    for (let k = 0; k < this.k; k++) {
      if (groupCounts[k] > total) {
        const g = this.spec.groups[k];
        throw new IndicatorError(
          'GROUP_EXCEEDS_TOTAL',
          `${g.name} = ${groupCounts[k]} is above the total ${total}`,
          this.where(line, g),
        );
      }
    }
    if (sum > total * (1 + SUM_TOLERANCE) + SUM_TOLERANCE) {
      throw new IndicatorError(
        'GROUPS_EXCEED_TOTAL',
        `the groups add up to ${sum}, above the total ${total} (groups must not overlap)`,
        this.where(line, this.spec.total),
      );
    }
  }

  private badCount(value: number, line: number, column?: ColumnRef): never {
    const where = this.where(line, column);
    if (value < 0) throw new IndicatorError('NEGATIVE_COUNT', `count ${value} is negative`, where);
    throw new IndicatorError('NON_NUMERIC', `count ${value} is not a finite number`, where);
  }

  private duplicate(first: number, second: number): never {
    const label = this.spec.lineLabel ?? 'line';
    throw new IndicatorError(
      'DUPLICATE_CELL',
      `cell ${this.lattice.describe(this.cols.get(first), this.rows.get(first))} appears twice (first on ${label} ${this.lines.get(first)})`,
      this.where(this.lines.get(second), this.spec.position),
    );
  }

  private grow(): void {
    this.rows.grow();
    this.cols.grow();
    this.lines.grow();
    this.areas.grow();
    this.totals.grow();
    for (const c of this.counts) c.grow();
    this.pos = 0;
  }

  private where(line: number, column?: ColumnRef): ErrorLocation {
    return {
      file: this.spec.file,
      line,
      lineLabel: this.spec.lineLabel,
      column: column?.name,
      columnIndex: column?.index,
    };
  }
}
