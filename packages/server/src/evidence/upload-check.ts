import fs from 'node:fs';
import { describeBytes, IndicatorError, parquetDataBytes, scanCsv } from '@convivio/indicators';
import type { EvidenceFormat } from '@convivio/shared';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { limitVariable, type Limits } from '../config-limits.ts';
import { AppError } from '../errors.ts';
import { detectFileFormat, inspectGrid, type GridPreview } from './inspect.ts';

/** What the check of an uploaded grid file found. */
export interface CheckedGridFile extends GridPreview {
  format: EvidenceFormat;
}

/**
 * Checks an uploaded grid file (streamed to `file`, a path) before it is stored. CSV (plain or gzip) is read to its end as a
 * stream, keeping nothing: its text once decompressed must stay within
 * UPLOAD_MAX_DECOMPRESSED_BYTES, each row within UPLOAD_MAX_LINE_BYTES, and every row must have
 * the header's number of fields. Parquet's column data, as its metadata states it, must stay
 * within UPLOAD_MAX_DECOMPRESSED_BYTES uncompressed. Then the header and first rows are read.
 * Errors name the limit (413) or the line at fault (422).
 */
export async function checkGridFile(file: string, fileName: string, limits: Limits): Promise<CheckedGridFile> {
  if ((await fs.promises.stat(file)).size === 0) throw new AppError('validation_failed', 'The file is empty', 'file');
  const format = await detectFileFormat(file, fileName);
  if (format === 'parquet') await checkParquetSize(file, fileName, limits);
  else await scanText(file, fileName, limits);
  return { format, ...(await inspectGrid(file, format, fileName)) };
}

async function scanText(file: string, fileName: string, limits: Limits): Promise<void> {
  try {
    await scanCsv(file, {
      name: fileName,
      limits: { maxTextBytes: limits.uploadMaxDecompressedBytes, maxRowBytes: limits.uploadMaxLineBytes },
    });
  } catch (err) {
    if (!(err instanceof IndicatorError)) throw err;
    if (err.code !== 'TOO_LARGE') throw new AppError('unprocessable', err.message, 'file');
    const which = /longer than the limit/.test(err.message) ? 'uploadMaxLineBytes' : 'uploadMaxDecompressedBytes';
    throw new AppError('payload_too_large', `${err.message} (${limitVariable(which)})`, 'file');
  }
}

async function checkParquetSize(file: string, fileName: string, limits: Limits): Promise<void> {
  let data: number;
  try {
    data = parquetDataBytes(await parquetMetadataAsync(await asyncBufferFromFile(file)));
  } catch (err) {
    throw new AppError(
      'unprocessable',
      `${fileName}: the Parquet file cannot be read (${(err as Error).message})`,
      'file',
    );
  }
  const max = limits.uploadMaxDecompressedBytes;
  if (data > max) {
    throw new AppError(
      'payload_too_large',
      `${fileName}: the column data is larger than the limit of ${describeBytes(max)} once decompressed (${describeBytes(data)}) (${limitVariable('uploadMaxDecompressedBytes')})`,
      'file',
    );
  }
}
