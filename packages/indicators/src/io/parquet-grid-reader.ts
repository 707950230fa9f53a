import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type Compressors } from 'hyparquet';
import { compressors as portable } from 'hyparquet-compressors';
import { IndicatorError, type ErrorLocation } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { GridBuilder, type ColumnRef } from '../core/grid-builder.ts';
import { resolveColumns, type GridMapping } from './column-mapping.ts';
import { cellIdFromText, type ReadProgress } from './csv-grid-reader.ts';
import { describeBytes } from './read-limits.ts';
import { finishParts, SplitParts, withSplitColumn, type SplitBy } from './split-by.ts';

/** One column's values for a row group, as hyparquet decodes them. */
type Values = ArrayLike<unknown>;

/** A Parquet value as text: strings as they are, numbers and booleans printed, nothing as ''. */
const textOf = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : v === null || v === undefined
      ? ''
      : typeof v === 'object'
        ? JSON.stringify(v)
        : `${v as number}`;

/**
 * Decompressors beyond hyparquet's built-in Snappy: gzip and Brotli through Node's zlib, Zstandard,
 * LZ4 and LZ4_RAW through hyparquet-compressors. Every reader of uploaded Parquet passes these.
 */
export const PARQUET_COMPRESSORS: Compressors = {
  ZSTD: portable.ZSTD,
  LZ4: portable.LZ4,
  LZ4_RAW: portable.LZ4_RAW,
  GZIP: (input) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input) => new Uint8Array(brotliDecompressSync(input)),
};

/**
 * Reads a Parquet grid (uncompressed, Snappy, gzip, Brotli, Zstandard or LZ4; other codecs are reported as unsupported)
 * one row group at a time. Errors name the file, the 1-based row and the column.
 */
export async function readParquetGrid(
  file: AsyncBuffer,
  name: string,
  mapping: GridMapping,
  onProgress?: ReadProgress,
  maxDataBytes = Infinity,
): Promise<Grid> {
  const { select, ...rest } = mapping;
  const by = select === undefined ? null : { column: select.column, values: [select.value] };
  const grids = await readParquetGrids(file, name, rest, by, onProgress, maxDataBytes);
  return grids.values().next().value as Grid;
}

/**
 * Reads a Parquet grid as readParquetGrid does, its rows split by the value of a column (as
 * text, trimmed) into one grid per value (see SplitParts); without a split, one grid under ''.
 */
export async function readParquetGrids(
  file: AsyncBuffer,
  name: string,
  mapping: GridMapping,
  by: SplitBy | null,
  onProgress?: ReadProgress,
  maxDataBytes = Infinity,
): Promise<Map<string, Grid>> {
  const metadata = await wrap(() => parquetMetadataAsync(file), name);
  const dataBytes = parquetDataBytes(metadata);
  if (dataBytes > maxDataBytes) {
    throw new IndicatorError(
      'TOO_LARGE',
      `the column data is larger than the limit of ${describeBytes(maxDataBytes)} once decompressed (${describeBytes(dataBytes)})`,
      { file: name },
    );
  }
  const header = parquetSchema(metadata).children.map((c) => c.element.name);
  const c = resolveColumns(header, by === null ? mapping : withSplitColumn(mapping, by), name);
  const newBuilder = () =>
    new GridBuilder({
      groups: c.refs.groups,
      total: c.refs.total,
      area: c.refs.area,
      position: c.refs.position,
      cellSize: mapping.cellSize,
      euGridIds: c.cellId >= 0,
      file: name,
      lineLabel: 'row',
    });
  const parts = by === null ? null : new SplitParts(by, name, newBuilder, 'row');
  const single = parts === null ? newBuilder() : null;
  const needed = [c.cellId, c.x, c.y, c.area, c.total, ...c.groups, c.select]
    .filter((j) => j >= 0)
    .map((j) => header[j]);
  const counts = new Float64Array(c.groups.length);
  const totalRows = Number(metadata.num_rows);
  let lastValue: unknown = undefined;
  let lastBuilder: GridBuilder | null = null;
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const cols = await readRowGroup(file, metadata, needed, rowStart, rowEnd, name);
    const at = (j: number): Values => cols.get(header[j]) as Values;
    for (let r = 0; r < rowEnd - rowStart; r++) {
      const row = rowStart + r + 1;
      let builder = single;
      if (parts !== null) {
        const v = at(c.select)[r];
        if (v !== lastValue || typeof v === 'object') {
          lastBuilder = parts.partOf(textOf(v).trim(), row);
          lastValue = v;
        }
        builder = lastBuilder;
      }
      if (builder === null) continue;
      const where = (ref: ColumnRef): ErrorLocation => ({
        file: name,
        line: row,
        lineLabel: 'row',
        column: ref.name,
        columnIndex: ref.index,
      });
      c.groups.forEach((j, k) => {
        counts[k] = toNumber(at(j)[r], where(c.refs.groups[k]), 'count');
      });
      const total = c.total >= 0 ? toNumber(at(c.total)[r], where(c.refs.total as ColumnRef), 'count') : NaN;
      const area = c.area >= 0 ? builder.areaId(textOf(at(c.area)[r]).trim(), row) : -1;
      if (c.cellId >= 0) {
        const cell = cellIdFromText(textOf(at(c.cellId)[r]), where(c.refs.position));
        builder.add(cell.x, cell.y, cell.resolution, counts, total, area, row);
      } else {
        const x = toNumber(at(c.x)[r], where(c.refs.x as ColumnRef), 'coordinate');
        const y = toNumber(at(c.y)[r], where(c.refs.y as ColumnRef), 'coordinate');
        builder.add(x, y, NaN, counts, total, area, row);
      }
    }
    rowStart = rowEnd;
    onProgress?.(totalRows > 0 ? rowStart / totalRows : 1);
  }
  if (parts === null) return new Map([['', (single as GridBuilder).finish()]]);
  return finishParts(parts.finish(), (b) => b.finish());
}

