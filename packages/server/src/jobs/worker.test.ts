import os from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '../../test/harness.ts';
import type { Database } from '../db/database.ts';
import { cancelJob, enqueueJob, getJob, notifyJobsQueued } from './queue.ts';
import { TransientJobError } from './retry.ts';
import type { Job, JobHandler } from './types.ts';
import { JobWorker } from './worker.ts';
import { listWorkers } from './registry.ts';
import { openPostgres } from '../db/postgres.ts';

/** Polls until `check` holds (the worker runs in the background); fails after many tries. */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 2000; i++) {
    const v = await read();
    if (check(v)) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('condition never held');
}

const finished = (db: Database, id: string) =>
  until(
    () => getJob(db, id),
    (j) => j?.status === 'succeeded' || j?.status === 'failed',
  ) as Promise<Job>;

describe.each(ENGINES)('job worker on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  const workers: JobWorker[] = [];
  const start = (handlers: JobHandler[], id?: string, concurrency?: number, timeoutSeconds?: number) => {
    const w = new JobWorker(db, {
      handlers,
      id,
      concurrency,
      pollMs: 20,
      heartbeatMs: 50,
      backoff: () => 0,
      timeoutSeconds,
    }).start();
    workers.push(w);
    return w;
  };

  let url: string | undefined;
  beforeAll(async () => ({ db, drop, url } = await freshDatabase(engine)));
  afterAll(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await drop?.();
  });
  beforeEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await db.query('DELETE FROM jobs');
    await db.query('DELETE FROM job_workers');
  });

  it('runs a queued job and stores its result reference', async () => {
    start([{ kind: 'test.echo', run: async ({ job }) => `done-${String(job.payload.n)}` }]);
    const id = await enqueueJob(db, 'test.echo', { n: 7 });
    notifyJobsQueued();
    expect(await finished(db, id)).toMatchObject({
      status: 'succeeded',
      resultRef: 'done-7',
      attempts: 1,
      progress: 1,
    });
  });

  it('writes progress while the job runs', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    start([
      {
        kind: 'test.slow',
        run: async ({ progress }) => {
          progress(0.5, 'half way');
          await gate;
          return null;
        },
      },
    ]);
    const id = await enqueueJob(db, 'test.slow', {});
    const midway = await until(
      () => getJob(db, id),
      (j) => j?.progress === 0.5,
    );
    expect(midway).toMatchObject({ status: 'running', message: 'half way' });
    release();
    expect((await finished(db, id)).status).toBe('succeeded');
  });

  it('retries transient errors, then succeeds', async () => {
    let calls = 0;
    start([
      {
        kind: 'test.flaky',
        run: async () => {
          calls += 1;
          if (calls < 3) throw new TransientJobError('service briefly away');
          return 'ok';
        },
      },
    ]);
    const id = await enqueueJob(db, 'test.flaky', {}, { maxAttempts: 3 });
    expect(await finished(db, id)).toMatchObject({ status: 'succeeded', attempts: 3, resultRef: 'ok' });
  });

  it('fails after the last attempt of a transient error, keeping the message', async () => {
    start([
      {
        kind: 'test.down',
        run: async () => {
          throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
        },
      },
    ]);
    const id = await enqueueJob(db, 'test.down', {}, { maxAttempts: 2 });
    expect(await finished(db, id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      message: 'connection refused',
      error: { code: 'ECONNREFUSED' },
    });
  });

  it('fails at once on an error that would repeat (bad input), without retrying', async () => {
    start([
      {
        kind: 'test.bad',
        run: async () => {
          throw Object.assign(new Error('grid.csv, line 3: not a number'), { code: 'NON_NUMERIC', line: 3 });
        },
      },
    ]);
    const id = await enqueueJob(db, 'test.bad', {}, { maxAttempts: 3 });
    expect(await finished(db, id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: { code: 'NON_NUMERIC', line: 3, message: 'grid.csv, line 3: not a number' },
    });
  });

  /**
   * Attempts whose handler has begun, as `job#attempt`. A job's row says running from the moment it
   * is claimed, a little before its handler starts; a stop in between hands the claim back uncounted.
   */
  const begun = new Set<string>();
  const waitsForAbort: JobHandler['run'] = ({ job, signal }) => {
    begun.add(`${job.id}#${job.attempts}`);
    return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
  };
  const untilBegun = (id: string, attempt = 1) =>
    until(
      async () => begun.has(`${id}#${attempt}`),
      (b) => b,
    );

  it('gives a running job back to the queue when stopped, counting the attempt', async () => {
    const worker = start([{ kind: 'test.long', run: waitsForAbort }]);
    const id = await enqueueJob(db, 'test.long', {});
    await untilBegun(id);
    await worker.stop();
    const job = await getJob(db, id);
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lockedBy: null, error: { code: 'INTERRUPTED' } });
    expect(job!.message).toMatch(/^Attempt 1 of 3 was interrupted/);
  });

  it('hands a job claimed while the worker was stopping back untouched, its attempt not counted', async () => {
    const worker = new JobWorker(db, { handlers: [{ kind: 'test.late', run: async () => 'ran' }] });
    const id = await enqueueJob(db, 'test.late', {});
    // The claim is under way when stop() comes (as a second slot's claim may be while another slot's job is given back).
    const claiming = worker.runOnce();
    await worker.stop();
    expect(await claiming).toBe(true);
    expect(await getJob(db, id)).toMatchObject({ status: 'queued', attempts: 0, lockedBy: null, message: null });
  });

  it('announces itself in job_workers and is named as the holder of its running job until it stops', async () => {
    const worker = start([{ kind: 'test.held', run: waitsForAbort }], undefined, 1);
    const id = await enqueueJob(db, 'test.held', {});
    await untilBegun(id);
    const announced = await until(
      () => listWorkers(db),
      (ws) => ws.length === 1,
    );
    expect(announced[0]).toMatchObject({ id: worker.id, host: os.hostname(), pid: process.pid, kinds: ['test.held'] });
    expect(worker.id).toMatch(new RegExp(`^${os.hostname()}:${process.pid}:[0-9a-f]{6}$`));
    const held = await db.query(
      'SELECT worker_id, worker_host, worker_pid, worker_since FROM job_states WHERE id = $1',
      [id],
    );
    expect(held.rows).toHaveLength(1);
    expect(held.rows[0]).toMatchObject({ worker_id: worker.id, worker_host: os.hostname(), worker_pid: process.pid });
    expect(held.rows[0]!.worker_since).not.toBeNull();
    await worker.stop();
    expect(await listWorkers(db)).toEqual([]);
    const after = await db.query('SELECT worker_id, worker_host FROM job_states WHERE id = $1', [id]);
    expect(after.rows).toEqual([{ worker_id: null, worker_host: null }]);
  });

  it('fails a job for good, with its last error, when the server stops during every attempt (not queued forever)', async () => {
    const id = await enqueueJob(db, 'test.jam', {}, { maxAttempts: 2 });
    for (let restart = 0; restart < 2; restart++) {
      const worker = start([{ kind: 'test.jam', run: waitsForAbort }]);
      await untilBegun(id, restart + 1);
      await worker.stop();
    }
    expect(await getJob(db, id)).toMatchObject({ status: 'failed', attempts: 2, error: { code: 'INTERRUPTED' } });
    const worker = start([{ kind: 'test.jam', run: async () => 'ran again' }]);
    const later = await enqueueJob(db, 'test.jam', {});
    expect((await finished(db, later)).resultRef).toBe('ran again');
    await worker.stop();
    expect((await getJob(db, id))!.status).toBe('failed');
  });

  it('stops an attempt that runs past its time limit, even one that ignores its signal, and fails the job without retrying', async () => {
    let stoppedBy: unknown = null;
    start(
      [
        {
          kind: 'test.stuck',
          run: ({ signal }) => {
            signal.addEventListener('abort', () => {
              stoppedBy = signal.reason;
            });
            return new Promise(() => undefined);
          },
        },
        { kind: 'test.next', run: async () => 'next ran' },
      ],
      undefined,
      1,
      0.3,
    );
    const stuck = await enqueueJob(db, 'test.stuck', {}, { maxAttempts: 3 });
    const next = await enqueueJob(db, 'test.next', {});
    const job = await finished(db, stuck);
    expect(job).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'TIMEOUT' } });
    expect(job.message).toBe('The job ran longer than its limit of 0.3 s (JOB_TIMEOUT_SECONDS) and was stopped');
    expect(stoppedBy).toMatchObject({ code: 'TIMEOUT' });
    expect((await finished(db, next)).resultRef).toBe('next ran');
  });

  it('cancels a queued job at once and stops a running one, which fails with CANCELLED', async () => {
    const queued = await enqueueJob(db, 'test.cancel', {}, { delaySeconds: 3600 });
    expect(await cancelJob(db, queued, { code: 'CANCELLED', message: 'Cancelled by its owner' })).toBe('failed');
    expect(await getJob(db, queued)).toMatchObject({
      status: 'failed',
      attempts: 0,
      error: { code: 'CANCELLED' },
      message: 'Cancelled by its owner',
    });
    let reason: unknown = null;
    start([
      {
        kind: 'test.cancel',
        run: ({ signal }) =>
          new Promise((_, reject) =>
            signal.addEventListener('abort', () => {
              reason = signal.reason;
              reject(signal.reason as Error);
            }),
          ),
      },
    ]);
    const running = await enqueueJob(db, 'test.cancel', {});
    await until(
      () => getJob(db, running),
      (j) => j?.status === 'running',
    );
    expect(await cancelJob(db, running, { code: 'CANCELLED', message: 'Cancelled by its owner' })).toBe('running');
    expect(await finished(db, running)).toMatchObject({
      status: 'failed',
      attempts: 1,
      message: 'Cancelled by its owner',
      error: { code: 'CANCELLED', message: 'Cancelled by its owner' },
    });
    expect(reason).toMatchObject({ code: 'CANCELLED' });
    expect(await cancelJob(db, running, { code: 'CANCELLED', message: 'again' })).toBeNull();
  });

  it('sees a cancellation made by another process at its next heartbeat, with its message', async () => {
    start([{ kind: 'test.remote', run: waitsForAbort }]);
    const id = await enqueueJob(db, 'test.remote', {});
    await untilBegun(id);
    // Another server marks the job; no in-process signal reaches this worker.
    await db.query(
      `UPDATE jobs SET cancel_requested_at = now(), error = '{"code":"CANCELLED","message":"Cancelled elsewhere"}' WHERE id = $1`,
      [id],
    );
    expect(await finished(db, id)).toMatchObject({
      status: 'failed',
      message: 'Cancelled elsewhere',
      error: { code: 'CANCELLED', message: 'Cancelled elsewhere' },
    });
  });

  it.runIf(engine === 'postgres')(
    'wakes at once for a job queued by another process (NOTIFY), long before its next poll, and stops listening when it stops',
    async () => {
      // This process's worker on a pool of its own; the jobs are queued through `db`, as another server would.
      const elsewhere = await openPostgres(url!, 2);
      const listeners = async () =>
        Number(
          (
            await db.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
            )
          ).rows[0]!.n,
        );
      const worker = new JobWorker(elsewhere, {
        handlers: [{ kind: 'test.woken', run: async () => 'woken' }],
        pollMs: 600_000,
      }).start();
      try {
        await until(listeners, (n) => n === 1);
        // Its first look at the queue has found it empty: it sleeps until its poll in ten minutes.
        await new Promise((r) => setTimeout(r, 300));
        // finished() gives up after 2,000 looks, long before that poll: only the notification can wake it.
        const id = await db.transaction((tx) => enqueueJob(tx, 'test.woken', {}));
        expect(await finished(db, id)).toMatchObject({ status: 'succeeded', resultRef: 'woken' });
        // A second job, after the first: woken again.
        const next = await enqueueJob(db, 'test.woken', {});
        expect(await finished(db, next)).toMatchObject({ status: 'succeeded' });
      } finally {
        await worker.stop();
        await elsewhere.close();
      }
      expect(await until(listeners, (n) => n === 0)).toBe(0);
    },
  );

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
    expect(jobs.map((j) => [j.status, j.attempts])).toEqual(ids.map(() => ['succeeded', 1]));
    expect(ranBy.size).toBe(24);
    expect([...ranBy.values()].map((runs) => runs.length)).toEqual(ids.map(() => 1));
    const byWorker = new Set(jobs.map((j) => j.resultRef));
    expect(byWorker).toEqual(new Set(['A', 'B']));
  });
});
