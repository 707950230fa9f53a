import { IndicatorError, type ErrorLocation } from '../core/errors.ts';
import { formatEuGridId, parseEuGridId, type EuGridCell } from '../core/eu-grid-id.ts';
import { type Grid } from '../core/grid.ts';
import { GridBuilder, type ColumnRef, type GridPart } from '../core/grid-builder.ts';
import { type CellColumns } from '../core/grid-columns.ts';
import { resolveColumns, type GridMapping, type ResolvedColumns } from './column-mapping.ts';
import { CellSet } from './cell-set.ts';
import { SimpleGridRow } from './csv-fast-row.ts';
import {
  CsvTokenizer,
  delimiterByte,
  trimmedEnd,
  trimmedStart,
  type FieldSpans,
  type RowShortcut,
} from './csv-tokenizer.ts';
import { feedText } from './feed-text.ts';
import { bytesToString, parseNumberBytes, readEuGridIdBytes } from './parse-bytes.ts';
import { type ReadLimits } from './read-limits.ts';
import { sourceProgress, type OpenedSource } from './source.ts';

/** Called with the fraction of the input read so far (when the size is known). */
export type ReadProgress = (fraction: number) => void;

/**
 * Gives the columns a reader writes its cells into, once the header names the groups:
 * `cellsPerByte` is the rows per text byte seen in the first chunk (0: unknown); undefined
 * lets the reader make its own.
 */
export type ColumnLayout = (groups: number, cellsPerByte: number) => CellColumns | undefined;

/**
 * Streams a delimited text grid (CSV, TSV, …; gzip already undone by the source) into a Grid.
 * Every bad value, and a cell listed twice, stops the read on its row with an error naming
 * file, line and column.
 */
export async function readCsvGrid(
  src: OpenedSource,
  mapping: GridMapping,
  onProgress?: ReadProgress,
  limits: ReadLimits = {},
): Promise<Grid> {
  const reader = new CsvGridRows(src.name, mapping, src.textSize);
  await feedText(
    src,
    limits,
    (headerLine, head) => reader.tokenizer(mapping.delimiter, headerLine, limits, head),
    sourceProgress(src, onProgress),
  );
  return reader.finish();
}

/**
 * Turns tokenised rows into builder calls. Rows of the usual shape (see SimpleGridRow) are read
 * straight from the bytes, the others field by field; both make the same builder calls.
 */
export class CsvGridRows implements RowShortcut {
  private readonly file: string;
  private readonly mapping: GridMapping;
  private columns: ResolvedColumns | null = null;
  private builder: GridBuilder | null = null;
  private counts = new Float64Array(0);
  private lastArea = new Uint8Array(0);
  private lastAreaId = -1;
  private cells = new CellSet();
  private readonly selectValue: Uint8Array | null;
  private selected = 0;
  /** The text's size in bytes when known, to foresee the number of cells. */
  private readonly textSize: number | null;
  /** Cells per text byte in the first rows (0: unknown). */
  private rowsPerByte = 0;
  /** The cell id of the row being read: resolution, x, y. */
  private readonly cell = new Float64Array(3);
  /** Whether the cells read so far are all in `cells` (not needed while they come in order). */
  private cellsKept = false;
  /** The tokenizer this reader made, and the reader of simple rows once the header is known. */
  private ownTokenizer: CsvTokenizer | null = null;
  private simple: SimpleGridRow | null = null;
  private delimiter = 44;
  private readonly layout: ColumnLayout | undefined;
  /** The header line the tokenizer was made from (a copy). */
  headerLine = new Uint8Array(0);

  constructor(file: string, mapping: GridMapping, textSize: number | null = null, layout?: ColumnLayout) {
    this.file = file;
    this.mapping = mapping;
    this.textSize = textSize;
    this.layout = layout;
    this.selectValue = mapping.select ? new TextEncoder().encode(mapping.select.value) : null;
  }

  /** The tokenizer for a text that starts with `head` (its first chunk, header line included). */
  tokenizer(
    delimiter: string | undefined,
    headerLine: Uint8Array,
    limits: ReadLimits,
    head?: Uint8Array,
  ): CsvTokenizer {
    const d = delimiterByte(delimiter, headerLine);
    this.delimiter = d;
    this.headerLine = headerLine.slice();
    if (head !== undefined) this.rowsPerByte = linesPerByte(head, headerLine.length + 1);
    const t = new CsvTokenizer(
      d,
      (f, line) => (this.columns === null ? this.header(f) : this.tokenRow(f, line)),
      this.file,
      {
        maxRowBytes: limits.maxRowBytes,
      },
    );
    this.ownTokenizer = t;
    return t;
  }

  /** Whether the header has been read (the columns are known). */
  get started(): boolean {
    return this.builder !== null;
  }

  /** The cells read so far, for the reader of the input's part before this one (see appendPart). */
  part(): GridPart {
    if (this.builder === null)
      throw new IndicatorError('EMPTY_INPUT', 'the input is empty (no header line)', { file: this.file });
    return this.builder.part();
  }