/** The uncompressed size of every column chunk, as the file's metadata states it. */
export function parquetDataBytes(metadata: {
  row_groups: { columns: { meta_data?: { total_uncompressed_size: bigint | number } }[] }[];
}): number {
  let sum = 0;
  for (const group of metadata.row_groups)
    for (const column of group.columns) sum += Number(column.meta_data?.total_uncompressed_size ?? 0);
  return sum;
}

async function readRowGroup(
  file: AsyncBuffer,
  metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>,
  columns: string[],
  rowStart: number,
  rowEnd: number,
  name: string,
): Promise<Map<string, Values>> {
  const parts = new Map<string, Array<{ start: number; data: Values }>>();
  await wrap(
    () =>
      parquetRead({
        file,
        metadata,
        columns,
        rowStart,
        rowEnd,
        compressors: PARQUET_COMPRESSORS,
        onChunk: (chunk) => {
          const list = parts.get(chunk.columnName) ?? [];
          list.push({ start: chunk.rowStart, data: chunk.columnData as Values });
          parts.set(chunk.columnName, list);
        },
      }),
    name,
  );
  const out = new Map<string, Values>();
  for (const column of columns) {
    const values: unknown[] = new Array(rowEnd - rowStart);
    for (const part of parts.get(column) ?? []) {
      for (let r = 0; r < part.data.length; r++) {
        const row = part.start + r;
        if (row >= rowStart && row < rowEnd) values[row - rowStart] = part.data[r];
      }
    }
    out.set(column, values);
  }
  return out;
}

function toNumber(v: unknown, where: ErrorLocation, what: string): number {
  let n = NaN;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'bigint') n = Number(v);
  else if (typeof v === 'string' && v.trim() !== '') n = Number(v);
  if (!Number.isFinite(n)) {
    const shown = v === null || v === undefined ? 'missing' : `'${textOf(v)}' is not a number`;
    throw new IndicatorError('NON_NUMERIC', `${what} ${shown}`, where);
  }
  if (n < 0 && what === 'count') throw new IndicatorError('NEGATIVE_COUNT', `count ${n} is negative`, where);
  return n;
}

async function wrap<T>(f: () => Promise<T>, name: string): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof IndicatorError) throw e;
    throw new IndicatorError(
      'UNSUPPORTED_FORMAT',
      `cannot read Parquet: ${e instanceof Error ? e.message : String(e)}`,
      { file: name },
    );
  }
}
