import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';
import { type Job } from './jobs.ts';

/**
 * A small pool of worker threads running jobs (kernel bands, Moran's I). Workers start lazily, are
 * reused across calls, and never keep the process alive while idle.
 */

const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) {
    const api = await import(workerData.tsx);
    await api.tsImport(workerData.entry, workerData.entry);
  } else {
    await import(workerData.entry);
  }
})();
`;

interface Slot {
  worker: Worker;
  ready: Promise<void>;
}

let slots: Slot[] = [];
let nextId = 1;
const pending = new Map<number, { resolve: (result: unknown) => void; reject: (e: Error) => void; slot: Slot }>();

function entryPoint(): { entry: string; tsx: string | null } {
  const self = import.meta.url;
  const ts = self.endsWith('.ts');
  const entry = new URL(`./environment-worker.${ts ? 'ts' : 'js'}`, self).href;
  if (!ts) return { entry, tsx: null };
  const require = createRequire(self);
  const tsxDir = path.dirname(require.resolve('tsx/package.json'));
  return { entry, tsx: pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href };
}

function startWorker(): Slot {
  const worker = new Worker(BOOT, { eval: true, workerData: entryPoint() });
  worker.unref();
  let markReady: () => void = () => undefined;
  let failStart: (e: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });
  const slot: Slot = { worker, ready };
  worker.on('message', (msg: { ready?: boolean; id?: number; ok?: boolean; error?: string; result?: unknown }) => {
    if (msg.ready === true) return markReady();
    const job = pending.get(msg.id as number);
    if (job === undefined) return;
    pending.delete(msg.id as number);
    job.slot.worker.unref();
    if (msg.ok === true) job.resolve(msg.result);
    else job.reject(new Error(msg.error ?? 'worker failed'));
  });
  worker.on('error', (e) => {
    failStart(e);
    for (const [id, job] of pending) {
      if (job.slot === slot) {
        pending.delete(id);
        job.reject(e);
      }
    }
    slots = slots.filter((s) => s !== slot);
  });
  return slot;
}

/** Ensures `size` workers exist (started in the background). */
export function ensureWorkers(size: number): void {
  while (slots.length < size) slots.push(startWorker());
}

/** Resolves once `size` workers have started and loaded the convolution code. */
export async function workersReady(size: number): Promise<void> {
  ensureWorkers(size);
  await Promise.all(slots.slice(0, size).map((s) => s.ready));
}

/**
 * Posts a job to worker `slotIndex` right away (call workersReady first); the promise settles
 * with the job's result when the worker is done. `transfer`: ports the job hands over.
 */
export function runOnWorker(job: Job, slotIndex: number, transfer: MessagePort[] = []): Promise<unknown> {
  const slot = slots[slotIndex];
  const id = nextId++;
  slot.worker.ref();
  return new Promise<unknown>((resolve, reject) => {
    pending.set(id, { resolve, reject, slot });
    slot.worker.postMessage({ id, job }, transfer);
  });
}

/** Number of workers currently in the pool. */
export function workerCount(): number {
  return slots.length;
}

/** Stops every worker (tests and benchmarks call this to exit cleanly). */
export async function shutdownWorkers(): Promise<void> {
  const all = slots;
  slots = [];
  await Promise.all(all.map((s) => s.worker.terminate()));
}
