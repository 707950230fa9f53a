/**
 * Benjamini–Hochberg adjusted p-values (q-values): q_(i) = min_{j ≥ i} p_(j) · m / j over the
 * m finite p-values sorted ascending, capped at 1. A test is significant at false-discovery
 * rate α when q ≤ α. Non-finite p-values stay NaN and do not count in m.
 */
export function benjaminiHochberg(p: ArrayLike<number>): Float64Array {
  const q = new Float64Array(p.length).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < p.length; i++) if (Number.isFinite(p[i])) order.push(i);
  order.sort((a, b) => p[a] - p[b] || a - b);
  const m = order.length;
  let running = 1;
  for (let j = m - 1; j >= 0; j--) {
    const i = order[j];
    running = Math.min(running, (p[i] * m) / (j + 1));
    q[i] = running;
  }
  return q;
}
