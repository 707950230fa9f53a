import { scaleCoordinate, type EuGridCell } from '../core/eu-grid-id.ts';

/** Parsers that read straight from the input bytes, so numeric fields never become strings. */

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];
const decoder = new TextDecoder();

/** Decodes bytes [start, end) as UTF-8. */
export function bytesToString(buf: Uint8Array, start: number, end: number): string {
  return decoder.decode(buf.subarray(start, end));
}

/**
 * Parses a decimal number from bytes [start, end), surrounding spaces allowed. Up to 15
 * significant digits are read exactly (mantissa / 10^k is correctly rounded, as Number()
 * would give); anything longer or with an exponent goes through Number(). Returns NaN for
 * anything that is not a finite number (including an empty field).
 */
export function parseNumberBytes(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && buf[i] === 32) i++;
  let e = end;
  while (e > i && buf[e - 1] === 32) e--;
  if (i === e) return NaN;
  let negative = false;
  if (buf[i] === 45 || buf[i] === 43) {
    negative = buf[i] === 45;
    i++;
  }
  let mant = 0;
  let digits = 0;
  let scale = 0;
  let seen = false;
  while (i < e) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) break;
    mant = mant * 10 + d;
    if (mant !== 0) digits++;
    seen = true;
    i++;
  }
  if (i < e && buf[i] === 46) {
    i++;
    while (i < e) {
      const d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      mant = mant * 10 + d;
      if (mant !== 0) digits++;
      scale++;
      seen = true;
      i++;
    }
  }
  if (i !== e || digits > 15 || scale > 22) return slowNumber(buf, start, end);
  if (!seen) return NaN;
  const v = scale === 0 ? mant : mant / POW10[scale];
  return negative ? -v : v;
}

function slowNumber(buf: Uint8Array, start: number, end: number): number {
  const text = bytesToString(buf, start, end).trim();
  if (text === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return NaN;
  const v = Number(text);
  return Number.isFinite(v) ? v : NaN;
}

const PREFIX = [67, 82, 83, 51, 48, 51, 53, 82, 69, 83]; // "CRS3035RES"

/**
 * Reads an EU grid id (`CRS3035RES100mN2692100E4341300`, see parseEuGridId) from bytes into
 * `out` (resolution in metres, x, y), allocating nothing. False when the bytes do not follow
 * the notation or the cell is misaligned (parseEuGridId then tells what is wrong).
 */
export function readEuGridIdBytes(buf: Uint8Array, start: number, end: number, out: Float64Array): boolean {
  if (end - start < PREFIX.length + 6) return false;
  for (let j = 0; j < PREFIX.length; j++) if (buf[start + j] !== PREFIX[j]) return false;
  let i = start + PREFIX.length;
  let from = i;
  let res = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - from < 15) res = res * 10 + (buf[i++] - 48);
  if (i === from) return false;
  let unit = 1;
  if (buf[i] === 107 && buf[i + 1] === 109) {
    unit = 1000;
    i += 2;
  } else if (buf[i] === 109) {
    i += 1;
  } else return false;
  if (buf[i] !== 78) return false;
  from = ++i;
  let y = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - from < 15) y = y * 10 + (buf[i++] - 48);
  if (i === from || buf[i] !== 69) return false;
  from = ++i;
  let x = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - from < 15) x = x * 10 + (buf[i++] - 48);
  if (i === from || i !== end) return false;
  const resolution = res * unit;
  x = scaleCoordinate(x, unit);
  y = scaleCoordinate(y, unit);
  // The checks of checkCell.
  if (!(resolution > 0) || !Number.isSafeInteger(x) || !Number.isSafeInteger(y)) return false;
  if (x % resolution !== 0 || y % resolution !== 0) return false;
  out[0] = resolution;
  out[1] = x;
  out[2] = y;
  return true;
}

/**
 * Parses an EU grid id (`CRS3035RES100mN2692100E4341300`, see parseEuGridId) from bytes.
 * Returns null when the bytes do not follow the notation or the cell is misaligned.
 */
export function parseEuGridIdBytes(buf: Uint8Array, start: number, end: number): EuGridCell | null {
  const out = new Float64Array(3);
  return readEuGridIdBytes(buf, start, end, out) ? { resolution: out[0], x: out[1], y: out[2] } : null;
}
