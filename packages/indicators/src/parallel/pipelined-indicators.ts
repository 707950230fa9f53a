import {
  type IndicatorComputation,
  type IndicatorResult,
  type ProgressCallback,
  type SpatialStep,
} from '../core/compute.ts';
import { convolveBand } from '../core/convolve.ts';
import { type Grid } from '../core/grid.ts';
import { pairedSpatialIndices, type SpatialIndices, type SpatialJob } from '../core/spatial-indices.ts';
import { runOnWorker, workersReady } from './pool.ts';
import { drainQueue, queueCounters, queueFinished, taskQueue, type TaskQueue } from './task-queue.ts';
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

/** Whether steps n (all cells) and n + 1 (areas starting from it) have their indices derived in one pass. */
function paired(steps: readonly SpatialStep[], n: number): boolean {
  const areas = steps[n + 1];
  return areas !== undefined && areas.border !== null && areas.job !== null && steps[n].job !== null;
}

/**
 * The computation on two threads, kept busy together. Each takes kernel bands from a shared
 * queue when it is free: the worker starts on the first kernel's environments while this
 * thread computes the aspatial indices. When the areas' environments start from the
 * all-cells ones (the textbook convention), the worker goes on by itself to the areas'
 * borders as soon as every band of the first kernel is finished, then to Moran's I; this
 * thread joins it on the borders, then derives the spatial indices of all cells and of the
 * areas in one pass. Otherwise the worker computes Moran's I first, and
 * while this thread derives a step's indices from its environments, the worker starts on
 * the next step's environments (written to a second set of arrays), and this thread joins
 * it when done. The results are those of the one-thread computation: every band and every
 * index is computed the same way whichever thread takes it.
 */
export async function computePipelined(
  c: IndicatorComputation,
  onProgress?: ProgressCallback,
): Promise<IndicatorResult> {
  const steps = c.spatialSteps(2);
  const queues = steps.map((s) => taskQueue(s.requests, 2));
  const share = 1 / (1 + steps.length + (c.hasInference ? 1 : 0));
  const moranJob = { grid: c.grid, emptyCells: c.options.moranEmptyCells, byArea: c.scopes.length > 1 };
  const moranLater = paired(steps, 0);
  const empty: TaskQueue = { tasks: [], next: queueCounters() };
  const first = queues[0] ?? empty;
  // With paired first steps the worker goes on to the areas' borders and Moran's I by itself.
  const job = runOnWorker(
    moranLater
      ? { kind: 'chain', queue: first, then: queues[1], moran: moranJob }
      : { kind: 'queue', moran: moranJob, queue: first },
    0,
  ) as Promise<Float64Array[] | null>;
  const aspatial = c.aspatialIndices();
  onProgress?.(0.6 * share, 'aspatial indices');
  drainQueue(first);
  const moran = moranLater ? null : await settle(job, first);
  c.assemble(aspatial, moranLater ? null : (moran ?? c.moransI()));
  onProgress?.(share, 'aspatial indices');
  if (c.hasInference) c.computeInference((f, phase) => onProgress?.((1 + f) * share, phase));
  const done = c.hasInference ? 2 : 1;
  const finish = (n: number, observed?: SpatialIndices[]): void => {
    steps[n].finish((f) => onProgress?.((n + done + f) * share, `permutations, kernel ${steps[n].label}`), observed);
    onProgress?.((n + 1 + done) * share, `kernel ${steps[n].label}`);
  };
  for (let n = 0; n < steps.length; n++) {
    const next = queues[n + 1];
    if (n === 0 && moranLater) {
      c.recordMoran((await chainedSteps(job, steps, queues, finish)) ?? c.moransI());
      n++;
      continue;
    }
    if (paired(steps, n)) {
      await pairedSteps(n, steps, queues, finish);
      n++;
      continue;
    }
    const ahead = next === undefined ? null : runOnWorker({ kind: 'queue', moran: null, queue: next }, 0);
    finish(n);
    if (ahead !== null) {
      drainQueue(next);
      await settle(ahead, next);
    }
  }
  return c.result();
}

/**
 * Steps 0 (all cells) and 1 (the areas, whose environments start from step 0's) while the
 * worker runs `chain` (its share of both queues, then Moran's I): this thread finishes the
 * first queue with it, takes bands of the second as soon as the first is finished, and derives
 * both steps' indices in one pass once the second is. If the worker fails, this thread
 * computes every band of both queues again. Returns Moran's I (null if the worker failed).
 */
async function chainedSteps(
  chain: Promise<Float64Array[] | null>,
  steps: readonly SpatialStep[],
  queues: TaskQueue[],
  finish: (n: number, observed?: SpatialIndices[]) => void,
): Promise<Float64Array[] | null> {
  const failed = chain.then(
    () => false,
    () => true,
  );
  const finished = async (queue: TaskQueue): Promise<void> => {
    if (await Promise.race([queueFinished(queue).then(() => false), failed]))
      for (const t of queue.tasks) convolveBand(t);
  };
  await finished(queues[0]);
  drainQueue(queues[1]);
  await finished(queues[1]);
  derivePaired(0, steps, finish);
  const moran = await chain.catch(() => null);
  await bothThreads(queues[2]);
  return moran;
}

/**
 * Steps n (all cells) and n + 1 (the areas, whose environments start from step n's): both
 * threads compute the areas' environments near their borders, then this thread derives both
 * steps' indices in one pass. Afterwards both threads compute step n + 2's environments
 * (written where step n's were).
 */
async function pairedSteps(
  n: number,
  steps: readonly SpatialStep[],
  queues: TaskQueue[],
  finish: (n: number, observed?: SpatialIndices[]) => void,
): Promise<void> {
  await bothThreads(queues[n + 1]);
  derivePaired(n, steps, finish);
  await bothThreads(queues[n + 2]);
}

/** Derives the indices of steps n and n + 1 in one pass and records them. */
function derivePaired(
  n: number,
  steps: readonly SpatialStep[],
  finish: (n: number, observed?: SpatialIndices[]) => void,
): void {
  const [all, perArea] = pairedSpatialIndices(
    steps[n].job as SpatialJob,
    steps[n + 1].job as SpatialJob,
    steps[n + 1].border,
  );
  finish(n, all);
  finish(n + 1, perArea);
}

/** Computes a queue's bands on this thread and the worker together (nothing without a queue). */
async function bothThreads(queue: TaskQueue | undefined): Promise<void> {
  if (queue === undefined) return;
  const remote = runOnWorker({ kind: 'queue', moran: null, queue }, 0);
  drainQueue(queue);
  await settle(remote, queue);
}
