import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { type GridMapping } from './column-mapping.ts';
import { readGrid } from './read-grid.ts';

const MAPPING: GridMapping = { cellId: 'GRD_ID', area: 'LAU', total: 'TOT', groups: ['NAT', 'EU'] };

/** A text with every hard case: BOM, CRLF, quoted fields (a delimiter, doubled quotes and a line break inside), blank lines, no final break. */
const TEXT =
  '\uFEFFGRD_ID,"LAU",TOT,NAT,EU\r\n' +
  'CRS3035RES100mN2800000E4300000,"a,""b""",10,8,2\r\n' +
  '\r\n' +
  '"CRS3035RES100mN2800000E4300100",plain,5,"5",0\n' +
  '\n' +
  'CRS3035RES100mN2800100E4300000,"two\nlines",123456.5,123450.25,6.25\r\n' +
  'CRS3035RES100mN2800100E4300100,plain, 7 ,3.5,3.5';

/** The same cells, written out by hand, in the grid's order (by row, then column). */
const EXPECTED = [
  { x: 4300000, y: 2800000, area: 'a,"b"', total: 10, nat: 8, eu: 2 },
  { x: 4300100, y: 2800000, area: 'plain', total: 5, nat: 5, eu: 0 },
  { x: 4300000, y: 2800100, area: 'two\nlines', total: 123456.5, nat: 123450.25, eu: 6.25 },
  { x: 4300100, y: 2800100, area: 'plain', total: 7, nat: 3.5, eu: 3.5 },
];

/** The cells of a grid as plain objects, for comparison. */
function cells(g: Grid): typeof EXPECTED {
  return Array.from({ length: g.cellCount }, (_, i) => ({
    x: g.originX + g.col[i] * g.cellSize,
    y: g.originY + g.row[i] * g.cellSize,
    area: g.areaCodes[(g.areaOf as Int32Array)[i]],
    total: g.total[i],
    nat: g.counts[0][i],
    eu: g.counts[1][i],
  }));
}

/** Reads the bytes delivered as the given pieces (cut at each position in `cuts`). */
function inPieces(bytes: Buffer, cuts: number[]): Readable {
  const at = [0, ...cuts, bytes.length];
  return Readable.from(at.slice(1).map((end, i) => bytes.subarray(at[i], end)));
}

async function failure(source: Readable | Buffer, mapping = MAPPING): Promise<IndicatorError> {
  const e = await readGrid(source, mapping, { name: 'cut.csv' }).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(IndicatorError);
  return e as IndicatorError;
}

describe('CSV reading over chunk boundaries', () => {
  const bytes = Buffer.from(TEXT);

  it('reads the hard cases as written out by hand', async () => {
    const g = await readGrid(bytes, MAPPING);
    expect(g.cellCount).toBe(4);
    expect(cells(g)).toEqual(EXPECTED);
  });

  it('gives the same grid wherever the input is cut: inside the BOM, a number, a quote, a CRLF or a line', async () => {
    const whole = cells(await readGrid(bytes, MAPPING));
    expect(whole.length).toBe(4);
    for (let p = 1; p < bytes.length; p++) {
      const g = await readGrid(inPieces(bytes, [p]), MAPPING, { name: `cut at ${p}` });
      expect(cells(g), `cut at byte ${p}`).toEqual(whole);
    }
  });

  it('gives the same grid from one-byte chunks and from gzip in chunks', async () => {
    const whole = cells(await readGrid(bytes, MAPPING));
    const ones = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    expect(cells(await readGrid(inPieces(bytes, ones), MAPPING))).toEqual(whole);
    const gz = gzipSync(bytes);
    expect(cells(await readGrid(gz, MAPPING))).toEqual(whole);
    expect(cells(await readGrid(inPieces(gz, [5, 17, 40]), MAPPING))).toEqual(whole);
  });

  it('names the value, line and column of a bad number wherever the input is cut', async () => {
    const bad = Buffer.from(TEXT.replace('123450.25', '1234x0.25'));
    for (let p = 1; p < bad.length; p += 3) {
      const e = await failure(inPieces(bad, [p]));
      expect([e.code, e.line, e.column], `cut at byte ${p}`).toEqual(['NON_NUMERIC', 6, 'NAT']);
      expect(e.message).toContain("count '1234x0.25' is not a number");
    }
  });

  it('names negative and empty counts and a short row with their line and column', async () => {
    const negative = await failure(Buffer.from(TEXT.replace(',3.5,3.5', ',3.5,-3.5')));
    expect([negative.code, negative.line, negative.column]).toEqual(['NEGATIVE_COUNT', 8, 'EU']);
    expect(negative.message).toContain('count -3.5 is negative');
    const empty = await failure(Buffer.from(TEXT.replace('plain,5,"5",0', 'plain,5,,0')));
    expect([empty.code, empty.line, empty.column]).toEqual(['NON_NUMERIC', 4, 'NAT']);
    expect(empty.message).toContain('count is empty');
    const short = await failure(Buffer.from(TEXT.replace('plain,5,"5",0', 'plain,5,5')));
    expect([short.code, short.line]).toEqual(['FIELD_COUNT', 4]);
    expect(short.message).toContain('expected 5 fields, found 4');
  });

  it('finds a repeated cell in chunks, naming both lines', async () => {
    const twice = Buffer.from(TEXT + '\nCRS3035RES100mN2800000E4300100,plain,1,1,0\n');
    for (const p of [30, 100, twice.length - 20]) {
      const e = await failure(inPieces(twice, [p]));
      expect([e.code, e.line, e.column]).toEqual(['DUPLICATE_CELL', 9, 'GRD_ID']);
      expect(e.message).toContain('cell CRS3035RES100mN2800000E4300100 appears twice (first on line 4)');
    }
  });

  it('keeps --where working across chunks', async () => {
    const text = Buffer.from(
      'GRD_ID,YEAR,LAU,TOT,NAT,EU\n' +
        'CRS3035RES100mN2800000E4300000,2020,A,3,2,1\n' +
        'CRS3035RES100mN2800000E4300000,2021,A,4,2,2\n' +
        'CRS3035RES100mN2800000E4300100,"2021",B,6,1,5\n',
    );
    const mapping = { ...MAPPING, select: { column: 'YEAR', value: '2021' } };
    for (const p of [20, 50, 75, 100, 120]) {
      const g = await readGrid(inPieces(text, [p]), mapping);
      expect(g.cellCount).toBe(2);
      expect(Array.from(g.total)).toEqual([4, 6]);
      expect(g.areaCodes).toEqual(['A', 'B']);
    }
  });
});
