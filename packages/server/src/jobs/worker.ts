import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/database.ts';
import {
  announceReadyJobs,
  claimNextJob,
  JOBS_CHANNEL,
  completeJob,
  failJob,
  heartbeat,
  queueSignals,
  recoverStaleJobs,
  releaseJob,
  returnUnstartedJob,
  type Heartbeat,
} from './queue.ts';
import { announceWorker, pruneWorkers, retireWorker } from './registry.ts';
import { backoffSeconds, errorDetail, isTransientError } from './retry.ts';
import { JobCancelledError, JobTimeoutError, LockLostError, WorkerStoppingError } from './stop-reasons.ts';
import type { Job, JobHandler, JobLogger } from './types.ts';

export interface WorkerOptions {
  handlers: JobHandler[];
  /** Names this worker in locked_by; unique per process by default. */
  id?: string;
  /** Jobs run at the same time by this worker (1 on PGlite: it has one connection). */
  concurrency?: number;
  /** How often an idle worker looks for jobs queued by other processes. */
  pollMs?: number;
  /** How often a running job's lock is refreshed and its progress written. */
  heartbeatMs?: number;
  /** A running job whose lock is older than this is taken to have lost its worker. */
  staleAfterSeconds?: number;
  /** Seconds before the next attempt after a transient failure on attempt n. */
  backoff?: (attempt: number) => number;
  /** Wall-clock seconds an attempt may run before it is stopped and the job fails (a handler may set its own). */
  timeoutSeconds?: number;
  /** How often the worker refreshes its row in job_workers (its own heartbeat). */
  announceMs?: number;
  /**
   * Called once when claiming has failed this many times in a row (the database is gone):
   * `convivio worker` stops and exits non-zero. Unset: the worker keeps trying.
   */
  fatalAfterFailures?: number;
  onFatal?: (err: unknown) => void;
  log?: JobLogger;
  /** Where uploaded files live (FILE_STORE_DIR), handed to each job; by default data/files. */
  fileStoreDir?: string;
}

/** How soon a worker whose notification connection failed or was lost tries to listen again. */
const LISTEN_RETRY_MS = 30_000;

const quiet: JobLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
queueSignals.setMaxListeners(0);

/**
 * Claims jobs from the queue and runs them with their handlers: heartbeat and progress while a
 * job runs, retries with backoff for transient errors, stale-lock recovery for dead workers, a
 * wall-clock limit per attempt, and cancellation.
 */
export class JobWorker {
  readonly id: string;
  private readonly handlers: Map<string, JobHandler>;
  readonly host = os.hostname();
  private readonly opts: Required<Omit<WorkerOptions, 'handlers' | 'id' | 'fatalAfterFailures' | 'onFatal'>> &
    Pick<WorkerOptions, 'fatalAfterFailures' | 'onFatal'>;
  private readonly running = new Map<string, AbortController>();
  private readonly wakers = new Set<() => void>();
  private loops: Promise<void>[] = [];
  private stopping = false;
  private lastRecovery = 0;
  private failures = 0;
  private announcing: Promise<void> = Promise.resolve();
  private announceTimer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private lastListen = -Infinity;
  private missedWake = false;

