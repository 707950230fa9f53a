import { IndicatorError, type ErrorLocation } from './errors.ts';
import { type Grid } from './grid.ts';
import { assembleGrid } from './grid-assemble.ts';
import { CellColumns, type ColumnArrays, type LineRuns } from './grid-columns.ts';
import { Lattice, type LatticeState } from './grid-lattice.ts';
import { checkExtent, orderByRowCol } from './grid-order.ts';

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
  /** Columns to write the cells into (a view of a larger set, see appendPart); new ones by default. */
  columns?: CellColumns;
}

/**
 * The cells a builder collected from a later part of an input (read on another thread), for
 * the builder of the part before it to append (appendPart). Plain data: it crosses threads,
 * its columns as shared memory.
 */
export interface GridPart extends ColumnArrays {
  n: number;
  /** Whether the columns are still the ones the builder was given (no room ran out). */
  inGivenColumns: boolean;
  lines: LineRuns;
  inOrder: boolean;
  totalIsGroupSum: boolean;
  bounds: Bounds;
  areaNames: string[];
  lattice: LatticeState;
}

interface Bounds {
  rowMin: number;
  rowMax: number;
  colMin: number;
  colMax: number;
}

const SUM_TOLERANCE = 1e-9;

/**
 * Collects validated cells one row at a time and produces a sorted, typed-array Grid. The
 * values are written in place into the columns the grid will use (CellColumns; reserve() sizes
 * them when the number of cells can be foreseen); cells that arrive in (row, col) order, as
 * grids usually do, are neither sorted nor copied again. Every check names the file, line and
 * column at fault.
 */
export class GridBuilder {
  private readonly spec: GridBuilderSpec;
  private readonly k: number;
  private readonly lattice: Lattice;
  private columns: CellColumns;
  /** The rows column the builder was given, while it is still the one written. */
  private readonly givenRows: Int32Array | null;
  private readonly areaIndex = new Map<string, number>();
  private readonly areaNames: string[] = [];
  private readonly place = new Int32Array(2);
  private n = 0;
  /** True while every cell came after the one before it in (row, col) order. */
  private inOrder = true;
  private totalIsGroupSum = true;
  private readonly bounds: Bounds = { rowMin: Infinity, rowMax: -Infinity, colMin: Infinity, colMax: -Infinity };

  constructor(spec: GridBuilderSpec) {
    this.spec = spec;
    this.k = spec.groups.length;
    this.columns = spec.columns ?? new CellColumns(this.k);
    this.givenRows = spec.columns?.rows ?? null;
    this.lattice = new Lattice(spec.euGridIds, spec.cellSize, (line) => this.where(line, spec.position));
  }

