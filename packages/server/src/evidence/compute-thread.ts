import { parentPort, workerData } from 'node:worker_threads';
import { threadError, type ComputeInput, type ThreadMessage } from './compute.ts';
import { runEngine } from './engine-adapter.ts';

/**
 * The computation thread: reads the grid with the indicators engine, computes the indices and
 * local layers, and posts progress and the result (typed arrays transferred, not copied).
 */
const port = parentPort!;
const post = (m: ThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
const input = (workerData as { input: ComputeInput }).input;

try {
  const output = await runEngine(input, (fraction, phase) => post({ type: 'progress', fraction, phase }));
  const transfer = [
    output.cols.buffer,
    output.rows.buffer,
    ...output.layers.map((l) => l.values.buffer),
  ] as ArrayBuffer[];
  post({ type: 'done', output }, [...new Set(transfer)]);
} catch (err) {
  post(threadError(err));
}
