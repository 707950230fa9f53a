import { promises as fs } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CompactWriter, T_BINARY, T_I32, T_I64, T_LIST, T_STRUCT } from './thrift-compact.ts';

/**
 * A column of a Parquet file written by ParquetWriter. REQUIRED unless `optional`: an optional
 * column writes NaN (double) and null (string, binary) as Parquet nulls.
 */
export interface ParquetColumnSpec {
  name: string;
  type: 'double' | 'int32' | 'int64' | 'string' | 'binary';
  optional?: boolean;
}

/** Values of one column for one row group. */
export type ParquetValues =
  | Float64Array
  | Int32Array
  | BigInt64Array
  | readonly (string | null)[]
  | readonly (Uint8Array | null)[];

const PHYSICAL = { int32: 1, int64: 2, double: 5, string: 6, binary: 6 } as const;
const PLAIN = 0;
const RLE = 3;

interface ChunkMeta {
  offset: number;
  size: number;
  rawSize: number;
  values: number;
  stats: ChunkStats;
}

/** Column chunk statistics: min/max (PLAIN-encoded, absent when no value has an order) and the null count. */
interface ChunkStats {
  nulls: number;
  min: Uint8Array | null;
  max: Uint8Array | null;
}

/** Page compression: none, or gzip (codec 2). */
export type ParquetCodec = 'UNCOMPRESSED' | 'GZIP';

export interface ParquetWriterOptions {
  codec?: ParquetCodec;
  /** The file's key-value metadata (e.g. GeoParquet's `geo`). */
  metadata?: Record<string, string>;
}

/**
 * A small Parquet writer: PLAIN encoding, uncompressed or gzip, one data page (v1) per column chunk,
 * REQUIRED or OPTIONAL columns of DOUBLE, INT32, INT64, UTF-8 strings or bytes; each column chunk
 * carries its statistics (min, max, null count; columns ordered by type). Enough for exchanging
 * grids and local layers with other tools (readable by hyparquet, pyarrow, DuckDB, GDAL).
 */
export class ParquetWriter {
  private offset = 4;
  private rows = 0;
  private readonly groups: Array<{ rows: number; chunks: ChunkMeta[] }> = [];

  private constructor(
    private readonly file: fs.FileHandle,
    private readonly columns: readonly ParquetColumnSpec[],
    private readonly options: ParquetWriterOptions,
  ) {}

  /** Creates the file and writes the leading magic bytes. */
  static async open(
    path: string,
    columns: readonly ParquetColumnSpec[],
    options: ParquetCodec | ParquetWriterOptions = {},
  ): Promise<ParquetWriter> {
    const file = await fs.open(path, 'w');
    await file.write(new TextEncoder().encode('PAR1'));
    return new ParquetWriter(file, columns, typeof options === 'string' ? { codec: options } : options);
  }

  /** Appends one row group; `values[c]` holds column c's values, all of the same length. */
  async writeRowGroup(values: readonly ParquetValues[]): Promise<void> {
    const rows = values[0]?.length ?? 0;
    const chunks: ChunkMeta[] = [];
    for (let c = 0; c < this.columns.length; c++) {
      const col = this.columns[c];
      const present = presence(col, values[c]);
      const body = plain(col, values[c], present);
      const raw = col.optional ? concat(definitionLevels(present), body) : body;
      const data = this.options.codec === 'GZIP' ? new Uint8Array(gzipSync(raw)) : raw;
      const header = new CompactWriter().structBegin();
      header.field(1, T_I32).i32(0);
      header.field(2, T_I32).i32(raw.length);
      header.field(3, T_I32).i32(data.length);
      header.field(5, T_STRUCT).structBegin();
      header.field(1, T_I32).i32(rows).field(2, T_I32).i32(PLAIN).field(3, T_I32).i32(RLE).field(4, T_I32).i32(RLE);
      header.structEnd().structEnd();
      const head = header.bytes();
      chunks.push({
        offset: this.offset,
        size: head.length + data.length,
        rawSize: head.length + raw.length,
        values: rows,
        stats: statistics(col, values[c], present),
      });
      await this.file.write(head);
      await this.file.write(data);
      this.offset += head.length + data.length;
    }
    this.groups.push({ rows, chunks });
    this.rows += rows;
  }

