import { gzipSync } from 'node:zlib';
import type { RunOptionsInput } from '@convivio/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeIndicators,
  computeLocalLayers,
  engineMapping,
  engineOptions,
  readGrid,
} from '../src/evidence/engine-adapter.ts';
import { bundledSample, readBundledSample } from '../src/evidence/sample.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, gridParquet, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

describe.each(ENGINES)('evidence API on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25, heartbeatMs: 100 });
    owner = await t.signIn('reader');
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('stores an uploaded CSV, shows its header and first rows and suggests a mapping', async () => {
    const res = await upload(owner, 'cells.csv', gridCsv(), { name: 'Test grid' });
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      name: 'Test grid',
      fileName: 'cells.csv',
      format: 'csv',
      source: 'upload',
      mapping: null,
      mine: true,
      public: false,
    });
    expect(d.header).toEqual(['x', 'y', 'lau', 'grpA', 'grpB', 'grpC', 'total']);
    expect(d.preview).toHaveLength(10);
    expect(d.suggestedMapping).toEqual({
      cellId: null,
      x: 'x',
      y: 'y',
      cellSize: 100,
      area: 'lau',
      groups: ['grpA', 'grpB', 'grpC'],
      total: 'total',
      year: null,
    });
    const listed = (await owner.request({ url: '/api/v1/evidence/datasets' })).json().items;
    expect(listed.map((i: { id: string }) => i.id)).toContain(d.id);
  });

  it('reads gzip-compressed CSV and Parquet uploads, with the same results as the CSV', async () => {
    const csv = gridCsv();
    const gz = (await upload(owner, 'cells.csv.gz', gzipSync(csv), { mapping: JSON.stringify(GRID_MAPPING) })).json();
    const parquetBytes = await gridParquet(csv);
    const pq = (await upload(owner, 'cells.parquet', parquetBytes, { mapping: JSON.stringify(GRID_MAPPING) })).json();
    expect(gz).toMatchObject({ format: 'csv.gz', header: ['x', 'y', 'lau', 'grpA', 'grpB', 'grpC', 'total'] });
    expect(pq).toMatchObject({ format: 'parquet', header: ['x', 'y', 'lau', 'grpA', 'grpB', 'grpC', 'total'] });
    expect(pq.preview[0]).toEqual(csv.split('\n')[1].split(','));
    const results = [];
    for (const d of [gz, pq]) {
      const id = (
        await owner.request({
          method: 'POST',
          url: '/api/v1/evidence/runs',
          payload: { datasetId: d.id, options: { bandwidths: [200] } },
        })
      ).json().id;
      const run = await waitForRun(owner, id);
      expect(run.status).toBe('succeeded');
      results.push(run.results);
    }
    expect(results[1]).toEqual(results[0]);
  });

  it('checks the mapping against the header, naming the column that is not there', async () => {
    const res = await upload(owner, 'cells.csv', gridCsv(), {
      mapping: JSON.stringify({ ...GRID_MAPPING, groups: ['grpA', 'grpZ'] }),
    });
    expect(res.statusCode).toBe(400);
    const e = res.json().error;
    expect(e.field).toBe('mapping.groups.1');
    expect(e.message).toMatch(/column "grpZ" is not in the file's header/);
    const xy = await upload(owner, 'cells.csv', gridCsv(), { mapping: JSON.stringify({ x: 'x', groups: ['grpA'] }) });
    expect(xy.statusCode).toBe(400);
    expect(xy.json().error.issues.map((i: { field: string }) => i.field)).toEqual(
      expect.arrayContaining(['mapping.y', 'mapping.cellSize']),
    );
    const unmapped = (await upload(owner, 'cells.csv', gridCsv())).json();
    const noMapping = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: unmapped.id },
    });
    expect(noMapping.statusCode).toBe(400);
    expect(noMapping.json().error.field).toBe('mapping');
    const badOptions = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: unmapped.id, mapping: GRID_MAPPING, options: { bandwidths: [-5], kernel: 'square' } },
    });
    expect(badOptions.statusCode).toBe(400);
    expect(badOptions.json().error.issues.map((i: { field: string }) => i.field)).toEqual(
      expect.arrayContaining(['options.bandwidths.0', 'options.kernel']),
    );
  });

  it('refuses a file that is neither CSV, gzip nor Parquet, and anonymous uploads', async () => {
    const binary = await upload(owner, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    expect(binary.statusCode).toBe(422);
    expect(binary.json().error.message).toMatch(/photo\.png: not a CSV text file/);
    const anonymous = await upload(t.anonymous, 'cells.csv', gridCsv());
    expect(anonymous.statusCode).toBe(401);
  });

  it("runs an upload in the background (202, then progress to done) with the engine's own results", async () => {
    const csv = gridCsv();
    const d = (await upload(owner, 'cells.csv', csv, { mapping: JSON.stringify(GRID_MAPPING) })).json();
    const options: RunOptionsInput = { bandwidths: [300], kernel: 'triangular', compat: 'textbook' };
    const started = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: d.id, options },
    });
    expect(started.statusCode).toBe(202);
    expect(started.headers.location).toBe(`/api/v1/evidence/runs/${started.json().id}`);
    expect(['queued', 'running', 'succeeded']).toContain(started.json().status);
    const run = await waitForRun(owner, started.json().id);
    expect(run).toMatchObject({ status: 'succeeded', progress: 1, error: null });
    const grid = await readGrid(
      new TextEncoder().encode(csv),
      engineMapping({ cellId: null, year: null, ...GRID_MAPPING }),
      {
        name: 'cells.csv',
      },
    );
    const direct = JSON.parse(JSON.stringify(await computeIndicators(grid, engineOptions(options))));
    expect(run.results).toEqual(direct);
    expect((run.results as { areas: { area: string }[] }).areas.map((a) => a.area)).toEqual([
      'ALL',
      'AREA-C',
      'AREA-E',
      'AREA-W',
    ]);
    expect(run.grid).toMatchObject({
      cells: 600,
      width: 30,
      height: 20,
      cellSize: 100,
      originX: 4_500_000,
      originY: 3_000_000,
      groups: ['grpA', 'grpB', 'grpC'],
    });
  });

  it('serves a local layer as compact JSON (with the top cells) and as binary', async () => {
    const csv = gridCsv();
    const d = (await upload(owner, 'cells.csv', csv, { mapping: JSON.stringify(GRID_MAPPING) })).json();
    const id = (
      await owner.request({
        method: 'POST',
        url: '/api/v1/evidence/runs',
        payload: { datasetId: d.id, options: { bandwidths: [] } },
      })
    ).json().id;
    const run = (await waitForRun(owner, id)) as { layers: { name: string }[] };
    expect(run.layers.map((l) => l.name)).toContain('population');
    const json = (await owner.request({ url: `/api/v1/evidence/runs/${id}/layers/population?top=3` })).json();
    expect(json).toMatchObject({ layer: 'population', width: 30, height: 20, count: 600, cellSize: 100 });
    expect(json.values).toHaveLength(600);
    expect(json.top).toHaveLength(3);
    expect(json.top[0].value).toBe(json.max);
    const bin = await owner.request({
      url: `/api/v1/evidence/runs/${id}/layers/population`,
      headers: { accept: 'application/octet-stream' },
    });
    expect(bin.headers['content-type']).toBe('application/octet-stream');
    const buf = bin.rawPayload;
    expect(buf.subarray(0, 4).toString('ascii')).toBe('CVL1');
    const headerLength = buf.readUInt32LE(4);
    const meta = JSON.parse(buf.subarray(8, 8 + headerLength).toString('utf8'));
    expect(meta.count).toBe(600);
    const values = new Float32Array(
      buf.buffer.slice(buf.byteOffset + 8 + headerLength + 8 * meta.count, buf.byteOffset + buf.length),
    );
    expect(Array.from(values, (v) => Number(v.toPrecision(7)))).toEqual(json.values);
    const grid = await readGrid(
      new TextEncoder().encode(csv),
      engineMapping({ cellId: null, year: null, ...GRID_MAPPING }),
      {
        name: 'cells.csv',
      },
    );
    const local = await computeLocalLayers(grid, {});
    const lq = (await owner.request({ url: `/api/v1/evidence/runs/${id}/layers/lq_grpB?format=binary` })).rawPayload;
    const lqValues = new Float32Array(
      lq.buffer.slice(lq.byteOffset + 8 + lq.readUInt32LE(4) + 8 * 600, lq.byteOffset + lq.length),
    );
    expect(Array.from(lqValues)).toEqual(Array.from(local.column('lq_grpB'), (v) => Math.fround(v)));
    const missing = await owner.request({ url: `/api/v1/evidence/runs/${id}/layers/nothing` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/has no layer "nothing" \(layers: population, share_grpA/);
  });

  it("fails a run on a malformed file with the engine's file, line and column", async () => {
    const bad = gridCsv({ cols: 6, rows: 4 }).split('\n');
    bad[5] = bad[5].replace(/,(\d+),(\d+),(\d+),(\d+)$/, ',12,lots,3,20');
    const d = (await upload(owner, 'broken.csv', bad.join('\n'), { mapping: JSON.stringify(GRID_MAPPING) })).json();
    const id = (
      await owner.request({ method: 'POST', url: '/api/v1/evidence/runs', payload: { datasetId: d.id } })
    ).json().id;
    const run = (await waitForRun(owner, id)) as {
      status: string;
      attempts: number;
      error: { code: string; message: string; file: string; line: number; column: string };
    };
    expect(run.status).toBe('failed');
    expect(run.attempts).toBe(1);
    expect(run.error).toMatchObject({ code: 'NON_NUMERIC', file: 'broken.csv', line: 6, column: 'grpB' });
    expect(run.error.message).toMatch(/^broken\.csv, line 6, column 'grpB'/);
  });

  it.runIf(bundledSample() !== null)(
    'runs the bundled synthetic sample and matches the engine run directly',
    async () => {
      const sample = readBundledSample();
      const created = await owner.request({
        method: 'POST',
        url: '/api/v1/evidence/datasets',
        payload: { sample: true },
      });
      expect(created.statusCode).toBe(201);
      const d = created.json();
      expect(d.source).toBe('sample');
      expect(d.suggestedMapping).not.toBeNull();
      const options: RunOptionsInput = { bandwidths: [500], kernel: 'triangular', compat: 'textbook' };
      const id = (
        await owner.request({
          method: 'POST',
          url: '/api/v1/evidence/runs',
          payload: { datasetId: d.id, options, mapping: d.suggestedMapping },
        })
      ).json().id;
      const run = await waitForRun(owner, id);
      expect(run.status).toBe('succeeded');
      const grid = await readGrid(sample.bytes, engineMapping(d.suggestedMapping), { name: sample.fileName });
      expect(run.results).toEqual(JSON.parse(JSON.stringify(await computeIndicators(grid, engineOptions(options)))));
    },
  );
});
