import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../core/errors.ts';
import { type GridMapping } from './column-mapping.ts';
import { readGrid } from './read-grid.ts';
import { plainGrid } from '../testing/plain-grid.ts';
import { tempDirForTests } from '../testing/temp-dir.ts';

const dir = tempDirForTests('indicators-in-place-');
const MAPPING: GridMapping = { cellId: 'GRD_ID', area: 'LAU', total: 'TOT', groups: ['NAT', 'AFR'] };
const HEADER = 'GRD_ID,LAU,TOT,NAT,AFR';
/** More cells than the columns hold before they first grow (65,536). */
const CELLS = 70_000;
const WIDTH = 300;

/** Row i of a grid given in (row, col) order: a cell id, an area by column band, counts from i. */
function row(i: number): string {
  const north = 2_800_000 + Math.floor(i / WIDTH) * 100;
  const east = 4_300_000 + (i % WIDTH) * 100;
  const nat = i % 7;
  const afr = i % 3;
  return `CRS3035RES100mN${north}E${east},${i % WIDTH < 150 ? 'W' : 'E'},${nat + afr + (i % 2)},${nat},${afr}`;
}

const rows = Array.from({ length: CELLS }, (_, i) => row(i));
const text = [HEADER, ...rows].join('\n') + '\n';

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function failure(lines: string[]): Promise<IndicatorError> {
  try {
    await readGrid(file(`bad-${Math.random().toString(36).slice(2)}.csv`, lines.join('\n')), MAPPING);
  } catch (e) {
    expect(e).toBeInstanceOf(IndicatorError);
    return e as IndicatorError;
  }
  throw new Error('expected the read to fail');
}

describe('reading cells into the grid’s own columns', () => {
  it('gives the same grid whether the number of cells is foreseen, underestimated or unknown', async () => {
    const fromFile = await readGrid(file('grid.csv', text), MAPPING);
    expect(fromFile.cellCount).toBe(CELLS);
    expect(fromFile.row.length).toBe(CELLS);
    expect(fromFile.scopes.length).toBe(3);
    expect(fromFile.scopes[1].count).toBeGreaterThan(30_000);
    expect(fromFile.scopes.map((s) => [s.label, s.count])).toEqual([
      ['ALL', CELLS],
      ['E', rows.filter((r) => r.includes(',E,')).length],
      ['W', rows.filter((r) => r.includes(',W,')).length],
    ]);
    // A stream tells no size: the columns grow as the cells come.
    const fromStream = await readGrid(Readable.from([Buffer.from(text)]), MAPPING, { name: 'grid' });
    // Two gzip members: the trailer records the size of the last one only, far below the text's.
    const half = text.indexOf('\n', text.length / 2) + 1;
    const twoMembers = Buffer.concat([gzipSync(text.slice(0, half)), gzipSync(text.slice(half))]);
    const fromGzip = await readGrid(file('grid.csv.gz', twoMembers), MAPPING);
    const expected = plainGrid(fromFile);
    expect(plainGrid(fromStream)).toEqual(expected);
    expect(plainGrid(fromGzip)).toEqual(expected);
  });

  it('gives the grid of the rows in order when they come shuffled after an ordered start', async () => {
    const ordered = await readGrid(file('ordered.csv', text), MAPPING);
    const tail = rows.slice(CELLS / 2).reverse();
    const mixed = [HEADER, ...rows.slice(0, CELLS / 2), ...tail].join('\n');
    expect(plainGrid(await readGrid(file('mixed.csv', mixed), MAPPING))).toEqual(plainGrid(ordered));
  });

  it('finds a cell repeated after the cells stop coming in order, naming the line of the first', async () => {
    // Lines 2–6 in order, line 7 out of order, line 8 repeats line 3; the read stops there,
    // before the bad count of line 9.
    const bad = `${row(WIDTH + 1).slice(0, row(WIDTH + 1).lastIndexOf(','))},x`;
    const e = await failure([HEADER, row(0), row(1), row(2), row(3), row(4), row(WIDTH), row(1), bad]);
    expect([e.code, e.line, e.column]).toEqual(['DUPLICATE_CELL', 8, 'GRD_ID']);
    expect(e.message).toContain('cell CRS3035RES100mN2800000E4300100 appears twice (first on line 3)');
  });

  it('finds a cell repeated as the first one out of order', async () => {
    const e = await failure([HEADER, row(0), row(1), row(2), row(2)]);
    expect([e.code, e.line]).toEqual(['DUPLICATE_CELL', 5]);
    expect(e.message).toContain('(first on line 4)');
  });
});
