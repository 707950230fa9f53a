import { colourByAlternatingPaths, colourByWalks } from './edge-colouring.ts';
import { AssignmentError } from './errors.ts';

/**
 * Splits each participant's r sessions into rounds so that every session has
 * at most its capacity in every round (an equitable bipartite edge colouring,
 * which always exists: de Werra 1971).
 *
 * Construction: session s with d_s ≤ c_s·r participants is split into
 * min(c_s, d_s) sub-sessions of at most r participants each (dealt
 * round-robin). The resulting bipartite graph has maximum degree r, so
 * (König) its edges can be coloured with r rounds such that no vertex sees a
 * round twice: each participant gets each round once, and each session gets
 * each round at most once per sub-session, i.e. at most c_s times. Rounds do
 * not enter any cost, so the split keeps optimality.
 *
 * Wished-for rounds (see round-hints.ts) are honoured where possible: edges
 * wishing for the same round are dealt to distinct sub-sessions, so when the
 * wishes are themselves a valid split they are reproduced exactly; otherwise
 * wishes of kept sessions win over the others (best effort, not guaranteed).
 *
 * @param slots sessions of participant q at slots[q·r … q·r + r − 1], distinct
 * @param preferred wished-for round of each slot, or -1
 * @param kept 1 where the wish is the slot's previous round (weighs more)
 * @returns the round of each slot
 */
export function splitIntoRounds(
  slots: Int32Array,
  r: number,
  capacity: Int32Array,
  preferred: Int32Array,
  kept: Uint8Array = new Uint8Array(slots.length),
): Int32Array {
  if (r === 1) return new Int32Array(slots.length);
  const k = capacity.length;
  const sub = assignSubSessions(slots, r, k, capacity, preferred, kept);
  const subCount = sub.reduce((max, v) => Math.max(max, v + 1), 0);
  return r === 2
    ? colourByWalks(slots.length, sub, subCount, preferred, kept)
    : colourByAlternatingPaths(slots.length, r, sub, subCount, preferred, kept);
}

/**
 * Sub-session of each slot: per session, slots sorted by wished-for round
 * (kept wishes first within a round, no wish last), dealt round-robin.
 */
function assignSubSessions(
  slots: Int32Array,
  r: number,
  k: number,
  capacity: Int32Array,
  preferred: Int32Array,
  kept: Uint8Array,
): Int32Array {
  // Counting sort of slots by (session, wished round, kept first); no wish last.
  const perSession = 2 * r + 1;
  const keyCount = k * perSession;
  const start = new Int32Array(keyCount + 1);
  const key = (e: number): number =>
    slots[e] * perSession + (preferred[e] >= 0 ? preferred[e] * 2 + 1 - kept[e] : 2 * r);
  for (let e = 0; e < slots.length; e++) start[key(e) + 1]++;
  for (let i = 0; i < keyCount; i++) start[i + 1] += start[i];
  const order = new Int32Array(slots.length);
  const fillAt = start.slice(0, keyCount);
  for (let e = 0; e < slots.length; e++) order[fillAt[key(e)]++] = e;

  const sub = new Int32Array(slots.length);
  let nextSub = 0;
  for (let s = 0; s < k; s++) {
    const from = start[s * perSession];
    const to = start[(s + 1) * perSession];
    const degree = to - from;
    if (degree === 0) continue;
    if (degree > capacity[s] * r) {
      throw new AssignmentError('INTERNAL', `session ${s} holds ${degree} > ${capacity[s]}×${r} participants`);
    }
    // As many sub-sessions as seats per round (not just ⌈d/r⌉): each still has ≤ r
    // edges, and up to c_s participants keeping the same previous round stay apart.
    const parts = Math.min(capacity[s], degree);
    for (let i = 0; i < degree; i++) sub[order[from + i]] = nextSub + (i % parts);
    nextSub += parts;
  }
  return sub;
}
