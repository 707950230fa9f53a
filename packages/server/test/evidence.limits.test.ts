import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ParquetWriter } from '@convivio/indicators';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { filesInStore, GRID_MAPPING, gridCsv, multipart, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const KiB = 1024;
const HEADER = 'x,y,lau,grpA,grpB,grpC,total\n';

/** Small limits, so hostile files stay small in the test. */
const ENV = {
  UPLOAD_MAX_BYTES: String(256 * KiB),
  UPLOAD_MAX_DECOMPRESSED_BYTES: String(1024 * KiB),
  UPLOAD_MAX_LINE_BYTES: String(4 * KiB),
  UPLOAD_QUOTA_BYTES: String(600_000),
};

describe.each(ENGINES)('evidence upload limits on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;

  const datasetIds = async (client: Client) =>
    ((await client.request({ url: '/api/v1/evidence/datasets' })).json().items as { id: string }[]).map((d) => d.id);
  const storedFiles = async () => filesInStore(t.config.fileStoreDir).length;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: ENV, seed: false });
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25, heartbeatMs: 100 });
    owner = await t.signIn('reader');
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('refuses a gzip file that expands past the decompressed limit, naming the limit, and stores nothing', async () => {
    const files = await storedFiles();
    const bomb = gzipSync(HEADER + '4500000,3000000,AREA-W,5,6,7,18\n'.repeat(100_000));
    expect(bomb.length).toBeLessThan(256 * KiB);
    const res = await upload(owner, 'bomb.csv.gz', bomb, { mapping: JSON.stringify(GRID_MAPPING) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({
      code: 'payload_too_large',
      field: 'file',
      message:
        'bomb.csv.gz: the text is larger than the limit of 1 MiB once decompressed (UPLOAD_MAX_DECOMPRESSED_BYTES)',
    });
    expect(await storedFiles()).toBe(files);
  });

  it('refuses a line longer than the line limit, naming the line and the limit', async () => {
    const endless = gzipSync(HEADER + '4'.repeat(200 * KiB));
    const res = await upload(owner, 'endless.csv.gz', endless);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe(
      'endless.csv.gz, line 2: the row is longer than the limit of 4 KiB (a line break may be missing) (UPLOAD_MAX_LINE_BYTES)',
    );
  });

  it('stops reading a file past the per-file limit, naming it', async () => {
    const big =
      HEADER + Array.from({ length: 12_000 }, (_, i) => `${4_500_000 + i * 100},3000000,A,1,2,3,6`).join('\n');
    expect(big.length).toBeGreaterThan(256 * KiB);
    const res = await upload(owner, 'big.csv', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      field: 'file',
      message: 'file: the file is larger than the limit of 256 KiB (UPLOAD_MAX_BYTES)',
    });
  });

  it('names the line of a row with the wrong number of fields, found by reading the whole file', async () => {
    const rows = gridCsv().trim().split('\n');
    rows[400] = rows[400].split(',').slice(0, 5).join(',');
    const res = await upload(owner, 'short.csv', rows.join('\n'));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe('short.csv, line 401: expected 7 fields (as in the header), found 5');
  });

  it('refuses Parquet whose column data is larger than the decompressed limit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limits-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'big.parquet');
    const n = 40_000;
    const writer = await ParquetWriter.open(
      file,
      ['x', 'y', 'grpA', 'grpB', 'total'].map((name) => ({ name, type: 'double' as const })),
      'GZIP',
    );
    const column = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
    await writer.writeRowGroup([
      column((i) => 4_500_000 + (i % 200) * 100),
      column((i) => 3_000_000 + Math.floor(i / 200) * 100),
      column(() => 1),
      column(() => 2),
      column(() => 3),
    ]);
    await writer.close();
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeLessThan(256 * KiB);
    const res = await upload(owner, 'big.parquet', bytes);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(
      /^big\.parquet: the column data is larger than the limit of 1 MiB once decompressed \(.* MiB .*\) \(UPLOAD_MAX_DECOMPRESSED_BYTES\)$/,
    );
  });

  it('keeps each user within their storage quota, and deleting a dataset makes room again', async () => {
    const user = await t.signIn('reader');
    const csv = gridCsv({ cols: 100, rows: 62 });
    expect(csv.length).toBeGreaterThan(200_000);
    expect(csv.length).toBeLessThan(256 * KiB);
    const first = await upload(user, 'a.csv', csv);
    const second = await upload(user, 'b.csv', csv);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const third = await upload(user, 'c.csv', csv);
    expect(third.statusCode).toBe(413);
    expect(third.json().error.message).toBe(
      `file: this upload would take your stored files past your quota of 600,000 bytes (UPLOAD_QUOTA_BYTES); ${(2 * csv.length).toLocaleString('en')} bytes are in use: delete a dataset to make room`,
    );
    expect(await datasetIds(user)).toHaveLength(2);
    const other = await upload(await t.signIn('reader'), 'own-quota.csv', csv);
    expect(other.statusCode).toBe(201);
    expect(
      (await user.request({ method: 'DELETE', url: `/api/v1/evidence/datasets/${first.json().id}` })).statusCode,
    ).toBe(204);
    expect((await upload(user, 'c.csv', csv)).statusCode).toBe(201);
  });

  it('finds a repeated cell while the run reads the rows, failing the run on its second line', async () => {
    const repeated = gzipSync(HEADER + '4500000,3000000,AREA-W,5,6,7,18\n'.repeat(20_000));
    const d = await upload(owner, 'repeated.csv.gz', repeated, { mapping: JSON.stringify(GRID_MAPPING) });
    expect(d.statusCode).toBe(201);
    const started = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: d.json().id },
    });
    const job = await t.db.query<{ payload: { limits: unknown }; max_attempts: number }>(
      'SELECT j.payload, j.max_attempts FROM jobs j JOIN evidence_runs r ON r.job_id = j.id WHERE r.id = $1',
      [started.json().id],
    );
    expect(job.rows[0]).toEqual({
      payload: expect.objectContaining({ limits: { maxTextBytes: 1024 * KiB, maxRowBytes: 4 * KiB } }),
      max_attempts: 3,
    });
    const run = await waitForRun(owner, started.json().id);
    expect(run).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: { code: 'DUPLICATE_CELL', line: 3, column: 'x' },
    });
    expect((run.error as { message: string }).message).toBe(
      "repeated.csv.gz, line 3, column 'x' (#1): cell (4500000, 3000000) appears twice (first on line 2)",
    );
  });

  it('reads the fields sent before and after the file, and refuses a second file', async () => {
    const { payload, headers } = multipart({ name: 'Before' }, { name: 'cells.csv', content: gridCsv() });
    const after = Buffer.concat([
      payload.subarray(0, payload.lastIndexOf('--' + headers['content-type'].split('boundary=')[1] + '--')),
      Buffer.from(
        `--${headers['content-type'].split('boundary=')[1]}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify(GRID_MAPPING)}\r\n--${headers['content-type'].split('boundary=')[1]}--\r\n`,
      ),
    ]);
    const res = await owner.request({ method: 'POST', url: '/api/v1/evidence/datasets', payload: after, headers });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Before', mapping: GRID_MAPPING });
    const boundary = 'twoFiles';
    const part = (name: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.csv"\r\nContent-Type: text/csv\r\n\r\n${HEADER}1,2,A,1,1,1,3\r\n`;
    const two = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/datasets',
      payload: `${part('file')}${part('other')}--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.message).toBe('Send one file only');
  });
});
