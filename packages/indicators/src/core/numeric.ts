/**
 * Rounds half to even, exactly as numpy's `rint` / pandas `round(0)` do on the binary value.
 * PySAL rounds environment counts this way.
 */
export function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const diff = v - f;
  if (diff < 0.5) return f;
  if (diff > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** x ln(x / y) with the limit 0 at x = 0. */
export function xLogXOverY(x: number, y: number): number {
  return x > 0 ? x * Math.log(x / y) : 0;
}

/** Binary entropy −q ln q − (1−q) ln(1−q), 0 at q = 0 or 1. */
export function binaryEntropy(q: number): number {
  let e = 0;
  if (q > 0) e -= q * Math.log(q);
  if (q < 1) e -= (1 - q) * Math.log(1 - q);
  return e;
}