  constructor(
    private readonly db: Database,
    options: WorkerOptions,
  ) {
    this.id = options.id ?? `${this.host}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
    this.handlers = new Map(options.handlers.map((h) => [h.kind, h]));
    this.opts = {
      concurrency: options.concurrency ?? (db.engine === 'pglite' ? 1 : 2),
      pollMs: options.pollMs ?? 1000,
      heartbeatMs: options.heartbeatMs ?? 2000,
      staleAfterSeconds: options.staleAfterSeconds ?? 300,
      backoff: options.backoff ?? ((n) => backoffSeconds(n)),
      timeoutSeconds: options.timeoutSeconds ?? 900,
      announceMs: options.announceMs ?? 10_000,
      fatalAfterFailures: options.fatalAfterFailures,
      onFatal: options.onFatal,
      log: options.log ?? quiet,
      fileStoreDir: options.fileStoreDir ?? path.resolve('data/files'),
    };
  }

  /** Starts the polling loops (one per concurrency slot) and announces the worker in job_workers. */
  start(): this {
    if (this.loops.length) return this;
    this.announce();
    this.announceTimer = setInterval(() => this.announce(), this.opts.announceMs);
    queueSignals.on('queued', this.wake);
    for (let slot = 0; slot < this.opts.concurrency; slot++) this.loops.push(this.loop(slot));
    return this;
  }

  /** Stops: aborts running jobs (they go back to the queue), waits for the loops to end, retires the worker. */
  async stop(): Promise<void> {
    this.stopping = true;
    queueSignals.off('queued', this.wake);
    for (const c of this.running.values()) c.abort(new WorkerStoppingError());
    this.wake();
    const started = this.loops.length > 0;
    await Promise.all(this.loops);
    this.loops = [];
    await this.unlisten?.();
    this.unlisten = null;
    if (this.announceTimer) clearInterval(this.announceTimer);
    this.announceTimer = null;
    await this.announcing;
    if (started)
      await retireWorker(this.db, this.id).catch((err: unknown) =>
        this.opts.log.warn({ err, worker: this.id }, 'job worker: could not remove its entry from job_workers'),
      );
  }

  /** Claims and runs one ready job; false when none was ready. */
  async runOnce(): Promise<boolean> {
    if (this.stopping) return false;
    const job = await claimNextJob(this.db, this.id, [...this.handlers.keys()]);
    if (!job) return false;
    if (this.stopping) {
      // The claim was under way when stop() came: the job goes back untouched, its attempt not counted.
      await returnUnstartedJob(this.db, job.id, this.id);
      return true;
    }
    this.opts.log.info(
      { job: job.id, kind: job.kind, attempt: job.attempts, worker: this.id },
      'job worker: claimed a job',
    );
    const began = Date.now();
    await this.execute(job);
    this.opts.log.info(
      { job: job.id, kind: job.kind, worker: this.id, ms: Date.now() - began },
      'job worker: finished with a job',
    );
    return true;
  }

  /** Writes (or refreshes) this worker's row in job_workers, one write at a time. */
  private announce(): void {
    const me = { id: this.id, host: this.host, pid: process.pid, kinds: [...this.handlers.keys()] };
    this.announcing = this.announcing
      .then(() => announceWorker(this.db, me))
      .catch((err: unknown) => this.opts.log.warn({ err, worker: this.id }, 'job worker: could not announce itself'));
  }

  private async loop(slot: number): Promise<void> {
    while (!this.stopping) {
      let worked = false;
      try {
        if (slot === 0) await this.listenIfDue();
        if (slot === 0) await this.recoverIfDue();
        worked = await this.runOnce();
        this.failures = 0;
      } catch (err) {
        this.opts.log.error({ err, worker: this.id }, 'job worker: could not claim or run a job');
        if (++this.failures === this.opts.fatalAfterFailures) this.opts.onFatal?.(err);
      }
      if (!worked && !this.stopping) await this.sleep();
    }
  }

  /**
   * On PostgreSQL, listens on JOBS_CHANNEL so that a job queued by another process (or machine)
   * wakes this idle worker at once instead of at its next poll; tried again while it fails.
   */
  private async listenIfDue(): Promise<void> {
    if (!this.db.listen || this.unlisten || Date.now() - this.lastListen < LISTEN_RETRY_MS) return;
    this.lastListen = Date.now();
    try {
      this.unlisten = await this.db.listen(JOBS_CHANNEL, this.wake, () => {
        this.unlisten = null;
        this.opts.log.warn({ worker: this.id }, 'job worker: lost its notification connection; polling meanwhile');
      });
    } catch (err) {
      this.opts.log.warn({ err, worker: this.id }, 'job worker: could not listen for queued jobs; polling');
    }
  }

  /** Wakes this worker's idle loops (jobs were queued here or announced by another process). */
  private readonly wake = (): void => {
    if (this.wakers.size === 0) this.missedWake = true;
    for (const wake of [...this.wakers]) wake();
  };

  private async recoverIfDue(): Promise<void> {
    const every = Math.min(60_000, (this.opts.staleAfterSeconds * 1000) / 2);
    if (Date.now() - this.lastRecovery < every) return;
    this.lastRecovery = Date.now();
    const recovered = await recoverStaleJobs(this.db, this.opts.staleAfterSeconds);
    for (const r of recovered) {
      this.opts.log.warn({ job: r.id, status: r.status }, 'job worker: recovered a job whose worker stopped');
    }
    if (recovered.some((r) => r.status === 'queued')) await announceReadyJobs(this.db);
    await pruneWorkers(this.db, this.opts.staleAfterSeconds);
  }

  /** Waits for a poll interval, or less when woken (a wake that came while no loop slept ends the next wait at once). */
  private sleep(): Promise<void> {
    if (this.missedWake) {
      this.missedWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.opts.pollMs);
      this.wakers.add(done);
    });
  }

  /**
   * Runs one claimed job. The attempt is stopped (its signal aborted, and the slot freed even if
   * the handler does not notice) when it runs past its time limit, is cancelled, its lock is
   * lost, or the worker stops; a timeout or cancellation fails the job for good.
   */
  private async execute(job: Job): Promise<void> {
    const handler = this.handlers.get(job.kind)!;
    const controller = new AbortController();
    const stop = (reason: Error) => {
      if (!controller.signal.aborted) controller.abort(reason);
    };
    this.running.set(job.id, controller);
    const seconds = handler.timeoutSeconds ?? this.opts.timeoutSeconds;
    const timer = setTimeout(() => stop(new JobTimeoutError(seconds)), seconds * 1000);
    const onCancel = (id: string, message?: string) => {
      if (id === job.id) stop(new JobCancelledError(message));
    };
    queueSignals.on('cancel', onCancel);
    const progress = new ProgressWriter(this.db, job.id, this.id, (beat) =>
      stop(beat.state === 'cancel' ? new JobCancelledError(beat.message) : new LockLostError()),
    );
    const heartbeatTimer = setInterval(() => progress.flush(true), this.opts.heartbeatMs);
    const aborted = new Promise<never>((_, reject) =>
      // stop() and cancellation abort with an Error.
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), { once: true }),
    );
    aborted.catch(() => undefined);
    try {
      // stop() may have come while this job was being claimed, before it was in `running`.
      if (this.stopping) throw new WorkerStoppingError();
      const running = handler.run({
        db: this.db,
        fileStoreDir: this.opts.fileStoreDir,
        job,
        signal: controller.signal,
        progress: (f, m) => progress.set(f, m),
      });
      running.catch(() => undefined);
      const ref = await Promise.race([running, aborted]);
      this.settle(timer, heartbeatTimer, onCancel);
      await progress.idle();
      if (!(await completeJob(this.db, job.id, this.id, ref)))
        this.opts.log.warn({ job: job.id }, 'job worker: finished a job whose lock was lost');
    } catch (caught) {
      this.settle(timer, heartbeatTimer, onCancel);
      await progress.idle();
      const err: unknown = controller.signal.aborted ? controller.signal.reason : caught;
      await this.endAttempt(job, handler, err);
    } finally {
      this.running.delete(job.id);
    }
  }

  private settle(
    timer: NodeJS.Timeout,
    heartbeatTimer: NodeJS.Timeout,
    onCancel: (id: string, message?: string) => void,
  ): void {
    clearTimeout(timer);
    clearInterval(heartbeatTimer);
    queueSignals.off('cancel', onCancel);
  }

  /** Records how an attempt ended: given back to the queue (stopping), failed for good, or queued for a retry. */
  private async endAttempt(job: Job, handler: JobHandler, err: unknown): Promise<void> {
    if (err instanceof LockLostError) {
      this.opts.log.warn({ job: job.id }, 'job worker: stopped a job whose lock was lost');
      return;
    }
    if (err instanceof WorkerStoppingError) {
      const status = await releaseJob(this.db, job.id, this.id, errorDetail(err));
      this.opts.log.info({ job: job.id, status }, 'job worker: gave a running job back as it stopped');
      // Workers of other processes take it at once.
      if (status === 'queued') await announceReadyJobs(this.db).catch(() => undefined);
      return;
    }
    const final = err instanceof JobTimeoutError || err instanceof JobCancelledError;
    const transient = !final && (handler.isTransient ?? isTransientError)(err);
    const status = await failJob(
      this.db,
      job.id,
      this.id,
      errorDetail(err),
      transient ? this.opts.backoff(job.attempts) : null,
    );
    this.opts.log[status === 'failed' ? 'warn' : 'info'](
      { job: job.id, kind: job.kind, status, err: (err as Error)?.message },
      'job attempt failed',
    );
  }
}

/** Writes a job's progress at most once per heartbeat or when it moved by a percent, one write at a time. */
class ProgressWriter {
  private latest: { fraction: number; message: string | null } | null = null;
  private written = -1;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly jobId: string,
    private readonly workerId: string,
    private readonly onStop: (beat: Exclude<Heartbeat, { state: 'held' }>) => void,
  ) {}

  set(fraction: number, message?: string): void {
    this.latest = { fraction, message: message ?? null };
    if (fraction - this.written >= 0.01) this.flush(false);
  }

  flush(isHeartbeat: boolean): void {
    const value = this.latest ?? { fraction: Math.max(0, this.written), message: null };
    if (!isHeartbeat && value.fraction === this.written) return;
    this.written = value.fraction;
    this.latest = null;
    this.chain = this.chain.then(async () => {
      const beat: Heartbeat = await heartbeat(this.db, this.jobId, this.workerId, value.fraction, value.message).catch(
        () => ({ state: 'held' as const }),
      );
      if (beat.state !== 'held') this.onStop(beat);
    });
  }

  idle(): Promise<void> {
    return this.chain;
  }
}
