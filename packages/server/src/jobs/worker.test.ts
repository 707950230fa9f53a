import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '../../test/harness.ts';
import type { Database } from '../db/database.ts';
import { enqueueJob, getJob, notifyJobsQueued } from './queue.ts';
import { TransientJobError } from './retry.ts';
import type { Job, JobHandler } from './types.ts';
import { JobWorker } from './worker.ts';

/** Polls until `check` holds (the worker runs in the background); fails after many tries. */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 2000; i++) {
    const v = await read();
    if (check(v)) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('condition never held');
}

const finished = (db: Database, id: string) => until(() => getJob(db, id), (j) => j?.status === 'succeeded' || j?.status === 'failed') as Promise<Job>;

describe.each(ENGINES)('job worker on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  const workers: JobWorker[] = [];
  const start = (handlers: JobHandler[], id?: string, concurrency?: number) => {
    const w = new JobWorker(db, { handlers, id, concurrency, pollMs: 20, heartbeatMs: 50, backoff: () => 0 }).start();
    workers.push(w);
    return w;
  };

  beforeAll(async () => ({ db, drop } = await freshDatabase(engine)));
  afterAll(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await drop?.();
  });
  beforeEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await db.query('DELETE FROM jobs');
  });

  it('runs a queued job and stores its result reference', async () => {
    start([{ kind: 'test.echo', run: async ({ job }) => `done-${String(job.payload.n)}` }]);
    const id = await enqueueJob(db, 'test.echo', { n: 7 });
    notifyJobsQueued();
    expect(await finished(db, id)).toMatchObject({ status: 'succeeded', resultRef: 'done-7', attempts: 1, progress: 1 });
  });

  it('writes progress while the job runs', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    start([{ kind: 'test.slow', run: async ({ progress }) => { progress(0.5, 'half way'); await gate; return null; } }]);
    const id = await enqueueJob(db, 'test.slow', {});
    const midway = await until(() => getJob(db, id), (j) => j?.progress === 0.5);
    expect(midway).toMatchObject({ status: 'running', message: 'half way' });
    release();
    expect((await finished(db, id)).status).toBe('succeeded');
  });

  it('retries transient errors, then succeeds', async () => {
    let calls = 0;
    start([{ kind: 'test.flaky', run: async () => { calls += 1; if (calls < 3) throw new TransientJobError('service briefly away'); return 'ok'; } }]);
    const id = await enqueueJob(db, 'test.flaky', {}, { maxAttempts: 3 });
    expect(await finished(db, id)).toMatchObject({ status: 'succeeded', attempts: 3, resultRef: 'ok' });
  });

  it('fails after the last attempt of a transient error, keeping the message', async () => {
    start([{ kind: 'test.down', run: async () => { throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }); } }]);
    const id = await enqueueJob(db, 'test.down', {}, { maxAttempts: 2 });
    expect(await finished(db, id)).toMatchObject({ status: 'failed', attempts: 2, message: 'connection refused', error: { code: 'ECONNREFUSED' } });
  });

  it('fails at once on an error that would repeat (bad input), without retrying', async () => {
    start([{ kind: 'test.bad', run: async () => { throw Object.assign(new Error('grid.csv, line 3: not a number'), { code: 'NON_NUMERIC', line: 3 }); } }]);
    const id = await enqueueJob(db, 'test.bad', {}, { maxAttempts: 3 });
    expect(await finished(db, id)).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'NON_NUMERIC', line: 3, message: 'grid.csv, line 3: not a number' } });
  });

  it('gives a running job back to the queue when stopped', async () => {
    const worker = start([{ kind: 'test.long', run: ({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))) }]);
    const id = await enqueueJob(db, 'test.long', {});
    await until(() => getJob(db, id), (j) => j?.status === 'running');
    await worker.stop();
    expect(await getJob(db, id)).toMatchObject({ status: 'queued', attempts: 0, lockedBy: null });
  });

  it.runIf(engine === 'postgres')('shares the queue between two workers: every job runs exactly once', async () => {
    const ranBy = new Map<string, string[]>();
    const handler = (worker: string): JobHandler => ({
      kind: 'test.shared',
      run: async ({ job }) => {
        ranBy.set(job.id, [...(ranBy.get(job.id) ?? []), worker]);
        await new Promise((r) => setTimeout(r, 15));
        return worker;
      },
    });
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push(await enqueueJob(db, 'test.shared', { i }));
    start([handler('A')], 'worker-A', 2);
    start([handler('B')], 'worker-B', 2);
    const jobs = await Promise.all(ids.map((id) => finished(db, id)));
    expect(jobs.every((j) => j.status === 'succeeded' && j.attempts === 1)).toBe(true);
    expect([...ranBy.values()].every((runs) => runs.length === 1)).toBe(true);
    expect(ranBy.size).toBe(24);
    const byWorker = new Set(jobs.map((j) => j.resultRef));
    expect(byWorker).toEqual(new Set(['A', 'B']));
  });
});
