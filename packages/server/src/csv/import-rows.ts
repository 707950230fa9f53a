import { AppError } from '../errors.ts';
import { CsvSyntaxError, readCsv, type CsvRow } from './read.ts';

/** A CSV file to import: its header line and at least one row under it. */
export interface ImportRows {
  header: CsvRow;
  data: CsvRow[];
}

/**
 * Reads a CSV file for an all-or-nothing import: a syntax error, a file without a header and
 * at least one `rowNoun`, or more than `maxRows` rows (IMPORT_MAX_ROWS) is refused before
 * any row is looked at, naming the line where it can.
 */
export function readImportRows(
  text: string,
  opts: { maxRows: number; rowNoun: string; delimiter?: string },
): ImportRows {
  let rows: CsvRow[];
  try {
    rows = readCsv(text, { maxRecords: opts.maxRows + 2, delimiter: opts.delimiter });
  } catch (err) {
    if (err instanceof CsvSyntaxError)
      throw new AppError('import_invalid', `Nothing was imported: ${err.message}`, 'csv', [
        { field: 'csv', message: err.message, position: err.line },
      ]);
    throw err;
  }
  const [header, ...data] = rows;
  if (!header || data.length === 0)
    throw new AppError(
      'import_invalid',
      `Nothing was imported: the file needs a header line and at least one ${opts.rowNoun}`,
      'csv',
    );
  if (data.length > opts.maxRows)
    throw new AppError(
      'payload_too_large',
      `Nothing was imported: the file has more than ${opts.maxRows.toLocaleString('en')} rows, the most one import takes (IMPORT_MAX_ROWS); split it into smaller files`,
      'csv',
    );
  return { header, data };
}
