import { promises as fs } from 'node:fs';
import { IndicatorError } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { runOnWorker, workersReady } from '../parallel/pool.ts';
import { type GridMapping } from './column-mapping.ts';
import { CsvGridRows, type ReadProgress } from './csv-grid-reader.ts';
import { type CsvPartResult } from './csv-part.ts';
import { feedText } from './feed-text.ts';
import { type ReadLimits } from './read-limits.ts';
import { openTextRange } from './source.ts';

/** Plain files from this size are read on two threads (below it a worker costs more than it saves). */
export const TWO_PARTS_FROM = 16 * 1024 * 1024;

/** How far to look for the header's end and for the line break after the middle of the file. */
const LOOK = 1 << 20;

/** Where a plain text file splits into two parts: its header line and the first byte of the second part. */
export interface TextSplit {
  /** The header line with its line break, without a byte order mark. */
  header: Uint8Array;
  /** The byte just after the first line break at or after the middle (and after the header). */
  split: number;
}

/**
 * Finds the header line and the line break after the middle of a file of `size` bytes (`at`:
 * where to cut, by default the middle). Null when either is not found within LOOK bytes, or
 * when the file is gzip or Parquet.
 */
export async function splitText(file: string, size: number, at = Math.floor(size / 2)): Promise<TextSplit | null> {
  const handle = await fs.open(file, 'r');
  try {
    const head = new Uint8Array(Math.min(LOOK, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const gzipOrParquet =
      (head[0] === 0x1f && head[1] === 0x8b) || String.fromCharCode(...head.subarray(0, 4)) === 'PAR1';
    const lf = head.subarray(0, bytesRead).indexOf(10);
    if (lf < 0 || gzipOrParquet) return null;
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const from = Math.max(at, lf + 1);
    const window = new Uint8Array(Math.min(LOOK, Math.max(0, size - from)));
    const got = (await handle.read(window, 0, window.length, from)).bytesRead;
    const next = window.subarray(0, got).indexOf(10);
    if (next < 0 || from + next + 1 >= size) return null;
    return { header: head.slice(bom, lf + 1), split: from + next + 1 };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a plain CSV file on two threads: this one reads up to the split, a worker the rest,
 * and the worker's cells are appended to ours. The result is the grid a one-thread read gives.
 * An error in the first part is the file's first error and is thrown as it is. Anything else
 * unusual returns null, and the caller reads the file in one piece, which reports what is
 * wrong exactly where a one-thread read does: bad input in the second part (its line numbers
 * and a cell repeated from the first part must be named in the file's order), the split
 * falling inside a quoted field, cells on another lattice, a cell found in both parts, or a
 * worker that cannot start.
 */
export async function readCsvInTwoParts(
  file: string,
  options: { name?: string; mapping: GridMapping; onProgress?: ReadProgress; limits?: ReadLimits; at?: number },
): Promise<Grid | null> {
  const { mapping, onProgress } = options;
  const limits = options.limits ?? {};
  const name = options.name ?? file;
  const size = (await fs.stat(file)).size;
  if (size > (limits.maxTextBytes ?? Infinity)) return null;
  const layout = await splitText(file, size, options.at);
  if (layout === null) return null;
  const second = workersReady(1).then(
    () =>
      runOnWorker(
        {
          kind: 'csv-part',
          part: { file, name, start: layout.split, end: size, header: layout.header, mapping, limits },
        },
        0,
      ) as Promise<CsvPartResult>,
  );
  const rest = second.catch((): CsvPartResult => ({ ok: false }));
  const reader = new CsvGridRows(name, mapping);
  const src = openTextRange(file, 0, layout.split, size, name);
  const progress = onProgress === undefined ? undefined : () => onProgress(Math.min(1, src.rawBytesRead() / size));
  await feedText(src, limits, (headerLine) => reader.tokenizer(mapping.delimiter, headerLine, limits), progress, false);
  const tokenizer = reader.openedTokenizer;
  const part = await rest;
  if (tokenizer === null || tokenizer.midRow || !part.ok) return null;
  // The second part numbers its header line 1 and its first row 2.
  if (!reader.appendPart(part, tokenizer.nextLine - 2)) return null;
  try {
    return reader.finish();
  } catch (e) {
    if (e instanceof IndicatorError && e.code === 'DUPLICATE_CELL') return null;
    throw e;
  }
}
