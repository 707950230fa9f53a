import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { IndicatorError } from '../core/errors.ts';
import { type Grid } from '../core/grid.ts';
import { shutdownWorkers } from '../parallel/pool.ts';
import { type GridMapping } from './column-mapping.ts';
import { readCsvFileInTwo, readCsvTextInTwo } from './csv-read-in-two.ts';
import { openSource } from './source.ts';
import { readGrid } from './read-grid.ts';
import { type ReadLimits } from './read-limits.ts';
import { plainGrid } from '../testing/plain-grid.ts';
import { tempDirForTests } from '../testing/temp-dir.ts';

const dir = tempDirForTests('indicators-in-two-');
const MAPPING: GridMapping = { cellId: 'GRD_ID', area: 'LAU', total: 'TOT', groups: ['NAT', 'AFR'] };
const HEADER = 'GRD_ID,LAU,TOT,NAT,AFR';
const WIDTH = 200;

afterAll(shutdownWorkers);

/** The cell id of cell i of a grid given in (row, col) order. */
function id(i: number): string {
  return `CRS3035RES100mN${2_800_000 + Math.floor(i / WIDTH) * 100}E${4_300_000 + (i % WIDTH) * 100}`;
}

/** Row i: its cell, an area (by default by column band), counts from i. */
function row(i: number, area = i % WIDTH < 90 ? 'W' : 'E'): string {
  const nat = i % 7;
  const afr = i % 3;
  return `${id(i)},${area},${nat + afr + (i % 2)},${nat},${afr}`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

let files = 0;
function file(content: string | Uint8Array): string {
  const p = path.join(dir, `grid-${files++}.csv`);
  writeFileSync(p, content);
  return p;
}

type Outcome = { grid: unknown } | { error: Record<string, unknown> };

async function outcome(read: () => Promise<Grid>): Promise<Outcome> {
  try {
    return { grid: plainGrid(await read()) };
  } catch (e) {
    if (!(e instanceof IndicatorError)) throw e;
    const { code, message, file: f, line, column, columnIndex } = e;
    return { error: { code, message, file: f, line, column, columnIndex } };
  }
}

/**
 * Reads a text on two threads and on one, expecting the same grid or the same error, and
 * returns whether the worker thread's part was used, with the one-thread outcome.
 */
async function both(text: string, mapping = MAPPING, limits?: ReadLimits): Promise<{ split: boolean; one: Outcome }> {
  const p = file(text);
  let split = false;
  const two = await outcome(async () => {
    const r = await readCsvFileInTwo(p, statSync(p).size, mapping, undefined, limits);
    split = r.split;
    return r.grid;
  });
  const one = await outcome(() => readGrid(p, mapping, { threads: 1, limits }));
  expect(two).toEqual(one);
  return { split, one };
}

/**
 * As both(), for the text gzip-compressed and read as it is inflated; `announced`: the text
 * size the reader is told (by default the true one).
 */
async function bothGzip(
  text: string,
  announced?: number,
  damage = (gz: Buffer): Buffer => gz,
): Promise<{ split: boolean; one: Outcome }> {
  const p = file(damage(gzipSync(text)));
  let split = false;
  const two = await outcome(async () => {
    const r = await readCsvTextInTwo(await openSource(p), announced ?? Buffer.byteLength(text), MAPPING);
    split = r.split;
    return r.grid;
  });
  const one = await outcome(() => readGrid(p, MAPPING, { threads: 1 }));
  expect(two).toEqual(one);
  return { split, one };
}

function csv(lines: string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}

const CELLS = 6000;
const ordered = range(0, CELLS).map((i) => row(i));

describe('reading a plain CSV file on two threads', () => {
  it('gives the grid one thread gives, the later half read on a worker thread', async () => {
    const { split, one } = await both(csv([HEADER, ...ordered]));
    expect(split).toBe(true);
    expect(one).toMatchObject({ grid: { cellCount: CELLS } });
  });

  it('joins halves whose cells come out of order, and areas first seen in the later half', async () => {
    // Cell (i · 7) mod CELLS on row i: every cell once, hardly two in order.
    const shuffled = range(0, CELLS).map((i) => ordered[(i * 7) % CELLS]);
    expect((await both(csv([HEADER, ...shuffled]))).split).toBe(true);
    // Each half in order, the second before the first.
    const swapped = [...ordered.slice(CELLS / 2), ...ordered.slice(0, CELLS / 2)];
    expect((await both(csv([HEADER, ...swapped]))).split).toBe(true);
    // Only area B in the first half; A, then B, then C in the second.
    const areas = range(0, CELLS).map((i) => row(i, i < CELLS / 2 ? 'B' : ['A', 'B', 'C'][i % 3]));
    const { split, one } = await both(csv([HEADER, ...areas.reverse()]));
    expect(split).toBe(true);
    expect(one).toMatchObject({ grid: { areaCodes: ['A', 'B', 'C'] } });
  });

  it('reads CRLF lines, a byte order mark, blank lines at the cut and x/y coordinates', async () => {
    expect((await both('\uFEFF' + csv([HEADER, ...ordered], '\r\n'))).split).toBe(true);
    const blanks = [HEADER, ...ordered.slice(0, CELLS / 2), '', '', ...ordered.slice(CELLS / 2), ''];
    expect((await both(csv(blanks))).split).toBe(true);
    const xy: GridMapping = { x: 'X', y: 'Y', cellSize: 100, area: 'LAU', groups: ['NAT', 'AFR'] };
    const points = range(0, CELLS).map(
      (i) => `${50 + (i % WIDTH) * 100},${20 + Math.floor(i / WIDTH) * 100},L${i % 4},${i % 5},${i % 2}`,
    );
    const { split, one } = await both(csv(['X,Y,LAU,NAT,AFR', ...points]), xy);
    expect(split).toBe(true);
    expect(one).toMatchObject({ grid: { cellCount: CELLS } });
  });

  it('keeps the limits of the read: a row too long in either half fails on its line', async () => {
    const text = csv([HEADER, ...ordered]);
    const generous = { maxTextBytes: Buffer.byteLength(text), maxRowBytes: 200 };
    expect((await both(text, MAPPING, generous)).split).toBe(true);
    for (const at of [100, CELLS - 100]) {
      const lines = [...ordered];
      lines[at] = row(at, 'L'.repeat(300));
      const { split, one } = await both(csv([HEADER, ...lines]), MAPPING, { maxRowBytes: 200 });
      expect(split).toBe(false);
      expect(one).toMatchObject({ error: { code: 'TOO_LARGE', line: at + 2 } });
    }
  });

  it('grows the columns when the first rows foretell too few cells', async () => {
    // Long rows first (a long area code) make the first chunk foretell far fewer cells than come.
    const long = 'L'.repeat(400);
    const lines = range(0, CELLS * 3).map((i) => (i < 1200 ? row(i, long) : row(i)));
    const { split, one } = await both(csv([HEADER, ...lines]));
    expect(split).toBe(true);
    expect(one).toMatchObject({ grid: { cellCount: CELLS * 3 } });
  });

  it('reads the later half here when the cut falls inside a quoted field', async () => {
    const lines = [...ordered];
    // A quoted area code holding line breaks, around the middle of the text.
    const quoted = range(CELLS / 2 - 40, CELLS / 2 + 40);
    for (const i of quoted) lines[i] = row(i, `"W\n${'\n'.repeat(60)}W"`);
    const { split, one } = await both(csv([HEADER, ...lines]));
    expect(split).toBe(false);
    expect(one).toMatchObject({ grid: { cellCount: CELLS } });
  });

  it('reports the first error of the file: in the first half, before one in the second', async () => {
    const lines = [...ordered];
    lines[CELLS - 10] = row(CELLS - 10).replace(/,\d+$/, ',x');
    const late = await both(csv([HEADER, ...lines]));
    expect(late.one).toMatchObject({ error: { code: 'NON_NUMERIC', line: CELLS - 8, column: 'AFR' } });
    lines[100] = row(100).replace(/,\d+,/, ',-3,');
    const early = await both(csv([HEADER, ...lines]));
    expect(early.one).toMatchObject({ error: { code: 'NEGATIVE_COUNT', line: 102, column: 'TOT' } });
  });

  it('counts the lines of the second half from the first, blank and multi-line rows included', async () => {
    const lines = [HEADER, ...ordered.slice(0, 40), `"${id(40)}",W,1,1,0`, '', ...ordered.slice(41)];
    lines[2] = row(1, '"W\n\nW"');
    lines[CELLS - 5] = 'too,few';
    const { one } = await both(csv(lines));
    // Item j of the list is on line j + 1, and two line breaks inside quotes come before it.
    expect(one).toMatchObject({ error: { code: 'FIELD_COUNT', line: CELLS - 5 + 1 + 2 } });
  });

  it('names a cell the second half repeats from the first, or from itself, at its first line', async () => {
    const across = [...ordered];
    across[CELLS - 20] = row(7);
    const a = await both(csv([HEADER, ...across]));
    expect(a.one).toMatchObject({ error: { code: 'DUPLICATE_CELL', line: CELLS - 18 } });
    expect(JSON.stringify(a.one)).toContain('(first on line 9)');
    // Each half in order, the second starting with the first's last cell.
    const join = [HEADER, ...ordered.slice(0, CELLS / 2), ...ordered.slice(CELLS / 2 - 1)];
    const j = await both(csv(join));
    expect(j.one).toMatchObject({ error: { code: 'DUPLICATE_CELL', line: CELLS / 2 + 2 } });
    // The first half out of order, and a repeat inside the second half.
    const within = [...ordered];
    [within[10], within[11]] = [within[11], within[10]];
    within[CELLS - 3] = row(CELLS - 30);
    const w = await both(csv([HEADER, ...within]));
    expect(w.one).toMatchObject({ error: { code: 'DUPLICATE_CELL', line: CELLS - 1 } });
  });

  it('reads the rest here when the halves lie on different lattices, giving its error', async () => {
    const xy: GridMapping = { x: 'X', y: 'Y', cellSize: 100, groups: ['NAT'] };
    const points = range(0, CELLS).map((i) => `${(i < CELLS / 2 ? 0 : 30) + i * 100},0,${i % 5}`);
    const { split, one } = await both(csv(['X,Y,NAT', ...points]), xy);
    expect(split).toBe(false);
    expect(one).toMatchObject({ error: { code: 'MISALIGNED_COORDINATE', line: CELLS / 2 + 2 } });
    const km = (i: number): string => `CRS3035RES1000mN${3_000_000 + Math.floor(i / WIDTH) * 1000}E4000000,W,1,1,0`;
    const resolutions = range(0, CELLS).map((i) => (i < CELLS / 2 ? row(i) : km(i)));
    const r = await both(csv([HEADER, ...resolutions]));
    expect(r.split).toBe(false);
    expect(r.one).toMatchObject({ error: { code: 'MIXED_RESOLUTION', line: CELLS / 2 + 2 } });
  });
});

// Text of several inflated chunks (1 MiB each), so the second half arrives while the first is read.
const BIG = 60_000;
const bigOrdered = range(0, BIG).map((i) => row(i));

describe('reading a gzip CSV text on two threads as it is inflated', () => {
  it('gives the grid one thread gives, the second half read on a worker thread', async () => {
    expect((await bothGzip(csv([HEADER, ...bigOrdered]))).split).toBe(true);
    const areas = range(0, BIG).map((i) => row(i, i < BIG / 2 ? 'B' : ['A', 'B', 'C'][i % 3]));
    expect((await bothGzip(csv([HEADER, ...areas.reverse()]))).split).toBe(true);
  });

  it('reads a text longer than announced in two, one much shorter here', async () => {
    const text = csv([HEADER, ...bigOrdered]);
    const length = Buffer.byteLength(text);
    // gzip records the size of its last member only, which may be far below the text's.
    const longer = await bothGzip(text, Math.floor(length * 0.3));
    expect(longer.split).toBe(true);
    expect(longer.one).toMatchObject({ grid: { cellCount: BIG } });
    expect((await bothGzip(text, length + 1000)).split).toBe(true);
    // Announced over twice as long: no line starts past the announced middle.
    expect((await bothGzip(text, length * 3)).split).toBe(false);
  });

  it('gives the first error, and lets the worker thread go when the first half fails', async () => {
    const lines = [...bigOrdered];
    lines[BIG - 10] = row(BIG - 10).replace(/,\d+$/, ',x');
    const late = await bothGzip(csv([HEADER, ...lines]));
    expect(late.one).toMatchObject({ error: { code: 'NON_NUMERIC', line: BIG - 8 } });
    // Past the first inflated chunk, so the worker thread has started on the second half.
    lines[BIG / 2 - 100] = 'x,y';
    const early = await bothGzip(csv([HEADER, ...lines]));
    expect(early.one).toMatchObject({ error: { code: 'FIELD_COUNT', line: BIG / 2 - 98 } });
    // The worker thread is free again: the next read's second half is read there.
    expect((await bothGzip(csv([HEADER, ...bigOrdered]))).split).toBe(true);
  });

  it('reports a gzip file cut short as one thread does', async () => {
    // (Rows with errors before the cut may go unreported: text inflated but not yet read when
    // inflating fails is dropped with the stream, on one thread as on two.)
    const text = csv([HEADER, ...bigOrdered]);
    for (const at of [0.3, 0.8]) {
      const short = await bothGzip(text, undefined, (gz) => gz.subarray(0, Math.floor(gz.length * at)));
      expect(short.one).toMatchObject({ error: { code: 'MALFORMED_CSV' } });
      expect(JSON.stringify(short.one)).toContain('unexpected end of file');
    }
  });

  it('fails on a damaged gzip file, as one thread does', async () => {
    const text = csv([HEADER, ...bigOrdered]);
    for (const at of [0.3, 0.8]) {
      const bad = Buffer.from(gzipSync(text));
      bad.fill(0xff, Math.floor(bad.length * at), Math.floor(bad.length * at) + 64);
      const p = file(bad);
      const two = readCsvTextInTwo(await openSource(p), Buffer.byteLength(text), MAPPING);
      await expect(two).rejects.toBeInstanceOf(IndicatorError);
      await expect(readGrid(p, MAPPING, { threads: 1 })).rejects.toBeInstanceOf(IndicatorError);
    }
  });

  it('reads the second half here when the cut falls inside a quoted field', async () => {
    const lines = [...bigOrdered];
    for (const i of range(BIG / 2 - 40, BIG / 2 + 40)) lines[i] = row(i, `"W\n${'\n'.repeat(60)}W"`);
    const { split, one } = await bothGzip(csv([HEADER, ...lines]));
    expect(split).toBe(false);
    expect(one).toMatchObject({ grid: { cellCount: BIG } });
  });
});
