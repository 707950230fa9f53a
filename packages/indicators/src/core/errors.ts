/** Stable codes for every failure the engine reports. */
export type IndicatorErrorCode =
  | 'MALFORMED_CELL_ID'
  | 'MIXED_RESOLUTION'
  | 'MISALIGNED_COORDINATE'
  | 'NON_NUMERIC'
  | 'NEGATIVE_COUNT'
  | 'GROUP_EXCEEDS_TOTAL'
  | 'GROUPS_EXCEED_TOTAL'
  | 'DUPLICATE_CELL'
  | 'MISSING_COLUMN'
  | 'FIELD_COUNT'
  | 'MALFORMED_CSV'
  | 'EMPTY_AREA'
  | 'EMPTY_INPUT'
  | 'INVALID_OPTION'
  | 'UNSUPPORTED_FORMAT'
  | 'TOO_LARGE'
  | 'USAGE';

/** Where in an input file a problem was found. Lines and columns are 1-based. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  /** How `line` is named in messages: 'line' (text files, default) or 'row' (Parquet). */
  lineLabel?: 'line' | 'row';
  /** Column name as written in the header. */
  column?: string;
  /** 1-based position of that column in the header. */
  columnIndex?: number;
}

/**
 * The one error type of the package: a code, a clear message, and the location at fault.
 * The message already contains the location, so printing `err.message` is enough.
 */
export class IndicatorError extends Error {
  readonly code: IndicatorErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
  readonly columnIndex?: number;

  constructor(code: IndicatorErrorCode, problem: string, where: ErrorLocation = {}) {
    super(formatLocation(where) + problem);
    this.name = 'IndicatorError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.columnIndex = where.columnIndex;
  }
}

function formatLocation(where: ErrorLocation): string {
  const parts: string[] = [];
  if (where.file !== undefined) parts.push(where.file);
  if (where.line !== undefined) parts.push(`${where.lineLabel ?? 'line'} ${where.line}`);
  if (where.column !== undefined) {
    const at = where.columnIndex !== undefined ? ` (#${where.columnIndex})` : '';
    parts.push(`column '${where.column}'${at}`);
  }
  return parts.length > 0 ? parts.join(', ') + ': ' : '';
}

/** Throws an INVALID_OPTION error unless `ok`. */
export function requireOption(ok: boolean, message: string): asserts ok {
  if (!ok) throw new IndicatorError('INVALID_OPTION', message);
}
