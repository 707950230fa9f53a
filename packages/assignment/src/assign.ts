import { findShortfall } from './capacity.ts';
import { AssignmentError, describeShortfall } from './errors.ts';
import type { Shortfall } from './errors.ts';
import { buildProblem } from './problem.ts';
import { toShares } from './report.ts';
import { solveChoicePoint } from './solve-choice-point.ts';
import type { AssignmentInstance, AssignmentResult, AssignOptions, RankCounts } from './types.ts';
import { formatIssues, validateInstance } from './validate.ts';

/**
 * Assigns every participant one session per choice point and round,
 * optimally and fairly (see README: seats, then worst rank, then total rank,
 * then changes from `instance.previous`), deterministically.
 *
 * @throws {AssignmentError} INVALID_INSTANCE (with `issues`) when the instance
 *   does not validate; INFEASIBLE (with `shortfall`) when a choice point has
 *   too few usable seats and `options.waitingList` is not set.
 */
export function assign(instance: AssignmentInstance, options: AssignOptions = {}): AssignmentResult {
  const checked = validateInstance(instance);
  if (!checked.ok) {
    throw new AssignmentError('INVALID_INSTANCE', `invalid instance:\n${formatIssues(checked.errors)}`, {
      issues: checked.errors,
    });
  }
  const valid = checked.instance;
  const problems = valid.choicePoints.map((cp) => buildProblem(valid, cp));
  if (options.waitingList !== true) {
    const shortfalls = problems.map(findShortfall).filter((s): s is Shortfall => s !== undefined);
    if (shortfalls.length > 0) {
      throw new AssignmentError('INFEASIBLE', shortfalls.map(describeShortfall).join('\n'), {
        shortfall: shortfalls[0],
      });
    }
  }
  const assignments: AssignmentResult['assignments'] = {};
  for (const p of valid.participants) assignments[p.id] = {};
  const result: AssignmentResult = {
    assignments,
    totalCost: 0,
    worstRank: 0,
    rankHistogram: {},
    rankShare: {},
    choicePoints: {},
  };
  const histogram: RankCounts = {};
  for (const problem of problems) {
    const solved = solveChoicePoint(problem);
    valid.participants.forEach((p, i) => {
      assignments[p.id][problem.id] = solved.sessionsByParticipant[i];
    });
    result.choicePoints[problem.id] = solved.report;
    result.totalCost += solved.report.totalCost;
    result.worstRank = Math.max(result.worstRank, solved.report.worstRank);
    for (const [key, count] of Object.entries(solved.report.rankHistogram)) {
      histogram[key] = (histogram[key] ?? 0) + count;
    }
  }
  result.rankHistogram = orderRankKeys(histogram);
  result.rankShare = toShares(result.rankHistogram);
  return result;
}

/** Histogram with numeric keys ascending, then "unranked". */
function orderRankKeys(counts: RankCounts): RankCounts {
  const keys = Object.keys(counts).filter((key) => key !== 'unranked');
  keys.sort((a, b) => Number(a) - Number(b));
  const ordered: RankCounts = {};
  for (const key of keys) ordered[key] = counts[key];
  if (counts.unranked !== undefined) ordered.unranked = counts.unranked;
  return ordered;
}