  /**
   * Appends the cells of the rest of the input, read by another reader from the same header
   * (its lines counted `lineOffset` short; `whole` and `at` as GridBuilder.appendPart takes
   * them). Returns false, changing nothing, when reading those rows here could have ended
   * otherwise: a cell that repeats one before it (this reader names the line), or cells
   * placed on another lattice. The caller then reads them here.
   */
  appendPart(part: GridPart, lineOffset: number, whole: CellColumns | null, at: number): boolean {
    const b = this.builder;
    if (b === null || !b.canAppend(part) || this.repeats(part, b)) return false;
    return b.appendPart(part, lineOffset, whole, at);
  }

  /**
   * Whether a cell of `part` repeats a cell read here or one before it in the part. The cells
   * read here are kept as reading them here would keep them; those of the part only when none repeats.
   */
  private repeats(part: GridPart, b: GridBuilder): boolean {
    if (part.n === 0 || b.staysInOrderWith(part)) return false;
    const place = b.lastPlace;
    if (!this.cellsKept) {
      b.eachCellBeforeLast((col, row) => this.cells.add(col, row));
      this.cells.add(place[0], place[1]);
      this.cellsKept = true;
    }
    const kept = this.cells;
    const all = kept.copy();
    for (let i = 0; i < part.n; i++) if (!all.add(part.cols[i], part.rows[i])) return true;
    this.cells = all;
    return false;
  }

  /** Reads a row of the usual shape straight from the bytes (see RowShortcut); -1 leaves it to the tokenizer. */
  row(data: Uint8Array, at: number, end: number, line: number): number {
    const s = this.simple as SimpleGridRow;
    const next = s.read(data, at, end);
    if (next < 0) return -1;
    const b = this.builder as GridBuilder;
    const area = s.areaStart >= 0 ? this.areaBytes(data, s.areaStart, s.areaEnd, b, line) : -1;
    const cell = s.cell;
    b.add(cell[1], cell[2], cell[0], s.counts, s.total, area, line);
    this.once(cell[1], cell[2], cell[0], line);
    return next;
  }

  /** Takes one tokenised row, the header first, as its own tokenizer would hand it (for readers sharing a tokenizer). */
  accept(f: FieldSpans, line: number): void {
    if (this.columns === null) this.header(f);
    else this.tokenRow(f, line);
  }

  finish(): Grid {
    if (this.builder === null)
      throw new IndicatorError('EMPTY_INPUT', 'the input is empty (no header line)', { file: this.file });
    if (this.mapping.select && this.selected === 0) throw noRowSelected(this.mapping.select, this.file);
    return this.builder.finish();
  }

  private header(f: FieldSpans): void {
    const names: string[] = [];
    for (let j = 0; j < f.count; j++) names.push(f.text(j).trim());
    const c = resolveColumns(names, this.mapping, this.file);
    this.columns = c;
    this.counts = new Float64Array(c.groups.length);
    const columns = this.layout?.(c.groups.length, this.rowsPerByte);
    this.builder = new GridBuilder({
      columns,
      groups: c.refs.groups,
      total: c.refs.total,
      area: c.refs.area,
      position: c.refs.position,
      cellSize: this.mapping.cellSize,
      euGridIds: c.cellId >= 0,
      file: this.file,
    });
    // Room for the cells the text's size foretells (every row read, a few more to spare).
    if (columns === undefined && this.textSize !== null && this.rowsPerByte > 0 && c.select < 0)
      this.builder.reserve(this.textSize * this.rowsPerByte * 1.03 + 64);
    if (this.ownTokenizer !== null && c.select < 0) {
      this.simple = SimpleGridRow.of(c.fieldCount, this.delimiter, c);
      if (this.simple !== null) this.ownTokenizer.shortcut = this;
    }
  }

  private tokenRow(f: FieldSpans, line: number): void {
    const c = this.columns as ResolvedColumns;
    const b = this.builder as GridBuilder;
    if (f.count !== c.fieldCount) {
      throw new IndicatorError('FIELD_COUNT', `expected ${c.fieldCount} fields, found ${f.count}`, {
        file: this.file,
        line,
      });
    }
    if (c.select >= 0) {
      if (!this.isSelected(f, c.select)) return;
      this.selected++;
    }
    this.fields(f, line, c, b);
  }

  /** Checks and adds a row read field by field. */
  private fields(f: FieldSpans, line: number, c: ResolvedColumns, b: GridBuilder): void {
    for (let k = 0; k < c.groups.length; k++) this.counts[k] = this.count(f, c.groups[k], c.refs.groups[k], line);
    const total = c.total >= 0 ? this.count(f, c.total, c.refs.total as ColumnRef, line) : NaN;
    const area = c.area >= 0 ? this.area(f, c.area, b, line) : -1;
    if (c.cellId >= 0) {
      const id = c.cellId;
      const cell = this.cell;
      if (f.escaped[id] !== 0 || !readEuGridIdBytes(f.buf, f.start[id], f.end[id], cell)) {
        const parsed = cellIdFromText(f.text(id), this.where(line, c.refs.position));
        cell[0] = parsed.resolution;
        cell[1] = parsed.x;
        cell[2] = parsed.y;
      }
      b.add(cell[1], cell[2], cell[0], this.counts, total, area, line);
      this.once(cell[1], cell[2], cell[0], line);
    } else {
      const x = this.number(f, c.x, c.refs.x as ColumnRef, line, 'coordinate');
      const y = this.number(f, c.y, c.refs.y as ColumnRef, line, 'coordinate');
      b.add(x, y, NaN, this.counts, total, area, line);
      this.once(x, y, NaN, line);
    }
  }