  /** Writes the footer (FileMetaData) and closes the file. */
  async close(): Promise<void> {
    const w = new CompactWriter().structBegin();
    w.field(1, T_I32).i32(1);
    w.field(2, T_LIST).listBegin(T_STRUCT, this.columns.length + 1);
    w.structBegin().field(4, T_BINARY).string('schema').field(5, T_I32).i32(this.columns.length).structEnd();
    for (const col of this.columns) {
      w.structBegin()
        .field(1, T_I32)
        .i32(PHYSICAL[col.type])
        .field(3, T_I32)
        .i32(col.optional ? 1 : 0)
        .field(4, T_BINARY)
        .string(col.name);
      if (col.type === 'string') w.field(6, T_I32).i32(0);
      w.structEnd();
    }
    w.field(3, T_I64).i64(this.rows);
    w.field(4, T_LIST).listBegin(T_STRUCT, this.groups.length);
    for (const g of this.groups) {
      w.structBegin().field(1, T_LIST).listBegin(T_STRUCT, g.chunks.length);
      g.chunks.forEach((ch, c) => {
        const col = this.columns[c];
        w.structBegin().field(2, T_I64).i64(ch.offset).field(3, T_STRUCT).structBegin();
        w.field(1, T_I32).i32(PHYSICAL[col.type]);
        if (col.optional) w.field(2, T_LIST).listBegin(T_I32, 2).i32(PLAIN).i32(RLE);
        else w.field(2, T_LIST).listBegin(T_I32, 1).i32(PLAIN);
        w.field(3, T_LIST).listBegin(T_BINARY, 1).string(col.name);
        w.field(4, T_I32).i32(this.options.codec === 'GZIP' ? 2 : 0);
        w.field(5, T_I64).i64(ch.values).field(6, T_I64).i64(ch.rawSize).field(7, T_I64).i64(ch.size);
        w.field(9, T_I64).i64(ch.offset);
        w.field(12, T_STRUCT).structBegin().field(3, T_I64).i64(ch.stats.nulls);
        if (ch.stats.max && ch.stats.min)
          w.field(5, T_BINARY).binary(ch.stats.max).field(6, T_BINARY).binary(ch.stats.min);
        w.structEnd();
        w.structEnd().structEnd();
      });
      const bytes = g.chunks.reduce((s, ch) => s + ch.size, 0);
      w.field(2, T_I64).i64(bytes).field(3, T_I64).i64(g.rows).structEnd();
    }
    const metadata = Object.entries(this.options.metadata ?? {});
    if (metadata.length) {
      w.field(5, T_LIST).listBegin(T_STRUCT, metadata.length);
      for (const [key, value] of metadata)
        w.structBegin().field(1, T_BINARY).string(key).field(2, T_BINARY).string(value).structEnd();
    }
    w.field(6, T_BINARY).string('convivio indicators');
    // column_orders: TYPE_ORDER for every column, so readers trust min_value/max_value.
    w.field(7, T_LIST).listBegin(T_STRUCT, this.columns.length);
    for (let c = 0; c < this.columns.length; c++)
      w.structBegin().field(1, T_STRUCT).structBegin().structEnd().structEnd();
    w.structEnd();
    const footer = w.bytes();
    const tail = new Uint8Array(8);
    new DataView(tail.buffer).setUint32(0, footer.length, true);
    tail.set(new TextEncoder().encode('PAR1'), 4);
    await this.file.write(footer);
    await this.file.write(tail);
    await this.file.close();
  }
}

/** Which values are present (not null): NaN doubles and null strings/bytes of an optional column are absent. */
function presence(col: ParquetColumnSpec, values: ParquetValues): Uint8Array | null {
  if (!col.optional) return null;
  const present = new Uint8Array(values.length);
  if (values instanceof Float64Array)
    for (let i = 0; i < values.length; i++) present[i] = Number.isNaN(values[i]) ? 0 : 1;
  else if (Array.isArray(values)) for (let i = 0; i < values.length; i++) present[i] = values[i] === null ? 0 : 1;
  else present.fill(1);
  return present;
}

