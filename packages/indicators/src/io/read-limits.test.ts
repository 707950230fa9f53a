import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type GridMapping } from './column-mapping.ts';
import { readGrid } from './read-grid.ts';
import { scanCsv } from './scan-csv.ts';
import { ParquetWriter } from './write-parquet.ts';

const MAPPING: GridMapping = { x: 'x', y: 'y', cellSize: 100, groups: ['a', 'b'], total: 'total' };
const MiB = 1 << 20;

/** A stream of `header` then `unit` repeated up to `total` bytes, made as it is read; counts the chunks pulled. */
function endless(header: string, unit: string, total: number): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const block = Buffer.from(unit.repeat(Math.ceil(MiB / unit.length)));
  async function* chunks(): AsyncGenerator<Buffer> {
    yield Buffer.from(header);
    for (let sent = 0; sent < total; sent += block.length) {
      pulled++;
      yield block;
    }
  }
  return { stream: Readable.from(chunks()), pulled: () => pulled };
}

const heapMb = () => process.memoryUsage().rss / MiB;

describe('reading limits: hostile inputs stop early with the limit named', () => {
  it('stops a gigabyte of one repeated row at its second line (a repeated cell is found as it comes)', async () => {
    const before = heapMb();
    const input = endless('x,y,a,b,total\n', '4500000,3000000,5,6,11\n', 1 << 30);
    const err = await readGrid(input.stream, MAPPING, { name: 'bomb.csv' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'DUPLICATE_CELL', line: 3, column: 'x' });
    expect((err as Error).message).toBe(
      "bomb.csv, line 3, column 'x' (#1): cell (4500000, 3000000) appears twice (first on line 2)",
    );
    expect(input.pulled()).toBeLessThanOrEqual(2);
    expect(heapMb() - before).toBeLessThan(200);
  });

  it('stops a line that never ends at the row limit, reading little more than the limit', async () => {
    const before = heapMb();
    const input = endless('x,y,a,b,total\n', '1234567890', 1 << 30);
    const err = await readGrid(input.stream, MAPPING, { name: 'endless.csv', limits: { maxRowBytes: MiB } }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'TOO_LARGE', line: 2 });
    expect((err as Error).message).toBe(
      'endless.csv, line 2: the row is longer than the limit of 1 MiB (a line break may be missing)',
    );
    expect(input.pulled()).toBeLessThanOrEqual(3);
    expect(heapMb() - before).toBeLessThan(200);
  });

  it('reads a single line of many MB without a row limit in time linear in its length', async () => {
    // With the unfinished row copied again for every chunk, 32 MiB in 64 KiB chunks would copy 8 TiB.
    const line = Buffer.alloc(32 * MiB, 0x31);
    const chunks = Array.from({ length: 512 }, (_, i) => line.subarray(i * 65536, (i + 1) * 65536));
    const scan = await scanCsv(Readable.from([Buffer.from('a\n'), ...chunks]), { name: 'long.csv' });
    expect(scan).toMatchObject({ header: ['a'], rows: 1, textBytes: 32 * MiB + 2 });
  });

  it('stops gzip text that expands past the text limit, saying so', async () => {
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `${4500000 + (i % 400) * 100},${3000000 + Math.floor(i / 400) * 100},1,2,3`,
    );
    const gz = gzipSync(['x,y,a,b,total', ...rows].join('\n'));
    const err = await readGrid(gz, MAPPING, { name: 'big.csv.gz', limits: { maxTextBytes: MiB } }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'TOO_LARGE' });
    expect((err as Error).message).toBe('big.csv.gz: the text is larger than the limit of 1 MiB once decompressed');
    const grid = await readGrid(gz, MAPPING, {
      name: 'big.csv.gz',
      limits: { maxTextBytes: 16 * MiB, maxRowBytes: 1024 },
    });
    expect(grid.cellCount).toBe(200_000);
  });

  it('stops a header line that never ends', async () => {
    const input = endless('', 'abcdefgh', 1 << 30);
    const err = await scanCsv(input.stream, { name: 'h.csv', limits: { maxRowBytes: 2 * MiB } }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'TOO_LARGE', line: 1 });
    expect(input.pulled()).toBeLessThanOrEqual(4);
  });

  it('scans a text without keeping it: header, rows, size, and the line of a row with the wrong number of fields', async () => {
    const text = 'x;y;a\n1;2;3\n"4;5";6;7\n';
    expect(await scanCsv(Buffer.from(text), { name: 's.csv' })).toEqual({
      header: ['x', 'y', 'a'],
      rows: 2,
      textBytes: text.length,
      gzip: false,
    });
    expect(await scanCsv(gzipSync(text), { name: 's.csv.gz' })).toMatchObject({ rows: 2, gzip: true });
    await expect(scanCsv(Buffer.from('x,y,a\n1,2,3\n4,5\n'), { name: 'f.csv' })).rejects.toMatchObject({
      code: 'FIELD_COUNT',
      line: 3,
    });
  });

  it('refuses Parquet whose column data is larger than the limit once decompressed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'limits-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'g.parquet');
    const n = 50_000;
    const writer = await ParquetWriter.open(
      file,
      ['x', 'y', 'a', 'b', 'total'].map((name) => ({ name, type: 'double' as const })),
    );
    const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
    await writer.writeRowGroup([
      col((i) => 4500000 + (i % 250) * 100),
      col((i) => 3000000 + Math.floor(i / 250) * 100),
      col(() => 1),
      col(() => 2),
      col(() => 3),
    ]);
    await writer.close();
    const err = await readGrid(file, MAPPING, { limits: { maxTextBytes: MiB } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TOO_LARGE' });
    expect((err as Error).message).toMatch(/the column data is larger than the limit of 1 MiB once decompressed/);
    expect((await readGrid(file, MAPPING, { limits: { maxTextBytes: 64 * MiB } })).cellCount).toBe(n);
  });
});
