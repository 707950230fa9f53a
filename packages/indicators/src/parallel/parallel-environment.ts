import { availableParallelism } from 'node:os';
import { convolveBand, type ConvolutionTask } from '../core/convolve.ts';
import { bandTask, environmentCost, splitRows, type EnvironmentRequest } from '../core/environment.ts';
import { runOnWorker, workersReady } from './pool.ts';
import { isShared } from '../core/typed.ts';

/** Below this many multiply-adds one thread is faster than handing work to others. */
const PARALLEL_FROM = 3e7;

/** Default thread count: every core. */
export function defaultThreads(): number {
  return availableParallelism();
}

function sharedArrays(req: EnvironmentRequest): boolean {
  const arrays: ArrayBufferView[] = [req.grid.row, req.grid.col, ...req.sources, ...req.targets];
  if (req.scope.cells !== null) arrays.push(req.scope.cells);
  if (req.from !== undefined && req.from !== null && req.grid.areaOf !== null) {
    arrays.push(...req.from.base, req.grid.areaOf);
    if (req.from.border) arrays.push(req.from.border);
  }
  return arrays.every(isShared);
}

interface CostedTask {
  task: ConvolutionTask;
  cost: number;
}

/**
 * Computes the environments of several scopes with up to `threads` threads. Large scopes
 * are split into row bands; tasks are dealt to threads largest first (LPT), the calling
 * thread taking the first share. Small work, arrays outside shared memory, or workers that
 * fail to start all fall back to the calling thread. `parallelFrom`: the least work (in
 * multiply-adds) worth spreading over threads.
 */
export async function computeEnvironments(
  reqs: readonly EnvironmentRequest[],
  threads: number,
  parallelFrom = PARALLEL_FROM,
): Promise<void> {
  const live = reqs.filter((r) => r.scope.count > 0);
  const total = live.reduce((sum, r) => sum + environmentCost(r), 0);
  if (threads <= 1 || total < parallelFrom || !live.every(sharedArrays)) {
    for (const r of live) convolveBand(bandTask(r, r.scope.rowMin, r.scope.rowMax));
    return;
  }
  const share = total / threads;
  const tasks: CostedTask[] = [];
  for (const r of live) {
    const cost = environmentCost(r);
    const parts = Math.max(1, Math.min(threads, Math.ceil(cost / share)));
    for (const [from, to] of splitRows(r.grid, r.scope, parts)) {
      tasks.push({ task: bandTask(r, from, to), cost: cost / parts });
    }
  }
  const bins = dealTasks(tasks, threads);
  let remote: Promise<void>[] = [];
  try {
    await workersReady(bins.length - 1);
    remote = bins.slice(1).map((tasks, w) => runOnWorker({ kind: 'convolve', tasks }, w).then(() => undefined));
  } catch {
    remote = [];
    for (const bin of bins.slice(1)) for (const t of bin) convolveBand(t);
  }
  for (const t of bins[0]) convolveBand(t);
  const results = await Promise.allSettled(remote);
  results.forEach((r, w) => {
    if (r.status === 'rejected') for (const t of bins[w + 1]) convolveBand(t);
  });
}

/** Largest-first assignment of tasks to `bins` bins of roughly equal cost. */
function dealTasks(tasks: CostedTask[], bins: number): ConvolutionTask[][] {
  const out: ConvolutionTask[][] = Array.from({ length: bins }, () => []);
  const load = new Float64Array(bins);
  for (const t of [...tasks].sort((a, b) => b.cost - a.cost)) {
    let best = 0;
    for (let b = 1; b < bins; b++) if (load[b] < load[best]) best = b;
    out[best].push(t.task);
    load[best] += t.cost;
  }
  return out.filter((bin, b) => b === 0 || bin.length > 0);
}