/** Definition levels (max level 1) as one bit-packed run of the RLE/bit-packing hybrid, prefixed by its length. */
function definitionLevels(present: Uint8Array | null): Uint8Array {
  const n = present?.length ?? 0;
  const groups = Math.ceil(n / 8);
  const head: number[] = [];
  for (let v = (groups << 1) | 1; ; v = Math.floor(v / 128)) {
    if (v < 128) {
      head.push(v);
      break;
    }
    head.push((v % 128) | 128);
  }
  const out = new Uint8Array(4 + head.length + groups);
  new DataView(out.buffer).setUint32(0, head.length + groups, true);
  out.set(head, 4);
  for (let i = 0; i < n; i++) if (present![i]) out[4 + head.length + (i >> 3)] |= 1 << (i & 7);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const bytesOf = (v: string | Uint8Array): Uint8Array => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v);

/** PLAIN encoding of one column's present values. */
function plain(col: ParquetColumnSpec, values: ParquetValues, present: Uint8Array | null): Uint8Array {
  if (col.type === 'string' || col.type === 'binary') {
    if (!Array.isArray(values)) throw new Error(`column ${col.name}: expected an array of ${col.type} values`);
    const parts: Uint8Array[] = [];
    for (const v of values as readonly (string | Uint8Array | null)[]) {
      if (v === null) {
        if (!col.optional) throw new Error(`column ${col.name}: null in a required column`);
        continue;
      }
      parts.push(bytesOf(v));
    }
    const out = Buffer.alloc(parts.reduce((n, p) => n + 4 + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.writeUInt32LE(p.length, at);
      out.set(p, at + 4);
      at += 4 + p.length;
    }
    return out;
  }
  const expected = col.type === 'double' ? Float64Array : col.type === 'int32' ? Int32Array : BigInt64Array;
  if (!(values instanceof expected)) throw new Error(`column ${col.name}: expected ${expected.name}`);
  const typed = values;
  if (present && typed instanceof Float64Array) return new Uint8Array(typed.filter((_, i) => present[i]).buffer);
  return new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength).slice();
}

/** min, max (PLAIN-encoded) and null count of one column chunk; byte strings compare as unsigned bytes. */
function statistics(col: ParquetColumnSpec, values: ParquetValues, present: Uint8Array | null): ChunkStats {
  const nulls = present ? present.length - present.reduce((s, p) => s + p, 0) : 0;
  if (col.type === 'binary') return { nulls, min: null, max: null };
  if (col.type === 'string') {
    let min: Uint8Array | null = null;
    let max: Uint8Array | null = null;
    for (const v of values as readonly (string | null)[]) {
      if (v === null) continue;
      const b = bytesOf(v);
      if (!min || Buffer.compare(b, min) < 0) min = b;
      if (!max || Buffer.compare(b, max) > 0) max = b;
    }
    return { nulls, min, max };
  }
  const typed = values as Float64Array | Int32Array | BigInt64Array;
  let min: number | bigint | null = null;
  let max: number | bigint | null = null;
  for (const v of typed) {
    if (typeof v === 'number' && Number.isNaN(v)) continue;
    if (min === null || v < min) min = v;
    if (max === null || v > max) max = v;
  }
  if (min === null || max === null) return { nulls, min: null, max: null };
  const encode = (v: number | bigint, isMax: boolean): Uint8Array => {
    const b = Buffer.alloc(col.type === 'int32' ? 4 : 8);
    if (col.type === 'int32') b.writeInt32LE(v as number);
    else if (col.type === 'int64') b.writeBigInt64LE(v as bigint);
    // -0 as the minimum and +0 as the maximum, as the format asks of floating-point statistics.
    else b.writeDoubleLE(v === 0 ? (isMax ? 0 : -0) : (v as number));
    return b;
  };
  return { nulls, min: encode(min, false), max: encode(max, true) };
}
