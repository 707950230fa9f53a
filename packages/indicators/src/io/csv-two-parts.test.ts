import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IndicatorError } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { shutdownWorkers } from '../parallel/pool.ts';
import { syntheticGridText } from '../synthetic.ts';
import { type GridMapping } from './column-mapping.ts';
import { readCsvInTwoParts, splitText } from './csv-two-parts.ts';
import { readGrid } from './read-grid.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'indicators-two-parts-'));
const GROUPS = ['NAT', 'EU', 'AFR'];
const MAPPING: GridMapping = { cellId: 'GRD_ID', area: 'LAU_CODE', total: 'TOT', groups: GROUPS };

afterAll(() => shutdownWorkers());

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const synthetic = (cells: number): string =>
  [...syntheticGridText({ cells, areas: 3, seed: 5, groups: GROUPS })].join('');

/** Every column of two grids, value for value. */
function expectSameGrid(a: Grid, b: Grid): void {
  expect(a.cellCount).toBe(b.cellCount);
  expect([a.width, a.height, a.originX, a.originY, a.cellSize]).toEqual([
    b.width,
    b.height,
    b.originX,
    b.originY,
    b.cellSize,
  ]);
  expect(a.areaCodes).toEqual(b.areaCodes);
  expect(a.totalIsGroupSum).toBe(b.totalIsGroupSum);
  expect(Array.from(a.row)).toEqual(Array.from(b.row));
  expect(Array.from(a.col)).toEqual(Array.from(b.col));
  expect(Array.from(a.total)).toEqual(Array.from(b.total));
  a.counts.forEach((c, k) => expect(Array.from(c)).toEqual(Array.from(b.counts[k])));
  expect(Array.from(a.areaOf ?? [])).toEqual(Array.from(b.areaOf ?? []));
  expect(a.scopes.map((s) => [s.label, s.count, s.population])).toEqual(
    b.scopes.map((s) => [s.label, s.count, s.population]),
  );
}

async function errorOf(read: Promise<unknown>): Promise<IndicatorError> {
  try {
    await read;
  } catch (e) {
    expect(e).toBeInstanceOf(IndicatorError);
    return e as IndicatorError;
  }
  throw new Error('expected the read to fail');
}

