import { IndicatorError } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { resolveColumns, type GridMapping } from './column-mapping.ts';
import { CsvGridRows } from './csv-grid-reader.ts';
import { CsvTokenizer, delimiterByte, FieldSpans, trimmedEnd, trimmedStart } from './csv-tokenizer.ts';
import { bytesToString } from './parse-bytes.ts';
import { type ReadLimits } from './read-limits.ts';
import { finishParts, SplitParts, withSplitColumn, type SplitBy } from './split-by.ts';

/**
 * Splits the rows of one delimited text by the value of a column, each part read by a
 * CsvGridRows of its own: one tokenizer for the whole text, and per part the checks, the
 * repeated-cell test and the grid that `select` with that value gives (lines are the file's).
 * Every row must have the header's number of fields, also rows of values not read.
 */
export class CsvSplitRows {
  private readonly file: string;
  private readonly mapping: GridMapping;
  private readonly by: SplitBy;
  private readonly parts: SplitParts<CsvGridRows>;
  private header: FieldSpans | null = null;
  private column = -1;
  private fieldCount = 0;
  /** The split column's bytes on the last row and the part they chose (most files list a year's rows together). */
  private lastBytes: Uint8Array | null = null;
  private lastPart: CsvGridRows | null = null;

  constructor(file: string, mapping: GridMapping, by: SplitBy) {
    this.file = file;
    this.mapping = mapping;
    this.by = by;
    this.parts = new SplitParts(by, file, () => {
      const part = new CsvGridRows(file, mapping);
      part.accept(this.header as FieldSpans, 1);
      return part;
    });
  }

  tokenizer(delimiter: string | undefined, headerLine: Uint8Array, limits: ReadLimits): CsvTokenizer {
    return new CsvTokenizer(
      delimiterByte(delimiter, headerLine),
      (f, line) => (this.header === null ? this.readHeader(f) : this.row(f, line)),
      this.file,
      {
        maxRowBytes: limits.maxRowBytes,
      },
    );
  }

  /** The grid of each value read, in order (see SplitParts.finish). */
  finish(): Map<string, Grid> {
    if (this.header === null)
      throw new IndicatorError('EMPTY_INPUT', 'the input is empty (no header line)', { file: this.file });
    return finishParts(this.parts.finish(), (part) => part.finish());
  }

  private readHeader(f: FieldSpans): void {
    const names: string[] = [];
    for (let j = 0; j < f.count; j++) names.push(f.text(j).trim());
    this.column = resolveColumns(names, withSplitColumn(this.mapping, this.by), this.file).select;
    this.fieldCount = f.count;
    // The spans point into the tokenizer's buffer: keep a copy for the parts made later.
    let lo = Infinity;
    let hi = 0;
    for (let j = 0; j < f.count; j++) [lo, hi] = [Math.min(lo, f.start[j]), Math.max(hi, f.end[j])];
    const copy = new FieldSpans();
    copy.buf = f.buf.slice(lo, hi);
    for (let j = 0; j < f.count; j++) copy.push(f.start[j] - lo, f.end[j] - lo, f.escaped[j] === 1);
    this.header = copy;
  }

  private row(f: FieldSpans, line: number): void {
    if (f.count !== this.fieldCount) {
      throw new IndicatorError('FIELD_COUNT', `expected ${this.fieldCount} fields, found ${f.count}`, {
        file: this.file,
        line,
      });
    }
    const j = this.column;
    const s = f.start[j];
    const len = f.end[j] - s;
    const last = this.lastBytes;
    let same = last !== null && f.escaped[j] === 0 && len === last.length;
    for (let q = 0; same && q < len; q++) same = f.buf[s + q] === (last as Uint8Array)[q];
    if (!same) {
      this.lastPart = this.parts.partOf(valueOf(f, j), line);
      this.lastBytes = f.escaped[j] === 0 ? f.buf.slice(s, f.end[j]) : null;
    }
    this.lastPart?.accept(f, line);
  }
}

/**
 * A field's value as `select` compares it: spaces and tabs around it ignored (and a carriage
 * return at its end); a field with escaped quotes is unescaped and trimmed.
 */
function valueOf(f: FieldSpans, j: number): string {
  if (f.escaped[j] !== 0) return f.text(j).trim();
  const s = trimmedStart(f, j);
  return bytesToString(f.buf, s, trimmedEnd(f, j, s));
}
