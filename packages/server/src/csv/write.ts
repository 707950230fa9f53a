/**
 * The one CSV writer of the server (RFC 4180): cells separated by commas, records by CRLF.
 * Text that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return) is neutralised with a leading single quote, as OWASP's guidance on CSV
 * injection advises (text already starting with quotes before such a character gets one more, so
 * taking one leading quote off gives the text back: `csv/record-columns.ts` does); numbers and booleans are written as they are (a negative number stays a
 * number). Cells holding a comma, semicolon, quote or line break are quoted, quotes doubled.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** One value as a CSV cell: empty for null/undefined, text neutralised and quoted as needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  let text =
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'symbol'
          ? value.toString()
          : (JSON.stringify(value) ?? ''); // objects; nothing for a function
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, each record ended by CRLF. */
export function toCsv(rows: Iterable<readonly unknown[]>): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvCell).join(',')}\r\n`;
  return out;
}
