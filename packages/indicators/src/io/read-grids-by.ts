import { type Grid } from '../core/grid.ts';
import { type GridMapping } from './column-mapping.ts';
import { CsvSplitRows } from './csv-split-rows.ts';
import { feedText } from './feed-text.ts';
import { parquetFile } from './parquet-source.ts';
import { type ReadGridOptions } from './read-grid.ts';
import { openSource, sourceProgress, type GridSource } from './source.ts';
import { checkSplit, type SplitBy } from './split-by.ts';

/** Options of readGridsBy: those of readGrid but the threads (the input is read on the calling thread). */
export type ReadGridsByOptions = Omit<ReadGridOptions, 'threads' | 'twoPartsFrom'>;

/**
 * Reads a CSV/TSV (plain or gzip) or Parquet input ONCE and splits its rows by the value of a
 * column (e.g. the year of a grid with a row per cell and year) into one Grid per value. Each
 * grid is, cell for cell, the one readGrid gives with `select: { column, value }` for its value:
 * the same checks and errors (file, line or Parquet row, column; lines are the input's), a cell
 * repeated only within one value's rows, and the same limits over the whole input. Rows of
 * values not asked for are skipped unchecked (CSV rows must still have the header's number of
 * fields). The answer lists the asked values in their order (default: every value, in order of
 * first appearance, at most `by.maxValues`); an asked value no row holds, or a missing column,
 * is an error naming it. `mapping.select` may not be given as well.
 *
 * @example
 * const years = await readGridsBy('census.csv.gz', { cellId: 'GRD_ID', groups: ['NAT', 'EU'] }, { column: 'year', values: ['2011', '2021'] });
 * const change = compareGrids(years.get('2011')!, years.get('2021')!);
 */
export async function readGridsBy(
  source: GridSource,
  mapping: GridMapping,
  by: SplitBy,
  options: ReadGridsByOptions = {},
): Promise<Map<string, Grid>> {
  checkSplit(mapping, by);
  const limits = options.limits ?? {};
  const src = await openSource(source, options.name);
  if (src.kind === 'parquet') {
    const [file, { readParquetGrids }] = await Promise.all([
      parquetFile(src, source),
      import('./parquet-grid-reader.ts'),
    ]);
    return readParquetGrids(file, src.name, mapping, by, options.onProgress, limits.maxTextBytes);
  }
  const reader = new CsvSplitRows(src.name, mapping, by);
  const open = (headerLine: Uint8Array) => reader.tokenizer(mapping.delimiter, headerLine, limits);
  await feedText(src, limits, open, sourceProgress(src, options.onProgress));
  return reader.finish();
}
