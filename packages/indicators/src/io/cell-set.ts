/**
 * The cells read so far, by lattice column and row (whole numbers below 2^31 in size, as the
 * grid builder places them): one bit a cell, in tiles of 16 × 16 cells found through a map
 * from the tile's position. Grids come clustered and mostly in order, so consecutive cells
 * fall in the tile just used and a row costs a bit test, not a hash-table probe; a repeated
 * cell is found on the row that repeats it rather than after the whole file is stored.
 */
const SHIFT = 4;
const SIDE = 1 << SHIFT;
const WORDS = (SIDE * SIDE) >>> 5;
const OFFSET = 2 ** 25;

export class CellSet {
  /** Tile t holds WORDS words from t * WORDS; bit (row % 16) * 16 + col % 16 marks a cell. */
  private bits = new Int32Array(WORDS * 256);
  private tiles = 0;
  private readonly index = new Map<number, number>();
  /** Tiles too far out for a numeric key (beyond 2^29 cells from the origin). */
  private readonly far = new Map<string, number>();
  private lastKey = -1;
  private lastBase = 0;
  private size = 0;

  /** Number of cells held. */
  get count(): number {
    return this.size;
  }

  /** An independent set holding the same cells. */
  copy(): CellSet {
    const c = new CellSet();
    c.bits = this.bits.slice();
    c.tiles = this.tiles;
    for (const [k, v] of this.index) c.index.set(k, v);
    for (const [k, v] of this.far) c.far.set(k, v);
    c.size = this.size;
    return c;
  }

  /** Adds the cell at (col, row). Returns true when it is new, false when it was already there. */
  add(col: number, row: number): boolean {
    const tr = row >> SHIFT;
    const tc = col >> SHIFT;
    const near = tr >= -OFFSET && tr < OFFSET && tc >= -OFFSET && tc < OFFSET;
    const key = near ? (tr + OFFSET) * 2 ** 26 + (tc + OFFSET) : -2;
    let base = this.lastBase;
    if (key !== this.lastKey || !near) {
      const farKey = near ? '' : `${tr},${tc}`;
      let t = near ? this.index.get(key) : this.far.get(farKey);
      if (t === undefined) {
        t = this.tiles++;
        if (t * WORDS === this.bits.length) {
          const bigger = new Int32Array(this.bits.length * 2);
          bigger.set(this.bits);
          this.bits = bigger;
        }
        if (near) this.index.set(key, t);
        else this.far.set(farKey, t);
      }
      base = t * WORDS;
      this.lastKey = key;
      this.lastBase = base;
    }
    const bit = ((row & (SIDE - 1)) << SHIFT) | (col & (SIDE - 1));
    const w = base + (bit >>> 5);
    const mask = 1 << (bit & 31);
    if ((this.bits[w] & mask) !== 0) return false;
    this.bits[w] |= mask;
    this.size++;
    return true;
  }
}
