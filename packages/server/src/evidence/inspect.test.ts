import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { readCsv } from '../csv/read.ts';
import { detectFormat, inspectGrid } from './inspect.ts';
import { parseMapping, suggestMapping } from './mapping.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe("reading a grid file's head", () => {
  it('tells CSV, gzip and Parquet apart by their bytes', () => {
    expect(detectFormat(bytes('id,a\n1,2\n'), 'x.csv')).toBe('csv');
    expect(detectFormat(gzipSync('id,a\n'), 'x.bin')).toBe('csv.gz');
    expect(detectFormat(bytes('PAR1....PAR1'), 'x')).toBe('parquet');
    expect(() => detectFormat(bytes('id,a\n'), 'grid.parquet')).toThrow(/grid\.parquet: not a Parquet file/);
    expect(() => detectFormat(new Uint8Array([1, 0, 2]), 'grid.bin')).toThrow(AppError);
  });

  it('parses quoted fields, doubled quotes, CRLF and the delimiter the engine would pick', () => {
    const head = (text: string, truncated: boolean) =>
      readCsv(text, { maxRecords: 5, truncated, strict: false }).map((r) => r.cells);
    expect(head('a;b;"c;d"\r\n1;"x ""y""";3\r\n', false)).toEqual([
      ['a', 'b', 'c;d'],
      ['1', 'x "y"', '3'],
    ]);
    expect(head('a\tb\n1\t2', false)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(head('a,b\n1,2\n3,', true)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('returns the header and up to ten rows, from plain or compressed text', async () => {
    const text = ['id,n', ...Array.from({ length: 30 }, (_, i) => `${i},${i * 2}`)].join('\n');
    for (const [b, format] of [
      [bytes(text), 'csv'],
      [gzipSync(text), 'csv.gz'],
    ] as const) {
      const head = await inspectGrid(b, format, 'g');
      expect(head.header).toEqual(['id', 'n']);
      expect(head.preview).toHaveLength(10);
      expect(head.preview[9]).toEqual(['9', '18']);
    }
  });

  it('names the problem with a header: duplicate or empty column names, broken gzip', async () => {
    await expect(inspectGrid(bytes('a,b,a\n1,2,3\n'), 'csv', 'dup.csv')).rejects.toThrow(
      "dup.csv, line 1: column name 'a' appears twice (#1 and #3)",
    );
    await expect(inspectGrid(bytes('a,,c\n'), 'csv', 'e.csv')).rejects.toThrow(
      'e.csv, line 1, column #2: the header has an empty column name',
    );
    await expect(inspectGrid(new Uint8Array([0x1f, 0x8b, 1, 2, 3]), 'csv.gz', 'z.gz')).rejects.toThrow(
      /z\.gz: not a valid gzip file/,
    );
  });
});

describe('column mapping', () => {
  const header = ['GRD_ID', 'LAU_CODE', 'TOT', 'NAT', 'EU'];

  it('suggests EU grid ids, the area, the total and the numeric groups', () => {
    const preview = [['CRS3035RES100mN2800000E4300000', 'SYN-01', '7', '6', '1']];
    expect(suggestMapping(header, preview)).toEqual({
      cellId: 'GRD_ID',
      x: null,
      y: null,
      cellSize: null,
      area: 'LAU_CODE',
      groups: ['NAT', 'EU'],
      total: 'TOT',
      year: null,
    });
  });

  it('suggests a year column apart from the groups, so a grid with a row per cell and year reads one year', () => {
    const preview = [['CRS3035RES100mN2800000E4300000', '2021', '7', '6']];
    expect(suggestMapping(['GRD_ID', 'year', 'TOT', 'NAT'], preview)).toMatchObject({
      cellId: 'GRD_ID',
      groups: ['NAT'],
      total: 'TOT',
      year: 'year',
    });
  });

  it('suggests x/y with the cell size seen between the first rows', () => {
    const preview = [
      ['100', '200', '3'],
      ['200', '200', '4'],
      ['100', '300', '5'],
    ];
    expect(suggestMapping(['x', 'y', 'A'], preview)).toMatchObject({ x: 'x', y: 'y', cellSize: 100, groups: ['A'] });
  });

  it('names every column the file does not have, and columns used twice', () => {
    try {
      parseMapping({ cellId: 'GRD_ID', groups: ['NAT', 'NAT', 'ASI'], total: 'TOTAL' }, header);
      expect.unreachable();
    } catch (err) {
      const e = err as AppError;
      expect(e.code).toBe('validation_failed');
      expect(e.issues).toEqual([
        { field: 'mapping.groups.1', message: 'column "NAT" is already used as groups.0' },
        {
          field: 'mapping.groups.2',
          message: 'column "ASI" is not in the file\'s header (columns: GRD_ID, LAU_CODE, TOT, NAT, EU)',
        },
        {
          field: 'mapping.total',
          message: 'column "TOTAL" is not in the file\'s header (columns: GRD_ID, LAU_CODE, TOT, NAT, EU)',
        },
      ]);
    }
  });
});
