import type { ReadLimits } from '@convivio/indicators';
import type { ColumnMapping, RunOptions } from '@convivio/shared';
import type { RunOutput } from './result-queries.ts';
import { giveBackThread, takeThread, type ThreadJob } from './thread-pool.ts';

/** What one run computes from, and the limits its read stops at. */
export interface ComputeInput {
  /** The grid file's path (in the file store, or the bundled sample); read by the engine as a stream. */
  path: string;
  fileName: string;
  mapping: ColumnMapping;
  options: RunOptions;
  limits?: ReadLimits;
}

/** A problem the indicators engine found in the input: its code and file/line/column. */
export class EngineInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super(message);
    this.name = 'EngineInputError';
  }
}

/** Messages from a computation thread (`output`: a run's RunOutput, or a series' changes). */
export type ThreadMessage<T = RunOutput> =
  | { type: 'progress'; fraction: number; phase: string }
  | { type: 'done'; output: T }
  | { type: 'error'; engine: boolean; code: string; message: string; file?: string; line?: number; column?: string };

/** The message a computation thread posts for an error: the engine's code and place when it has them. */
export function threadError(err: unknown): ThreadMessage<never> {
  const e = err as Error & { code?: unknown; file?: unknown; line?: unknown; column?: unknown };
  return {
    type: 'error',
    engine: e?.name === 'IndicatorError',
    code: typeof e?.code === 'string' ? e.code : 'ERROR',
    message: e?.message ?? String(err),
    file: typeof e?.file === 'string' ? e.file : undefined,
    line: typeof e?.line === 'number' ? e.line : undefined,
    column: typeof e?.column === 'string' ? e.column : undefined,
  };
}

/**
 * Reads the grid and computes indicators and local layers on a worker thread, so the
 * HTTP server stays responsive and progress can be written while the engine works.
 * Rejects with EngineInputError for bad input; the thread is ended when `signal` aborts.
 */
export function computeInThread(
  input: ComputeInput,
  onProgress: (fraction: number, phase: string) => void,
  signal: AbortSignal,
): Promise<RunOutput> {
  return inThread('compute-thread', input, [], onProgress, signal);
}

/**
 * Runs a thread entry (a file beside this one) on `input`, in a thread of the pool (thread-pool.ts),
 * and settles with its output; EngineInputError for the engine's input errors. The thread is ended
 * when `signal` aborts.
 */
export function inThread<T>(
  file: string,
  input: unknown,
  transferList: ArrayBuffer[],
  onProgress: (fraction: number, phase: string) => void,
  signal: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const worker = takeThread(file);
    let settled = false;
    /** Ends the job: the thread goes back to the pool when it finished, and is ended otherwise. */
    const settle = (fn: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) giveBackThread(file, worker);
      else void worker.terminate();
      fn();
    };
    const onAbort = () => settle(() => reject(signal.reason as Error), false);
    const onMessage = (m: ThreadMessage<T>) => {
      if (m.type === 'progress') onProgress(m.fraction, m.phase);
      else if (m.type === 'done') settle(() => resolve(m.output), true);
      else
        // A thread that failed may hold what it was reading when it stopped: it is not reused.
        settle(
          () =>
            reject(
              m.engine
                ? new EngineInputError(m.code, m.message, m.file, m.line, m.column)
                : Object.assign(new Error(m.message), { code: m.code }),
            ),
          false,
        );
    };
    const onError = (err: Error) => settle(() => reject(err), false);
    const onExit = (code: number) =>
      settle(() => reject(new Error(`The computation stopped before it finished (thread exit code ${code})`)), false);
    signal.addEventListener('abort', onAbort);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ input } satisfies ThreadJob, transferList);
  });
}
