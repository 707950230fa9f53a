import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { type GridMapping } from './column-mapping.ts';
import { SimpleGridRow } from './csv-fast-row.ts';
import { CsvGridRows } from './csv-grid-reader.ts';
import { CsvTokenizer, delimiterByte } from './csv-tokenizer.ts';
import { readGrid } from './read-grid.ts';

const MAPPING: GridMapping = { cellId: 'GRD_ID', area: 'LAU', total: 'TOT', groups: ['NAT', 'EU', 'AFR'] };
const HEADER = 'GRD_ID,LAU,TOT,NAT,EU,AFR';
const enc = new TextEncoder();

/** The grid, or the error, of a text read field by field by the tokenizer (no shortcut). */
function byTokenizer(
  text: string,
  chunks: number[],
  mapping: GridMapping,
  maxRowBytes?: number,
): Grid | IndicatorError {
  try {
    const rows = new CsvGridRows('t.csv', mapping);
    const bytes = enc.encode(text);
    const t = new CsvTokenizer(
      delimiterByte(mapping.delimiter, bytes.subarray(0, bytes.indexOf(10))),
      (f, line) => rows.accept(f, line),
      't.csv',
      { maxRowBytes },
    );
    for (const part of split(bytes, chunks)) t.push(part);
    t.end();
    return rows.finish();
  } catch (e) {
    if (e instanceof IndicatorError) return e;
    throw e;
  }
}

/** The grid, or the error, of the same text read by readGrid (rows of the usual shape by the shortcut). */
async function byReader(
  text: string,
  chunks: number[],
  mapping: GridMapping,
  maxRowBytes?: number,
): Promise<Grid | IndicatorError> {
  try {
    const parts = split(enc.encode(text), chunks).map((p) => Buffer.from(p));
    return await readGrid(Readable.from(parts), mapping, { name: 't.csv', limits: { maxRowBytes } });
  } catch (e) {
    if (e instanceof IndicatorError) return e;
    throw e;
  }
}

function split(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes.length === 0 ? bytes.length : sizes[i % sizes.length];
    out.push(bytes.slice(at, at + size));
    at += size;
  }
  return out;
}

