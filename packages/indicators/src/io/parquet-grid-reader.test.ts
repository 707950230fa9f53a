import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeIndicatorsSync } from '../core/compute.ts';
import { IndicatorError } from '../core/errors.ts';
import { referencePath } from '../testing/reference-data.ts';
import { readGrid } from './read-grid.ts';
import { ParquetWriter } from './write-parquet.ts';
import { tempDirForTests } from '../testing/temp-dir.ts';

const dir = tempDirForTests('indicators-parquet-');
const GROUPS = ['grpA', 'grpB', 'grpC', 'grpD'];

/** The small reference grid as Parquet, with EU ids, mixed column types and small row groups. */
async function writeSmallGrid(
  file: string,
  spoil?: (row: number, value: string) => string,
  codec: 'UNCOMPRESSED' | 'GZIP' = 'UNCOMPRESSED',
): Promise<void> {
  const lines = readFileSync(referencePath('grid_small_40x30.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').map(Number));
  const writer = await ParquetWriter.open(
    file,
    [
      { name: 'GRD_ID', type: 'string' },
      { name: 'LAU', type: 'string' },
      { name: 'grpA', type: spoil ? 'string' : 'int64' },
      { name: 'grpB', type: 'int32' },
      { name: 'grpC', type: 'double' },
      { name: 'grpD', type: 'double' },
      { name: 'total', type: 'int64' },
    ],
    codec,
  );
  for (let from = 0; from < lines.length; from += 500) {
    const rows = lines.slice(from, from + 500);
    await writer.writeRowGroup([
      rows.map((r) => `CRS3035RES100mN${r[2]}E${r[1]}`),
      rows.map((r) => (r[1] < 4502000 ? 'W' : 'E')),
      spoil ? rows.map((r, i) => spoil(from + i, String(r[3]))) : BigInt64Array.from(rows, (r) => BigInt(r[3])),
      Int32Array.from(rows, (r) => r[4]),
      Float64Array.from(rows, (r) => r[5]),
      Float64Array.from(rows, (r) => r[6]),
      BigInt64Array.from(rows, (r) => BigInt(r[7])),
    ]);
  }
  await writer.close();
}

describe('Parquet grid reader', () => {
  it('reads a Parquet grid to the same results as the CSV', async () => {
    const file = path.join(dir, 'grid.parquet');
    await writeSmallGrid(file);
    const fromParquet = await readGrid(file, { cellId: 'GRD_ID', area: 'LAU', groups: GROUPS, total: 'total' });
    const fromCsv = await readGrid(referencePath('grid_small_40x30.csv'), {
      x: 'x',
      y: 'y',
      cellSize: 100,
      groups: GROUPS,
      total: 'total',
    });
    expect(fromParquet.areaCodes).toEqual(['E', 'W']);
    const a = computeIndicatorsSync(fromParquet, { areas: false, bandwidths: [500] });
    const b = computeIndicatorsSync(fromCsv, { bandwidths: [500] });
    expect(a).toEqual(b);
  });

  it('reads gzip-compressed Parquet', async () => {
    const file = path.join(dir, 'grid-gzip.parquet');
    await writeSmallGrid(file, undefined, 'GZIP');
    const grid = await readGrid(file, { cellId: 'GRD_ID', groups: GROUPS, total: 'total' });
    expect(grid.cellCount).toBe(1200);
    expect(grid.scopes[0].population).toBe(50781);
  });

  it('reads Parquet from bytes in memory', async () => {
    const file = path.join(dir, 'grid2.parquet');
    await writeSmallGrid(file);
    const grid = await readGrid(readFileSync(file), { cellId: 'GRD_ID', groups: GROUPS }, { name: 'upload.parquet' });
    expect(grid.cellCount).toBe(1200);
  });

  it('names the file, row and column of a bad value', async () => {
    const file = path.join(dir, 'bad.parquet');
    await writeSmallGrid(file, (row, v) => (row === 700 ? 'n/a' : v));
    const err = await readGrid(file, { cellId: 'GRD_ID', groups: GROUPS, total: 'total' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndicatorError);
    expect(err).toMatchObject({ code: 'NON_NUMERIC', file, line: 701, column: 'grpA' });
    expect((err as Error).message).toContain(`${file}, row 701, column 'grpA'`);
  });

  it('reports a missing column', async () => {
    const file = path.join(dir, 'grid3.parquet');
    await writeSmallGrid(file);
    await expect(readGrid(file, { cellId: 'GRD_ID', groups: ['grpA', 'OTHER'] })).rejects.toMatchObject({
      code: 'MISSING_COLUMN',
      column: 'OTHER',
    });
  });
});
