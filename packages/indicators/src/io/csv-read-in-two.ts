import { promises as fs } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { type Grid } from '../core/grid.ts';
import { CellColumns, type ColumnArrays } from '../core/grid-columns.ts';
import { runOnWorker, workersReady } from '../parallel/pool.ts';
import { type GridMapping } from './column-mapping.ts';
import { CsvGridRows, type ReadProgress } from './csv-grid-reader.ts';
import { TEXT_END, TEXT_GIVEN_UP, type CsvPartJob } from './csv-part-reader.ts';
import { type GridPart } from '../core/grid-builder.ts';
import { type CsvTokenizer } from './csv-tokenizer.ts';
import { feedText } from './feed-text.ts';
import { plainFileHead, sourceProgress, type OpenedSource } from './source.ts';

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
  const two = new TwoParts(path, mapping, size, cut);
  const head = plainFileHead(path, cut < 0 ? size : cut);
  // This thread's part is about half the file, read alongside the other half.
  const progress = sourceProgress(head, onProgress);
  const t = await two.readFirst(head, { start: cut, end: size }, progress);
  if (cut < 0) return two.finish(t, false);
  if (await two.join(t)) return two.finish(t, true);
  await pushRange(t, path, cut, size);
  return two.finish(t, false);
}

/**
 * Reads a text whose size is known about before it is read (gzip records it) on two threads:
 * this one reads it as it is inflated up to the first line break past the middle, and sends
 * the rest to a worker thread, which reads it as it comes; the two are joined as
 * readCsvFileInTwo joins them, with the same fallbacks (the text sent is kept here until
 * then). The source's chunks must stay as they are once read (gzip's do).
 */
export async function readCsvTextInTwo(
  src: OpenedSource,
  textSize: number,
  mapping: GridMapping,
  onProgress?: ReadProgress,
): Promise<ReadInTwo> {
  const from = Math.floor(textSize / 2);
  const channel = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const sent: Uint8Array[] = [];
  const send = (message: Uint8Array | typeof TEXT_END | typeof TEXT_GIVEN_UP): void => {
    channel.port1.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const two = new TwoParts(src.name, mapping, textSize, from);
  let cut = -1;
  async function* firstPart(): AsyncGenerator<Uint8Array> {
    let seen = 0;
    let ended = false;
    try {
      for await (const chunk of src.chunks) {
        const at = seen;
        seen += chunk.length;
        if (cut >= 0) {
          sent.push(chunk);
          send(chunk);
          continue;
        }
        const lf = seen <= from ? -1 : chunk.indexOf(10, Math.max(0, from - at));
        if (lf < 0) {
          yield chunk;
          continue;
        }
        cut = at + lf + 1;
        yield chunk.subarray(0, lf + 1);
        if (lf + 1 < chunk.length) {
          sent.push(chunk.subarray(lf + 1));
          send(chunk.subarray(lf + 1));
        }
      }
      if (cut >= 0) send(TEXT_END);
      ended = cut >= 0;
    } finally {
      // No line starts past the middle, or the read stopped on an error: the worker thread goes.
      if (!ended) send(TEXT_GIVEN_UP);
    }
  }
  try {
    const t = await two.readFirst(
      { ...src, chunks: firstPart() },
      { start: -1, end: -1, sent: { port: channel.port2, signal } },
      sourceProgress(src, onProgress),
      [channel.port2],
    );
    if (cut < 0) return two.finish(t, false);
    if (await two.join(t)) return two.finish(t, true);
    for (const chunk of sent) t.push(chunk);
    return two.finish(t, false);
  } finally {
    channel.port1.close();
  }
}

/** The reader of a text's first part, with the columns both parts write into and the worker's part. */
class TwoParts {
  private readonly reader: CsvGridRows;
  private readonly mapping: GridMapping;
  private whole: CellColumns | null = null;
  private at = 0;
  private part: Promise<GridPart | null> | null = null;

  /** `cut`: where the first part ends, about (-1: the text is read here whole). */
  constructor(name: string, mapping: GridMapping, textSize: number, cut: number) {
    this.mapping = mapping;
    this.reader = new CsvGridRows(name, mapping, textSize, (groups, cellsPerByte) => {
      if (cut < 0 || cellsPerByte <= 0) return undefined;
      const capacity = Math.ceil(textSize * cellsPerByte * SPARE) + 64;
      this.at = Math.min(capacity, Math.ceil(cut * cellsPerByte * SPARE) + 32);
      this.whole = new CellColumns(groups, capacity);
      return this.whole.view(0, this.at);
    });
  }

  /**
   * Reads the first part's text, starting the worker thread's part (`where` it is) once the
   * header has been read; returns the tokenizer, left open.
   */
  async readFirst(
    src: OpenedSource,
    where: Pick<CsvPartJob, 'start' | 'end' | 'sent'>,
    onChunk?: () => void,
    transfer: MessagePort[] = [],
  ): Promise<CsvTokenizer> {
    let tokenizer: CsvTokenizer | null = null;
    await feedText(
      src,
      {},
      (headerLine, first) => (tokenizer = this.reader.tokenizer(this.mapping.delimiter, headerLine, {}, first)),
      () => {
        this.startPart(src.name, where, transfer);
        onChunk?.();
      },
      false,
    );
    return tokenizer as unknown as CsvTokenizer;
  }

  /**
   * Joins the worker thread's part when it was read, the first part ended with a whole row,
   * and its cells join these (see CsvGridRows.appendPart); false otherwise.
   */
  async join(t: CsvTokenizer): Promise<boolean> {
    const part = this.part === null ? null : await this.part;
    return part !== null && !t.midRow && this.reader.appendPart(part, t.nextLine - 2, this.whole, this.at);
  }

  finish(t: CsvTokenizer, split: boolean): ReadInTwo {
    t.end();
    return { grid: this.reader.finish(), split };
  }

  private startPart(file: string, where: Pick<CsvPartJob, 'start' | 'end' | 'sent'>, transfer: MessagePort[]): void {
    const whole = this.whole;
    if (this.part !== null || whole === null || !this.reader.started) return;
    const job = {
      kind: 'csv-part' as const,
      file,
      ...where,
      headerLine: this.reader.headerLine,
      mapping: this.mapping,
      columns: arraysOf(whole, this.at),
    };
    // A failed part is read here instead, so its failure is not an error of its own.
    this.part = workersReady(1).then(
      () => runOnWorker(job, 0, transfer).then((p) => p as GridPart),
      () => null,
    );
    this.part = this.part.catch(() => null);
  }
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
