import { colourByAlternatingPaths, colourByWalks } from './edge-colouring.ts';
import { AssignmentError } from './errors.ts';

/**
 * Splits each participant's r sessions into rounds so that every session has
 * at most its capacity in every round (an equitable bipartite edge colouring,
 * which always exists: de Werra 1971).
 *
 * Construction: session s with d_s ≤ c_s·r participants is split into
 * ⌈d_s / r⌉ ≤ c_s sub-sessions of at most r participants each. The resulting
 * bipartite graph has maximum degree r, so (König) its edges can be coloured
 * with r rounds such that no vertex sees a round twice: each participant gets
 * each round once, and each session gets each round at most ⌈d_s / r⌉ ≤ c_s
 * times. Rounds do not enter any cost, so the split keeps optimality.
 *
 * Sessions a participant keeps from a previous assignment are placed in their
 * previous round when possible: such edges are spread over distinct
 * sub-sessions per round and coloured first (best effort, not guaranteed).
 *
 * @param slots sessions of participant q at slots[q·r … q·r + r − 1], distinct
 * @param preferred previous round of each slot, or -1
 * @returns the round of each slot
 */
export function splitIntoRounds(
  slots: Int32Array,
  r: number,
  capacity: Int32Array,
  preferred: Int32Array,
): Int32Array {
  if (r === 1) return new Int32Array(slots.length);
  const k = capacity.length;
  const sub = assignSubSessions(slots, r, k, capacity, preferred);
  const subCount = sub.reduce((max, v) => Math.max(max, v + 1), 0);
  return r === 2
    ? colourByWalks(slots.length, sub, subCount, preferred)
    : colourByAlternatingPaths(slots.length, r, sub, subCount, preferred);
}

/** Sub-session of each slot: per session, slots sorted by preferred round, dealt round-robin. */
function assignSubSessions(
  slots: Int32Array,
  r: number,
  k: number,
  capacity: Int32Array,
  preferred: Int32Array,
): Int32Array {
  // Counting sort of slots by (session, preferred round; no preference last).
  const keyCount = k * (r + 1);
  const start = new Int32Array(keyCount + 1);
  const key = (e: number): number => slots[e] * (r + 1) + (preferred[e] >= 0 ? preferred[e] : r);
  for (let e = 0; e < slots.length; e++) start[key(e) + 1]++;
  for (let i = 0; i < keyCount; i++) start[i + 1] += start[i];
  const order = new Int32Array(slots.length);
  const fillAt = start.slice(0, keyCount);
  for (let e = 0; e < slots.length; e++) order[fillAt[key(e)]++] = e;

  const sub = new Int32Array(slots.length);
  let nextSub = 0;
  for (let s = 0; s < k; s++) {
    const from = start[s * (r + 1)];
    const to = start[(s + 1) * (r + 1)];
    const degree = to - from;
    if (degree === 0) continue;
    if (degree > capacity[s] * r) {
      throw new AssignmentError('INTERNAL', `session ${s} holds ${degree} > ${capacity[s]}×${r} participants`);
    }
    const parts = Math.ceil(degree / r);
    for (let i = 0; i < degree; i++) sub[order[from + i]] = nextSub + (i % parts);
    nextSub += parts;
  }
  return sub;
}
