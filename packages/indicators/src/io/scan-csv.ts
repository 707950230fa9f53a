import { IndicatorError } from '../core/errors.ts';
import { CsvTokenizer, detectDelimiter, type FieldSpans } from './csv-tokenizer.ts';
import { feedText } from './feed-text.ts';
import { type ReadLimits } from './read-limits.ts';
import { openSource, type GridSource } from './source.ts';

/** What a scan of a CSV text found: its header, how many rows follow it, and its size. */
export interface CsvScan {
  header: string[];
  rows: number;
  /** Text bytes (after gzip is undone). */
  textBytes: number;
  gzip: boolean;
}

/**
 * Reads a CSV text (plain or gzip, told from its bytes) to its end without keeping it:
 * checks the limits (text size after gzip, row length) and that every row has the header's
 * number of fields. Stops at the first problem with an IndicatorError naming file and line.
 * Parquet input is refused (UNSUPPORTED_FORMAT): its size is told by its metadata.
 */
export async function scanCsv(
  source: GridSource,
  options: { name?: string; limits?: ReadLimits } = {},
): Promise<CsvScan> {
  const src = await openSource(source, options.name);
  if (src.kind !== 'csv')
    throw new IndicatorError('UNSUPPORTED_FORMAT', 'a Parquet file is not CSV text', { file: src.name });
  const limits = options.limits ?? {};
  let header: string[] | null = null;
  let rows = 0;
  const onRow = (f: FieldSpans, line: number): void => {
    if (header === null) {
      header = [];
      for (let j = 0; j < f.count; j++) header.push(f.text(j).trim());
    } else if (f.count !== header.length) {
      throw new IndicatorError('FIELD_COUNT', `expected ${header.length} fields (as in the header), found ${f.count}`, {
        file: src.name,
        line,
      });
    } else {
      rows++;
    }
  };
  const textBytes = await feedText(
    src,
    limits,
    (headerLine) => new CsvTokenizer(detectDelimiter(headerLine), onRow, src.name, { maxRowBytes: limits.maxRowBytes }),
  );
  if (header === null)
    throw new IndicatorError('EMPTY_INPUT', 'the input is empty (no header line)', { file: src.name });
  return { header, rows, textBytes, gzip: src.gzip };
}
