import { type Grid } from '../core/grid.ts';
import { checkMapping, type GridMapping } from './column-mapping.ts';
import { readCsvGrid, type ReadProgress } from './csv-grid-reader.ts';
import { readCsvFileInTwo, readCsvTextInTwo } from './csv-read-in-two.ts';
import { defaultThreads } from '../parallel/parallel-environment.ts';
import { parquetFile } from './parquet-source.ts';
import { type ReadLimits } from './read-limits.ts';
import { openSource, type GridSource, type OpenedSource } from './source.ts';

/** Options of readGrid. */
export interface ReadGridOptions {
  /** Name used in error messages for streams and buffers (file paths name themselves). */
  name?: string;
  /** Called with the fraction of the input read. */
  onProgress?: ReadProgress;
  /** Limits on the data read and the row length (none by default). */
  limits?: ReadLimits;
  /**
   * Threads the read may use (default: the machine's cores). With two or more, a large plain
   * CSV file is read half on a worker thread, and with three or more a large gzip one (its
   * text size known) too (same result, same errors).
   */
  threads?: number;
}

/** CSV texts at least this large are read on two threads (when threads allow). */
export const READ_IN_TWO_FROM = 16 << 20;
/** Largest gzip text read on two threads (its halves are held in memory while they are read). */
const HELD_TEXT_UP_TO = 512 << 20;

/**
 * Reads a grid from a CSV/TSV file (optionally gzip-compressed, detected from its bytes) or a
 * Parquet file, given as a path, a Node Readable or bytes. Cells may come in any order;
 * missing cells are simply absent (empty). Bad input fails with an IndicatorError naming the
 * file, line (or Parquet row) and column; a repeated cell stops the read on its second row.
 * With `limits`, text beyond `maxTextBytes` (after gzip) or a row beyond `maxRowBytes` stops
 * the read with TOO_LARGE, so a small compressed file cannot expand without bound.
 *
 * @example
 * const grid = await readGrid('cells.csv.gz', { cellId: 'GRD_ID', area: 'LAU', groups: ['NAT', 'EU', 'AFR'] });
 */
export async function readGrid(source: GridSource, mapping: GridMapping, options: ReadGridOptions = {}): Promise<Grid> {
  checkMapping(mapping);
  const src = await openSource(source, options.name);
  if (src.kind === 'csv') {
    const size = twoThreadTextSize(src, source, mapping, options);
    if (size !== null && src.gzip) return (await readCsvTextInTwo(src, size, mapping, options.onProgress)).grid;
    if (size !== null)
      return (await readCsvFileInTwo(source as string, size, mapping, options.onProgress, options.limits)).grid;
    return readCsvGrid(src, mapping, options.onProgress, options.limits);
  }
  // The Parquet reader is loaded only for Parquet input, so reading CSV starts sooner.
  const [file, { readParquetGrid }] = await Promise.all([parquetFile(src, source), import('./parquet-grid-reader.ts')]);
  return readParquetGrid(file, src.name, mapping, options.onProgress, options.limits?.maxTextBytes);
}

/**
 * The text's size when a CSV source is read on two threads, else null: a large plain file (by
 * path) within the text limit, or gzip whose text size is known and can be held (no limits);
 * every row read. gzip inflates on a thread of its own, so a gzip text is read in two only
 * with three threads or more: on two cores, inflating and one reading thread already keep both
 * busy (measured: no gain, see bench/results/indicators-command.md).
 */
function twoThreadTextSize(
  src: OpenedSource,
  source: GridSource,
  mapping: GridMapping,
  options: ReadGridOptions,
): number | null {
  const limits = options.limits ?? {};
  const size = src.gzip ? src.textSize : typeof source === 'string' ? src.size : null;
  if (size === null || size < READ_IN_TWO_FROM || mapping.select !== undefined) return null;
  const withinLimits = src.gzip
    ? size <= HELD_TEXT_UP_TO && limits.maxTextBytes === undefined && limits.maxRowBytes === undefined
    : size <= (limits.maxTextBytes ?? Infinity);
  const threads = options.threads ?? defaultThreads();
  return withinLimits && threads >= (src.gzip ? 3 : 2) ? size : null;
}
