import type { Database } from '../db/database.ts';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** Where a failure happened and what it was, kept with a failed job for its owner to read. */
export interface JobErrorDetail {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: string;
}

/** One job as the queue stores it. */
export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  progress: number;
  message: string | null;
  error: JobErrorDetail | null;
  attempts: number;
  maxAttempts: number;
  runAfter: Date;
  lockedAt: Date | null;
  lockedBy: string | null;
  resultRef: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** What a handler may do while it runs a job. */
export interface JobContext {
  db: Database;
  /** Where uploaded files live (FILE_STORE_DIR). */
  fileStoreDir: string;
  job: Job;
  /** Records progress (0–1) and a short message; throttled, never throws. */
  progress: (fraction: number, message?: string) => void;
  /**
   * Aborted when the attempt must stop: its time limit passed, it was cancelled, the worker
   * stops, or the job's lock was lost (`signal.reason` says which); long work should stop early.
   */
  signal: AbortSignal;
}

/**
 * Runs one kind of job. Resolves with a reference to the result (e.g. a run id) or null;
 * throws to fail the attempt. Writes must be idempotent: an attempt may be repeated.
 */
export interface JobHandler {
  kind: string;
  run(ctx: JobContext): Promise<string | null>;
  /** Overrides the default test of which errors are worth another attempt. */
  isTransient?(err: unknown): boolean;
  /** Wall-clock seconds an attempt may run (default: the worker's, JOB_TIMEOUT_SECONDS). */
  timeoutSeconds?: number;
}

/** Where the worker writes what happens (Fastify's logger fits). */
export interface JobLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
