import { convolveBand, type ConvolutionTask } from '../core/convolve.ts';
import { type Grid } from '../core/grid.ts';
import { readCsvPart, type CsvPartJob } from '../io/csv-part-reader.ts';
import { drainQueue, waitForQueue, type TaskQueue } from './task-queue.ts';
import { moransIOfShares, moransIOfSharesByArea, type MoranEmptyCells } from '../core/moran.ts';

/**
 * Work a worker thread can do (kernel bands, Moran's I, the later part of a CSV file); typed arrays travel as shared memory
 * when they live in SharedArrayBuffers. A chain takes bands from a queue, waits until all its
 * bands are finished (by any thread), takes bands from the next queue, then computes Moran's I.
 */
export type Job =
  | { kind: 'convolve'; tasks: ConvolutionTask[] }
  | ({ kind: 'moran' } & MoranJob)
  | { kind: 'queue'; moran: MoranJob | null; queue: TaskQueue }
  | { kind: 'chain'; queue: TaskQueue; then: TaskQueue; moran: MoranJob }
  | ({ kind: 'csv-part' } & CsvPartJob);

/** Moran's I of a grid's group shares (all cells, and each area when byArea). */
export interface MoranJob {
  grid: Grid;
  emptyCells: MoranEmptyCells;
  byArea: boolean;
}

/** Runs a job (in a worker, or on the calling thread as a fallback). */
export function runJob(job: Job): unknown {
  if (job.kind === 'convolve') {
    for (const task of job.tasks) convolveBand(task);
    return null;
  }
  if (job.kind === 'chain') {
    // The second queue's tasks start from the first queue's environments: all must be finished.
    drainQueue(job.queue);
    waitForQueue(job.queue);
    drainQueue(job.then);
    return moransI(job.moran);
  }
  if (job.kind === 'csv-part') return readCsvPart(job);
  if (job.kind === 'queue') {
    const moran = job.moran === null ? null : moransI(job.moran);
    drainQueue(job.queue);
    return moran;
  }
  return moransI(job);
}

function moransI(job: MoranJob): Float64Array[] {
  return job.byArea
    ? moransIOfSharesByArea(job.grid, job.emptyCells)
    : [moransIOfShares(job.grid, job.grid.scopes[0], job.emptyCells)];
}
