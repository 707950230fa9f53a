import type { ChoicePointProblem } from './problem.ts';
import type { ChoicePointReport, RankCounts } from './types.ts';

/** Key of a rank in histograms: "1", "2", …, or "unranked". */
export function rankKey(rank: number, unrankedRank: number): string {
  return rank >= unrankedRank ? 'unranked' : String(rank);
}

/** Shares (0 … 1) of each count in a histogram. */
export function toShares(counts: RankCounts): RankCounts {
  let total = 0;
  for (const v of Object.values(counts)) total += v;
  const shares: RankCounts = {};
  for (const [key, v] of Object.entries(counts)) shares[key] = total === 0 ? 0 : v / total;
  return shares;
}

/**
 * Statistics of one solved choice point.
 * @param byRound byRound[q * r + t] = session of seated participant q (position in `seated`) in round t
 */
export function reportChoicePoint(
  problem: ChoicePointProblem,
  seated: Int32Array,
  byRound: Int32Array,
): ChoicePointReport {
  const { k, r, unrankedRank, rank } = problem;
  const histogram: RankCounts = {};
  for (let i = 1; i <= k; i++) histogram[String(i)] = 0;
  histogram.unranked = 0;
  const fillCounts = problem.sessionIds.map(() => new Array<number>(r).fill(0));
  const isSeated = new Uint8Array(problem.n);
  let totalCost = 0;
  let worstRank = 0;
  let changedPlacements = 0;
  seated.forEach((p, q) => {
    isSeated[p] = 1;
    for (let t = 0; t < r; t++) {
      const s = byRound[q * r + t];
      const got = rank[p * k + s];
      totalCost += got;
      worstRank = Math.max(worstRank, got);
      histogram[rankKey(got, unrankedRank)]++;
      fillCounts[s][t]++;
      if (problem.hasPrevious[p] === 1 && !wasIn(problem, p, s)) changedPlacements++;
    }
  });
  const moved: string[] = [];
  const unassigned: string[] = [];
  let next = 0;
  for (let p = 0; p < problem.n; p++) {
    const q = next < seated.length && seated[next] === p ? next++ : -1;
    if (q < 0) unassigned.push(problem.participantIds[p]);
    if (problem.hasPrevious[p] === 1 && (q < 0 || !sameRounds(problem, p, byRound, q))) {
      moved.push(problem.participantIds[p]);
    }
  }
  const fill: Record<string, number[]> = {};
  problem.sessionIds.forEach((id, s) => {
    fill[id] = fillCounts[s];
  });
  return {
    rounds: r,
    seated: seated.length,
    totalCost,
    worstRank,
    fairnessRank: worstRank,
    rankHistogram: histogram,
    rankShare: toShares(histogram),
    fill,
    unassigned,
    moved,
    changedPlacements,
  };
}

function wasIn(problem: ChoicePointProblem, p: number, s: number): boolean {
  for (let t = 0; t < problem.r; t++) if (problem.previous[p * problem.r + t] === s) return true;
  return false;
}

function sameRounds(problem: ChoicePointProblem, p: number, byRound: Int32Array, q: number): boolean {
  for (let t = 0; t < problem.r; t++) {
    if (problem.previous[p * problem.r + t] !== byRound[q * problem.r + t]) return false;
  }
  return true;
}
