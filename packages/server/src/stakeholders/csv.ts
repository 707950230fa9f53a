/** One CSV record with the line (1-based) it starts on. */
export interface CsvRow { line: number; cells: string[] }

/** A CSV syntax problem at a line. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) { super(`line ${line}: ${message}`); }
}

/**
 * Parses RFC 4180 CSV (comma or semicolon separated, detected from the header line;
 * quoted fields may hold separators, quotes as "" and line breaks). Blank lines are
 * skipped. Each row keeps the line it starts on, so errors can point at it.
 */
export function parseCsv(text: string): CsvRow[] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let wasQuoted = false;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '' || wasQuoted) rows.push({ line: startLine, cells });
    cells = []; cell = ''; wasQuoted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; cell += ch; }
      continue;
    }
    if (ch === '"') {
      if (cell.trim() !== '') throw new CsvSyntaxError(line, 'a quote may only open a field; write "" inside a quoted field');
      cell = ''; quoted = true; wasQuoted = true;
    } else if (ch === sep) { cells.push(cell); cell = ''; }
    else if (ch === '\r') continue;
    else if (ch === '\n') { endRow(); line++; startLine = line; }
    else cell += ch;
  }
  if (quoted) throw new CsvSyntaxError(startLine, 'a quoted field is never closed');
  if (cell !== '' || cells.length) endRow();
  return rows;
}
