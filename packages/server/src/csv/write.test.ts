import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCsv } from './read.ts';
import { csvCell, toCsv } from './write.ts';

/** Values a spreadsheet user could type, including formula starts and awkward characters. */
const VALUES = [
  'plain',
  'with, comma',
  'with; semicolon',
  'with "quotes"',
  'two\nlines',
  'crlf\r\nlines',
  'Città di Bologna — ñ, ü, ø, ł, ő',
  '',
  '=HYPERLINK("http://example.org","click")',
  '+49 30 1234',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTabbed',
  '\rCarriage',
  "'already quoted",
  'a=b',
  'x-y@z',
];
const FORMULA = /^[=+\-@\t\r]/;
const expected = (v: string) => (FORMULA.test(v) ? `'${v}` : v);

describe("writing CSV (the server's one writer)", () => {
  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell('=a,"b"')).toBe(`"'=a,""b"""`);
  });

  it('reads back with an independent parser (csv-parse) to the values written, apart from the neutralising quote', () => {
    const rows = [['name', 'value', 'number'], ...VALUES.map((v, i) => [v, `${v} / ${i}`, i - 3])];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed: string[][] = parse(text, { relax_column_count: false });
    expect(parsed).toEqual(
      rows.map((r, i) => (i === 0 ? r : [expected(r[0] as string), expected(r[1] as string), String(r[2])])),
    );
  });

  it("reads back with the server's own reader the same way", () => {
    const rows = [['a', 'b'], ...VALUES.map((v) => [v, 'end'])];
    const read = readCsv(toCsv(rows), { delimiter: ',' }).map((r) => r.cells);
    // A row whose only text is empty is a blank line to a reader; every row here ends with 'end'.
    expect(read).toEqual(rows.map((r, i) => (i === 0 ? r : [expected(r[0]), 'end'])));
  });
});
