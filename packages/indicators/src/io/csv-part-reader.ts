import { closeSync, openSync, readSync } from 'node:fs';
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { type GridPart } from '../core/grid-builder.ts';
import { CellColumns, type ColumnArrays } from '../core/grid-columns.ts';
import { type GridMapping } from './column-mapping.ts';
import { CsvGridRows } from './csv-grid-reader.ts';
import { type CsvTokenizer } from './csv-tokenizer.ts';

/**
 * The later part of a grid's text, to be read on a worker thread: bytes [start, end) of a
 * plain file, or the text after the cut as the calling thread sends it.
 */
export interface CsvPartJob {
  /** The file's path, also the name errors give. */
  file: string;
  /** Where the part starts (just after a line break) and ends, in bytes, in a plain file. */
  start: number;
  end: number;
  /** The text sent by the calling thread, instead of the file's bytes. */
  sent?: SentText;
  /** The file's header line (without its line break). */
  headerLine: Uint8Array;
  mapping: GridMapping;
  /** Longest row taken (as the whole read's limit). */
  maxRowBytes?: number;
  /** Where to write the part's cells (shared memory); more room is made if they run out. */
  columns: ColumnArrays;
}

/**
 * The text after the cut, sent by another thread as it reads it: chunks of bytes come on
 * `port`, then TEXT_END, or TEXT_GIVEN_UP when the sender reads the rest itself;
 * `signal[0]` counts the messages sent (the reader sleeps on it while none is waiting).
 */
export interface SentText {
  port: MessagePort;
  signal: Int32Array;
}

export const TEXT_END = 'end';
export const TEXT_GIVEN_UP = 'given up';

const CHUNK = 1 << 20;
/**
 * Longest row the part reader takes. A part that starts inside a quoted field (a line break
 * between quotes) reads its text inside out and may find one enormous "row"; this stops it
 * early. The part is then read again on the calling thread, which has no such limit.
 */
const PART_ROW_LIMIT = 16 << 20;

/**
 * Reads the part of a grid's text after its first half as the rows that follow its header,
 * with the checks of a whole read, and returns the cells (lines counted from 2, the header
 * being line 1). Synchronous: it runs on a worker thread of its own while the calling thread
 * reads the part before.
 */
export function readCsvPart(job: CsvPartJob): GridPart {
  const reader = new CsvGridRows(job.file, job.mapping, null, () => CellColumns.over(job.columns));
  const maxRowBytes = Math.min(PART_ROW_LIMIT, job.maxRowBytes ?? Infinity);
  const tokenizer = reader.tokenizer(job.mapping.delimiter, job.headerLine, { maxRowBytes });
  const header = new Uint8Array(job.headerLine.length + 1);
  header.set(job.headerLine);
  header[job.headerLine.length] = 10;
  tokenizer.push(header);
  if (job.sent === undefined) pushFileRange(job, tokenizer);
  else pushSentText(job.sent, tokenizer);
  tokenizer.end();
  return reader.part();
}

/** Pushes the job's bytes of its file. */
function pushFileRange(job: CsvPartJob, tokenizer: CsvTokenizer): void {
  const fd = openSync(job.file, 'r');
  try {
    // The tokenizer copies what it keeps of a chunk, so one buffer serves every read.
    const buffer = new Uint8Array(CHUNK);
    let position = job.start;
    while (position < job.end) {
      const n = readSync(fd, buffer, 0, Math.min(CHUNK, job.end - position), position);
      if (n === 0) break;
      position += n;
      tokenizer.push(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/** Pushes the sent text's chunks as they come. */
function pushSentText(text: SentText, tokenizer: CsvTokenizer): void {
  for (;;) {
    const sent = Atomics.load(text.signal, 0);
    const m = receiveMessageOnPort(text.port);
    if (m === undefined) {
      // Sleeps until the next message (at once if one came since the count was read).
      Atomics.wait(text.signal, 0, sent);
      continue;
    }
    const message = m.message as Uint8Array | typeof TEXT_END | typeof TEXT_GIVEN_UP;
    if (message === TEXT_END) return;
    if (message === TEXT_GIVEN_UP) throw new Error('the rest of the text is read by the thread that sends it');
    tokenizer.push(message);
  }
}
