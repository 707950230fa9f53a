import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Database, Queryable } from '../db/database.ts';
import type { Job, JobErrorDetail } from './types.ts';
import { onlyRow } from '../db/rows.ts';

interface JobRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  status: Job['status'];
  progress: number;
  message: string | null;
  error: JobErrorDetail | null;
  attempts: number;
  max_attempts: number;
  run_after: Date | string;
  locked_at: Date | string | null;
  locked_by: string | null;
  result_ref: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  finished_at: Date | string | null;
}

const date = (v: Date | string) => new Date(v);
const dateOrNull = (v: Date | string | null) => (v === null ? null : new Date(v));

function toJob(r: JobRow): Job {
  return {
    id: r.id,
    kind: r.kind,
    payload: r.payload,
    status: r.status,
    progress: Number(r.progress),
    message: r.message,
    error: r.error,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAfter: date(r.run_after),
    lockedAt: dateOrNull(r.locked_at),
    lockedBy: r.locked_by,
    resultRef: r.result_ref,
    createdAt: date(r.created_at),
    updatedAt: date(r.updated_at),
    finishedAt: dateOrNull(r.finished_at),
  };
}

/** The read view other domains may join for the state of the jobs they queued (migrations/201_job_states.sql). */
export const JOB_STATES = 'job_states';

/** In-process signal that jobs were queued, so local workers look at once instead of at their next poll. */
export const queueSignals = new EventEmitter();

/**
 * The PostgreSQL channel on which a job being ready is announced to workers in other processes
 * and on other machines (NOTIFY, delivered when the transaction that queued it commits); they
 * listen on it and still poll, so a lost notification only delays a job by a poll.
 */
export const JOBS_CHANNEL = 'convivio_jobs';

/** Tells listening workers of every process that a job is ready (a job given back, or recovered). */
export async function announceReadyJobs(db: Queryable): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [JOBS_CHANNEL, '']);
}

/** Wakes this process's workers; call it after the transaction that queued a job has committed. */
export function notifyJobsQueued(): void {
  queueSignals.emit('queued');
}

/**
 * Queues a job (inside the caller's transaction when given one). Returns its id. A job ready at
 * once is announced on JOBS_CHANNEL when the transaction commits.
 */
export async function enqueueJob(
  db: Queryable,
  kind: string,
  payload: Record<string, unknown>,
  opts: { maxAttempts?: number; delaySeconds?: number } = {},
): Promise<string> {
  const id = `job-${crypto.randomUUID()}`;
  await db.query(
    `WITH queued AS (
       INSERT INTO jobs (id, kind, payload, max_attempts, run_after) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
       RETURNING kind, run_after)
     SELECT pg_notify($6, kind) FROM queued WHERE run_after <= now()`,
    [id, kind, JSON.stringify(payload), opts.maxAttempts ?? 3, opts.delaySeconds ?? 0, JOBS_CHANNEL],
  );
  return id;
}

/** One job, or null. */
export async function getJob(db: Queryable, id: string): Promise<Job | null> {
  const r = await db.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
  return r.rows[0] ? toJob(r.rows[0]) : null;
}

/**
 * Claims the next ready job of the given kinds inside the caller's transaction: the row is
 * selected FOR UPDATE SKIP LOCKED, so concurrent workers each get a different job and none waits.
 */
export async function claimIn(tx: Queryable, workerId: string, kinds: string[]): Promise<Job | null> {
  const pick = await tx.query<{ id: string }>(
    `SELECT id FROM jobs WHERE status = 'queued' AND run_after <= now() AND kind = ANY($1::text[]) AND attempts < max_attempts
     ORDER BY run_after, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [kinds],
  );
  const picked = pick.rows[0];
  if (!picked) return null;
  const r = await tx.query<JobRow>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_at = now(), claimed_at = now(), locked_by = $2, updated_at = now()
     WHERE id = $1 RETURNING *`,
    [picked.id, workerId],
  );
  return toJob(onlyRow(r, 'Claiming a job'));
}

/** Claims the next ready job in its own transaction (see claimIn). */
export function claimNextJob(db: Database, workerId: string, kinds: string[]): Promise<Job | null> {
  return db.transaction((tx) => claimIn(tx, workerId, kinds));
}

/** What a heartbeat found: the job is still this worker's, someone asked to cancel it (and why), or it was lost. */
export type Heartbeat = { state: 'held' } | { state: 'cancel'; message: string } | { state: 'lost' };

