import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeIndicatorsSync } from '../core/compute.ts';
import { IndicatorError } from '../core/errors.ts';
import { referencePath } from '../testing/reference-data.ts';
import { type GridMapping } from './column-mapping.ts';
import { readGrid } from './read-grid.ts';
import { ParquetWriter } from './write-parquet.ts';
import { tempDirForTests } from '../testing/temp-dir.ts';

const dir = tempDirForTests('indicators-select-');
const GROUPS = ['grpA', 'grpB', 'grpC', 'grpD'];
const MAPPING: GridMapping = { x: 'x', y: 'y', cellSize: 100, groups: GROUPS, total: 'total' };
const OPTIONS = { bandwidths: [500], compat: 'textbook' as const };

/** The small reference grid's rows (header first), and a second year where grpA and grpB swap. */
const lines = readFileSync(referencePath('grid_small_40x30.csv'), 'utf8').trim().split('\n');
const header = lines[0].split(',');
const [ia, ib] = [header.indexOf('grpA'), header.indexOf('grpB')];
const swapped = lines.slice(1).map((l) => {
  const f = l.split(',');
  [f[ia], f[ib]] = [f[ib], f[ia]];
  return f.join(',');
});

function write(name: string, rows: string[]): string {
  const p = path.join(dir, name);
  writeFileSync(p, rows.join('\n') + '\n');
  return p;
}

/** Both years in one file, rows interleaved, with the year in the middle of each row. */
const withYear = (l: string, year: string) => {
  const f = l.split(',');
  f.splice(2, 0, year);
  return f.join(',');
};
const both = write('both-years.csv', [
  withYear(lines[0], 'year'),
  ...lines.slice(1).flatMap((l, i) => [withYear(l, ' 2011'), withYear(swapped[i], '2021')]),
]);

describe('reading one value of a column (a year of a grid with a row per cell and year)', () => {
  it('reads each year of a two-year file to the same results as that year alone', async () => {
    const alone2011 = computeIndicatorsSync(await readGrid(write('2011.csv', lines), MAPPING), OPTIONS);
    const alone2021 = computeIndicatorsSync(
      await readGrid(write('2021.csv', [lines[0], ...swapped]), MAPPING),
      OPTIONS,
    );
    const year = (value: string) => readGrid(both, { ...MAPPING, select: { column: 'year', value } });
    const y2011 = computeIndicatorsSync(await year('2011'), OPTIONS);
    const y2021 = computeIndicatorsSync(await year('2021'), OPTIONS);
    expect(y2011).toEqual(alone2011);
    expect(y2021).toEqual(alone2021);
    expect(y2011.areas[0].cells).toBe(lines.length - 1);
    expect(y2021).not.toEqual(y2011);
  });

  it('says which value of which column matched no row, and that the cells repeat without a selection', async () => {
    const none = await readGrid(both, { ...MAPPING, select: { column: 'year', value: '2016' } }).catch((e) => e);
    expect(none).toBeInstanceOf(IndicatorError);
    expect(none.code).toBe('EMPTY_INPUT');
    expect(none.message).toContain("no row has '2016' in column 'year'");
    const all = await readGrid(both, MAPPING).catch((e) => e);
    expect(all.code).toBe('DUPLICATE_CELL');
    const missing = await readGrid(both, { ...MAPPING, select: { column: 'period', value: '2011' } }).catch((e) => e);
    expect(missing.code).toBe('MISSING_COLUMN');
    expect(missing.message).toContain("no column 'period'");
  });

  it('selects rows of a Parquet file by a numeric column', async () => {
    const file = path.join(dir, 'years.parquet');
    const rows = [...lines.slice(1), ...swapped].map((l) => l.split(',').map(Number));
    const col = (name: string) => Float64Array.from(rows, (r) => r[header.indexOf(name)]);
    const writer = await ParquetWriter.open(file, [
      { name: 'x', type: 'double' },
      { name: 'y', type: 'double' },
      { name: 'year', type: 'int32' },
      ...GROUPS.map((name) => ({ name, type: 'double' as const })),
      { name: 'total', type: 'double' },
    ]);
    await writer.writeRowGroup([
      col('x'),
      col('y'),
      Int32Array.from(rows, (_, i) => (i < swapped.length ? 2011 : 2021)),
      ...GROUPS.map(col),
      col('total'),
    ]);
    await writer.close();
    const fromParquet = await readGrid(file, { ...MAPPING, select: { column: 'year', value: '2021' } });
    const fromCsv = await readGrid(write('2021b.csv', [lines[0], ...swapped]), MAPPING);
    expect(computeIndicatorsSync(fromParquet, OPTIONS)).toEqual(computeIndicatorsSync(fromCsv, OPTIONS));
  });
});
