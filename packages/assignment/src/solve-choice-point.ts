import { chooseSeated, maxSeatable } from './capacity.ts';
import type { ChoicePointProblem } from './problem.ts';
import { reportChoicePoint } from './report.ts';
import { roundHints } from './round-hints.ts';
import { splitIntoRounds } from './round-split.ts';
import { findFairnessLevel, solveMinCost } from './solve-flow.ts';
import type { ChoicePointReport } from './types.ts';

/** A solved choice point: per participant (input order) the session per round, [] when unassigned. */
export interface SolvedChoicePoint {
  report: ChoicePointReport;
  sessionsByParticipant: string[][];
}

/**
 * Solves one choice point, lexicographically: (0) seat as many participants
 * as fit (who: see {@link chooseSeated}); (1) minimise the fairness level;
 * (2) minimise the total rank; (3) minimise sessions changed from the
 * previous assignment; then split the chosen sessions into rounds.
 * The caller has already checked that everybody fits unless a waiting list
 * is allowed.
 */
export function solveChoicePoint(problem: ChoicePointProblem): SolvedChoicePoint {
  const { r } = problem;
  const seated = chooseSeated(problem, maxSeatable(problem.capacity, r, problem.n));
  const view = { problem, seated };
  const level = findFairnessLevel(view);
  const slots = solveMinCost(view, level);
  const hints = roundHints(problem, seated, slots);
  const rounds = splitIntoRounds(slots, r, problem.capacity, hints.preferred, hints.kept);
  const byRound = new Int32Array(slots.length);
  for (let e = 0; e < slots.length; e++) byRound[Math.floor(e / r) * r + rounds[e]] = slots[e];
  const sessionsByParticipant: string[][] = Array.from({ length: problem.n }, () => []);
  seated.forEach((p, q) => {
    const list: string[] = [];
    for (let t = 0; t < r; t++) list.push(problem.sessionIds[byRound[q * r + t]]);
    sessionsByParticipant[p] = list;
  });
  return { report: reportChoicePoint(problem, seated, byRound), sessionsByParticipant };
}
