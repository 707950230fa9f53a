/** Why the worker stopped a running job: each is a value its handler sees as `signal.reason`. */

/** The job ran past its wall-clock limit; it fails for good with the code TIMEOUT. */
export class JobTimeoutError extends Error {
  readonly code = 'TIMEOUT';
  constructor(seconds: number) {
    super(`The job ran longer than its limit of ${seconds} s (JOB_TIMEOUT_SECONDS) and was stopped`);
    this.name = 'JobTimeoutError';
  }
}

/** Its owner or an administrator cancelled the job; it fails for good with the code CANCELLED. */
export class JobCancelledError extends Error {
  readonly code = 'CANCELLED';
  constructor(message = 'The job was cancelled') {
    super(message);
    this.name = 'JobCancelledError';
  }
}

/** The worker is stopping (the server shuts down); the job goes back to the queue if attempts remain. */
export class WorkerStoppingError extends Error {
  readonly code = 'INTERRUPTED';
  constructor() {
    super('The server stopped while the job was running');
    this.name = 'WorkerStoppingError';
  }
}

/** Another worker took the job over (this one's lock went stale). */
export class LockLostError extends Error {
  readonly code = 'LOCK_LOST';
  constructor() {
    super('This worker no longer holds the job');
    this.name = 'LockLostError';
  }
}
