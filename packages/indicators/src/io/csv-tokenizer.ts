import { IndicatorError } from '../core/errors.ts';
import { bytesToString } from './parse-bytes.ts';
import { describeBytes } from './read-limits.ts';

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
 * Takes whole rows in a shape it knows straight from the bytes, before the tokenizer splits
 * them: `row` returns where the next row starts, or -1 to leave the row to the tokenizer.
 */
export interface RowShortcut {
  row(data: Uint8Array, at: number, end: number, line: number): number;
}

/** Limits of a tokenizer. */
export interface TokenizerLimits {
  /** Longest row accepted, in bytes (a quoted field's line breaks count as part of its row). */
  maxRowBytes?: number;
}

/** Where the scan of the row in progress stopped, so the next chunk resumes there. */
const FIELD_START = 0; // at the start of a field
const UNQUOTED = 1; // inside an unquoted field
const QUOTED = 2; // inside a quoted field
const AFTER_QUOTE = 3; // just after a quoted field's closing quote

/**
 * Streaming RFC 4180 tokenizer over bytes: any single-byte delimiter, quoted fields with
 * doubled quotes, line breaks inside quotes, CRLF or LF. Blank lines are skipped.
 *
 * Linear in its input: a chunk is scanned where it lies; only the unfinished row at its end is
 * kept, in a buffer that grows by doubling, and the scan of that row resumes where it stopped
 * when the next chunk comes (the row is neither copied again nor scanned again). A row longer
 * than `maxRowBytes` stops the read with TOO_LARGE.
 */
export class CsvTokenizer {
  private readonly delimiter: number;
  private readonly onRow: RowHandler;
  private readonly file?: string;
  private readonly maxRowBytes: number;
  private readonly fields = new FieldSpans();
  /** Holds the unfinished row (from `rowStart`) and any chunk appended after it. */
  private own: Uint8Array = new Uint8Array(0);
  /** Valid bytes in `own` (0 when nothing is pending). */
  private ownLength = 0;
  private line = 1;
  /** The row in progress: its start, its line breaks so far, and where its scan stopped. */
  private rowStart = 0;
  private breaks = 0;
  private state = FIELD_START;
  private fieldStart = 0;
  private scanAt = 0;
  private escaped = false;
  private copied = 0;
  /** Reads the rows it recognises before they are split into fields (see RowShortcut). */
  shortcut: RowShortcut | null = null;

  constructor(delimiter: number, onRow: RowHandler, file?: string, limits: TokenizerLimits = {}) {
    this.delimiter = delimiter;
    this.onRow = onRow;
    this.file = file;
    this.maxRowBytes = limits.maxRowBytes ?? Infinity;
  }

  /** The line the next row starts on (1-based). */
  get nextLine(): number {
    return this.line;
  }

  /** True when the bytes pushed so far end inside a row (its end has not come yet). */
  get midRow(): boolean {
    return this.ownLength > 0;
  }

  /** Bytes copied into the pending buffer so far (at most a few times the input's size). */
  get bytesCopied(): number {
    return this.copied;
  }

  /**
   * Feeds the next chunk of bytes. A pending row is completed by appending the chunk up to its
   * next line break (further ones while that break lies inside quotes); the rest of the chunk
   * is scanned where it lies.
   */
  push(chunk: Uint8Array): void {
    // Node's Buffers and plain Uint8Arrays (the pending row) take different shapes; scanning
    // one kind only keeps the scan and the parsers it feeds specialised.
    let rest =
      Object.getPrototypeOf(chunk) === Uint8Array.prototype
        ? chunk
        : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    while (this.ownLength > 0 && rest.length > 0) {
      const lf = rest.indexOf(LF);
      const cut = lf < 0 ? rest.length : lf + 1;
      this.append(rest.subarray(0, cut));
      rest = rest.subarray(cut);
      this.scan(this.own, this.ownLength, false);
      if (this.rowStart === this.ownLength) this.reset();
    }
    if (rest.length > 0) {
      this.scan(rest, rest.length, false);
      this.keepTail(rest, rest.length);
    }
  }

  /** Flushes the last row (a file need not end with a line break). */
  end(): void {
    if (this.ownLength > 0) this.scan(this.own, this.ownLength, true);
    this.own = new Uint8Array(0);
    this.reset();
  }

  /** Keeps the unfinished row at the end of a chunk that was scanned in place. */
  private keepTail(chunk: Uint8Array, n: number): void {
    const tail = n - this.rowStart;
    if (tail === 0) {
      this.reset();
      return;
    }
    if (this.own.length < tail) this.own = new Uint8Array(Math.max(tail * 2, 1 << 16));
    this.own.set(chunk.subarray(this.rowStart, n));
    this.copied += tail;
    this.ownLength = tail;
    this.shift(this.rowStart);
  }

  /**
   * Appends a chunk after the pending bytes. Consumed bytes before the row are dropped by
   * moving the row to the front only when they outnumber it, and the buffer doubles when full,
   * so every byte is copied a bounded number of times.
   */
  private append(chunk: Uint8Array): void {
    const tail = this.ownLength - this.rowStart;
    const need = tail + chunk.length;
    if (this.ownLength + chunk.length > this.own.length) {
      if (need <= this.own.length && this.rowStart >= tail) {
        this.own.copyWithin(0, this.rowStart, this.ownLength);
      } else {
        const bigger = new Uint8Array(Math.max(need, this.own.length * 2));
        bigger.set(this.own.subarray(this.rowStart, this.ownLength));
        this.own = bigger;
      }
      this.copied += tail;
      this.ownLength = tail;
      this.shift(this.rowStart);
    }
    this.own.set(chunk, this.ownLength);
    this.ownLength += chunk.length;
    this.copied += chunk.length;
  }

