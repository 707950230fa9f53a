import { IndicatorError, type ErrorLocation } from './errors.ts';
import { formatEuGridId } from './eu-grid-id.ts';

/** A lattice's cell size and offset, as plain data. */
export interface LatticeState {
  cellSize: number;
  offsetX: number;
  offsetY: number;
}

/**
 * Places cells on the grid lattice: EU grid ids carry their resolution (all cells must share
 * it); x/y input uses the given cell size, the lattice offset being set by the first cell.
 */
export class Lattice {
  readonly euGridIds: boolean;
  /** Where a cell given on `line` is, for error messages. */
  private readonly where: (line: number) => ErrorLocation;
  cellSize: number;
  offsetX = 0;
  offsetY = 0;
  private placed = false;

  constructor(euGridIds: boolean, cellSize: number | undefined, where: (line: number) => ErrorLocation) {
    this.euGridIds = euGridIds;
    this.where = where;
    this.cellSize = NaN;
    if (cellSize !== undefined) {
      if (!(cellSize > 0)) throw new IndicatorError('INVALID_OPTION', `cell size must be positive, got ${cellSize}`);
      this.cellSize = cellSize;
    }
  }

  /**
   * Lattice column and row of a lower-left corner (written into `out`). `resolution`: the
   * size an EU id gives (NaN for x/y input); `line`: where the cell was given.
   */
  place(x: number, y: number, resolution: number, line: number, out: Int32Array): void {
    if (this.euGridIds) {
      if (Number.isNaN(this.cellSize)) this.cellSize = resolution;
      if (resolution !== this.cellSize) {
        throw new IndicatorError(
          'MIXED_RESOLUTION',
          `cell ${formatEuGridId(resolution, x, y)} has resolution ${resolution} m but earlier cells have ${this.cellSize} m`,
          this.where(line),
        );
      }
      out[0] = x / resolution;
      out[1] = y / resolution;
      return;
    }
    const size = this.cellSize;
    if (!this.placed) {
      this.offsetX = ((x % size) + size) % size;
      this.offsetY = ((y % size) + size) % size;
      this.placed = true;
    }
    const col = Math.round((x - this.offsetX) / size);
    const row = Math.round((y - this.offsetY) / size);
    if (
      !Number.isFinite(x) ||
      !Number.isFinite(y) ||
      Math.abs(col * size + this.offsetX - x) > 1e-6 * size ||
      Math.abs(row * size + this.offsetY - y) > 1e-6 * size
    ) {
      throw new IndicatorError(
        'MISALIGNED_COORDINATE',
        `point (${x}, ${y}) is not on the ${size}-unit lattice set by the first cell`,
        this.where(line),
      );
    }
    if (Math.abs(col) >= 2 ** 31 || Math.abs(row) >= 2 ** 31) {
      throw new IndicatorError('MISALIGNED_COORDINATE', `point (${x}, ${y}) is out of range`, this.where(line));
    }
    out[0] = col;
    out[1] = row;
  }

  /** Where the lattice stands (its cell size and offset; NaN before the first cell). */
  state(): LatticeState {
    return this.placed || this.euGridIds
      ? { cellSize: this.cellSize, offsetX: this.offsetX, offsetY: this.offsetY }
      : { cellSize: this.cellSize, offsetX: NaN, offsetY: NaN };
  }

  /**
   * Whether cells placed on a lattice in `other`'s state sit where this lattice would have
   * placed them: the same cell size and offset, both set by a first cell.
   */
  matches(other: LatticeState): boolean {
    const own = this.state();
    return (
      own.cellSize === other.cellSize &&
      own.offsetX === other.offsetX &&
      own.offsetY === other.offsetY &&
      !Number.isNaN(own.cellSize + own.offsetX + own.offsetY)
    );
  }

  /** A readable name of the cell at lattice position (col, row), for messages. */
  describe(col: number, row: number): string {
    const x = this.offsetX + col * this.cellSize;
    const y = this.offsetY + row * this.cellSize;
    return this.euGridIds ? formatEuGridId(this.cellSize, x, y) : `(${x}, ${y})`;
  }
}
