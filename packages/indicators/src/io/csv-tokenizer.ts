import { IndicatorError } from '../core/errors.ts';
import { bytesToString } from './parse-bytes.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The fields of one CSV row as byte spans into `buf` (valid only during the callback). */
export class FieldSpans {
  buf: Uint8Array = new Uint8Array(0);
  start: Int32Array = new Int32Array(16);
  end: Int32Array = new Int32Array(16);
  /** 1 when the field was quoted and holds doubled quotes that must be unescaped. */
  escaped: Uint8Array = new Uint8Array(16);
  count = 0;

  /** The field's text, unquoted and unescaped. */
  text(j: number): string {
    const s = bytesToString(this.buf, this.start[j], this.end[j]);
    return this.escaped[j] === 1 ? s.replace(/""/g, '"') : s;
  }

  push(start: number, end: number, escaped: boolean): void {
    if (this.count === this.start.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      const e = new Uint8Array(this.escaped.length * 2);
      e.set(this.escaped);
      this.escaped = e;
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.escaped[this.count] = escaped ? 1 : 0;
    this.count++;
  }
}

/** Receives each non-blank row with the 1-based line it starts on. */
export type RowHandler = (fields: FieldSpans, line: number) => void;

/**
 * Streaming RFC 4180 tokenizer over bytes: any single-byte delimiter, quoted fields with
 * doubled quotes, line breaks inside quotes, CRLF or LF. Rows split across chunks are carried
 * over; blank lines are skipped.
 */
export class CsvTokenizer {
  private readonly delimiter: number;
  private readonly onRow: RowHandler;
  private readonly file?: string;
  private carry: Uint8Array = new Uint8Array(0);
  private line = 1;
  private readonly fields = new FieldSpans();

  constructor(delimiter: number, onRow: RowHandler, file?: string) {
    this.delimiter = delimiter;
    this.onRow = onRow;
    this.file = file;
  }

  /** Feeds the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    let data = chunk;
    if (this.carry.length > 0) {
      data = new Uint8Array(this.carry.length + chunk.length);
      data.set(this.carry);
      data.set(chunk, this.carry.length);
    }
    const used = this.parse(data, false);
    this.carry = used < data.length ? data.slice(used) : new Uint8Array(0);
  }

  /** Flushes the last row (a file need not end with a line break). */
  end(): void {
    if (this.carry.length > 0) this.parse(this.carry, true);
    this.carry = new Uint8Array(0);
  }

  /** Parses complete rows from data; returns the offset of the first unparsed byte. */
  private parse(data: Uint8Array, final: boolean): number {
    const n = data.length;
    const delim = this.delimiter;
    const f = this.fields;
    f.buf = data;
    let pos = 0;
    while (pos < n) {
      const rowStart = pos;
      const rowLine = this.line;
      let breaks = 0;
      f.count = 0;
      let p = pos;
      let complete = false;
      for (;;) {
        if (p < n && data[p] === QUOTE) {
          let q = p + 1;
          let escaped = false;
          for (;;) {
            while (q < n && data[q] !== QUOTE) {
              if (data[q] === LF) breaks++;
              q++;
            }
            if (q + 1 < n && data[q + 1] === QUOTE) {
              escaped = true;
              q += 2;
              continue;
            }
            break;
          }
          if (q >= n && final) {
            throw new IndicatorError('MALFORMED_CSV', 'a quoted field is never closed', { file: this.file, line: rowLine });
          }
          if (q >= n || (q + 1 >= n && !final)) break;
          f.push(p + 1, q, escaped);
          p = q + 1;
          if (p < n && data[p] === CR) p++;
          if (p < n && data[p] !== delim && data[p] !== LF) {
            throw new IndicatorError('MALFORMED_CSV', 'unexpected character after a closing quote', { file: this.file, line: rowLine + breaks });
          }
        } else {
          let q = p;
          while (q < n && data[q] !== delim && data[q] !== LF) q++;
          if (q >= n && !final) break;
          const e = q > p && data[q - 1] === CR && (q >= n || data[q] === LF) ? q - 1 : q;
          f.push(p, e, false);
          p = q;
        }
        if (p >= n) {
          complete = final;
          break;
        }
        if (data[p] === LF) {
          p++;
          breaks++;
          complete = true;
          break;
        }
        p++;
        if (p >= n && final) {
          f.push(p, p, false);
          complete = true;
          break;
        }
      }
      if (!complete) return rowStart;
      this.line += breaks;
      pos = p;
      if (f.count === 1 && f.end[0] === f.start[0]) continue;
      this.onRow(f, rowLine);
    }
    return pos;
  }
}

/**
 * Picks the delimiter of a header line: the candidate among `, ; TAB |` that occurs most
 * often outside quotes (ties in that order); ',' when none occurs.
 */
export function detectDelimiter(headerLine: Uint8Array): number {
  const candidates = [44, 59, 9, 124];
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (const b of headerLine) {
    if (b === QUOTE) quoted = !quoted;
    else if (!quoted) {
      const j = candidates.indexOf(b);
      if (j >= 0) counts[j]++;
    }
  }
  let best = 0;
  for (let j = 1; j < 4; j++) if (counts[j] > counts[best]) best = j;
  return candidates[best];
}