/**
 * Records progress and refreshes the lock (the heartbeat). Answers 'lost' when this worker no
 * longer holds the job (its lock went stale and it was given to someone else, or it was
 * deleted), 'cancel' with the canceller's message when cancellation was asked for.
 */
export async function heartbeat(
  db: Queryable,
  id: string,
  workerId: string,
  progress: number,
  message: string | null,
): Promise<Heartbeat> {
  const r = await db.query<{ cancel: string | null }>(
    `UPDATE jobs SET progress = GREATEST(progress, $3), message = COALESCE($4, message), locked_at = now(), updated_at = now()
     WHERE id = $1 AND locked_by = $2 AND status = 'running'
     RETURNING CASE WHEN cancel_requested_at IS NOT NULL THEN coalesce(error->>'message', 'The job was cancelled') END AS cancel`,
    [id, workerId, Math.min(1, Math.max(0, progress)), message],
  );
  const row = r.rows[0];
  if (!row) return { state: 'lost' };
  return row.cancel !== null ? { state: 'cancel', message: row.cancel } : { state: 'held' };
}

/** Records progress and refreshes the lock; false when this worker no longer holds the job. */
export async function recordProgress(
  db: Queryable,
  id: string,
  workerId: string,
  progress: number,
  message: string | null,
): Promise<boolean> {
  return (await heartbeat(db, id, workerId, progress, message)).state !== 'lost';
}

/**
 * Cancels a job: a queued one fails at once with `error` (code CANCELLED); a running one is
 * marked (its error set to `error`, shown once it fails), and its worker stops it, at once in
 * this process, at its next heartbeat elsewhere. Returns the job's status after the call, or
 * null when it had already finished.
 */
export async function cancelJob(
  db: Queryable,
  id: string,
  error: JobErrorDetail,
): Promise<'failed' | 'running' | null> {
  const r = await db.query<{ status: 'failed' | 'running' }>(
    `UPDATE jobs SET
       status = CASE WHEN status = 'queued' THEN 'failed' ELSE status END,
       error = $2::jsonb,
       message = CASE WHEN status = 'queued' THEN $2::jsonb->>'message' ELSE message END,
       finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END,
       cancel_requested_at = now(), updated_at = now()
     WHERE id = $1 AND status IN ('queued', 'running') RETURNING status`,
    [id, JSON.stringify(error)],
  );
  const status = r.rows[0]?.status ?? null;
  if (status === 'running') queueSignals.emit('cancel', id, error.message);
  return status;
}

