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
import { feedText, unreadable } from './feed-text.ts';
import { type ReadLimits } from './read-limits.ts';
import { plainFileRange, sourceProgress, type OpenedSource } from './source.ts';

/** Spare room in the columns over the cells the text's size foretells (as a whole read reserves). */
const SPARE = 1.03;
/** How far past the middle the part's start is looked for (a line break must lie within). */
const LOOK_AHEAD = 1 << 20;

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
 * time again; a good one never does). `size` is the file's size in bytes; `limits` as readGrid
 * takes them (a file larger than `maxTextBytes` is not for this reader: it would fail anyway).
 */
export async function readCsvFileInTwo(
  path: string,
  size: number,
  mapping: GridMapping,
  onProgress?: ReadProgress,
  limits: ReadLimits = {},
): Promise<ReadInTwo> {
  const cut = await lineStartAfter(path, Math.floor(size / 2), size);
  const two = new TwoParts(path, mapping, size, cut, limits);
  const head = plainFileRange(path, 0, cut < 0 ? size : cut);
  // This thread's part is about half the file, read alongside the other half.
  const progress = sourceProgress(head, onProgress);
  const t = await two.readFirst(head, { start: cut, end: size }, progress);
  if (cut < 0) return two.finish(t, false);
  if (await two.join(t)) return two.finish(t, true);
  try {
    for await (const chunk of plainFileRange(path, cut, size).chunks) t.push(chunk);
  } catch (e) {
    throw unreadable(e, path);
  }
  return two.finish(t, false);
}

/**
 * Reads a text whose size is known about before it is read (gzip records it) on two threads.
 * The text is taken as fast as it is inflated: its first half, up to the first line break
 * past the middle, is queued and read here, the rest is sent to a worker thread, which reads
 * it as it comes; the two are joined as readCsvFileInTwo joins them, with the same fallbacks
 * (the text sent is kept here until then). A failure of the source past the cut is reported
 * after the rows before it, as a one-thread read reports it. The source's chunks must stay
 * as they are once read (gzip's do).
 */
export async function readCsvTextInTwo(
  src: OpenedSource,
  textSize: number,
  mapping: GridMapping,
  onProgress?: ReadProgress,
): Promise<ReadInTwo> {
  const from = Math.floor(textSize / 2);
  const worker = new TextSender();
  const two = new TwoParts(src.name, mapping, textSize, from);
  const queue = new ChunkQueue();
  let cut = -1;
  let failure: Error | null = null;
  let stopped = false;
  // Takes the chunks as they come: those before the cut to the queue, the rest to the worker.
  const take = (async (): Promise<void> => {
    let seen = 0;
    try {
      for await (const chunk of src.chunks) {
        if (stopped) break;
        const at = seen;
        seen += chunk.length;
        if (cut >= 0) {
          worker.send(chunk);
          continue;
        }
        const lf = seen <= from ? -1 : chunk.indexOf(10, Math.max(0, from - at));
        if (lf < 0) {
          queue.add(chunk);
          continue;
        }
        cut = at + lf + 1;
        queue.add(chunk.subarray(0, lf + 1));
        if (lf + 1 < chunk.length) worker.send(chunk.subarray(lf + 1));
      }
    } catch (e) {
      failure = e instanceof Error ? e : new Error(String(e));
    } finally {
      // The worker reads its part only when the whole text after the cut came.
      worker.end(cut >= 0 && failure === null);
      queue.close();
    }
  })();
  try {
    const t = await two.readFirst(
      { ...src, chunks: queue.chunks(() => (failure !== null && cut < 0 ? failure : null)) },
      worker.where(),
      sourceProgress(src, onProgress),
      worker.transfer(),
    );
    await take;
    if (cut < 0) return two.finish(t, false);
    if (failure === null && (await two.join(t))) return two.finish(t, true);
    for (const chunk of worker.sent) t.push(chunk);
    if (failure !== null) throw unreadable(failure, src.name);
    return two.finish(t, false);
  } finally {
    // A read that failed stops taking the text and lets the worker go.
    stopped = true;
    worker.close();
    await take;
  }
}

/** The chunks of a text's first part, queued as they come and read in turn. */
class ChunkQueue {
  private readonly queued: Uint8Array[] = [];
  private closed = false;
  private wake: (() => void) | null = null;

  add(chunk: Uint8Array): void {
    this.queued.push(chunk);
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /**
   * The queued chunks in order, until the queue is closed; then throws what `failed()` gives,
   * if anything. Between two chunks it lets the event loop run, so the chunks keep coming.
   */
  async *chunks(failed: () => Error | null): AsyncGenerator<Uint8Array> {
    for (;;) {
      const chunk = this.queued.shift();
      if (chunk !== undefined) {
        yield chunk;
        await new Promise((resolve) => setImmediate(resolve));
      } else if (this.closed) {
        const e = failed();
        if (e !== null) throw e;
        return;
      } else {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
      }
    }
  }
}

/** Sends a text's later part to a worker thread (see SentText), keeping what it sent. */
class TextSender {
  private readonly channel = new MessageChannel();
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  /** The chunks sent, to be read here if the worker's part cannot be used. */
  readonly sent: Uint8Array[] = [];
  private ended = false;

  where(): Pick<CsvPartJob, 'start' | 'end' | 'sent'> {
    return { start: -1, end: -1, sent: { port: this.channel.port2, signal: this.signal } };
  }

  transfer(): MessagePort[] {
    return [this.channel.port2];
  }

  send(chunk: Uint8Array): void {
    if (this.ended) return;
    this.sent.push(chunk);
    // A copy of its own, handed over whole: cloning a view would copy the buffer it shares.
    const copy = new Uint8Array(chunk);
    this.post(copy, [copy.buffer]);
  }

  /** Tells the worker the text is whole (`whole`), or that it is read here. */
  end(whole: boolean): void {
    if (this.ended) return;
    this.ended = true;
    this.post(whole ? TEXT_END : TEXT_GIVEN_UP);
  }

  /** Lets the worker go (if the text did not end) and closes the channel. */
  close(): void {
    this.end(false);
    this.channel.port1.close();
  }

  private post(message: unknown, transfer: ArrayBuffer[] = []): void {
    this.channel.port1.postMessage(message, transfer);
    Atomics.add(this.signal, 0, 1);
    Atomics.notify(this.signal, 0);
  }
}

/** The reader of a text's first part, with the columns both parts write into and the worker's part. */
class TwoParts {
  private readonly reader: CsvGridRows;
  private readonly mapping: GridMapping;
  private readonly limits: ReadLimits;
  private whole: CellColumns | null = null;
  private at = 0;
  private part: Promise<GridPart | null> | null = null;

  /** `cut`: where the first part ends, about (-1: the text is read here whole). */
  constructor(name: string, mapping: GridMapping, textSize: number, cut: number, limits: ReadLimits = {}) {
    this.mapping = mapping;
    this.limits = limits;
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
      this.limits,
      (headerLine, first) =>
        (tokenizer = this.reader.tokenizer(this.mapping.delimiter, headerLine, this.limits, first)),
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
      maxRowBytes: this.limits.maxRowBytes,
      columns: arraysOf(whole, this.at),
    };
    // A failed part is read here instead, so its failure is not an error of its own.
    this.part = workersReady(1)
      .then(() => runOnWorker(job, 0, transfer))
      .then(
        (p) => p as GridPart,
        () => null,
      );
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
