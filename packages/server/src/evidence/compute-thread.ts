import { parentPort } from 'node:worker_threads';
import { threadError, type ComputeInput, type ThreadMessage } from './compute.ts';
import { runEngine } from './engine-adapter.ts';
import { serveThreadJobs } from './thread-pool.ts';

/**
 * The computation thread (kept warm between runs, thread-pool.ts): for each run posted to it,
 * reads the grid with the indicators engine, computes the indices and local layers, and posts
 * progress and the result (typed arrays transferred, not copied).
 */
const port = parentPort!;
const post = (m: ThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

serveThreadJobs(async (input) => {
  try {
    const output = await runEngine(input as ComputeInput, (fraction, phase) =>
      post({ type: 'progress', fraction, phase }),
    );
    const transfer = [
      output.cols.buffer,
      output.rows.buffer,
      ...output.layers.map((l) => l.values.buffer),
    ] as ArrayBuffer[];
    post({ type: 'done', output }, [...new Set(transfer)]);
  } catch (err) {
    post(threadError(err));
  }
});
