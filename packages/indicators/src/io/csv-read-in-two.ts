import { promises as fs } from 'node:fs';
import { type Grid } from '../core/grid.ts';
import { type GridPart } from '../core/grid-builder.ts';
import { CellColumns, type ColumnArrays } from '../core/grid-columns.ts';
import { runOnWorker, workersReady } from '../parallel/pool.ts';
import { type GridMapping } from './column-mapping.ts';
import { CsvGridRows, type ReadProgress } from './csv-grid-reader.ts';
import { type CsvTokenizer } from './csv-tokenizer.ts';
import { feedText } from './feed-text.ts';
import { plainFileHead } from './source.ts';

/** Spare room in the columns over the cells the text's size foretells (as a whole read reserves). */
const SPARE = 1.03;
/** How far past the middle the part's start is looked for (a line break must lie within). */
const LOOK_AHEAD = 1 << 20;
const CHUNK = 1 << 20;

/** How a read in two went: whether the worker thread's part was used. */
export interface ReadInTwo {
  grid: Grid;
  /** False when the later part had to be read on the calling thread after all. */
  split: boolean;
}

/**
 * Reads a plain (uncompressed) text grid file on two threads: this one reads up to the first
 * line break past the middle, a worker thread the rest, into one set of columns; the two are
 * then joined. The result, and any error, is what reading the whole file here gives: when the
 * worker's part fails, or the cut fell inside a quoted field, or the part repeats an earlier
 * cell or lies on another lattice, the rest is read here after all (a bad file costs that
 * time again; a good one never does). `size` is the file's size in bytes.
 */
export async function readCsvFileInTwo(
  path: string,
  size: number,
  mapping: GridMapping,
  onProgress?: ReadProgress,
): Promise<ReadInTwo> {
  const cut = await lineStartAfter(path, Math.floor(size / 2), size);
  let whole: CellColumns | null = null;
  let at = 0;
  const reader = new CsvGridRows(path, mapping, size, (groups, cellsPerByte) => {
    if (cut < 0 || cellsPerByte <= 0) return undefined;
    const capacity = Math.ceil(size * cellsPerByte * SPARE) + 64;
    at = Math.min(capacity, Math.ceil(cut * cellsPerByte * SPARE) + 32);
    whole = new CellColumns(groups, capacity);
    return whole.view(0, at);
  });
  let part: Promise<GridPart | null> | null = null;
  const startPart = (): void => {
    if (part !== null || whole === null || !reader.started) return;
    const job = {
      kind: 'csv-part' as const,
      file: path,
      start: cut,
      end: size,
      headerLine: reader.headerLine,
      mapping,
      columns: arraysOf(whole, at),
    };
    // A failed part is read here instead, so its failure is not an error of its own.
    part = workersReady(1).then(
      () => runOnWorker(job, 0).then((p) => p as GridPart),
      () => null,
    );
    part.catch(() => undefined);
  };
  let tokenizer: CsvTokenizer | null = null;
  const head = plainFileHead(path, cut < 0 ? size : cut);
  await feedText(
    head,
    {},
    (headerLine, first) => (tokenizer = reader.tokenizer(mapping.delimiter, headerLine, {}, first)),
    () => {
      startPart();
      // This thread's part is about half the file, read alongside the other half.
      if (onProgress !== undefined) onProgress(Math.min(1, head.rawBytesRead() / (head.size ?? size)));
    },
    false,
  );
  const t = tokenizer as unknown as CsvTokenizer;
  const done = part === null ? null : await (part as Promise<GridPart | null>).catch(() => null);
  if (done !== null && !t.midRow && reader.appendPart(done, t.nextLine - 2, whole, at)) {
    t.end();
    return { grid: reader.finish(), split: true };
  }
  if (cut >= 0) await pushRange(t, path, cut, size);
  t.end();
  return { grid: reader.finish(), split: false };
}

/** The columns from cell `at` on, as plain arrays (to cross to a worker as shared memory). */
function arraysOf(c: CellColumns, at: number): ColumnArrays {
  const v = c.view(at, c.capacity);
  return { rows: v.rows, cols: v.cols, areas: v.areas, totals: v.totals, counts: v.counts };
}

/** Where the first line after byte `from` starts (-1 when no line break follows within reach). */
async function lineStartAfter(path: string, from: number, size: number): Promise<number> {
  const handle = await fs.open(path, 'r');
  try {
    const bytes = new Uint8Array(Math.min(LOOK_AHEAD, size - from));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, from);
    const lf = bytes.subarray(0, bytesRead).indexOf(10);
    return lf < 0 || from + lf + 1 >= size ? -1 : from + lf + 1;
  } finally {
    await handle.close();
  }
}

/** Pushes bytes [from, to) of a file into a tokenizer. */
async function pushRange(t: CsvTokenizer, path: string, from: number, to: number): Promise<void> {
  const handle = await fs.open(path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK);
    for (let position = from; position < to;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, to - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      t.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}