  /** Moves every saved offset of the row in progress `by` bytes towards the start. */
  private shift(by: number): void {
    if (by === 0) return;
    const f = this.fields;
    for (let j = 0; j < f.count; j++) {
      f.start[j] -= by;
      f.end[j] -= by;
    }
    this.rowStart -= by;
    this.fieldStart -= by;
    this.scanAt -= by;
  }

  private reset(): void {
    this.ownLength = 0;
    this.rowStart = 0;
    this.fieldStart = 0;
    this.scanAt = 0;
    this.fields.count = 0;
    this.breaks = 0;
    this.state = FIELD_START;
  }

  private tooLong(line: number): never {
    throw new IndicatorError(
      'TOO_LARGE',
      `the row is longer than the limit of ${describeBytes(this.maxRowBytes)} (a line break may be missing)`,
      { file: this.file, line },
    );
  }

  /**
   * Scans rows of data[0, n) from the saved position, calling onRow for each complete one.
   * Stops at the end of the data, keeping the row in progress (its fields so far, its state)
   * for the next call; with `final`, the data's end ends the last row.
   */
  private scan(data: Uint8Array, n: number, final: boolean): void {
    const delim = this.delimiter;
    const f = this.fields;
    f.buf = data;
    let q = this.scanAt;
    let state = this.state;
    let fieldStart = this.fieldStart;
    let escaped = this.escaped;
    let breaks = this.breaks;
    let rowStart = this.rowStart;
    const save = (): void => {
      this.scanAt = q;
      this.state = state;
      this.fieldStart = fieldStart;
      this.escaped = escaped;
      this.breaks = breaks;
      this.rowStart = rowStart;
      if (n - rowStart > this.maxRowBytes) this.tooLong(this.line);
    };
    const endRow = (next: number): void => {
      const line = this.line;
      if (next - rowStart > this.maxRowBytes) this.tooLong(line);
      this.line += breaks;
      breaks = 0;
      rowStart = next;
      q = next;
      state = FIELD_START;
      if (!(f.count === 1 && f.end[0] === f.start[0])) this.onRow(f, line);
      f.count = 0;
    };
    for (;;) {
      if (state === FIELD_START) {
        const shortcut = this.shortcut;
        if (shortcut !== null && f.count === 0 && q < n) {
          // The row's line break must come within the longest row allowed.
          const next = shortcut.row(data, q, n - q > this.maxRowBytes ? q + this.maxRowBytes : n, this.line);
          if (next >= 0) {
            this.line++;
            rowStart = next;
            q = next;
            continue;
          }
        }
        if (q >= n) {
          if (final && f.count > 0) {
            f.push(q, q, false);
            endRow(q);
          }
          return save();
        }
        if (data[q] === QUOTE) {
          state = QUOTED;
          fieldStart = q + 1;
          q++;
          escaped = false;
        } else {
          state = UNQUOTED;
          fieldStart = q;
        }
      } else if (state === UNQUOTED) {
        while (q < n && data[q] !== delim && data[q] !== LF) q++;
        if (q >= n) {
          if (!final) return save();
          f.push(fieldStart, q > fieldStart && data[q - 1] === CR ? q - 1 : q, false);
          endRow(q);
          return save();
        }
        if (data[q] === LF) {
          f.push(fieldStart, q > fieldStart && data[q - 1] === CR ? q - 1 : q, false);
          breaks++;
          endRow(q + 1);
        } else {
          f.push(fieldStart, q, false);
          q++;
          state = FIELD_START;
        }
      } else if (state === QUOTED) {
        while (q < n && data[q] !== QUOTE) {
          if (data[q] === LF) breaks++;
          q++;
        }
        if (q >= n) {
          if (!final) return save();
          throw new IndicatorError('MALFORMED_CSV', 'a quoted field is never closed', {
            file: this.file,
            line: this.line,
          });
        }
        if (q + 1 >= n && !final) return save();
        if (q + 1 < n && data[q + 1] === QUOTE) {
          escaped = true;
          q += 2;
          continue;
        }
        f.push(fieldStart, q, escaped);
        q++;
        state = AFTER_QUOTE;
      } else {
        let r = q;
        if (r < n && data[r] === CR) r++;
        if (r >= n) {
          if (!final) return save();
          endRow(r);
          return save();
        }
        if (data[r] === LF) {
          breaks++;
          endRow(r + 1);
        } else if (data[r] === delim) {
          q = r + 1;
          state = FIELD_START;
        } else {
          throw new IndicatorError('MALFORMED_CSV', 'unexpected character after a closing quote', {
            file: this.file,
            line: this.line + breaks,
          });
        }
      }
    }
  }
}

/** The delimiter's byte: the one given, or else the one the header line suggests (detectDelimiter). */
export function delimiterByte(delimiter: string | undefined, headerLine: Uint8Array): number {
  return delimiter !== undefined ? new TextEncoder().encode(delimiter)[0] : detectDelimiter(headerLine);
}

/** Where field j starts once spaces and tabs before it are skipped. */
export function trimmedStart(f: FieldSpans, j: number): number {
  let s = f.start[j];
  const e = f.end[j];
  while (s < e && (f.buf[s] === 32 || f.buf[s] === 9)) s++;
  return s;
}

/** Where field j ends (from `start`) once spaces, tabs and a carriage return after it are dropped. */
export function trimmedEnd(f: FieldSpans, j: number, start: number): number {
  let e = f.end[j];
  while (e > start && (f.buf[e - 1] === 32 || f.buf[e - 1] === 9 || f.buf[e - 1] === 13)) e--;
  return e;
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
