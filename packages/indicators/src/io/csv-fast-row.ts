import { scaleCoordinate } from '../core/eu-grid-id.ts';

/** What a field of a row holds for the grid. */
export const FIELD_IGNORED = 0;
export const FIELD_CELL_ID = 1;
export const FIELD_AREA = 2;
export const FIELD_TOTAL = 3;
/** Group k's count is the role FIELD_GROUP + k. */
export const FIELD_GROUP = 4;

const LF = 10;
const CR = 13;
const QUOTE = 34;
const PREFIX = [67, 82, 83, 51, 48, 51, 53, 82, 69, 83]; // "CRS3035RES"
/** Longest run of digits read as an exact integer (as parseNumberBytes does). */
const MAX_DIGITS = 15;
/** Delimiters the simple rows may use: none of them can occur inside a cell id or a count. */
const DELIMITERS = [44, 59, 9, 124];

/**
 * Reads the rows of a grid file in the shape they usually have, in a single pass straight from
 * the bytes: an EU grid id, an area code, counts written as plain digits, unquoted fields, the
 * header's number of fields, ending with LF or CRLF. Anything else (quotes, spaces, signs,
 * decimals, empty or malformed fields, a misaligned cell, another number of fields, a row not
 * ended within the bytes given) is left to the tokenizer, which then reads the row as it reads
 * every other, with the same errors; this reader only says it does not take the row.
 */
export class SimpleGridRow {
  private readonly roles: Uint8Array;
  private readonly delimiter: number;
  /** The counts of the row read last, in the mapping's group order. */
  readonly counts: Float64Array;
  /** The total of the row read last, NaN when the mapping has no total. */
  total = NaN;
  /** The cell of the row read last: resolution, x, y. */
  readonly cell = new Float64Array(3);
  /** Where the area code of the row read last lies in its bytes (-1 without an area column). */
  areaStart = -1;
  areaEnd = -1;
  /** The number read last by digits(). */
  private value = 0;

  private constructor(roles: Uint8Array, groups: number, delimiter: number) {
    this.roles = roles;
    this.delimiter = delimiter;
    this.counts = new Float64Array(groups);
  }

  /**
   * The reader for rows of `fieldCount` fields whose columns hold the cell id, area, total and
   * groups at the given positions (-1: absent); null when such rows cannot be read this way
   * (no cell id column, an unusual delimiter, a column given two roles).
   */
  static of(
    fieldCount: number,
    delimiter: number,
    columns: { cellId: number; area: number; total: number; groups: readonly number[] },
  ): SimpleGridRow | null {
    if (columns.cellId < 0 || !DELIMITERS.includes(delimiter) || columns.groups.length > 250) return null;
    const roles = new Uint8Array(fieldCount);
    const assign = (at: number, role: number): boolean => {
      if (at < 0) return true;
      if (at >= fieldCount || roles[at] !== FIELD_IGNORED) return false;
      roles[at] = role;
      return true;
    };
    let ok = assign(columns.cellId, FIELD_CELL_ID) && assign(columns.area, FIELD_AREA);
    ok = ok && assign(columns.total, FIELD_TOTAL);
    for (let k = 0; k < columns.groups.length; k++) ok = ok && assign(columns.groups[k], FIELD_GROUP + k);
    return ok ? new SimpleGridRow(roles, columns.groups.length, delimiter) : null;
  }

  /**
   * Reads the row starting at `at` from bytes that end at `end` (its line break must come
   * before). Returns where the next row starts, or -1 when the row is not of the simple shape.
   */
  read(data: Uint8Array, at: number, end: number): number {
    const roles = this.roles;
    const last = roles.length - 1;
    const delim = this.delimiter;
    let p = at;
    for (let j = 0; j <= last; j++) {
      const role = roles[j];
      if (role >= FIELD_TOTAL) {
        p = this.digits(data, p, end);
        if (p < 0) return -1;
        if (role === FIELD_TOTAL) this.total = this.value;
        else this.counts[role - FIELD_GROUP] = this.value;
      } else if (role === FIELD_CELL_ID) {
        p = this.cellId(data, p, end);
        if (p < 0) return -1;
      } else {
        const from = p;
        if (p < end && data[p] === QUOTE) return -1;
        while (p < end && data[p] !== delim && data[p] !== LF) p++;
        if (role === FIELD_AREA) {
          this.areaStart = from;
          this.areaEnd = j === last && p < end && p > from && data[p - 1] === CR ? p - 1 : p;
          if (this.areaEnd === from) return -1;
        }
        if (j === last && p < end && data[p] === LF) return p + 1;
      }
      if (p >= end) return -1;
      if (j < last) {
        if (data[p] !== delim) return -1;
        p++;
      } else if (data[p] === LF) return p + 1;
      else if (data[p] === CR && p + 1 < end && data[p + 1] === LF) return p + 2;
      else return -1;
    }
    return -1;
  }

  /** Reads 1 to 15 digits from `at` into `value`; where they end, or -1. */
  private digits(data: Uint8Array, at: number, end: number): number {
    let p = at;
    let v = 0;
    while (p < end) {
      const d = data[p] - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
      p++;
    }
    this.value = v;
    return p === at || p - at > MAX_DIGITS ? -1 : p;
  }

  /**
   * Reads an EU grid id (as readEuGridIdBytes does) into `cell`; where it ends, or -1. Not a call
   * to readEuGridIdBytes, which needs the field's end first: finding it is a second scan of the
   * id, and cost a 1,000,000-row read about 17% more processor time (210 → 246 ms). The rows
   * this rejects go to the tokenizer, which reads the id with readEuGridIdBytes.
   */
  private cellId(data: Uint8Array, at: number, end: number): number {
    if (end - at < PREFIX.length + 6) return -1;
    for (let j = 0; j < PREFIX.length; j++) if (data[at + j] !== PREFIX[j]) return -1;
    let p = this.digits(data, at + PREFIX.length, end);
    const res = this.value;
    if (p < 0 || p + 1 >= end) return -1;
    let unit = 1;
    if (data[p] === 109) p++;
    else if (data[p] === 107 && data[p + 1] === 109) {
      unit = 1000;
      p += 2;
    } else return -1;
    if (p >= end || data[p] !== 78) return -1;
    p = this.digits(data, p + 1, end);
    let y = this.value;
    if (p < 0 || p >= end || data[p] !== 69) return -1;
    p = this.digits(data, p + 1, end);
    let x = this.value;
    if (p < 0) return -1;
    const resolution = res * unit;
    x = scaleCoordinate(x, unit);
    y = scaleCoordinate(y, unit);
    if (!(resolution > 0) || !Number.isSafeInteger(x) || !Number.isSafeInteger(y)) return -1;
    if (x % resolution !== 0 || y % resolution !== 0) return -1;
    const cell = this.cell;
    cell[0] = resolution;
    cell[1] = x;
    cell[2] = y;
    return p;
  }
}
