import { gzipSync } from 'node:zlib';
import { scanCsv, type ReadLimits } from '@convivio/indicators';
import { describe, expect, it } from 'vitest';
import { StreamingScan, type ScanOutcome } from './upload-scan.ts';

/** Streams `bytes` to a scan in chunks of `size` bytes, as an upload arrives. */
async function streamed(bytes: Uint8Array, size: number, limits: ReadLimits = {}): Promise<ScanOutcome> {
  const scan = new StreamingScan('grid.csv', limits);
  for (let at = 0; at < bytes.length; at += size) await scan.write(bytes.subarray(at, at + size));
  return scan.end();
}

/** What the engine's scan of the same bytes, read whole, answers: its result or its error. */
const whole = (bytes: Uint8Array, limits: ReadLimits = {}) =>
  scanCsv(bytes, { name: 'grid.csv', limits }).catch((err: Error) => err);

const lines = [
  'x,y,grpA,grpB',
  ...Array.from({ length: 5000 }, (_, i) => `${i * 100},${(i % 70) * 100},${i % 7},${i % 3}`),
];
const csv = Buffer.from(lines.join('\n') + '\n');

describe('the upload check scanning a file while it streams in', () => {
  it('finds what a scan of the whole file finds, in chunks of any size, plain or gzip', async () => {
    const expected = await whole(csv);
    expect(expected).toMatchObject({ rows: 5000, header: ['x', 'y', 'grpA', 'grpB'] });
    for (const size of [1, 3, 4096, csv.length]) expect(await streamed(csv, size)).toEqual(expected);
    const gz = gzipSync(csv);
    const expectedGz = await whole(gz);
    expect(expectedGz).toMatchObject({ rows: 5000, gzip: true });
    expect(await streamed(gz, 1000)).toEqual(expectedGz);
  });

  it('stops at the first bad row or the first limit passed, with the engine’s own error', async () => {
    const bad = Buffer.from([...lines.slice(0, 40), '1,2,3', ...lines.slice(40)].join('\n'));
    const expected = await whole(bad);
    expect(expected).toBeInstanceOf(Error);
    expect((expected as Error).message).toMatch(/line 41/);
    const got = await streamed(bad, 512);
    expect(got).toBeInstanceOf(Error);
    expect((got as Error).message).toBe((expected as Error).message);
    const limits = { maxTextBytes: 20_000 };
    const tooLarge = await streamed(csv, 4096, limits);
    expect(tooLarge).toBeInstanceOf(Error);
    expect((tooLarge as Error).message).toBe(((await whole(csv, limits)) as Error).message);
  });

  it('leaves Parquet to the check of its metadata, told from its first four bytes even when they arrive apart', async () => {
    const parquet = Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(10_000, 7), Buffer.from('PAR1')]);
    expect(await streamed(parquet, 1)).toBe('parquet');
    expect(await streamed(parquet, 4096)).toBe('parquet');
  });
});
