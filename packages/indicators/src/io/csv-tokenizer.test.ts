import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../core/errors.ts';
import { CsvTokenizer } from './csv-tokenizer.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Every row the tokenizer gives for `text` fed in pieces of the given sizes (cycled). */
function rowsOf(text: Uint8Array, sizes: number[]): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  const t = new CsvTokenizer(44, (f, line) =>
    rows.push({ line, fields: Array.from({ length: f.count }, (_, j) => f.text(j)) }),
  );
  for (let at = 0, i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length];
    t.push(text.subarray(at, at + size));
    at += size;
  }
  t.end();
  return rows;
}

/** Feeds `total` bytes of one row (no line break) in chunks of `chunk` bytes; the bytes copied. */
function copiesForOneLine(total: number, chunk: number): number {
  const t = new CsvTokenizer(44, () => undefined);
  const piece = new Uint8Array(chunk).fill(0x37);
  for (let sent = 0; sent < total; sent += chunk) t.push(piece);
  const copied = t.bytesCopied;
  t.end();
  return copied;
}

describe('CSV tokenizer', () => {
  const text = bytes('a,"b ""q""",c\r\n\r\n1,"two\nlines",3\n"",x,\n\n4,5,"6"\r\n7,,"8,9"');
  const whole = rowsOf(text, [text.length]);

  it('reads quotes, doubled quotes, CRLF, line breaks in quotes, blank lines and a last row without a break', () => {
    expect(whole).toEqual([
      { line: 1, fields: ['a', 'b "q"', 'c'] },
      { line: 3, fields: ['1', 'two\nlines', '3'] },
      { line: 5, fields: ['', 'x', ''] },
      { line: 7, fields: ['4', '5', '6'] },
      { line: 8, fields: ['7', '', '8,9'] },
    ]);
  });

  it('gives the same rows and lines however the input is cut into chunks', () => {
    for (const sizes of [[1], [2], [3], [5, 1], [7, 2, 1], [16]]) expect(rowsOf(text, sizes)).toEqual(whole);
  });

  it('names the line of a quoted field that is never closed, and of a stray character after a quote', () => {
    expect(() => rowsOf(bytes('a,b\n1,"2\n3\n'), [3])).toThrow(
      expect.objectContaining({ code: 'MALFORMED_CSV', line: 2 }),
    );
    expect(() => rowsOf(bytes('a,b\n1,2\n"3"x,4\n'), [4])).toThrow(
      expect.objectContaining({ code: 'MALFORMED_CSV', line: 3 }),
    );
  });

  it('copies each byte a bounded number of times: a row of many MB in small chunks costs O(n), not O(n²)', () => {
    const small = copiesForOneLine(4 << 20, 1 << 16);
    const large = copiesForOneLine(16 << 20, 1 << 16);
    // Carrying the unfinished row into every new chunk would copy about n²/(2·chunk) bytes: 128 MiB, then 2 GiB.
    expect(small).toBeLessThanOrEqual(3 * (4 << 20));
    expect(large).toBeLessThanOrEqual(3 * (16 << 20));
    expect(large / small).toBeLessThan(5);
  });

  it('copies only the unfinished tail of each chunk when rows are short', () => {
    const row = '4500000,3000000,AREA-W,5,6,7,18\n';
    const input = bytes(row.repeat(1 << 15));
    const t = new CsvTokenizer(44, () => undefined);
    let rows = 0;
    const counting = new CsvTokenizer(44, () => {
      rows++;
    });
    for (let at = 0; at < input.length; at += 1000) {
      t.push(input.subarray(at, at + 1000));
      counting.push(input.subarray(at, at + 1000));
    }
    counting.end();
    expect(rows).toBe(1 << 15);
    expect(t.bytesCopied).toBeLessThan(input.length / 10);
  });

  it("stops a row longer than its limit, naming the limit and the row's line, without holding the rest", () => {
    const t = new CsvTokenizer(44, () => undefined, 'endless.csv', { maxRowBytes: 1 << 20 });
    t.push(bytes('a,b\n'));
    const piece = new Uint8Array(1 << 16).fill(0x31);
    let error: unknown = null;
    let sent = 0;
    try {
      for (; sent < 64 << 20; sent += piece.length) t.push(piece);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IndicatorError);
    expect(error).toMatchObject({ code: 'TOO_LARGE', line: 2, file: 'endless.csv' });
    expect((error as Error).message).toBe(
      'endless.csv, line 2: the row is longer than the limit of 1 MiB (a line break may be missing)',
    );
    expect(sent).toBeLessThanOrEqual((1 << 20) + piece.length);
    expect(t.bytesCopied).toBeLessThanOrEqual(3 << 20);
  });
});
