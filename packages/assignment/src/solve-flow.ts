import { feasibilityModel, lexicographicModel } from './cost-model.ts';
import { AssignmentError } from './errors.ts';
import type { ChoicePointProblem } from './problem.ts';
import { SessionFlow } from './session-flow.ts';

/** The seated participants of a choice point, and the arcs each may use. */
export interface SeatedView {
  problem: ChoicePointProblem;
  /** Participant indices (input order) who get seats. */
  seated: Int32Array;
}

function unitCapacity(problem: ChoicePointProblem): Int32Array {
  return problem.capacity.map((c) => c * problem.r);
}

/**
 * allowed[q * k + s] = 1 when seated participant q may get session s under
 * fairness level R: rankers only sessions they ranked R or better; everybody
 * else (fewer than r sessions ranked) any session.
 */
export function allowedAtLevel(view: SeatedView, level: number): Uint8Array {
  const { problem, seated } = view;
  const { k } = problem;
  const allowed = new Uint8Array(seated.length * k);
  seated.forEach((p, q) => {
    const free = problem.isRanker[p] === 0;
    for (let s = 0; s < k; s++) {
      allowed[q * k + s] = free || problem.rank[p * k + s] <= level ? 1 : 0;
    }
  });
  return allowed;
}

/** True when every seated participant can be placed using only allowed arcs. */
export function isFeasible(view: SeatedView, allowed: Uint8Array): boolean {
  const { problem, seated } = view;
  const flow = new SessionFlow(problem.k, problem.r, seated.length, unitCapacity(problem), feasibilityModel(allowed));
  for (let q = 0; q < seated.length; q++) if (!flow.place(q)) return false;
  return true;
}

/**
 * The smallest fairness level R (worst rank of any seated participant) at which all
 * seated participants can be placed: binary search over R with a max-flow
 * feasibility check each. Level k + 1 (unranked allowed) is always feasible
 * for a seatable set, so it is never checked.
 */
export function findFairnessLevel(view: SeatedView): number {
  const { problem, seated } = view;
  // Somebody who ranked fewer sessions than rounds gets an unranked session whatever
  // happens, so the worst rank of anybody is "unranked" and no level below it binds.
  for (const p of seated) if (problem.isRanker[p] === 0) return problem.unrankedRank;
  if (seated.length === 0) return problem.unrankedRank;
  let lo = problem.r;
  let hi = problem.unrankedRank;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (isFeasible(view, allowedAtLevel(view, mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Min-cost placement under fairness level R: minimises total rank, then the
 * number of sessions that differ from the previous assignment. Returns the
 * session of each unit: slots[q * r + j] (q = position in `seated`).
 */
export function solveMinCost(view: SeatedView, level: number): Int32Array {
  const { problem, seated } = view;
  const { k, r } = problem;
  const rank = new Int32Array(seated.length * k);
  const change = new Uint8Array(seated.length * k);
  let withPrevious = 0;
  seated.forEach((p, q) => {
    rank.set(problem.rank.subarray(p * k, p * k + k), q * k);
    if (problem.hasPrevious[p] === 0) return;
    withPrevious++;
    change.fill(1, q * k, q * k + k);
    for (let t = 0; t < r; t++) {
      const s = problem.previous[p * r + t];
      if (s >= 0) change[q * k + s] = 0;
    }
  });
  const bigM = withPrevious * r + 1;
  const model = lexicographicModel(rank, change, allowedAtLevel(view, level), problem.unrankedRank, bigM);
  const flow = new SessionFlow(k, r, seated.length, unitCapacity(problem), model);
  for (let q = 0; q < seated.length; q++) {
    if (!flow.place(q)) {
      throw new AssignmentError('INTERNAL', `choice point '${problem.id}': level ${level} became infeasible`);
    }
  }
  return flow.slots;
}