  /** Makes room for `cells` cells in all (an estimate: more or fewer may come). */
  reserve(cells: number): void {
    if (cells > this.columns.capacity) this.columns.resize(Math.ceil(cells), this.n);
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

  /** True while every cell came after the one added before it in (row, col) order (none repeats). */
  get sortedSoFar(): boolean {
    return this.inOrder;
  }

  /** Calls `f` with the lattice column and row of every cell added before the last one. */
  eachCellBeforeLast(f: (col: number, row: number) => void): void {
    const c = this.columns;
    for (let i = 0; i < this.n - 1; i++) f(c.cols[i], c.rows[i]);
  }

  /** The line of the first cell added at lattice position (col, row), 0 when there is none. */
  lineOf(col: number, row: number): number {
    const c = this.columns;
    for (let i = 0; i < this.n; i++) if (c.cols[i] === col && c.rows[i] === row) return c.lines.get(i);
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
    const c = this.columns;
    if (this.n === c.capacity) c.resize(c.capacity * 2, this.n);
    const p = this.n++;
    if (this.inOrder && p > 0 && !follows(row, col, c.rows[p - 1], c.cols[p - 1])) this.inOrder = false;
    c.rows[p] = row;
    c.cols[p] = col;
    c.lines.set(p, line);
    c.areas[p] = area;
    c.totals[p] = total;
    for (let k = 0; k < this.k; k++) c.counts[k][p] = groupCounts[k];
    const b = this.bounds;
    if (row < b.rowMin) b.rowMin = row;
    if (row > b.rowMax) b.rowMax = row;
    if (col < b.colMin) b.colMin = col;
    if (col > b.colMax) b.colMax = col;
  }

  /** The cells collected so far, for the builder of the part of the input before this one. */
  part(): GridPart {
    const c = this.columns;
    return {
      n: this.n,
      rows: c.rows,
      cols: c.cols,
      areas: c.areas,
      totals: c.totals,
      counts: c.counts,
      inGivenColumns: c.rows === this.givenRows,
      lines: c.lines.runsData(),
      inOrder: this.inOrder,
      totalIsGroupSum: this.totalIsGroupSum,
      bounds: { ...this.bounds },
      areaNames: [...this.areaNames],
      lattice: this.lattice.state(),
    };
  }

  /** Whether the cells would still all be in (row, col) order with `part`'s appended. */
  staysInOrderWith(part: GridPart): boolean {
    if (!this.inOrder || !part.inOrder) return false;
    if (this.n === 0 || part.n === 0) return true;
    const c = this.columns;
    return follows(part.rows[0], part.cols[0], c.rows[this.n - 1], c.cols[this.n - 1]);
  }

  /** Whether appendPart would take `part`: it has no cells, or they lie on this builder's lattice (cells read here set it). */
  canAppend(part: GridPart): boolean {
    return part.n === 0 || (this.n > 0 && this.lattice.matches(part.lattice));
  }

  /**
   * Appends the cells of the next part of the input, collected by another builder from the
   * same header (its lines counted `lineOffset` short). When this builder was given cells
   * [0, at) of `whole` and the part cells [at, …) of it, and both stayed there, the part's cells
   * move down in place. Returns false, changing nothing, when the part's lattice is not this
   * one's (its cells would have been placed otherwise: the part must be read here instead).
   * Repeated cells are left to the caller (finish() finds them too, without their order).
   */
  appendPart(part: GridPart, lineOffset: number, whole: CellColumns | null = null, at = 0): boolean {
    if (!this.canAppend(part)) return false;
    if (part.n === 0) return true;
    const n1 = this.n;
    const n = n1 + part.n;
    const c = this.columns;
    const inOrder = this.staysInOrderWith(part);
    let target = c;
    if (whole !== null && c.rows === this.givenRows && part.inGivenColumns && whole.capacity >= at + part.n) {
      whole.moveDown(at, part.n, n1);
      whole.lines = c.lines;
      target = whole;
    } else {
      if (c.capacity < n) c.resize(n, n1);
      c.place(part, part.n, n1);
    }
    target.lines.appendRuns(part.lines, n1, lineOffset);
    const ids = Int32Array.from(part.areaNames, (code) => this.areaId(code, 0));
    if (ids.some((id, j) => id !== j)) {
      const areas = target.areas;
      for (let i = n1; i < n; i++) if (areas[i] >= 0) areas[i] = ids[areas[i]];
    }
    this.columns = target;
    this.n = n;
    this.inOrder = inOrder;
    this.totalIsGroupSum = this.totalIsGroupSum && part.totalIsGroupSum;
    const b = this.bounds;
    b.rowMin = Math.min(b.rowMin, part.bounds.rowMin);
    b.rowMax = Math.max(b.rowMax, part.bounds.rowMax);
    b.colMin = Math.min(b.colMin, part.bounds.colMin);
    b.colMax = Math.max(b.colMax, part.bounds.colMax);
    return true;
  }

  /** Sorts, checks for duplicate cells and returns the grid. The builder is spent afterwards. */
  finish(): Grid {
    if (this.n === 0) throw new IndicatorError('EMPTY_INPUT', 'the input holds no cells', { file: this.spec.file });
    const c = this.columns;
    checkExtent(this.bounds);
    // Cells in strictly increasing (row, col) order are already sorted, and none repeats.
    const order = this.inOrder
      ? null
      : orderByRowCol(c.rows, c.cols, this.n, this.bounds, (a, b) => this.duplicate(a, b));
    return assembleGrid(
      {
        n: this.n,
        groups: this.spec.groups.map((g) => g.name),
        columns: c,
        hasAreas: this.spec.area !== undefined,
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
    const c = this.columns;
    throw new IndicatorError(
      'DUPLICATE_CELL',
      `cell ${this.lattice.describe(c.cols[first], c.rows[first])} appears twice (first on ${label} ${c.lines.get(first)})`,
      this.where(c.lines.get(second), this.spec.position),
    );
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

/** Whether cell (row, col) comes strictly after cell (beforeRow, beforeCol) in (row, col) order. */
function follows(row: number, col: number, beforeRow: number, beforeCol: number): boolean {
  return row > beforeRow || (row === beforeRow && col > beforeCol);
}
