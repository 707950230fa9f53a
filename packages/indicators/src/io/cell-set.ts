/**
 * The cells read so far, keyed by their (x, y) corner, each with the line it came from: an
 * open-addressing hash table in one Float64Array (x, y and line side by side, 24 bytes a slot,
 * at most 3/4 full), so a repeated cell is found on the row that repeats it rather than after
 * the whole file is stored.
 */
export class CellSet {
  /** Slot i holds x at 3i, y at 3i+1 and the line at 3i+2 (0: empty). */
  private slots: Float64Array;
  private mask: number;
  private size = 0;

  constructor(capacity = 1 << 12) {
    let n = 1;
    while (n < capacity) n *= 2;
    this.slots = new Float64Array(n * 3);
    this.mask = n - 1;
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
    if ((this.size + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const s = this.slots;
    let at = slot(x, y) & this.mask;
    for (;;) {
      const k = at * 3;
      const seen = s[k + 2];
      if (seen === 0) {
        s[k] = x;
        s[k + 1] = y;
        s[k + 2] = line;
        this.size++;
        return 0;
      }
      if (s[k] === x && s[k + 1] === y) return seen;
      at = (at + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let k = 0; k < old.length; k += 3) if (old[k + 2] !== 0) this.add(old[k], old[k + 1], old[k + 2]);
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
