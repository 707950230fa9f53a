import { convolveBand, type ConvolutionTask } from '../core/convolve.ts';
import { bandTask, environmentCost, splitRows, type EnvironmentRequest } from '../core/environment.ts';

/** Atomics.waitAsync (ES2024, in Node since 16). */
interface AtomicsWithWaitAsync {
  waitAsync(
    array: Int32Array,
    index: number,
    value: number,
  ): { async: false } | { async: true; value: Promise<string> };
}

/** Bands a queue aims for per thread, so the thread that comes late still finds work. */
const BANDS_PER_THREAD = 4;

/**
 * Convolution tasks that any thread takes one at a time (the next index lives in shared
 * memory), so a thread busy elsewhere simply takes fewer: the largest first.
 */
export interface TaskQueue {
  tasks: ConvolutionTask[];
  /** next[0]: the index of the next task to take; next[1]: the number of tasks finished. */
  next: Int32Array;
}

/** An empty queue's shared counters. */
export function queueCounters(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
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
  return { tasks: costed.map((t) => t.task), next: queueCounters() };
}

/** Runs tasks of the queue on the calling thread until none is left to take. */
export function drainQueue(queue: TaskQueue): void {
  for (;;) {
    const t = Atomics.add(queue.next, 0, 1);
    if (t >= queue.tasks.length) return;
    convolveBand(queue.tasks[t]);
    Atomics.add(queue.next, 1, 1);
    Atomics.notify(queue.next, 1);
  }
}

/** Blocks (on a worker thread) until every task of the queue is finished, whichever thread took it. */
export function waitForQueue(queue: TaskQueue): void {
  for (;;) {
    const done = Atomics.load(queue.next, 1);
    if (done >= queue.tasks.length) return;
    Atomics.wait(queue.next, 1, done);
  }
}

/** Resolves once every task of the queue is finished, whichever thread took it (without blocking). */
export async function queueFinished(queue: TaskQueue): Promise<void> {
  for (;;) {
    const done = Atomics.load(queue.next, 1);
    if (done >= queue.tasks.length) return;
    const waiting = (Atomics as unknown as AtomicsWithWaitAsync).waitAsync(queue.next, 1, done);
    if (waiting.async) await waiting.value;
  }
}