describe('reading a plain CSV file on two threads', () => {
  it('gives the grid of a one-thread read wherever the split falls, mid-line included', async () => {
    const text = synthetic(2000);
    const p = file('grid.csv', text);
    const one = await readGrid(p, MAPPING, { threads: 1 });
    expect(one.cellCount).toBe(2000);
    const ats = [text.indexOf('\n') + 1, text.length / 3, text.length / 2 + 7, text.length - 200].map(Math.floor);
    expect(text[ats[2] - 1]).not.toBe('\n');
    for (const at of ats) {
      const layout = await splitText(p, text.length, at);
      expect(layout).not.toBeNull();
      expect(text[(layout?.split as number) - 1]).toBe('\n');
      const two = await readCsvInTwoParts(p, { mapping: MAPPING, at });
      expect(two).not.toBeNull();
      expectSameGrid(two as Grid, one);
    }
    expectSameGrid(await readGrid(p, MAPPING, { twoPartsFrom: 0 }), one);
  });

  it('reads CRLF line ends and a byte order mark the same way', async () => {
    const text = '\ufeff' + synthetic(1500).replace(/\n/g, '\r\n');
    const p = file('crlf.csv', text);
    const one = await readGrid(p, MAPPING, { threads: 1 });
    expect(one.cellCount).toBe(1500);
    const two = await readCsvInTwoParts(p, { mapping: MAPPING });
    expect(two).not.toBeNull();
    expectSameGrid(two as Grid, one);
  });

  it('reads quoted fields in either part, and a split inside a quoted line break falls back to one piece', async () => {
    const lines = synthetic(1200)
      .trimEnd()
      .split('\n')
      .map((l, i) => (i === 0 ? l : l.replace(/,SYN-0(\d),/, i % 2 === 0 ? ',"SYN-0$1",' : ',"SYN-0$1 ""x"", y",')));
    // An area code spanning two lines, in the second half.
    const multi = 800;
    lines[multi] = lines[multi].replace(/,"SYN-0(\d)",/, ',"SYN\n0$1",');
    const text = lines.join('\n') + '\n';
    const p = file('quoted.csv', text);
    const one = await readGrid(p, MAPPING, { threads: 1 });
    expect(one.cellCount).toBe(1200);
    expect(one.areaCodes).toContain('SYN-01 "x", y');
    const two = await readCsvInTwoParts(p, { mapping: MAPPING });
    expect(two).not.toBeNull();
    expectSameGrid(two as Grid, one);
    // Cutting at the line break inside the quotes: the first part ends inside a row.
    const inside = text.indexOf('"SYN\n') + 4;
    expect(await readCsvInTwoParts(p, { mapping: MAPPING, at: inside })).toBeNull();
    expectSameGrid(await readGrid(p, MAPPING, { twoPartsFrom: 0 }), one);
  });

  it('reports a bad row in the second part with its line in the file, as a one-thread read does', async () => {
    const lines = synthetic(1000).trimEnd().split('\n');
    const bad = 900; // line 901 of the file
    lines[bad] = lines[bad].replace(/,(\d+)$/, ',x$1');
    const p = file('bad-second.csv', lines.join('\n') + '\n');
    expect(await readCsvInTwoParts(p, { mapping: MAPPING })).toBeNull();
    const one = await errorOf(readGrid(p, MAPPING, { threads: 1 }));
    const two = await errorOf(readGrid(p, MAPPING, { twoPartsFrom: 0 }));
    expect(two.code).toBe('NON_NUMERIC');
    expect(two.line).toBe(bad + 1);
    expect(two.column).toBe('AFR');
    expect(two.message).toBe(one.message);
  });

  it('throws a bad row of the first part as it is', async () => {
    const lines = synthetic(1000).trimEnd().split('\n');
    lines[100] = lines[100].replace(/^([^,]*,[^,]*,)(\d+),/, '$1-$2,');
    const p = file('bad-first.csv', lines.join('\n') + '\n');
    const one = await errorOf(readGrid(p, MAPPING, { threads: 1 }));
    const two = await errorOf(readCsvInTwoParts(p, { mapping: MAPPING }));
    expect(two.code).toBe('NEGATIVE_COUNT');
    expect(two.line).toBe(101);
    expect(two.message).toBe(one.message);
  });

  it('names a cell repeated across the parts on its second line, before a later bad row', async () => {
    const lines = synthetic(1000).trimEnd().split('\n');
    const firstId = lines[10].split(',')[0];
    lines[700] = [firstId, ...lines[700].split(',').slice(1)].join(',');
    lines[950] = lines[950].replace(/,(\d+)$/, ',');
    const p = file('repeated.csv', lines.join('\n') + '\n');
    const one = await errorOf(readGrid(p, MAPPING, { threads: 1 }));
    const two = await errorOf(readGrid(p, MAPPING, { twoPartsFrom: 0 }));
    expect(two.code).toBe('DUPLICATE_CELL');
    expect(two.line).toBe(701);
    expect(two.message).toContain('first on line 11');
    expect(two.message).toBe(one.message);
    lines[950] = lines[950] + '1';
    const onlyRepeat = file('repeated-only.csv', lines.join('\n') + '\n');
    expect(await readCsvInTwoParts(onlyRepeat, { mapping: MAPPING })).toBeNull();
    expect((await errorOf(readGrid(onlyRepeat, MAPPING, { twoPartsFrom: 0 }))).message).toBe(
      two.message.replace('repeated.csv', 'repeated-only.csv'),
    );
  });

  it('keeps the selection of rows and x/y coordinates', async () => {
    const rows = ['x;y;year;A;B'];
    for (let i = 0; i < 600; i++)
      for (const year of [2020, 2021])
        rows.push(`${(i % 40) * 250 + 125};${Math.floor(i / 40) * 250 + 125};${year};${i % 7};${year - 2019}`);
    const p = file('xy.csv', rows.join('\n') + '\n');
    const mapping: GridMapping = {
      x: 'x',
      y: 'y',
      cellSize: 250,
      groups: ['A', 'B'],
      select: { column: 'year', value: '2021' },
    };
    const one = await readGrid(p, mapping, { threads: 1 });
    expect(one.cellCount).toBe(600);
    const two = await readCsvInTwoParts(p, { mapping });
    expect(two).not.toBeNull();
    expectSameGrid(two as Grid, one);
  });
});
