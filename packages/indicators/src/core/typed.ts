/**
 * Typed-array allocation. Large arrays live in SharedArrayBuffers so worker threads
 * can read and write them without copying.
 */

const SHARED_FROM = 1 << 14;

function buffer(bytes: number): ArrayBuffer | SharedArrayBuffer {
  return bytes >= SHARED_FROM && typeof SharedArrayBuffer === 'function'
    ? new SharedArrayBuffer(bytes)
    : new ArrayBuffer(bytes);
}

/** A zero-filled Float64Array, shared between threads when large. */
export function allocFloat64(length: number): Float64Array {
  return new Float64Array(buffer(length * 8));
}

/** A zero-filled Uint8Array, shared between threads when large. */
export function allocUint8(length: number): Uint8Array {
  return new Uint8Array(buffer(length));
}

/** A zero-filled Int32Array, shared between threads when large. */
export function allocInt32(length: number): Int32Array {
  return new Int32Array(buffer(length * 4));
}

/** Copies values into a fresh (shared when large) Float64Array. */
export function toFloat64(values: ArrayLike<number>): Float64Array {
  const out = allocFloat64(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}

/** Whether an array lives in shared memory (worker threads then see it without a copy). */
export function isShared(a: ArrayBufferView): boolean {
  return typeof SharedArrayBuffer === 'function' && a.buffer instanceof SharedArrayBuffer;
}
