import type { ArcBuckets } from './arc-buckets.ts';
import { AssignmentError } from './errors.ts';

const INF = Number.POSITIVE_INFINITY;

/**
 * Bellman–Ford on the k-session graph towards "a free seat": dist[s] is the
 * cheapest cost of making room in session s (0 where a seat is free), via[s]
 * the next session on that chain of moves (-1: s itself has the free seat).
 * Arc a → b costs the cheapest bucket of pair (a, b). Without negative cycles
 * (guaranteed by min-cost optimality of the current flow) it settles within
 * k rounds; otherwise the flow is corrupt and an INTERNAL error is thrown.
 *
 * @param weight scratch of k² numbers
 */
export function distancesToFreeSeat(
  k: number,
  load: Int32Array,
  capacity: Int32Array,
  buckets: ArcBuckets,
  deltaValue: Float64Array,
  weight: Float64Array,
  dist: Float64Array,
  via: Int32Array,
): void {
  const empty = buckets.bucketCount;
  for (let pair = 0; pair < k * k; pair++) {
    const idx = buckets.minIndex(pair);
    weight[pair] = idx === empty ? INF : deltaValue[idx];
  }
  for (let s = 0; s < k; s++) {
    dist[s] = load[s] < capacity[s] ? 0 : INF;
    via[s] = -1;
  }
  for (let iteration = 0; iteration <= k; iteration++) {
    let changed = false;
    for (let a = 0; a < k; a++) {
      // Sessions with a free seat stay at 0; empty full sessions have no one to move.
      if (load[a] < capacity[a] || load[a] === 0) continue;
      let best = dist[a];
      for (let b = 0; b < k; b++) {
        const w = weight[a * k + b];
        if (w === INF || dist[b] === INF) continue;
        if (w + dist[b] < best) {
          best = w + dist[b];
          via[a] = b;
        }
      }
      if (best < dist[a]) {
        dist[a] = best;
        changed = true;
      }
    }
    if (!changed) return;
  }
  throw new AssignmentError('INTERNAL', 'negative cycle in the session graph');
}
