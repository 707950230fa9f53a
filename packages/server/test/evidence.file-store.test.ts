import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../src/bootstrap.ts';
import { moveLegacyFiles } from '../src/evidence/legacy-files.ts';
import { SWEEP_MIN_AGE_MS, sweepFileStore } from '../src/evidence/store-sweep.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { filesInStore, GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const KiB = 1024;
const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

describe.each(ENGINES)('evidence file store on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;

  const datasetCount = async () =>
    Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM evidence_datasets')).rows[0]!.n);
  const storeFiles = () => filesInStore(t.config.fileStoreDir);

  beforeAll(async () => {
    t = await startTestApp(engine, { seed: false, env: { UPLOAD_MAX_BYTES: String(64 * KiB) } });
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25, heartbeatMs: 100 });
    owner = await t.signIn('reader');
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('keeps an upload as a file in the store, byte for byte, runs it from there and deletes it with its dataset', async () => {
    const csv = gridCsv({ cols: 8, rows: 6 });
    const res = await upload(owner, 'grid.csv', csv, { mapping: JSON.stringify(GRID_MAPPING) });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const key = path.join('evidence', id);
    expect(storeFiles()).toEqual([key]);
    const stored = fs.readFileSync(path.join(t.config.fileStoreDir, key));
    expect(stored.equals(Buffer.from(csv))).toBe(true);
    const row = (
      await t.db.query<{ sha256: string; size_bytes: string | number; file_key: string }>(
        'SELECT sha256, size_bytes, file_key FROM evidence_datasets WHERE id = $1',
        [id],
      )
    ).rows[0]!;
    expect(row).toMatchObject({ sha256: sha256(csv), file_key: `evidence/${id}` });
    expect(Number(row.size_bytes)).toBe(Buffer.byteLength(csv));
    const runRes = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: id, options: { bandwidths: [200] } },
    });
    expect(runRes.statusCode).toBe(202);
    const run = await waitForRun(owner, runRes.json().id as string);
    expect(run.status).toBe('succeeded');
    expect((run.grid as { cells: number }).cells).toBe(48);
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/evidence/datasets/${id}` })).statusCode).toBe(204);
    expect(storeFiles()).toEqual([]);
  });

  it('leaves no file and no row when an upload is over the limit or is not a grid file', async () => {
    const before = await datasetCount();
    const big = await upload(owner, 'big.csv', 'x,y\n' + '1,2\n'.repeat(20 * KiB));
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'payload_too_large', field: 'file' });
    expect(big.json().error.message).toMatch(/UPLOAD_MAX_BYTES/);
    const binary = await upload(owner, 'grid.bin', Buffer.from([1, 2, 0, 3, 4]));
    expect(binary.statusCode).toBe(422);
    expect(binary.json().error).toMatchObject({ code: 'unprocessable', field: 'file' });
    const badMapping = await upload(owner, 'grid.csv', gridCsv({ cols: 3, rows: 3 }), {
      mapping: JSON.stringify({ ...GRID_MAPPING, total: 'nope' }),
    });
    expect(badMapping.json().error).toMatchObject({ code: 'validation_failed', field: 'mapping.total' });
    expect(storeFiles()).toEqual([]);
    expect(await datasetCount()).toBe(before);
  });

  it('moves files once kept in the database to the store at start-up, once', async () => {
    const csv = gridCsv({ cols: 4, rows: 3 });
    const id = `dataset-legacy-${crypto.randomUUID()}`;
    await t.db.query(
      `INSERT INTO evidence_datasets (id, owner_id, name, source, file_name, format, size_bytes, sha256, header, preview)
       VALUES ($1, $2, 'old', 'upload', 'old.csv', 'csv', $3, $4, '[]', '[]')`,
      [id, owner.user!.id, Buffer.byteLength(csv), sha256(csv)],
    );
    await t.db.query('INSERT INTO evidence_files (dataset_id, bytes) VALUES ($1, $2)', [id, Buffer.from(csv)]);
    expect(await moveLegacyFiles(t.db, t.config.fileStoreDir)).toBe(1);
    expect(fs.readFileSync(path.join(t.config.fileStoreDir, 'evidence', id), 'utf8')).toBe(csv);
    const row = (await t.db.query<{ file_key: string }>('SELECT file_key FROM evidence_datasets WHERE id = $1', [id]))
      .rows[0]!;
    expect(row.file_key).toBe(`evidence/${id}`);
    const left = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM evidence_files');
    expect(left.rows[0]!.n).toBe(0);
    expect(await moveLegacyFiles(t.db, t.config.fileStoreDir)).toBe(0);
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/evidence/datasets/${id}` })).statusCode).toBe(204);
    expect(storeFiles()).toEqual([]);
  });

  /** Writes a file into the store, last written `ageMs` ago. */
  const plant = (key: string, ageMs: number, text = 'left behind') => {
    const file = path.join(t.config.fileStoreDir, key);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    const when = new Date(Date.now() - ageMs);
    fs.utimesSync(file, when, when);
  };
  const HOUR = 60 * 60 * 1000;

  it('sweeps old temporary uploads and files no dataset names, and leaves recent ones and stored datasets', async () => {
    const csv = gridCsv({ cols: 3, rows: 3 });
    const kept = await upload(owner, 'kept.csv', csv, { mapping: JSON.stringify(GRID_MAPPING) });
    expect(kept.statusCode).toBe(201);
    const keptKey = path.join('evidence', kept.json().id as string);
    const old = SWEEP_MIN_AGE_MS + HOUR;
    const keptFile = path.join(t.config.fileStoreDir, keptKey);
    fs.utimesSync(keptFile, new Date(Date.now() - old), new Date(Date.now() - old));
    plant('tmp/upload-crashed', old);
    plant('tmp/upload-in-flight', HOUR);
    plant('evidence/dataset-deleted-before-unlink', old);
    plant('evidence/dataset-being-moved', HOUR);
    expect(storeFiles()).toHaveLength(5);

    expect(await sweepFileStore(t.db, t.config.fileStoreDir)).toEqual({ temporary: 1, orphans: 1 });
    expect(storeFiles()).toEqual(
      [keptKey, 'evidence/dataset-being-moved', 'tmp/upload-in-flight'].map((f) => path.normalize(f)).sort(),
    );
    expect(fs.readFileSync(keptFile, 'utf8')).toBe(csv);
    // Once old enough, what is still unreferenced goes too; the dataset's file stays.
    expect(await sweepFileStore(t.db, t.config.fileStoreDir, { now: Date.now() + SWEEP_MIN_AGE_MS })).toEqual({
      temporary: 1,
      orphans: 1,
    });
    expect(storeFiles()).toEqual([keptKey]);
    expect(
      (await owner.request({ method: 'DELETE', url: `/api/v1/evidence/datasets/${kept.json().id}` })).statusCode,
    ).toBe(204);
    expect(storeFiles()).toEqual([]);
  });

  // A second server starting on this database (on PGlite, start-up migrates a new database: the sweep itself is tested above).
  it.runIf(engine === 'postgres')('sweeps the store at start-up', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-db-'));
    plant('tmp/upload-crashed', SWEEP_MIN_AGE_MS + HOUR);
    plant('evidence/dataset-gone', SWEEP_MIN_AGE_MS + HOUR);
    plant('tmp/upload-in-flight', 0);
    try {
      const started = await bootstrap({ ...t.config, dataDir, databaseUrl: t.databaseUrl, seedOnEmpty: false });
      await started.db.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    expect(storeFiles()).toEqual([path.normalize('tmp/upload-in-flight')]);
    fs.rmSync(path.join(t.config.fileStoreDir, 'tmp/upload-in-flight'));
  });
});
