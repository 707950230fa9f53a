import { closeSync, openSync, readSync } from 'node:fs';
import { type GridPart } from '../core/grid-builder.ts';
import { CellColumns, type ColumnArrays } from '../core/grid-columns.ts';
import { type GridMapping } from './column-mapping.ts';
import { CsvGridRows } from './csv-grid-reader.ts';

/** The later part of a plain text grid file, to be read on a worker thread. */
export interface CsvPartJob {
  /** The file's path, also the name errors give. */
  file: string;
  /** Where the part starts (just after a line break) and ends, in bytes. */
  start: number;
  end: number;
  /** The file's header line (without its line break). */
  headerLine: Uint8Array;
  mapping: GridMapping;
  /** Where to write the part's cells (shared memory); more room is made if they run out. */
  columns: ColumnArrays;
}

const CHUNK = 1 << 20;
/**
 * Longest row the part reader takes. A part that starts inside a quoted field (a line break
 * between quotes) reads its text inside out and may find one enormous "row"; this stops it
 * early. The part is then read again on the calling thread, which has no such limit.
 */
const PART_ROW_LIMIT = 16 << 20;

/**
 * Reads bytes [start, end) of a plain grid file as the rows that follow its header, with the
 * checks of a whole read, and returns the cells (lines counted from 2, the header being line
 * 1). Synchronous: it runs on a worker thread of its own while the calling thread reads the
 * part before.
 */
export function readCsvPart(job: CsvPartJob): GridPart {
  const reader = new CsvGridRows(job.file, job.mapping, null, () => CellColumns.over(job.columns));
  const tokenizer = reader.tokenizer(job.mapping.delimiter, job.headerLine, { maxRowBytes: PART_ROW_LIMIT });
  const header = new Uint8Array(job.headerLine.length + 1);
  header.set(job.headerLine);
  header[job.headerLine.length] = 10;
  tokenizer.push(header);
  const fd = openSync(job.file, 'r');
  try {
    // The tokenizer copies what it keeps of a chunk, so one buffer serves every read.
    const buffer = new Uint8Array(CHUNK);
    for (let position = job.start; position < job.end;) {
      const n = readSync(fd, buffer, 0, Math.min(CHUNK, job.end - position), position);
      if (n === 0) break;
      position += n;
      tokenizer.push(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  tokenizer.end();
  return reader.part();
}
