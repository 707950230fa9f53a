import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { referencePath } from '../testing/reference-data.ts';
import { type GridMapping } from './column-mapping.ts';
import { readGrid } from './read-grid.ts';
import { readGridsBy } from './read-grids-by.ts';
import { ParquetWriter } from './write-parquet.ts';
import { tempDirForTests } from '../testing/temp-dir.ts';

const dir = tempDirForTests('indicators-split-');
const GROUPS = ['grpA', 'grpB', 'grpC', 'grpD'];
const MAPPING: GridMapping = { x: 'x', y: 'y', cellSize: 100, area: 'LAU', groups: GROUPS, total: 'total' };
const YEARS = ['2011', '2016', '2021'];

/** The small reference grid's cells as numbers: x, y, four groups, total. */
const cells = readFileSync(referencePath('grid_small_40x30.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',').slice(1).map(Number));

/**
 * Three years of the grid as rows [year, x, y, LAU, groups…, total]: 2016 swaps groups A and B,
 * 2021 drops every seventh cell and doubles group C. 2011 and 2016 are interleaved, 2021 follows.
 */
function yearRows(): (string | number)[][] {
  const lau = (x: number) => (x < 4502000 ? 'W' : 'E');
  const row = (year: string, [x, y, a, b, c, d, total]: number[]) => [year, x, y, lau(x), a, b, c, d, total];
  const rows = cells.flatMap((c) => [row('2011', c), row(' 2016 ', [c[0], c[1], c[3], c[2], c[4], c[5], c[6]])]);
  cells.forEach((c, i) => {
    if (i % 7 !== 0) rows.push(row('2021', [c[0], c[1], c[2], c[3], c[4] * 2, c[5], c[6] + c[4]]));
  });
  return rows;
}

const HEADER = ['year', 'x', 'y', 'LAU', ...GROUPS, 'total'];
const csvText = (rows: (string | number)[][]) => [HEADER, ...rows].map((r) => r.join(',')).join('\n') + '\n';

function writeCsv(name: string, rows: (string | number)[][], gzip = false): string {
  const file = path.join(dir, name);
  writeFileSync(file, gzip ? gzipSync(csvText(rows)) : csvText(rows));
  return file;
}

/** The years as Parquet (year as int32, the area as text), in row groups of 700 rows. */
async function writeParquet(
  name: string,
  rows: (string | number)[][],
  spoil?: (row: number) => string,
): Promise<string> {
  const file = path.join(dir, name);
  const writer = await ParquetWriter.open(file, [
    { name: 'year', type: 'int32' },
    { name: 'x', type: 'double' },
    { name: 'y', type: 'double' },
    { name: 'LAU', type: 'string' },
    { name: 'grpA', type: spoil ? 'string' : 'double' },
    ...GROUPS.slice(1).map((g) => ({ name: g, type: 'double' as const })),
    { name: 'total', type: 'double' },
  ]);
  for (let from = 0; from < rows.length; from += 700) {
    const part = rows.slice(from, from + 700);
    const num = (j: number) => Float64Array.from(part, (r) => Number(r[j]));
    await writer.writeRowGroup([
      Int32Array.from(part, (r) => Number(r[0])),
      num(1),
      num(2),
      part.map((r) => String(r[3])),
      spoil ? part.map((r, i) => spoil(from + i) || String(r[4])) : num(4),
      num(5),
      num(6),
      num(7),
      num(8),
    ]);
  }
  await writer.close();
  return file;
}

const selected = (file: string, value: string, mapping = MAPPING) =>
  readGrid(file, { ...mapping, select: { column: 'year', value } });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as IndicatorError,
  );

/** Compares two grids field by field (typed arrays element by element). */
function expectSameGrid(split: Grid, alone: Grid): void {
  expect(split.cellCount).toBeGreaterThan(0);
  expect(split.cellCount).toBe(alone.cellCount);
  expect(split).toEqual(alone);
}

describe('reading a grid once, split by the values of a column (the years of a file with a row per cell and year)', () => {
  const rows = yearRows();

  it('gives, for CSV, gzip CSV and Parquet, each year’s grid cell for cell as readGrid with select does', async () => {
    const files = [
      writeCsv('years.csv', rows),
      writeCsv('years.csv.gz', rows, true),
      await writeParquet('years.parquet', rows),
    ];
    for (const file of files) {
      const years = await readGridsBy(file, MAPPING, { column: 'year' });
      expect([...years.keys()], file).toEqual(YEARS);
      for (const year of YEARS) expectSameGrid(years.get(year)!, await selected(file, year));
      expect(years.get('2021')!.cellCount).toBe(cells.length - Math.ceil(cells.length / 7));
      expect(years.get('2016')!.counts[0]).toEqual(years.get('2011')!.counts[1]);
      expect(years.get('2016')!.areaCodes).toEqual(['E', 'W']);
      // Asked values come in the order asked; the others are not read.
      const two = await readGridsBy(file, MAPPING, { column: 'year', values: ['2021', '2011'] });
      expect([...two.keys()]).toEqual(['2021', '2011']);
      expectSameGrid(two.get('2021')!, years.get('2021')!);
      expectSameGrid(two.get('2011')!, years.get('2011')!);
    }
  });

  it('reads streams and buffers, names them, and reports its progress up to the whole input', async () => {
    const text = csvText(rows);
    const fractions: number[] = [];
    const fromBuffer = await readGridsBy(
      gzipSync(text),
      MAPPING,
      { column: 'year' },
      { onProgress: (f) => fractions.push(f) },
    );
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions.at(-1)).toBe(1);
    const fromStream = await readGridsBy(Readable.from([Buffer.from(text)]), MAPPING, { column: 'year' });
    for (const year of YEARS) expectSameGrid(fromStream.get(year)!, fromBuffer.get(year)!);
    const bad = text.replace('\n2021,', '\n2021,x');
    const err = await failure(readGridsBy(Readable.from([bad]), MAPPING, { column: 'year' }, { name: 'census.csv' }));
    expect(err?.message).toMatch(/^census\.csv, line \d+, column 'x' \(#2\): coordinate 'x\d+' is not a number$/);
  });

  it('stops at a bad value naming the file line or Parquet row, as the select of that year does', async () => {
    const at = 2 * 40 + 1; // a 2016 row: the second of the 41st cell
    const spoiled = rows.map((r, i) => (i === at ? [r[0], r[1], r[2], r[3], 'many', ...r.slice(5)] : r));
    const file = writeCsv('spoiled.csv', spoiled);
    const err = await failure(readGridsBy(file, MAPPING, { column: 'year' }));
    expect(err).toBeInstanceOf(IndicatorError);
    expect(err).toMatchObject({ code: 'NON_NUMERIC', line: at + 2, column: 'grpA' });
    expect(err?.message).toBe((await failure(selected(file, '2016')))?.message);
    // Rows of a year not asked for are skipped unchecked, as by select.
    const rest = await readGridsBy(file, MAPPING, { column: 'year', values: ['2011', '2021'] });
    expectSameGrid(rest.get('2011')!, await selected(file, '2011'));

    const parquet = await writeParquet('spoiled.parquet', rows, (i) => (i === at ? 'many' : ''));
    const perr = await failure(readGridsBy(parquet, MAPPING, { column: 'year' }));
    expect(perr).toMatchObject({ code: 'NON_NUMERIC', line: at + 1, column: 'grpA' });
    expect(perr?.message).toContain(`row ${at + 1}, column 'grpA'`);
    expect(perr?.message).toBe((await failure(selected(parquet, '2016')))?.message);

    const short = writeCsv('short.csv', [...rows.slice(0, 10), rows[10].slice(0, 5), ...rows.slice(11)]);
    const fields = await failure(readGridsBy(short, MAPPING, { column: 'year', values: ['2021'] }));
    expect(fields).toMatchObject({ code: 'FIELD_COUNT', line: 12 });
  });

  it('finds a repeated cell within a year only, naming both lines', async () => {
    const twice = writeCsv('twice.csv', [...rows, rows[2]]);
    const err = await failure(readGridsBy(twice, MAPPING, { column: 'year' }));
    expect(err).toMatchObject({ code: 'DUPLICATE_CELL', line: rows.length + 2, column: 'x' });
    expect(err?.message).toContain('appears twice (first on line 4)');
    const parquet = await writeParquet('twice.parquet', [...rows, rows[2]]);
    const perr = await failure(readGridsBy(parquet, MAPPING, { column: 'year' }));
    expect(perr).toMatchObject({ code: 'DUPLICATE_CELL', line: rows.length + 1 });
    expect(perr?.message).toContain('appears twice (first on row 3)');
  });

  it('applies the read limits to the whole input and bounds the number of values', async () => {
    const file = writeCsv('limits.csv.gz', rows, true);
    const size = Buffer.byteLength(csvText(rows));
    const big = await failure(readGridsBy(file, MAPPING, { column: 'year' }, { limits: { maxTextBytes: size - 1 } }));
    expect(big).toMatchObject({ code: 'TOO_LARGE' });
    expect(big?.message).toContain('once decompressed');
    await expect(
      readGridsBy(file, MAPPING, { column: 'year' }, { limits: { maxTextBytes: size } }),
    ).resolves.toHaveProperty('size', 3);
    const long = writeCsv('long.csv', [...rows.slice(0, 5), [...rows[5].slice(0, 8), '1'.repeat(300)]]);
    const row = await failure(readGridsBy(long, MAPPING, { column: 'year' }, { limits: { maxRowBytes: 200 } }));
    expect(row).toMatchObject({ code: 'TOO_LARGE', line: 7 });
    const parquet = await writeParquet('limits.parquet', rows);
    const data = await failure(readGridsBy(parquet, MAPPING, { column: 'year' }, { limits: { maxTextBytes: 1000 } }));
    expect(data).toMatchObject({ code: 'TOO_LARGE' });
    expect(data?.message).toContain('column data is larger than the limit of 1,000 bytes');
    const many = await failure(readGridsBy(file, MAPPING, { column: 'year', maxValues: 2 }));
    expect(many).toMatchObject({ code: 'TOO_LARGE', column: 'year', line: rows.findIndex((r) => r[0] === '2021') + 2 });
    expect(many?.message).toContain("column 'year' holds more than 2 different values ('2021' is one more)");
  });

  it('names a split column that is missing and a value no row holds', async () => {
    const file = writeCsv('names.csv', rows);
    const parquet = await writeParquet('names.parquet', rows);
    for (const f of [file, parquet]) {
      const missing = await failure(readGridsBy(f, MAPPING, { column: 'period' }));
      expect(missing).toMatchObject({ code: 'MISSING_COLUMN', column: 'period' });
      expect(missing?.message).toContain("no column 'period' (columns: year, x, y, LAU");
      const absent = await failure(readGridsBy(f, MAPPING, { column: 'year', values: ['2011', '2031', '2041'] }));
      expect(absent).toMatchObject({ code: 'EMPTY_INPUT', column: 'year' });
      expect(absent?.message).toContain("no row has '2031', '2041' in column 'year'");
    }
    const one = await failure(readGridsBy(file, MAPPING, { column: 'year', values: ['1999'] }));
    expect(one?.message).toBe((await failure(selected(file, '1999')))?.message);
    for (const [mapping, by, message] of [
      [{ ...MAPPING, select: { column: 'year', value: '2011' } }, { column: 'year' }, 'not both'],
      [MAPPING, { column: 'grpA' }, "column 'grpA' is given more than one role"],
      [MAPPING, { column: 'year', values: [] }, 'at least one value'],
    ] as const) {
      const err = await failure(readGridsBy(file, mapping, by));
      expect(err).toMatchObject({ code: 'INVALID_OPTION' });
      expect(err?.message).toContain(message);
    }
    const empty = await failure(readGridsBy(Buffer.from(''), MAPPING, { column: 'year' }));
    expect(empty?.message).toContain('the input is empty (no header line)');
    const headerOnly = await failure(readGridsBy(Buffer.from(HEADER.join(',') + '\n'), MAPPING, { column: 'year' }));
    expect(headerOnly?.message).toContain('the input holds no cells');
  });
});
