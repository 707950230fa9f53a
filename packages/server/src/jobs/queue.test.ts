import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '../../test/harness.ts';
import type { Database } from '../db/database.ts';
import {
  claimIn,
  claimNextJob,
  completeJob,
  enqueueJob,
  failJob,
  getJob,
  recordProgress,
  recoverStaleJobs,
} from './queue.ts';

describe.each(ENGINES)('job queue on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => ({ db, drop } = await freshDatabase(engine)));
  afterAll(async () => drop?.());
  beforeEach(async () => {
    await db.query('DELETE FROM jobs');
  });

  it('claims the oldest ready job of the asked kinds and marks it running', async () => {
    const first = await enqueueJob(db, 'test.a', { n: 1 });
    await enqueueJob(db, 'test.a', { n: 2 });
    await enqueueJob(db, 'test.other', { n: 3 });
    const job = await claimNextJob(db, 'worker-1', ['test.a']);
    expect(job).toMatchObject({
      id: first,
      kind: 'test.a',
      payload: { n: 1 },
      status: 'running',
      attempts: 1,
      lockedBy: 'worker-1',
    });
    expect(job!.lockedAt).toBeInstanceOf(Date);
    const second = await claimNextJob(db, 'worker-1', ['test.a']);
    expect(second!.payload).toEqual({ n: 2 });
    expect(await claimNextJob(db, 'worker-1', ['test.a'])).toBeNull();
  });

  it('leaves delayed jobs until their time', async () => {
    await enqueueJob(db, 'test.a', {}, { delaySeconds: 3600 });
    expect(await claimNextJob(db, 'w', ['test.a'])).toBeNull();
  });

  it('records progress only for the worker holding the lock, and never backwards', async () => {
    const id = await enqueueJob(db, 'test.a', {});
    await claimNextJob(db, 'holder', ['test.a']);
    expect(await recordProgress(db, id, 'holder', 0.4, 'reading')).toBe(true);
    expect(await recordProgress(db, id, 'holder', 0.2, null)).toBe(true);
    expect(await recordProgress(db, id, 'intruder', 0.9, 'no')).toBe(false);
    expect(await getJob(db, id)).toMatchObject({ progress: 0.4, message: 'reading' });
  });

  it('completes with a result reference, refusing a worker that lost the lock', async () => {
    const id = await enqueueJob(db, 'test.a', {});
    await claimNextJob(db, 'holder', ['test.a']);
    expect(await completeJob(db, id, 'someone-else', 'x')).toBe(false);
    expect(await completeJob(db, id, 'holder', 'run-1')).toBe(true);
    expect(await getJob(db, id)).toMatchObject({
      status: 'succeeded',
      progress: 1,
      resultRef: 'run-1',
      lockedBy: null,
    });
  });

  it('queues a failed attempt again while attempts remain, then fails it for good', async () => {
    const id = await enqueueJob(db, 'test.a', {}, { maxAttempts: 2 });
    await claimNextJob(db, 'w', ['test.a']);
    expect(await failJob(db, id, 'w', { code: 'ECONNRESET', message: 'connection reset' }, 0)).toBe('queued');
    expect((await getJob(db, id))!.message).toMatch(/Attempt 1 of 2 failed \(connection reset\)/);
    await claimNextJob(db, 'w', ['test.a']);
    expect(await failJob(db, id, 'w', { code: 'ECONNRESET', message: 'connection reset again' }, 0)).toBe('failed');
    expect(await getJob(db, id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      message: 'connection reset again',
      error: { code: 'ECONNRESET' },
    });
  });

  it('fails at once when no retry is asked for, keeping where the input was wrong', async () => {
    const id = await enqueueJob(db, 'test.a', {});
    await claimNextJob(db, 'w', ['test.a']);
    const error = {
      code: 'NON_NUMERIC',
      message: "grid.csv, line 7, column 'grpA' (#4): not a number",
      file: 'grid.csv',
      line: 7,
      column: 'grpA',
    };
    expect(await failJob(db, id, 'w', error, null)).toBe('failed');
    expect(await getJob(db, id)).toMatchObject({ status: 'failed', attempts: 1, error });
  });

  it('recovers jobs whose worker stopped: queued again, or failed once out of attempts', async () => {
    const again = await enqueueJob(db, 'test.a', {}, { maxAttempts: 3 });
    const spent = await enqueueJob(db, 'test.a', {}, { maxAttempts: 1 });
    const fresh = await enqueueJob(db, 'test.a', {});
    for (let i = 0; i < 3; i++) await claimNextJob(db, 'dead-worker', ['test.a']);
    await db.query(`UPDATE jobs SET locked_at = now() - interval '1 hour' WHERE id IN ($1, $2)`, [again, spent]);
    const recovered = await recoverStaleJobs(db, 600);
    expect(Object.fromEntries(recovered.map((r) => [r.id, r.status]))).toEqual({
      [again]: 'queued',
      [spent]: 'failed',
    });
    expect((await getJob(db, fresh))!.status).toBe('running');
    expect((await getJob(db, spent))!.error).toMatchObject({ code: 'WORKER_LOST' });
    expect((await claimNextJob(db, 'w2', ['test.a']))!.id).toBe(again);
  });

  it.runIf(engine === 'postgres')(
    'lets a second worker claim another job while the first holds its row lock (SKIP LOCKED)',
    async () => {
      const a = await enqueueJob(db, 'test.a', {});
      const b = await enqueueJob(db, 'test.a', {});
      const seen: string[] = [];
      await db.transaction(async (tx) => {
        const mine = await claimIn(tx, 'first', ['test.a']);
        seen.push(mine!.id);
        // The first transaction is still open, holding its row lock: the other connection must skip that row, not wait.
        const other = await claimNextJob(db, 'second', ['test.a']);
        seen.push(other!.id);
        expect(await claimNextJob(db, 'third', ['test.a'])).toBeNull();
      });
      expect(seen).toEqual([a, b]);
    },
  );
});
