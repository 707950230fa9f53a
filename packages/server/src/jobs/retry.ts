import type { JobErrorDetail } from './types.ts';

/** An error a handler throws to ask for another attempt later (e.g. a service that was briefly away). */
export class TransientJobError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'TransientJobError';
  }
}

/** PostgreSQL SQLSTATE classes/codes that usually pass: connection loss, serialization, deadlock, shutdown. */
const TRANSIENT_SQLSTATE = /^(08|40001|40P01|53|57P0[123])/;
const TRANSIENT_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

/**
 * The default test of whether an attempt may succeed if repeated: TransientJobError,
 * database connection/serialization errors and network resets. Anything else (bad input,
 * a bug) fails the job at once, since repeating it would give the same answer.
 */
export function isTransientError(err: unknown): boolean {
  if (err instanceof TransientJobError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE_CODES.has(code);
}

/** Seconds to wait before attempt `attempt + 1`: 2, 4, 8 … seconds, at most `capSeconds`. */
export function backoffSeconds(attempt: number, baseSeconds = 2, capSeconds = 300): number {
  return Math.min(capSeconds, baseSeconds * 2 ** Math.max(0, attempt - 1));
}

/** The stored form of an error: its code, message and, when it has them, file/line/column. */
export function errorDetail(err: unknown): JobErrorDetail {
  if (!(err instanceof Error)) return { code: 'ERROR', message: String(err) };
  const e = err as Error & { code?: unknown; file?: unknown; line?: unknown; column?: unknown };
  const detail: JobErrorDetail = { code: typeof e.code === 'string' ? e.code : e.name || 'ERROR', message: e.message };
  if (typeof e.file === 'string') detail.file = e.file;
  if (typeof e.line === 'number') detail.line = e.line;
  if (typeof e.column === 'string') detail.column = e.column;
  return detail;
}