/** Marks a job done with a reference to its result. False when the lock was lost meanwhile. */
export async function completeJob(
  db: Queryable,
  id: string,
  workerId: string,
  resultRef: string | null,
): Promise<boolean> {
  const r = await db.query(
    `UPDATE jobs SET status = 'succeeded', progress = 1, message = NULL, error = NULL, result_ref = $3,
       locked_at = NULL, locked_by = NULL, finished_at = now(), updated_at = now()
     WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
    [id, workerId, resultRef],
  );
  return r.affectedRows > 0;
}

/**
 * Ends a failed attempt: queued again after `retryInSeconds` when given and attempts remain,
 * otherwise failed for good with the error kept. Returns the job's new status, or null when
 * this worker no longer held the job.
 */
export async function failJob(
  db: Queryable,
  id: string,
  workerId: string,
  error: JobErrorDetail,
  retryInSeconds: number | null,
): Promise<'queued' | 'failed' | null> {
  const r = await db.query<{ status: 'queued' | 'failed' }>(
    `UPDATE jobs SET
       status = CASE WHEN $4::double precision IS NOT NULL AND attempts < max_attempts THEN 'queued' ELSE 'failed' END,
       run_after = CASE WHEN $4::double precision IS NOT NULL THEN now() + make_interval(secs => $4::double precision) ELSE run_after END,
       message = CASE WHEN $4::double precision IS NOT NULL AND attempts < max_attempts
         THEN 'Attempt ' || attempts || ' of ' || max_attempts || ' failed (' || ($3::jsonb->>'message') || '); trying again'
         ELSE $3::jsonb->>'message' END,
       error = $3::jsonb, locked_at = NULL, locked_by = NULL, updated_at = now(),
       finished_at = CASE WHEN $4::double precision IS NOT NULL AND attempts < max_attempts THEN NULL ELSE now() END
     WHERE id = $1 AND locked_by = $2 AND status = 'running' RETURNING status`,
    [id, workerId, JSON.stringify(error), retryInSeconds],
  );
  return r.rows[0]?.status ?? null;
}

/**
 * Deletes jobs whose records are being deleted (inside the caller's transaction). A running one
 * is stopped: call notifyJobsDeleted after the commit to stop it at once in this process;
 * elsewhere its worker finds it gone at its next heartbeat.
 */
export async function deleteJobs(tx: Queryable, ids: string[]): Promise<void> {
  if (ids.length) await tx.query('DELETE FROM jobs WHERE id = ANY($1::text[])', [ids]);
}

/** Stops this process's workers running any of these (deleted) jobs. */
export function notifyJobsDeleted(ids: string[]): void {
  for (const id of ids) queueSignals.emit('cancel', id);
}

/**
 * Gives a running job back to the queue because its worker is stopping. The attempt counts:
 * a job that keeps the server from finishing it (or is running at every restart) fails for
 * good with `error` once it has used all its attempts, instead of being queued forever.
 */
export async function releaseJob(
  db: Queryable,
  id: string,
  workerId: string,
  error: JobErrorDetail,
): Promise<'queued' | 'failed' | null> {
  const r = await db.query<{ status: 'queued' | 'failed' }>(
    `UPDATE jobs SET
       status = CASE WHEN attempts < max_attempts THEN 'queued' ELSE 'failed' END,
       message = CASE WHEN attempts < max_attempts
         THEN 'Attempt ' || attempts || ' of ' || max_attempts || ' was interrupted (' || ($3::jsonb->>'message') || '); it was queued again'
         ELSE ($3::jsonb->>'message') || ' during its last attempt (' || attempts || ' of ' || max_attempts || ')' END,
       error = $3::jsonb, finished_at = CASE WHEN attempts < max_attempts THEN NULL ELSE now() END,
       locked_at = NULL, locked_by = NULL, run_after = now(), updated_at = now()
     WHERE id = $1 AND locked_by = $2 AND status = 'running' RETURNING status`,
    [id, workerId, JSON.stringify(error)],
  );
  return r.rows[0]?.status ?? null;
}

/**
 * Hands back a job this worker claimed but never started (it was stopping when the claim came
 * back): queued again as it was, the attempt not counted. False when it no longer held the job.
 */
export async function returnUnstartedJob(db: Queryable, id: string, workerId: string): Promise<boolean> {
  const r = await db.query(
    `UPDATE jobs SET status = 'queued', attempts = attempts - 1, locked_at = NULL, locked_by = NULL, claimed_at = NULL,
       updated_at = now()
     WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
    [id, workerId],
  );
  return r.affectedRows > 0;
}

/**
 * Recovers jobs whose worker vanished: running jobs whose lock is older than `staleAfterSeconds`
 * are queued again, or failed when they have used every attempt (or were being cancelled).
 * Returns the ids recovered.
 */
export async function recoverStaleJobs(
  db: Queryable,
  staleAfterSeconds: number,
): Promise<{ id: string; status: 'queued' | 'failed' }[]> {
  const r = await db.query<{ id: string; status: 'queued' | 'failed' }>(
    `UPDATE jobs SET
       status = CASE WHEN attempts < max_attempts AND cancel_requested_at IS NULL THEN 'queued' ELSE 'failed' END,
       message = CASE WHEN cancel_requested_at IS NOT NULL THEN coalesce(error->>'message', 'The job was cancelled')
         WHEN attempts < max_attempts THEN 'The worker running this job stopped; it was queued again'
         ELSE 'The worker running this job stopped and no attempts are left' END,
       error = CASE WHEN cancel_requested_at IS NOT NULL THEN coalesce(error, jsonb_build_object('code', 'CANCELLED', 'message', 'The job was cancelled'))
         WHEN attempts < max_attempts THEN error
         ELSE jsonb_build_object('code', 'WORKER_LOST', 'message', 'The worker running this job stopped and no attempts are left') END,
       finished_at = CASE WHEN attempts < max_attempts AND cancel_requested_at IS NULL THEN NULL ELSE now() END,
       locked_at = NULL, locked_by = NULL, run_after = now(), updated_at = now()
     WHERE status = 'running' AND locked_at < now() - make_interval(secs => $1::double precision)
     RETURNING id, status`,
    [staleAfterSeconds],
  );
  return r.rows;
}
