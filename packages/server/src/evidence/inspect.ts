import fs from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
  type AsyncBuffer,
} from 'hyparquet';
import type { EvidenceFormat } from '@convivio/shared';
import { PARQUET_COMPRESSORS } from '@convivio/indicators';
import { CsvSyntaxError, readCsv } from '../csv/read.ts';
import { AppError } from '../errors.ts';

/** The first lines of a grid file: its column names and a few rows, as text. */
export interface GridPreview {
  header: string[];
  preview: string[][];
}

const PREVIEW_ROWS = 10;
const HEAD_BYTES = 256 * 1024;

/** A grid file: its path, or its bytes in memory. */
export type GridFile = string | Uint8Array;

const SNIFF_BYTES = 4096;

/** Tells the format from the bytes (gzip and Parquet magic numbers), else CSV text. */
export function detectFormat(bytes: Uint8Array, fileName: string): EvidenceFormat {
  return formatOf(
    bytes.subarray(0, SNIFF_BYTES),
    bytes.subarray(Math.max(0, bytes.length - 4)),
    bytes.length,
    fileName,
  );
}

/** Tells a stored file's format from its first and last bytes. */
export async function detectFileFormat(file: string, fileName: string): Promise<EvidenceFormat> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    const tail = new Uint8Array(Math.min(size, 4));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return formatOf(head, tail, size, fileName);
  } finally {
    await handle.close();
  }
}

function formatOf(head: Uint8Array, tail: Uint8Array, size: number, fileName: string): EvidenceFormat {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'csv.gz';
  const par1 = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;
  if (size >= 8 && par1(head) && par1(tail)) return 'parquet';
  if (/\.parquet$/i.test(fileName))
    throw new AppError('unprocessable', `${fileName}: not a Parquet file (the PAR1 markers are missing)`, 'file');
  if (head.includes(0)) {
    throw new AppError(
      'unprocessable',
      `${fileName}: not a CSV text file, a gzip-compressed CSV or a Parquet file`,
      'file',
    );
  }
  return 'csv';
}

/**
 * Reads the header and first rows of a grid file (a path is read only as far as needed);
 * throws an AppError naming the problem.
 */
export async function inspectGrid(file: GridFile, format: EvidenceFormat, fileName: string): Promise<GridPreview> {
  if (format === 'parquet') return inspectParquet(await parquetBuffer(file), fileName);
  let text: string;
  let truncated: boolean;
  if (format === 'csv.gz') {
    text = await gunzipHead(file, fileName);
    truncated = text.length >= HEAD_BYTES;
  } else {
    const head = await readHead(file, HEAD_BYTES + 1);
    text = Buffer.from(head.subarray(0, HEAD_BYTES)).toString('utf8');
    truncated = head.length > HEAD_BYTES;
  }
  let records: string[][];
  try {
    records = readCsv(text, { maxRecords: PREVIEW_ROWS + 1, truncated, strict: false }).map((r) => r.cells);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new AppError('unprocessable', `${fileName}, ${err.message}`, 'file');
    throw err;
  }
  const header = records[0]?.map((h) => h.trim()) ?? [];
  if (!header.length || header.every((h) => h === ''))
    throw new AppError('unprocessable', `${fileName}, line 1: the file has no header row`, 'file');
  checkHeader(header, fileName);
  return { header, preview: records.slice(1) };
}

function checkHeader(header: string[], fileName: string): void {
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '')
      throw new AppError(
        'unprocessable',
        `${fileName}, line 1, column #${i + 1}: the header has an empty column name`,
        'file',
      );
    if (seen.has(name))
      throw new AppError(
        'unprocessable',
        `${fileName}, line 1: column name '${name}' appears twice (#${seen.get(name)! + 1} and #${i + 1})`,
        'file',
      );
    seen.set(name, i);
  });
}

async function readHead(file: GridFile, bytes: number): Promise<Uint8Array> {
  if (typeof file !== 'string') return file.subarray(0, bytes);
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(head, 0, bytes, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function parquetBuffer(file: GridFile): Promise<AsyncBuffer> {
  if (typeof file === 'string') return asyncBufferFromFile(file);
  const copy = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  return { byteLength: copy.byteLength, slice: (start, end) => copy.slice(start, end) };
}

function gunzipHead(file: GridFile, fileName: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const gunzip = zlib.createGunzip();
    const finish = () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks).subarray(0, HEAD_BYTES).toString('utf8'));
      }
    };
    gunzip.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_BYTES) {
        finish();
        gunzip.destroy();
      }
    });
    gunzip.on('end', finish);
    gunzip.on('error', (err) => {
      if (!done) {
        done = true;
        reject(new AppError('unprocessable', `${fileName}: not a valid gzip file (${err.message})`, 'file'));
      }
    });
    const source =
      typeof file === 'string'
        ? fs.createReadStream(file, { highWaterMark: 64 * 1024 })
        : Readable.from([Buffer.from(file.buffer, file.byteOffset, file.byteLength)]);
    gunzip.on('close', () => source.destroy());
    source.on('error', (err: Error) => gunzip.destroy(err));
    source.pipe(gunzip);
  });
}

async function inspectParquet(file: AsyncBuffer, fileName: string): Promise<GridPreview> {
  try {
    const metadata = await parquetMetadataAsync(file);
    const header = parquetSchema(metadata).children.map((c) => c.element.name);
    checkHeader(header, fileName);
    const rows = await parquetReadObjects({
      file,
      metadata,
      rowStart: 0,
      rowEnd: PREVIEW_ROWS,
      compressors: PARQUET_COMPRESSORS,
    });
    return { header, preview: rows.map((row) => header.map((h) => cellText(row[h]))) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(
      'unprocessable',
      `${fileName}: the Parquet file cannot be read (${(err as Error).message})`,
      'file',
    );
  }
}

const cellText = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'object'
      ? JSON.stringify(v)
      : `${v as string | number | bigint | boolean}`;
