import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv.ts';

describe('reading CSV', () => {
  it('keeps quoted separators, doubled quotes and line breaks, and the line each row starts on', () => {
    const rows = parseCsv('name,description\n"Vzw ""De Brug""","Two lines\nof text, with a comma"\n\nLast,row\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ['name', 'description'] },
      { line: 2, cells: ['Vzw "De Brug"', 'Two lines\nof text, with a comma'] },
      { line: 5, cells: ['Last', 'row'] },
    ]);
  });

  it('detects semicolon-separated files from the header line', () => {
    expect(parseCsv('\uFEFFname;area\nA, B;economy').map((r) => r.cells)).toEqual([['name', 'area'], ['A, B', 'economy']]);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => parseCsv('name\nok\n"never closed\n')).toThrow(CsvSyntaxError);
    try { parseCsv('name\nok\n"never closed\n'); } catch (err) { expect((err as CsvSyntaxError).line).toBe(3); }
  });
});
