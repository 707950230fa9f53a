import { parentPort, workerData } from 'node:worker_threads';
import type { ComputeInput, ThreadMessage } from './compute.ts';
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
  const e = err as Error & { code?: unknown; file?: unknown; line?: unknown; column?: unknown };
  const engine = e?.name === 'IndicatorError';
  post({
    type: 'error',
    engine,
    code: typeof e?.code === 'string' ? e.code : 'ERROR',
    message: e?.message ?? String(err),
    file: typeof e?.file === 'string' ? e.file : undefined,
    line: typeof e?.line === 'number' ? e.line : undefined,
    column: typeof e?.column === 'string' ? e.column : undefined,
  });
}
