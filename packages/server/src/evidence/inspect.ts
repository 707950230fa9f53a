import zlib from 'node:zlib';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
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

/** Tells the format from the bytes (gzip and Parquet magic numbers), else CSV text. */
export function detectFormat(bytes: Uint8Array, fileName: string): EvidenceFormat {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return 'csv.gz';
  const par1 = (at: number) =>
    bytes[at] === 0x50 && bytes[at + 1] === 0x41 && bytes[at + 2] === 0x52 && bytes[at + 3] === 0x31;
  if (bytes.length >= 8 && par1(0) && par1(bytes.length - 4)) return 'parquet';
  if (/\.parquet$/i.test(fileName))
    throw new AppError('unprocessable', `${fileName}: not a Parquet file (the PAR1 markers are missing)`, 'file');
  if (bytes.subarray(0, Math.min(bytes.length, 4096)).includes(0)) {
    throw new AppError(
      'unprocessable',
      `${fileName}: not a CSV text file, a gzip-compressed CSV or a Parquet file`,
      'file',
    );
  }
  return 'csv';
}

/** Reads the header and first rows of a stored grid file; throws an AppError naming the problem. */
export async function inspectGrid(bytes: Uint8Array, format: EvidenceFormat, fileName: string): Promise<GridPreview> {
  if (format === 'parquet') return inspectParquet(bytes, fileName);
  const text =
    format === 'csv.gz'
      ? await gunzipHead(bytes, fileName)
      : Buffer.from(bytes.subarray(0, HEAD_BYTES)).toString('utf8');
  const truncated = format === 'csv.gz' ? text.length >= HEAD_BYTES : bytes.length > HEAD_BYTES;
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

function gunzipHead(bytes: Uint8Array, fileName: string): Promise<string> {
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
    gunzip.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

async function inspectParquet(bytes: Uint8Array, fileName: string): Promise<GridPreview> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const metadata = parquetMetadata(file);
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
