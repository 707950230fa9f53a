import type { AppContext } from '../context.ts';
import { jobHandlers } from './handlers.ts';
import type { JobLogger } from './types.ts';
import { JobWorker, type WorkerOptions } from './worker.ts';

export { cancelJob, enqueueJob, getJob, JOB_STATES, notifyJobsQueued } from './queue.ts';
export { registerJobHandler } from './handlers.ts';
export { TransientJobError } from './retry.ts';
export { JobCancelledError, JobTimeoutError } from './stop-reasons.ts';
export type { Job, JobContext, JobHandler, JobStatus } from './types.ts';
export { JobWorker } from './worker.ts';
export { jobHandlers } from './handlers.ts';

/** The running in-process workers; `stop` ends them (running jobs go back to the queue). */
export interface JobWorkers {
  worker: JobWorker;
  stop(): Promise<void>;
}

/**
 * Starts the in-process job worker with every registered handler (JOB_WORKERS jobs at once).
 * On PostgreSQL, `convivio worker` processes share the queue with it (each claims with SKIP
 * LOCKED); on PGlite the one worker polls the embedded database. Each attempt may run
 * JOB_TIMEOUT_SECONDS. Call from main.ts (not when JOB_WORKERS=0); tests start and stop it.
 */
export function startWorkers(
  ctx: AppContext,
  opts: Partial<Omit<WorkerOptions, 'handlers'>> & { log?: JobLogger } = {},
): JobWorkers {
  const worker = new JobWorker(ctx.db, {
    timeoutSeconds: ctx.config.limits.jobTimeoutSeconds,
    fileStoreDir: ctx.config.fileStoreDir,
    concurrency: ctx.config.jobWorkers ?? undefined,
    ...opts,
    handlers: jobHandlers(),
  }).start();
  return { worker, stop: () => worker.stop() };
}
