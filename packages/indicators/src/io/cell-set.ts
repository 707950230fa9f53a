/**
 * The cells read so far, keyed by their (x, y) corner, each with the line it came from: an
 * open-addressing hash table over typed arrays (20 bytes a slot, at most 3/4 full), so a
 * repeated cell is found on the row that repeats it rather than after the whole file is stored.
 */
export class CellSet {
  private xs: Float64Array;
  private ys: Float64Array;
  /** The line of the cell in each slot; 0 marks an empty slot. */
  private lines: Int32Array;
  private mask: number;
  private size = 0;

  constructor(capacity = 1 << 12) {
    let slots = 1;
    while (slots < capacity) slots *= 2;
    this.xs = new Float64Array(slots);
    this.ys = new Float64Array(slots);
    this.lines = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** Number of cells held. */
  get count(): number {
    return this.size;
  }

  /**
   * Adds the cell at (x, y) first seen on `line` (≥ 1). Returns 0 when it is new, else the
   * line it was first seen on (and keeps that one).
   */
  add(x: number, y: number, line: number): number {
    if ((this.size + 1) * 4 > this.lines.length * 3) this.grow();
    let at = slot(x, y) & this.mask;
    for (;;) {
      const seen = this.lines[at];
      if (seen === 0) {
        this.xs[at] = x;
        this.ys[at] = y;
        this.lines[at] = line;
        this.size++;
        return 0;
      }
      if (this.xs[at] === x && this.ys[at] === y) return seen;
      at = (at + 1) & this.mask;
    }
  }

  private grow(): void {
    const { xs, ys, lines } = this;
    const slots = lines.length * 2;
    this.xs = new Float64Array(slots);
    this.ys = new Float64Array(slots);
    this.lines = new Int32Array(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let i = 0; i < lines.length; i++) if (lines[i] !== 0) this.add(xs[i], ys[i], lines[i]);
  }
}

const view = new DataView(new ArrayBuffer(8));

/** A well-mixed 32-bit hash of a coordinate pair (integer coordinates are the common case). */
function slot(x: number, y: number): number {
  let h: number;
  if (Number.isInteger(x) && Number.isInteger(y) && Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31) {
    h = Math.imul(x | 0, 0x9e3779b1) ^ Math.imul(y | 0, 0x85ebca77);
  } else {
    view.setFloat64(0, x);
    h = Math.imul(view.getInt32(0) ^ view.getInt32(4), 0x9e3779b1);
    view.setFloat64(0, y);
    h ^= Math.imul(view.getInt32(0) ^ view.getInt32(4), 0x85ebca77);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}
