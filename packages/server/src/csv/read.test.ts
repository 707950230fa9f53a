import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsv } from './read.ts';

describe("reading CSV (the server's one reader)", () => {
  it('keeps quoted separators, doubled quotes and line breaks, and the line each row starts on', () => {
    const rows = readCsv('name,description\n"Vzw ""De Brug""","Two lines\nof text, with a comma"\n\nLast,row\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ['name', 'description'] },
      { line: 2, cells: ['Vzw "De Brug"', 'Two lines\nof text, with a comma'] },
      { line: 5, cells: ['Last', 'row'] },
    ]);
  });

  it('detects semicolon-separated files from the header line', () => {
    expect(readCsv('\uFEFFname;area\nA, B;economy').map((r) => r.cells)).toEqual([
      ['name', 'area'],
      ['A, B', 'economy'],
    ]);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => readCsv('name\nok\n"never closed\n')).toThrow(CsvSyntaxError);
    try {
      readCsv('name\nok\n"never closed\n');
    } catch (err) {
      expect((err as CsvSyntaxError).line).toBe(3);
    }
  });

  it('refuses a quote inside an unquoted field or text after a closing quote, naming the line; the lenient mode keeps them as text', () => {
    expect(() => readCsv('a,b\nx"y,2\n')).toThrow(
      new CsvSyntaxError(2, 'a quote may only open a field; write "" inside a quoted field'),
    );
    expect(() => readCsv('a,b\n"x"y,2\n')).toThrow(/^line 2: a closing quote must end its field$/);
    expect(readCsv('a,b\n  "x" ,2\n').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x', '2'],
    ]);
    expect(readCsv('a,b\nx"y,2\n', { strict: false }).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x"y', '2'],
    ]);
  });

  it('picks the most frequent of comma, semicolon, tab and bar in the header; reads a head cut short', () => {
    expect(readCsv('a|b|c\n1|2|3').map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(readCsv('a\tb\tc;d\n1\t2\t3;4').map((r) => r.cells)).toEqual([
      ['a', 'b', 'c;d'],
      ['1', '2', '3;4'],
    ]);
    expect(readCsv('a\tb;c\n1\t2;3').map((r) => r.cells)).toEqual([
      ['a\tb', 'c'],
      ['1\t2', '3'],
    ]);
    expect(readCsv('a,b\n1,2\n3,"fo', { truncated: true }).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(readCsv('a,b\n1,2\n3,4\n', { maxRecords: 2 }).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
