import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * The computation threads of runs and series, kept warm between jobs: a thread that finished a
 * job (or reported an error of its input) waits, unreferenced, for the next job of its kind, so a
 * run does not pay for starting a thread and loading the indicators engine again (about a second
 * of processor time from the TypeScript sources, less from the build). A thread that is stopped
 * (cancel, time limit, worker stopping) is ended, never reused. Idle threads end after
 * IDLE_THREAD_MS, giving their memory back.
 */

/** Idle threads kept per entry file (a worker runs at most JOB_WORKERS jobs at once). */
export const IDLE_THREADS = 2;
/** How long an idle thread waits for another job before it ends. */
export const IDLE_THREAD_MS = 30_000;

/** A job handed to a thread, and what the thread sends back (progress messages, then one `done` or `error`). */
export interface ThreadJob {
  input: unknown;
}

// Loads the thread's TypeScript entry through tsx when the server runs from source.
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) { const api = await import(workerData.tsx); await api.tsImport(workerData.entry, workerData.entry); }
  else await import(workerData.entry);
})().catch((err) => { throw err; });
`;

function entryPoint(file: string): { entry: string; tsx: string | null } {
  const self = import.meta.url;
  const ts = self.endsWith('.ts');
  const entry = new URL(`./${file}.${ts ? 'ts' : 'js'}`, self).href;
  if (!ts) return { entry, tsx: null };
  const tsxDir = path.dirname(createRequire(self).resolve('tsx/package.json'));
  return { entry, tsx: pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href };
}

interface Idle {
  worker: Worker;
  timer: NodeJS.Timeout;
}

const idle = new Map<string, Idle[]>();

/** An idle thread of this entry, or a new one (messages posted to it wait until its entry listens). */
export function takeThread(file: string): Worker {
  const waiting = idle.get(file)?.pop();
  if (waiting) {
    clearTimeout(waiting.timer);
    waiting.worker.ref();
    return waiting.worker;
  }
  const worker = new Worker(BOOT, { eval: true, workerData: entryPoint(file) });
  // A thread that fails while idle simply leaves the pool (its job, if any, listens for itself).
  worker.on('error', () => undefined);
  worker.on('exit', () => forget(file, worker));
  return worker;
}

/** Keeps a thread that finished its job for the next one, or ends it when enough are waiting. */
export function giveBackThread(file: string, worker: Worker): void {
  const list = idle.get(file) ?? [];
  if (list.length >= IDLE_THREADS) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    forget(file, worker);
    void worker.terminate();
  }, IDLE_THREAD_MS);
  timer.unref();
  list.push({ worker, timer });
  idle.set(file, list);
}

function forget(file: string, worker: Worker): void {
  const list = idle.get(file);
  const at = list?.findIndex((i) => i.worker === worker) ?? -1;
  if (list && at >= 0) clearTimeout(list.splice(at, 1)[0]!.timer);
}

/** The threads of this entry waiting for a job. */
export function idleThreads(file: string): Worker[] {
  return (idle.get(file) ?? []).map((i) => i.worker);
}

/** Ends every idle thread now (their memory back at once). */
export async function endIdleThreads(): Promise<void> {
  const all = [...idle.values()].flat();
  idle.clear();
  await Promise.all(all.map((i) => (clearTimeout(i.timer), i.worker.terminate())));
}

/**
 * Inside a thread: answers each job posted to it with `work`, one at a time (the pool gives a
 * thread one job at a time). `work` posts its own progress and its `done` or `error` message.
 */
export function serveThreadJobs(work: (input: unknown) => Promise<void>): void {
  parentPort!.on('message', (job: ThreadJob) => void work(job.input));
}