function summary(g: Grid | IndicatorError): unknown {
  if (g instanceof IndicatorError) return { code: g.code, message: g.message, line: g.line, column: g.column };
  return {
    n: g.cellCount,
    origin: [g.originX, g.originY, g.cellSize, g.width, g.height],
    row: [...g.row],
    col: [...g.col],
    total: [...g.total],
    counts: g.counts.map((c) => [...c]),
    areas: g.areaCodes,
    areaOf: g.areaOf === null ? null : [...g.areaOf],
    sum: g.totalIsGroupSum,
  };
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A row of the usual shape for cell i (100 m cells, ten to a grid row). */
function goodRow(i: number, area = `A${i % 3}`): string[] {
  return [`CRS3035RES100mN${2800000 + Math.floor(i / 10) * 100}E${4300000 + (i % 10) * 100}`, area, '9', '4', '3', '2'];
}

/** Ways to spoil or reshape one row: each keeps or breaks it as a grid file could. */
const VARIANTS: ((r: string[]) => string)[] = [
  (r) => r.join(','),
  (r) => r.join(',') + '\r',
  (r) => [`"${r[0]}"`, ...r.slice(1)].join(','),
  (r) => [r[0], `"${r[1]}"`, ...r.slice(2)].join(','),
  (r) => [r[0], `"x""y"`, ...r.slice(2)].join(','),
  (r) => [r[0], ` ${r[1]} `, ...r.slice(2)].join(','),
  (r) => [r[0], '', ...r.slice(2)].join(','),
  (r) => [r[0], r[1], ' 9', ...r.slice(3)].join(','),
  (r) => [r[0], r[1], '9.0', ...r.slice(3)].join(','),
  (r) => [r[0], r[1], '+9', ...r.slice(3)].join(','),
  (r) => [r[0], r[1], r[2], '-4', ...r.slice(4)].join(','),
  (r) => [r[0], r[1], r[2], '', ...r.slice(4)].join(','),
  (r) => [r[0], r[1], r[2], 'x', ...r.slice(4)].join(','),
  (r) => [r[0], r[1], r[2], '4e0', ...r.slice(4)].join(','),
  (r) => [r[0], r[1], r[2], '0000000000000004', ...r.slice(4)].join(','),
  (r) => [r[0], r[1], '1', ...r.slice(3)].join(','),
  (r) => [r[0], r[1], '8', ...r.slice(3)].join(','),
  (r) => [r[0], r[1], '99999999999999999', ...r.slice(3)].join(','),
  (r) => [...r, ''].join(','),
  (r) => [...r, '7'].join(','),
  (r) => r.slice(0, 5).join(','),
  (r) => r.join(',') + ',',
  (r) => [r[0].replace('100m', '1km'), ...r.slice(1)].join(','),
  (r) => [r[0].replace('100m', '200m'), ...r.slice(1)].join(','),
  (r) => [r[0].replace('E43', 'E43000'), ...r.slice(1)].join(','),
  (r) => [r[0].replace('00E', '50E'), ...r.slice(1)].join(','),
  (r) => [r[0].replace('CRS', 'crs'), ...r.slice(1)].join(','),
  (r) => [r[0].replace('N', 'X'), ...r.slice(1)].join(','),
  (r) => [r[0] + ' ', ...r.slice(1)].join(','),
  (r) => [r[0] + 'Z', ...r.slice(1)].join(','),
  (r) => ['CRS3035RES100mN2800000E', ...r.slice(1)].join(','),
  (r) => ['CRS3035RES0mN0E0', ...r.slice(1)].join(','),
  (r) => ['', ...r.slice(1)].join(','),
  () => '',
  (r) => r.join(',') + '\n',
  () => goodRow(0).join(','),
  (r) => r.join(',') + '\n"open',
  (r) => [r[0], 'A"1', ...r.slice(2)].join(','),
  (r) => [r[0], r[1] + '\r', ...r.slice(2)].join(','),
  (r) => r.join(';'),
  (r) => r.join('\t'),
];

describe('rows read straight from the bytes', () => {
  it('takes a row of the usual shape and leaves any other to the tokenizer', () => {
    const s = SimpleGridRow.of(6, 44, { cellId: 0, area: 1, total: 2, groups: [3, 4, 5] }) as SimpleGridRow;
    const row = enc.encode('CRS3035RES100mN2800100E4300200,LAU 7,12,5,4,3\r\nrest');
    expect(s.read(row, 0, row.length)).toBe(row.indexOf(10) + 1);
    expect([...s.cell]).toEqual([100, 4300200, 2800100]);
    expect([s.total, ...s.counts]).toEqual([12, 5, 4, 3]);
    expect(new TextDecoder().decode(row.subarray(s.areaStart, s.areaEnd))).toBe('LAU 7');
    const quoted = enc.encode('CRS3035RES100mN2800100E4300200,"L",12,5,4,3\n');
    expect(s.read(quoted, 0, quoted.length)).toBe(-1);
    expect(s.read(row, 0, row.indexOf(10))).toBe(-1);
    expect(SimpleGridRow.of(6, 44, { cellId: -1, area: 1, total: 2, groups: [3, 4, 5] })).toBeNull();
    expect(SimpleGridRow.of(6, 44, { cellId: 0, area: 0, total: 2, groups: [3, 4, 5] })).toBeNull();
  });

  it('gives the same grid or the same error as the tokenizer, whatever the row and the chunks', async () => {
    const next = random(7);
    let compared = 0;
    for (let v = 0; v < VARIANTS.length; v++) {
      for (const at of [0, 5, 11]) {
        const rows = Array.from({ length: 12 }, (_, i) => goodRow(i).join(','));
        rows[at] = VARIANTS[v](goodRow(at));
        const text = `${HEADER}\n${rows.join('\n')}${v % 2 === 0 ? '\n' : ''}`;
        const chunkings = [[], [1], [7, 3], [Math.floor(1 + next() * 60), Math.floor(1 + next() * 60)]];
        for (const chunks of chunkings) {
          const want = summary(byTokenizer(text, chunks, MAPPING));
          expect(
            summary(await byReader(text, chunks, MAPPING)),
            `variant ${v} at ${at}, chunks ${chunks.join(' ')}`,
          ).toEqual(want);
          compared++;
        }
      }
    }
    expect(compared).toBe(VARIANTS.length * 12);
  });

  it('agrees on CRLF files, other column orders, a missing total or area, and row limits', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => goodRow(i));
    const reorder = (r: string[]): string => [r[3], r[1], r[0], 'x', r[4], r[5]].join(',');
    const cases: { text: string; mapping: GridMapping; max?: number }[] = [
      { text: `${HEADER}\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, mapping: MAPPING },
      { text: `NAT,LAU,GRD_ID,X,EU,AFR\n${rows.map(reorder).join('\n')}`, mapping: { ...MAPPING, total: undefined } },
      { text: `${HEADER}\n${rows.map((r) => r.join(',')).join('\n')}\n`, mapping: { ...MAPPING, area: undefined } },
      { text: `${HEADER}\n${rows.map((r) => r.join(',')).join('\n')}\n`, mapping: MAPPING, max: 40 },
      { text: `${HEADER}\n${rows.map((r) => r.join(',')).join('\n')}\n`, mapping: MAPPING, max: 64 },
      { text: `${HEADER.replace(/,/g, '\t')}\n${rows.map((r) => r.join('\t')).join('\n')}\n`, mapping: MAPPING },
    ];
    for (const [i, c] of cases.entries()) {
      for (const chunks of [[], [5], [33, 17]]) {
        const want = summary(byTokenizer(c.text, chunks, c.mapping, c.max));
        expect(summary(await byReader(c.text, chunks, c.mapping, c.max)), `case ${i}`).toEqual(want);
      }
    }
  });
});
