import fs from 'node:fs';
import { describeBytes, IndicatorError, parquetDataBytes, scanCsv, type ReadLimits } from '@convivio/indicators';
import type { EvidenceFormat } from '@convivio/shared';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { limitVariable, type Limits } from '../config-limits.ts';
import { AppError } from '../errors.ts';
import { detectFileFormat, inspectGrid, type GridPreview } from './inspect.ts';
import type { ScanOutcome } from './upload-scan.ts';

/** What the check of an uploaded grid file found. */
export interface CheckedGridFile extends GridPreview {
  format: EvidenceFormat;
}

/**
 * Checks an uploaded grid file (streamed to `file`, a path) before it is stored. CSV (plain or gzip) is read to its end as a
 * stream, keeping nothing (while it streamed in, when `scanned` is given; else from the file): its text once decompressed must stay within
 * UPLOAD_MAX_DECOMPRESSED_BYTES, each row within UPLOAD_MAX_LINE_BYTES, and every row must have
 * the header's number of fields. Parquet's column data, as its metadata states it, must stay
 * within UPLOAD_MAX_DECOMPRESSED_BYTES uncompressed. Then the header and first rows are read.
 * Errors name the limit (413) or the line at fault (422).
 */
export async function checkGridFile(
  file: string,
  fileName: string,
  limits: Limits,
  scanned?: Promise<ScanOutcome>,
): Promise<CheckedGridFile> {
  if ((await fs.promises.stat(file)).size === 0) throw new AppError('validation_failed', 'The file is empty', 'file');
  const format = await detectFileFormat(file, fileName);
  if (format === 'parquet') await checkParquetSize(file, fileName, limits);
  else await scanText(file, fileName, limits, scanned);
  return { format, ...(await inspectGrid(file, format, fileName)) };
}

/** The read limits of the check's scan of a CSV text. */
export const scanLimits = (limits: Limits): ReadLimits => ({
  maxTextBytes: limits.uploadMaxDecompressedBytes,
  maxRowBytes: limits.uploadMaxLineBytes,
});

/**
 * Scans CSV text to its end within the limits: the scan made while the upload streamed in when
 * there is one (the file is then not read again), else the file.
 */
async function scanText(file: string, fileName: string, limits: Limits, scanned?: Promise<ScanOutcome>): Promise<void> {
  try {
    const outcome = scanned ? await scanned : 'unscanned';
    if (outcome instanceof Error) throw outcome;
    if (outcome !== 'parquet' && outcome !== 'unscanned') return;
    await scanCsv(file, { name: fileName, limits: scanLimits(limits) });
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
