import type { Shortfall } from './errors.ts';
import type { ChoicePointProblem } from './problem.ts';

/**
 * Seats that m participants can use over r rounds: a session of capacity c
 * offers c·r seats but serves each participant at most once, so at most
 * min(c·r, m) of them count.
 */
export function usableSeats(capacity: Int32Array, rounds: number, m: number): number {
  let total = 0;
  for (const c of capacity) total += Math.min(c * rounds, m);
  return total;
}

/**
 * The largest number of participants that can all be seated in every round.
 * m participants fit iff usableSeats(m) ≥ m·r (a min-cut argument on the
 * complete bipartite graph; the slack is concave in m, so binary search).
 */
export function maxSeatable(capacity: Int32Array, rounds: number, n: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (usableSeats(capacity, rounds, mid) >= mid * rounds) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The shortfall of a choice point, or undefined when everybody fits. */
export function findShortfall(problem: ChoicePointProblem): Shortfall | undefined {
  const { n, r, capacity } = problem;
  const seatable = maxSeatable(capacity, r, n);
  if (seatable === n) return undefined;
  const usable = usableSeats(capacity, r, n);
  return {
    choicePoint: problem.id,
    participants: n,
    rounds: r,
    sessions: problem.k,
    neededSeats: n * r,
    usableSeats: usable,
    missingSeats: n * r - usable,
    participantsOver: n - seatable,
  };
}

/**
 * Who gets a seat when not everybody can: participants who had a previous
 * seat here come first, then everybody else, each group in input order
 * (registration order). Returns the seated participant indices in input order.
 */
export function chooseSeated(problem: ChoicePointProblem, seatable: number): Int32Array {
  const order: number[] = [];
  for (let p = 0; p < problem.n; p++) if (problem.hasPrevious[p] === 1) order.push(p);
  for (let p = 0; p < problem.n; p++) if (problem.hasPrevious[p] === 0) order.push(p);
  const seated = order.slice(0, seatable).sort((a, b) => a - b);
  return Int32Array.from(seated);
}