  /** Does the select column of this row hold the selected value (surrounding spaces ignored)? */
  private isSelected(f: FieldSpans, j: number): boolean {
    const want = this.selectValue as Uint8Array;
    if (f.escaped[j] !== 0) return f.text(j).trim() === (this.mapping.select as { value: string }).value;
    const s = trimmedStart(f, j);
    const e = trimmedEnd(f, j, s);
    if (e - s !== want.length) return false;
    for (let q = 0; q < want.length; q++) if (f.buf[s + q] !== want[q]) return false;
    return true;
  }

  /** Stops at the second row of a cell (just placed by the builder), naming the line of the first. */
  private once(x: number, y: number, resolution: number, line: number): void {
    const b = this.builder as GridBuilder;
    // Cells in strictly increasing (row, col) order cannot repeat one another; from the first
    // cell out of order on, every cell is kept and checked.
    if (b.sortedSoFar) return;
    if (!this.cellsKept) {
      b.eachCellBeforeLast((col, row) => this.cells.add(col, row));
      this.cellsKept = true;
    }
    const place = b.lastPlace;
    if (!this.cells.add(place[0], place[1])) {
      const first = b.lineOf(place[0], place[1]);
      const cell = Number.isNaN(resolution) ? `(${x}, ${y})` : formatEuGridId(resolution, x, y);
      const c = this.columns as ResolvedColumns;
      throw new IndicatorError(
        'DUPLICATE_CELL',
        `cell ${cell} appears twice (first on line ${first})`,
        this.where(line, c.refs.position),
      );
    }
  }

  private count(f: FieldSpans, j: number, ref: ColumnRef, line: number): number {
    const v = this.number(f, j, ref, line, 'count');
    if (v < 0) throw new IndicatorError('NEGATIVE_COUNT', `count ${v} is negative`, this.where(line, ref));
    return v;
  }

  private number(f: FieldSpans, j: number, ref: ColumnRef, line: number, what: string): number {
    const v = f.escaped[j] === 0 ? parseNumberBytes(f.buf, f.start[j], f.end[j]) : NaN;
    if (Number.isNaN(v)) {
      const text = f.text(j);
      throw new IndicatorError(
        'NON_NUMERIC',
        text.trim() === '' ? `${what} is empty` : `${what} '${text}' is not a number`,
        this.where(line, ref),
      );
    }
    return v;
  }

  private area(f: FieldSpans, j: number, b: GridBuilder, line: number): number {
    if (f.escaped[j] === 0) return this.areaBytes(f.buf, f.start[j], f.end[j], b, line);
    this.lastArea = f.buf.slice(f.start[j], f.end[j]);
    this.lastAreaId = b.areaId(f.text(j).trim(), line);
    return this.lastAreaId;
  }

  /** The area id of an unescaped area code in buf[s, e), the last one's when the bytes repeat. */
  private areaBytes(buf: Uint8Array, s: number, e: number, b: GridBuilder, line: number): number {
    const len = e - s;
    const last = this.lastArea;
    if (len === last.length && this.lastAreaId >= 0) {
      let q = 0;
      while (q < len && buf[s + q] === last[q]) q++;
      if (q === len) return this.lastAreaId;
    }
    this.lastArea = buf.slice(s, e);
    this.lastAreaId = b.areaId(bytesToString(buf, s, e).trim(), line);
    return this.lastAreaId;
  }

  private where(line: number, ref: ColumnRef): ErrorLocation {
    return { file: this.file, line, column: ref.name, columnIndex: ref.index };
  }
}

/** Line breaks per byte in a text's first bytes after `from` (0 when there are none). */
function linesPerByte(head: Uint8Array, from: number): number {
  const end = Math.min(head.length, from + (1 << 18));
  let lines = 0;
  for (let at = head.indexOf(10, from); at >= 0 && at < end; at = head.indexOf(10, at + 1)) lines++;
  return end > from && lines > 0 ? lines / (end - from) : 0;
}

/** The error of a selection that matched no row. */
export function noRowSelected(select: { column: string; value: string }, file: string): IndicatorError {
  return new IndicatorError('EMPTY_INPUT', `no row has '${select.value}' in column '${select.column}'`, {
    file,
    column: select.column,
  });
}

/** Parses a cell id from text (the slow path), rethrowing errors with their location. */
export function cellIdFromText(text: string, where: ErrorLocation): EuGridCell {
  try {
    return parseEuGridId(text.trim());
  } catch (e) {
    if (e instanceof IndicatorError) throw new IndicatorError(e.code, e.message, where);
    throw e;
  }
}
