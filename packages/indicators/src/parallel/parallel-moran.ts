import { type Grid } from '../core/grid.ts';
import { type MoranEmptyCells } from '../core/moran.ts';
import { runOnWorker, workersReady } from './pool.ts';
import { isShared } from '../core/typed.ts';

/** Below this many cells Moran's I is not worth a worker thread. */
const PARALLEL_FROM = 300_000;

/**
 * Starts Moran's I of the group shares (all cells, and each area when byArea) on a worker
 * thread, so the calling thread can compute the other indices meanwhile: resolves as soon as
 * the worker has the job, to `{ moran }`, the pending result (wrapped, because an async
 * function resolving to a promise would wait for it). Resolves to null
 * when the grid is small, its arrays are not shared, or no worker can start; the caller then
 * computes Moran's I itself.
 */
export async function startMoranOnWorker(
  grid: Grid,
  emptyCells: MoranEmptyCells,
  byArea: boolean,
  threads: number,
): Promise<{ moran: Promise<Float64Array[] | null> } | null> {
  const arrays = [grid.row, grid.col, grid.total, ...grid.counts, ...(grid.areaOf === null ? [] : [grid.areaOf])];
  if (threads <= 1 || grid.cellCount < PARALLEL_FROM || !arrays.every(isShared)) return null;
  try {
    await workersReady(1);
  } catch {
    return null;
  }
  const running = runOnWorker({ kind: 'moran', grid, emptyCells, byArea }, 0) as Promise<Float64Array[]>;
  return { moran: running.catch(() => null) };
}
