import type { AssignmentResult } from '@convivio/assignment';
import type { ChoicePoint } from './choice-points.ts';

/** A participant who moved between runs: where they were and where they are now (per round; `[]` = waiting list). */
export interface MovedEntry {
  participantId: string;
  choicePointId: string;
  from: string[];
  to: string[];
}

/** The outcome of one choice point, as stored with the run (participant ids only, never personal data). */
export interface ChoicePointOutcome {
  id: string;
  title: string;
  kind: ChoicePoint['kind'];
  rounds: number;
  participants: number;
  seated: number;
  totalCost: number;
  worstRank: number;
  rankHistogram: Record<string, number>;
  rankShare: Record<string, number>;
  fill: { optionId: string; title: string; capacity: number | null; perRound: number[] }[];
  waiting: string[];
  moved: MovedEntry[];
}

/** One assignment run: totals over every choice point and each point's outcome. */
export interface AssignmentReport {
  runAt: string;
  waitingList: boolean;
  participants: number;
  totalCost: number;
  worstRank: number;
  rankHistogram: Record<string, number>;
  rankShare: Record<string, number>;
  choicePoints: ChoicePointOutcome[];
  /** Options without a stated capacity (treated as room for everybody). */
  uncapped: string[];
}

/** The outcome of one choice point from the optimiser's result. */
export function outcomeOf(
  point: ChoicePoint,
  result: AssignmentResult,
  previous: Record<string, string[]>,
  participants: number,
): ChoicePointOutcome {
  const r = result.choicePoints[point.id];
  if (!r) throw new Error(`The assignment has no result for choice point ${point.id}`);
  const moved = r.moved.map((participantId) => ({
    participantId,
    choicePointId: point.id,
    from: previous[participantId] ?? [],
    to: result.assignments[participantId]?.[point.id] ?? [],
  }));
  return {
    id: point.id,
    title: point.title,
    kind: point.kind,
    rounds: point.rounds,
    participants,
    seated: r.seated,
    totalCost: r.totalCost,
    worstRank: r.worstRank,
    rankHistogram: r.rankHistogram,
    rankShare: r.rankShare,
    fill: point.options.map((o) => ({
      optionId: o.id,
      title: o.title,
      capacity: o.capacity,
      perRound: r.fill[o.id] ?? [],
    })),
    waiting: r.unassigned,
    moved,
  };
}

/** Sums the choice points' outcomes into the run's totals (ranks as placements: one per participant, point and round). */
export function summarise(
  outcomes: ChoicePointOutcome[],
  meta: { waitingList: boolean; participants: number; uncapped: string[] },
): AssignmentReport {
  const histogram: Record<string, number> = {};
  for (const o of outcomes)
    for (const [k, v] of Object.entries(o.rankHistogram)) histogram[k] = (histogram[k] ?? 0) + v;
  const keys = Object.keys(histogram)
    .filter((k) => k !== 'unranked')
    .sort((a, b) => Number(a) - Number(b));
  if ('unranked' in histogram) keys.push('unranked');
  const ordered: Record<string, number> = Object.fromEntries(keys.map((k) => [k, histogram[k] ?? 0]));
  const total = Object.values(ordered).reduce((a, b) => a + b, 0);
  return {
    runAt: new Date().toISOString(),
    waitingList: meta.waitingList,
    participants: meta.participants,
    totalCost: outcomes.reduce((a, o) => a + o.totalCost, 0),
    worstRank: outcomes.reduce((a, o) => Math.max(a, o.worstRank), 0),
    rankHistogram: ordered,
    rankShare: Object.fromEntries(keys.map((k) => [k, total ? (ordered[k] ?? 0) / total : 0])),
    choicePoints: outcomes,
    uncapped: meta.uncapped,
  };
}
