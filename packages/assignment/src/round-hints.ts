import type { ChoicePointProblem } from './problem.ts';

/** A wished-for round per slot, and whether it is the slot's previous round. */
export interface RoundHints {
  /** preferred[q * r + j] = round wished for slot j of seated participant q. */
  preferred: Int32Array;
  /** kept[q * r + j] = 1 when the participant had this session before, in that round. */
  kept: Uint8Array;
}

/**
 * Wished-for rounds that the round split tries to honour:
 * 1. a session a participant keeps goes to its previous round;
 * 2. their other sessions take the rounds so freed (the one left, for two rounds);
 * 3. newcomers take, slot by slot, the free round where the session has most room left.
 * The hints may overfill a session in some round; the split repairs that.
 */
export function roundHints(problem: ChoicePointProblem, seated: Int32Array, slots: Int32Array): RoundHints {
  const { r, k } = problem;
  const preferred = new Int32Array(slots.length).fill(-1);
  const kept = new Uint8Array(slots.length);
  const room = new Int32Array(k * r);
  for (let s = 0; s < k; s++) room.fill(problem.capacity[s], s * r, s * r + r);
  const taken = new Uint8Array(r);
  const give = (e: number, t: number): void => {
    preferred[e] = t;
    taken[t] = 1;
    room[slots[e] * r + t]--;
  };
  const pass = (withPrevious: boolean): void => {
    seated.forEach((p, q) => {
      if ((problem.hasPrevious[p] === 1) !== withPrevious) return;
      taken.fill(0);
      for (let j = 0; j < r; j++) {
        for (let t = 0; t < r && withPrevious; t++) {
          if (problem.previous[p * r + t] === slots[q * r + j]) {
            give(q * r + j, t);
            kept[q * r + j] = 1;
          }
        }
      }
      for (let j = 0; j < r; j++) {
        if (preferred[q * r + j] >= 0) continue;
        let best = -1;
        for (let t = 0; t < r; t++) {
          if (taken[t] === 0 && (best < 0 || room[slots[q * r + j] * r + t] > room[slots[q * r + j] * r + best]))
            best = t;
        }
        give(q * r + j, best);
      }
    });
  };
  pass(true);
  pass(false);
  return { preferred, kept };
}
