/**
 * The one CSV reader of the server (RFC 4180), for text that fits in memory: quoted fields may
 * hold separators, doubled quotes and line breaks; CRLF or LF; a UTF-8 byte order mark and
 * blank lines are skipped. Each record keeps the line it starts on, so errors can point at it.
 * (Grid files are read by the indicators engine's own byte-level tokenizer.)
 */

/** One CSV record with the line (1-based) it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV syntax problem at a line. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export interface CsvReadOptions {
  /** The separator; by default the most frequent of `,` `;` TAB `|` outside quotes in the first line (ties in that order), as the grid engine picks it. */
  delimiter?: string;
  /** Stop after this many records. */
  maxRecords?: number;
  /** The text is the head of a longer file: a last record not ended by a line break is dropped. */
  truncated?: boolean;
  /**
   * true (default): a quote inside an unquoted field, or text after a closing quote, is an
   * error; false: they are kept as text (as the grid engine reads them).
   */
  strict?: boolean;
}

const CANDIDATES = [',', ';', '\t', '|'];

/** The separator of a header line: the most frequent candidate outside quotes (ties in order; ',' when none). */
export function sniffDelimiter(headerLine: string): string {
  const counts = CANDIDATES.map(() => 0);
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      const j = CANDIDATES.indexOf(c);
      if (j >= 0) counts[j]! += 1;
    }
  }
  let best = 0;
  for (let j = 1; j < CANDIDATES.length; j++) if (counts[j]! > counts[best]!) best = j;
  return CANDIDATES[best]!;
}

/** Reads CSV text into records; throws CsvSyntaxError naming the line of a malformed one. */
export function readCsv(input: string, options: CsvReadOptions = {}): CsvRow[] {
  const text = input.replace(/^\uFEFF/, '');
  const strict = options.strict ?? true;
  const max = options.maxRecords ?? Infinity;
  const lf = text.indexOf('\n');
  const sep = options.delimiter ?? sniffDelimiter(lf < 0 ? text : text.slice(0, lf));
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let wasQuoted = false;
  let closed = false;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim() !== '' || wasQuoted) rows.push({ line: startLine, cells });
    cells = [];
    cell = '';
    wasQuoted = false;
    closed = false;
  };
  for (let i = 0; i < text.length && rows.length < max; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        closed = true;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === sep) {
      cells.push(cell);
      cell = '';
      wasQuoted = false;
      closed = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      startLine = line;
    } else if (ch === '"' && !closed && (cell === '' || (strict && cell.trim() === ''))) {
      cell = '';
      quoted = true;
      wasQuoted = true;
    } else if (strict && ch === '"')
      throw new CsvSyntaxError(line, 'a quote may only open a field; write "" inside a quoted field');
    else if (strict && closed) {
      if (ch !== ' ' && ch !== '\t') throw new CsvSyntaxError(line, 'a closing quote must end its field');
    } else cell += ch;
  }
  if (rows.length >= max) return rows;
  if (quoted) {
    if (options.truncated) return rows;
    throw new CsvSyntaxError(startLine, 'a quoted field is never closed');
  }
  if (!options.truncated && (cell !== '' || cells.length || wasQuoted)) endRow();
  return rows;
}
