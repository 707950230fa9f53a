import { promises as fs } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CompactWriter, T_BINARY, T_I32, T_I64, T_LIST, T_STRUCT } from './thrift-compact.ts';

/** A column of a Parquet file written by ParquetWriter; all columns are REQUIRED. */
export interface ParquetColumnSpec {
  name: string;
  type: 'double' | 'int32' | 'int64' | 'string';
}

/** Values of one column for one row group. */
export type ParquetValues = Float64Array | Int32Array | BigInt64Array | readonly string[];

const PHYSICAL = { int32: 1, int64: 2, double: 5, string: 6 } as const;

interface ChunkMeta {
  offset: number;
  size: number;
  rawSize: number;
  values: number;
}

/** Page compression: none, or gzip (codec 2). */
export type ParquetCodec = 'UNCOMPRESSED' | 'GZIP';

/**
 * A small Parquet writer: PLAIN encoding, uncompressed or gzip, one data page (v1) per column chunk,
 * REQUIRED columns of DOUBLE, INT32, INT64 or UTF-8 strings. Enough for exchanging grids and
 * local layers with other tools (readable by hyparquet, pyarrow, DuckDB, GDAL).
 */
export class ParquetWriter {
  private readonly file: fs.FileHandle;
  private readonly columns: readonly ParquetColumnSpec[];
  private readonly codec: ParquetCodec;
  private offset = 4;
  private rows = 0;
  private readonly groups: Array<{ rows: number; chunks: ChunkMeta[] }> = [];

  private constructor(file: fs.FileHandle, columns: readonly ParquetColumnSpec[], codec: ParquetCodec) {
    this.file = file;
    this.columns = columns;
    this.codec = codec;
  }

  /** Creates the file and writes the leading magic bytes. */
  static async open(
    path: string,
    columns: readonly ParquetColumnSpec[],
    codec: ParquetCodec = 'UNCOMPRESSED',
  ): Promise<ParquetWriter> {
    const file = await fs.open(path, 'w');
    await file.write(new TextEncoder().encode('PAR1'));
    return new ParquetWriter(file, columns, codec);
  }

  /** Appends one row group; `values[c]` holds column c's values, all of the same length. */
  async writeRowGroup(values: readonly ParquetValues[]): Promise<void> {
    const rows = values[0]?.length ?? 0;
    const chunks: ChunkMeta[] = [];
    for (let c = 0; c < this.columns.length; c++) {
      const raw = plain(this.columns[c], values[c]);
      const data = this.codec === 'GZIP' ? new Uint8Array(gzipSync(raw)) : raw;
      const header = new CompactWriter().structBegin();
      header.field(1, T_I32).i32(0);
      header.field(2, T_I32).i32(raw.length);
      header.field(3, T_I32).i32(data.length);
      header.field(5, T_STRUCT).structBegin();
      header.field(1, T_I32).i32(rows).field(2, T_I32).i32(0).field(3, T_I32).i32(3).field(4, T_I32).i32(3);
      header.structEnd().structEnd();
      const head = header.bytes();
      chunks.push({
        offset: this.offset,
        size: head.length + data.length,
        rawSize: head.length + raw.length,
        values: rows,
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
        .i32(0)
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
        w.structBegin().field(2, T_I64).i64(ch.offset).field(3, T_STRUCT).structBegin();
        w.field(1, T_I32).i32(PHYSICAL[this.columns[c].type]);
        w.field(2, T_LIST).listBegin(T_I32, 1).i32(0);
        w.field(3, T_LIST).listBegin(T_BINARY, 1).string(this.columns[c].name);
        w.field(4, T_I32).i32(this.codec === 'GZIP' ? 2 : 0);
        w.field(5, T_I64).i64(ch.values).field(6, T_I64).i64(ch.rawSize).field(7, T_I64).i64(ch.size);
        w.field(9, T_I64).i64(ch.offset);
        w.structEnd().structEnd();
      });
      const bytes = g.chunks.reduce((s, ch) => s + ch.size, 0);
      w.field(2, T_I64).i64(bytes).field(3, T_I64).i64(g.rows).structEnd();
    }
    w.field(6, T_BINARY).string('convivio indicators');
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

/** PLAIN encoding of one column's values. */
function plain(col: ParquetColumnSpec, values: ParquetValues): Uint8Array {
  if (col.type === 'string') {
    const parts = (values as readonly string[]).map((s) => Buffer.from(s, 'utf8'));
    const out = Buffer.alloc(parts.reduce((n, p) => n + 4 + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.writeUInt32LE(p.length, at);
      p.copy(out, at + 4);
      at += 4 + p.length;
    }
    return out;
  }
  const typed = values as Float64Array | Int32Array | BigInt64Array;
  const expected = col.type === 'double' ? Float64Array : col.type === 'int32' ? Int32Array : BigInt64Array;
  if (!(typed instanceof expected)) throw new Error(`column ${col.name}: expected ${expected.name}`);
  return new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength).slice();
}
