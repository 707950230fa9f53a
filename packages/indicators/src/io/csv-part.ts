import { closeSync, openSync, readSync } from 'node:fs';
import { type BuilderPart } from '../core/grid-builder.ts';
import { type GridMapping } from './column-mapping.ts';
import { CsvGridRows } from './csv-grid-reader.ts';
import { type ReadLimits } from './read-limits.ts';

const CHUNK = 1 << 20;

/** A later part of a plain CSV file to read on a worker thread: bytes [start, end) under its header. */
export interface CsvPartJob {
  file: string;
  /** Name used in messages. */
  name: string;
  start: number;
  end: number;
  /** The file's header line, with its line break (and without a byte order mark). */
  header: Uint8Array;
  mapping: GridMapping;
  limits: ReadLimits;
}

/** The rows of a part, or `ok: false` when the part holds bad input (the whole file is then read in one piece). */
export type CsvPartResult = { ok: true; part: BuilderPart; selected: number } | { ok: false };

/**
 * Reads bytes [start, end) of a file as rows under the given header; line numbers count the
 * header as line 1 and the first row of the part as line 2.
 */
export function readCsvPart(job: CsvPartJob): CsvPartResult {
  const reader = new CsvGridRows(job.name, job.mapping);
  const fd = openSync(job.file, 'r');
  try {
    const headerLine = job.header.subarray(0, job.header.indexOf(10) < 0 ? job.header.length : job.header.indexOf(10));
    const tokenizer = reader.tokenizer(job.mapping.delimiter, headerLine, job.limits);
    tokenizer.push(job.header);
    const buf = new Uint8Array(CHUNK);
    for (let at = job.start; at < job.end;) {
      const got = readSync(fd, buf, 0, Math.min(CHUNK, job.end - at), at);
      if (got === 0) break;
      tokenizer.push(buf.subarray(0, got));
      at += got;
    }
    tokenizer.end();
    const rows = reader.exportPart();
    return rows === null ? { ok: false } : { ok: true, ...rows };
  } catch {
    return { ok: false };
  } finally {
    closeSync(fd);
  }
}

/** The buffers of a part's columns, to transfer rather than copy between threads. */
export function partBuffers(result: CsvPartResult): ArrayBuffer[] {
  if (!result.ok) return [];
  const p = result.part;
  const columns = [p.rows, p.cols, p.lines, p.areas, p.totals, ...p.counts];
  return columns.flatMap((chunks) => chunks.map((c) => c.buffer as ArrayBuffer));
}
