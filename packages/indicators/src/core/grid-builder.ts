import { ChunkedFloat64, ChunkedInt32, CHUNK_SIZE, gatherFloat64, gatherInt32 } from './chunked.ts';
import { IndicatorError, type ErrorLocation } from './errors.ts';
import { formatEuGridId } from './eu-grid-id.ts';
import { type Grid } from './grid.ts';
import { orderByRowCol } from './grid-order.ts';
import { buildScopes } from './grid-scopes.ts';
import { allocFloat64, allocInt32 } from './typed.ts';

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
 * Collects validated cells one row at a time and produces a sorted, typed-array Grid.
 * Every check names the file, line and column at fault.
 */
export class GridBuilder {
  private readonly spec: GridBuilderSpec;
  private readonly k: number;
  private readonly rows = new ChunkedInt32();
  private readonly cols = new ChunkedInt32();
  private readonly lines = new ChunkedInt32();
  private readonly areas = new ChunkedInt32();
  private readonly totals = new ChunkedFloat64();
  private readonly counts: ChunkedFloat64[];
  private readonly areaIndex = new Map<string, number>();
  private readonly areaNames: string[] = [];
  private n = 0;
  private pos = CHUNK_SIZE;
  private cellSize = NaN;
  private offsetX = 0;
  private offsetY = 0;
  private totalIsGroupSum = true;
  private bounds = { rowMin: Infinity, rowMax: -Infinity, colMin: Infinity, colMax: -Infinity };

  constructor(spec: GridBuilderSpec) {
    this.spec = spec;
    this.k = spec.groups.length;
    this.counts = spec.groups.map(() => new ChunkedFloat64());
    if (spec.cellSize !== undefined) {
      if (!(spec.cellSize > 0)) throw new IndicatorError('INVALID_OPTION', `cell size must be positive, got ${spec.cellSize}`);
      this.cellSize = spec.cellSize;
    }
  }

  /** Number of cells added so far. */
  get size(): number {
    return this.n;
  }

  /** Returns the index of an area code, registering it on first sight. */
  areaId(code: string, line: number): number {
    let id = this.areaIndex.get(code);
    if (id === undefined) {
      if (code.length === 0) throw new IndicatorError('EMPTY_AREA', 'area code is empty', this.where(line, this.spec.area));
      id = this.areaNames.length;
      this.areaIndex.set(code, id);
      this.areaNames.push(code);
    }
    return id;
  }

  /**
   * Adds one cell. `x`, `y`: lower-left corner; `resolution`: the cell size carried by an EU id
   * (NaN for x/y input); `groupCounts`: K counts (read immediately, may be reused);
   * `total`: the total column or NaN when there is none; `area`: from areaId() or -1.
   */
  add(x: number, y: number, resolution: number, groupCounts: ArrayLike<number>, total: number, area: number, line: number): void {
    const [col, row] = this.place(x, y, resolution, line);
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

  /** Sorts, checks for duplicate cells and returns the grid. The builder is spent afterwards. */
  finish(): Grid {
    if (this.n === 0) throw new IndicatorError('EMPTY_INPUT', 'the input holds no cells', { file: this.spec.file });
    const order = orderByRowCol(this.rows, this.cols, this.n, this.bounds, (a, b) => this.duplicate(a, b));
    const areaRemap = this.sortedAreaRemap();
    const row = allocInt32(this.n);
    const col = allocInt32(this.n);
    gatherInt32(this.rows, order, row);
    gatherInt32(this.cols, order, col);
    this.rows.release();
    this.cols.release();
    this.lines.release();
    for (let i = 0; i < this.n; i++) {
      row[i] -= this.bounds.rowMin;
      col[i] -= this.bounds.colMin;
    }
    const counts = this.counts.map((column) => {
      const out = allocFloat64(this.n);
      gatherFloat64(column, order, out);
      column.release();
      return out;
    });
    const total = allocFloat64(this.n);
    gatherFloat64(this.totals, order, total);
    this.totals.release();
    let areaOf: Int32Array | null = null;
    if (this.spec.area !== undefined) {
      areaOf = allocInt32(this.n);
      gatherInt32(this.areas, order, areaOf);
      for (let i = 0; i < this.n; i++) areaOf[i] = areaRemap[areaOf[i]];
    }
    this.areas.release();
    const areaCodes = [...this.areaNames].sort(compareCodes);
    const base = {
      cellCount: this.n,
      groups: this.spec.groups.map((g) => g.name),
      cellSize: this.cellSize,
      originX: this.offsetX + this.bounds.colMin * this.cellSize,
      originY: this.offsetY + this.bounds.rowMin * this.cellSize,
      width: this.bounds.colMax - this.bounds.colMin + 1,
      height: this.bounds.rowMax - this.bounds.rowMin + 1,
      euGridIds: this.spec.euGridIds,
      row,
      col,
      counts,
      total,
      totalIsGroupSum: this.totalIsGroupSum,
      areaCodes,
      areaOf,
    };
    return { ...base, scopes: buildScopes(base) };
  }

  private place(x: number, y: number, resolution: number, line: number): [number, number] {
    if (this.spec.euGridIds) {
      if (Number.isNaN(this.cellSize)) this.cellSize = resolution;
      if (resolution !== this.cellSize) {
        throw new IndicatorError(
          'MIXED_RESOLUTION',
          `cell ${formatEuGridId(resolution, x, y)} has resolution ${resolution} m but earlier cells have ${this.cellSize} m`,
          this.where(line, this.spec.position),
        );
      }
      return [x / resolution, y / resolution];
    }
    const size = this.cellSize;
    if (this.n === 0) {
      this.offsetX = ((x % size) + size) % size;
      this.offsetY = ((y % size) + size) % size;
    }
    const col = Math.round((x - this.offsetX) / size);
    const row = Math.round((y - this.offsetY) / size);
    if (Math.abs(col * size + this.offsetX - x) > 1e-6 * size || Math.abs(row * size + this.offsetY - y) > 1e-6 * size) {
      throw new IndicatorError(
        'MISALIGNED_COORDINATE',
        `point (${x}, ${y}) is not on the ${size}-unit lattice set by the first cell`,
        this.where(line, this.spec.position),
      );
    }
    if (!Number.isSafeInteger(col) || Math.abs(col) >= 2 ** 31 || Math.abs(row) >= 2 ** 31) {
      throw new IndicatorError('MISALIGNED_COORDINATE', `point (${x}, ${y}) is out of range`, this.where(line, this.spec.position));
    }
    return [col, row];
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
    const x = this.offsetX + this.cols.get(first) * this.cellSize;
    const y = this.offsetY + this.rows.get(first) * this.cellSize;
    const name = this.spec.euGridIds ? formatEuGridId(this.cellSize, x, y) : `(${x}, ${y})`;
    throw new IndicatorError(
      'DUPLICATE_CELL',
      `cell ${name} appears twice (first on ${this.spec.lineLabel ?? 'line'} ${this.lines.get(first)})`,
      this.where(this.lines.get(second), this.spec.position),
    );
  }

  private sortedAreaRemap(): Int32Array {
    const sorted = [...this.areaNames].sort(compareCodes);
    const remap = new Int32Array(this.areaNames.length);
    sorted.forEach((code, i) => {
      remap[this.areaIndex.get(code) as number] = i;
    });
    return remap;
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
    return { file: this.spec.file, line, lineLabel: this.spec.lineLabel, column: column?.name, columnIndex: column?.index };
  }
}

/** Orders area codes by UTF-16 code units, so results never depend on the input order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
