import { convolveBand, type ConvolutionTask } from '../core/convolve.ts';
import { bandTask, environmentCost, splitRows, type EnvironmentRequest } from '../core/environment.ts';

/** Bands a queue aims for per thread, so the thread that comes late still finds work. */
const BANDS_PER_THREAD = 4;

/**
 * Convolution tasks that any thread takes one at a time (the next index lives in shared
 * memory), so a thread busy elsewhere simply takes fewer: the largest first.
 */
export interface TaskQueue {
  tasks: ConvolutionTask[];
  /** next[0]: the index of the next task to take. */
  next: Int32Array;
}

/** The environments of `reqs` as a queue of row bands, for `threads` threads. */
export function taskQueue(reqs: readonly EnvironmentRequest[], threads: number): TaskQueue {
  const live = reqs.filter((r) => r.scope.count > 0);
  const total = live.reduce((sum, r) => sum + environmentCost(r), 0);
  const share = total / (threads * BANDS_PER_THREAD);
  const costed: Array<{ task: ConvolutionTask; cost: number }> = [];
  for (const r of live) {
    const cost = environmentCost(r);
    const parts = Math.max(1, Math.min(threads * BANDS_PER_THREAD, Math.ceil(cost / share)));
    for (const [from, to] of splitRows(r.grid, r.scope, parts))
      costed.push({ task: bandTask(r, from, to), cost: cost / parts });
  }
  costed.sort((a, b) => b.cost - a.cost);
  return { tasks: costed.map((t) => t.task), next: new Int32Array(new SharedArrayBuffer(4)) };
}

/** Runs tasks of the queue on the calling thread until none is left to take. */
export function drainQueue(queue: TaskQueue): void {
  for (;;) {
    const t = Atomics.add(queue.next, 0, 1);
    if (t >= queue.tasks.length) return;
    convolveBand(queue.tasks[t]);
  }
}
