import { type IndicatorComputation, type IndicatorResult, type ProgressCallback } from '../core/compute.ts';
import { convolveBand } from '../core/convolve.ts';
import { type Grid } from '../core/grid.ts';
import { runOnWorker, workersReady } from './pool.ts';
import { drainQueue, taskQueue, type TaskQueue } from './task-queue.ts';
import { isShared } from '../core/typed.ts';

/** Grids from this many cells are worth a worker thread for Moran's I and the kernels. */
const PIPELINE_FROM = 300_000;
/** Above this many cells a second set of environments costs too much memory. */
const PIPELINE_UP_TO = 8_000_000;

/** Whether computePipelined can run: two threads, a grid of the right size in shared memory, a worker that starts. */
export async function canPipeline(grid: Grid, threads: number): Promise<boolean> {
  const arrays = [grid.row, grid.col, grid.total, ...grid.counts, ...(grid.areaOf === null ? [] : [grid.areaOf])];
  const scopes = grid.scopes.flatMap((s) => (s.cells === null ? [] : [s.cells]));
  if (threads !== 2 || grid.cellCount < PIPELINE_FROM || grid.cellCount > PIPELINE_UP_TO) return false;
  if (![...arrays, ...scopes].every(isShared)) return false;
  return workersReady(1).then(
    () => true,
    () => false,
  );
}

/** Waits for a worker's share of a queue; if the worker failed, this thread does the whole queue again. */
async function settle<T>(job: Promise<T>, queue: TaskQueue): Promise<T | null> {
  try {
    return await job;
  } catch {
    for (const t of queue.tasks) convolveBand(t);
    return null;
  }
}

/**
 * The computation on two threads, kept busy together: the worker computes Moran's I while
 * this thread computes the other aspatial indices, and each takes kernel bands from a shared
 * queue when it is free; while this thread derives a step's indices from its environments,
 * the worker starts on the next step's environments (written to a second set of arrays), and
 * this thread joins it when done. The results are those of the one-thread computation: every
 * band is computed the same way whichever thread takes it.
 */
export async function computePipelined(
  c: IndicatorComputation,
  onProgress?: ProgressCallback,
): Promise<IndicatorResult> {
  const steps = c.spatialSteps(2);
  const queues = steps.map((s) => taskQueue(s.requests, 2));
  const share = 1 / (1 + steps.length + (c.hasInference ? 1 : 0));
  const moranJob = { grid: c.grid, emptyCells: c.options.moranEmptyCells, byArea: c.scopes.length > 1 };
  const empty: TaskQueue = { tasks: [], next: new Int32Array(new SharedArrayBuffer(4)) };
  const first = queues[0] ?? empty;
  const job = runOnWorker({ kind: 'queue', moran: moranJob, queue: first }, 0) as Promise<Float64Array[]>;
  const aspatial = c.aspatialIndices();
  onProgress?.(0.6 * share, 'aspatial indices');
  drainQueue(first);
  c.assemble(aspatial, (await settle(job, first)) ?? c.moransI());
  onProgress?.(share, 'aspatial indices');
  if (c.hasInference) c.computeInference((f, phase) => onProgress?.((1 + f) * share, phase));
  const done = c.hasInference ? 2 : 1;
  for (let n = 0; n < steps.length; n++) {
    const next = queues[n + 1];
    const ahead = next === undefined ? null : runOnWorker({ kind: 'queue', moran: null, queue: next }, 0);
    steps[n].finish((f) => onProgress?.((n + done + f) * share, `permutations, kernel ${steps[n].label}`));
    onProgress?.((n + 1 + done) * share, `kernel ${steps[n].label}`);
    if (ahead !== null) {
      drainQueue(next);
      await settle(ahead, next);
    }
  }
  return c.result();
}
