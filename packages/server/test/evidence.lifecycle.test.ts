import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { filesInStore, GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

/** Polls a run until `check` holds. */
async function runUntil(
  client: Client,
  id: string,
  check: (run: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  for (let i = 0; i < 3000; i++) {
    const run = (await client.request({ url: `/api/v1/evidence/runs/${id}` })).json();
    if (check(run)) return run;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`run ${id} never reached the state asked for`);
}

describe.each(ENGINES)('evidence runs and datasets: cancel, delete, time limit on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;
  let other: Client;
  let admin: Client;
  /** A grid large enough that a run with a wide kernel takes far longer than these tests wait. */
  let longDataset: string;

  const startRun = async (client: Client, datasetId: string, options: Record<string, unknown> = { bandwidths: [] }) =>
    (
      await client.request({
        method: 'POST',
        url: '/api/v1/evidence/runs',
        payload: { datasetId, options, public: true },
      })
    ).json().id as string;
  const startLongRun = (client: Client) => startRun(client, longDataset, { bandwidths: [8000, 12000, 16000, 20000] });
  const count = async (table: string, column: string, id: string) =>
    Number(
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id])).rows[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp(engine, { seed: false });
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25, heartbeatMs: 100 });
    owner = await t.signIn('reader');
    other = await t.signIn('reader');
    admin = await t.signIn('admin');
    const long = await upload(owner, 'long.csv', gridCsv({ cols: 600, rows: 400 }), {
      mapping: JSON.stringify(GRID_MAPPING),
      public: 'true',
    });
    expect(long.statusCode).toBe(201);
    longDataset = long.json().id;
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('lets the owner or an administrator cancel a running run, which stops and fails with CANCELLED', async () => {
    const id = await startLongRun(owner);
    await runUntil(owner, id, (r) => r.status === 'running');
    const cancel = (client: Client) => client.request({ method: 'POST', url: `/api/v1/evidence/runs/${id}/cancel` });
    expect((await cancel(t.anonymous)).statusCode).toBe(401);
    expect((await cancel(other)).statusCode).toBe(403);
    expect((await cancel(owner)).statusCode).toBe(200);
    const run = await runUntil(owner, id, (r) => r.status === 'failed');
    expect(run.error).toEqual({ code: 'CANCELLED', message: 'Cancelled by Test reader' });
    const again = await cancel(owner);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(`Run "${id}" has already finished (status: failed)`);

    const byAdmin = await startLongRun(owner);
    await runUntil(owner, byAdmin, (r) => r.status === 'running');
    expect((await admin.request({ method: 'POST', url: `/api/v1/evidence/runs/${byAdmin}/cancel` })).statusCode).toBe(
      200,
    );
    expect((await runUntil(owner, byAdmin, (r) => r.status === 'failed')).error).toMatchObject({ code: 'CANCELLED' });
    // The worker is free again: a small run finishes.
    const small = (
      await upload(owner, 'small.csv', gridCsv({ cols: 6, rows: 4 }), { mapping: JSON.stringify(GRID_MAPPING) })
    ).json().id;
    expect((await waitForRun(owner, await startRun(owner, small))).status).toBe('succeeded');
  });

  it('deletes a run with its results for its owner or an administrator (anonymous 401, another reader 403)', async () => {
    const d = (
      await upload(owner, 'runs.csv', gridCsv({ cols: 6, rows: 4 }), {
        mapping: JSON.stringify(GRID_MAPPING),
        public: 'true',
      })
    ).json().id;
    const runs = [await startRun(owner, d), await startRun(owner, d)];
    for (const id of runs) expect((await waitForRun(owner, id)).status).toBe('succeeded');
    const jobOf = async (id: string) =>
      (await t.db.query<{ job_id: string }>('SELECT job_id FROM evidence_runs WHERE id = $1', [id])).rows[0].job_id;
    const jobs = [await jobOf(runs[0]), await jobOf(runs[1])];
    expect(await count('evidence_run_areas', 'run_id', runs[0])).toBeGreaterThan(0);
    expect(await count('evidence_layers', 'run_id', runs[0])).toBeGreaterThan(0);
    const del = (client: Client, id: string) =>
      client.request({ method: 'DELETE', url: `/api/v1/evidence/runs/${id}` });
    expect((await del(t.anonymous, runs[0])).statusCode).toBe(401);
    expect((await del(other, runs[0])).statusCode).toBe(403);
    expect((await del(owner, runs[0])).statusCode).toBe(204);
    expect((await del(admin, runs[1])).statusCode).toBe(204);
    for (const [i, id] of runs.entries()) {
      expect((await owner.request({ url: `/api/v1/evidence/runs/${id}` })).statusCode).toBe(404);
      for (const table of ['evidence_run_areas', 'evidence_run_cells', 'evidence_layers'])
        expect(await count(table, 'run_id', id)).toBe(0);
      expect(await count('jobs', 'id', jobs[i])).toBe(0);
    }
    expect((await del(owner, runs[0])).statusCode).toBe(404);
  });

  it('deletes a dataset with its stored file, runs and results for its owner or an administrator (anonymous 401, another reader 403)', async () => {
    const ids: string[] = [];
    for (const name of ['a.csv', 'b.csv'])
      ids.push(
        (
          await upload(owner, name, gridCsv({ cols: 6, rows: 4 }), {
            mapping: JSON.stringify(GRID_MAPPING),
            public: 'true',
          })
        ).json().id,
      );
    const runIds = [await startRun(owner, ids[0]), await startRun(owner, ids[1])];
    for (const id of runIds) await waitForRun(owner, id);
    const del = (client: Client, id: string) =>
      client.request({ method: 'DELETE', url: `/api/v1/evidence/datasets/${id}` });
    expect((await del(t.anonymous, ids[0])).statusCode).toBe(401);
    expect((await del(other, ids[0])).statusCode).toBe(403);
    const stored = (id: string) => filesInStore(t.config.fileStoreDir).includes(path.join('evidence', id));
    expect(stored(ids[0])).toBe(true);
    expect(stored(ids[1])).toBe(true);
    expect((await del(owner, ids[0])).statusCode).toBe(204);
    expect((await del(admin, ids[1])).statusCode).toBe(204);
    for (const [i, id] of ids.entries()) {
      expect((await owner.request({ url: `/api/v1/evidence/datasets/${id}` })).statusCode).toBe(404);
      expect(stored(id)).toBe(false);
      expect(await count('evidence_runs', 'dataset_id', id)).toBe(0);
      expect(await count('evidence_run_areas', 'run_id', runIds[i])).toBe(0);
      expect((await owner.request({ url: `/api/v1/evidence/runs/${runIds[i]}` })).statusCode).toBe(404);
    }
  });

  it('stops a running run when it is deleted, freeing the worker', async () => {
    const id = await startLongRun(owner);
    await runUntil(owner, id, (r) => r.status === 'running');
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/evidence/runs/${id}` })).statusCode).toBe(204);
    const small = (
      await upload(owner, 'after.csv', gridCsv({ cols: 6, rows: 4 }), { mapping: JSON.stringify(GRID_MAPPING) })
    ).json().id;
    expect((await waitForRun(owner, await startRun(owner, small))).status).toBe('succeeded');
  });

  it('stops a run that takes longer than JOB_TIMEOUT_SECONDS and fails it without retrying', async () => {
    await workers.stop();
    const strict = startWorkers(
      { db: t.db, config: { ...t.config, limits: { ...t.config.limits, jobTimeoutSeconds: 1 } } },
      { pollMs: 25, heartbeatMs: 100 },
    );
    try {
      const id = await startLongRun(owner);
      const run = await runUntil(owner, id, (r) => r.status === 'failed');
      expect(run).toMatchObject({
        attempts: 1,
        error: {
          code: 'TIMEOUT',
          message: 'The job ran longer than its limit of 1 s (JOB_TIMEOUT_SECONDS) and was stopped',
        },
      });
    } finally {
      await strict.stop();
      workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25, heartbeatMs: 100 });
    }
  });

  it('documents upload, cancel and delete in the OpenAPI description', async () => {
    const doc = (await t.anonymous.request({ url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths['/api/v1/evidence/datasets/{id}'])).toEqual(expect.arrayContaining(['get', 'delete']));
    expect(Object.keys(doc.paths['/api/v1/evidence/runs/{id}'])).toEqual(expect.arrayContaining(['get', 'delete']));
    expect(doc.paths['/api/v1/evidence/runs/{id}/cancel'].post.responses).toHaveProperty('200');
    expect(Object.keys(doc.paths['/api/v1/evidence/datasets'].post.requestBody.content)).toEqual(
      expect.arrayContaining(['multipart/form-data', 'application/json']),
    );
  });
});
