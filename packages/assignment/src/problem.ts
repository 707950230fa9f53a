import type { AssignmentInstance, ChoicePointSpec } from './types.ts';

/** One choice point in numeric form: sessions and participants by index. */
export interface ChoicePointProblem {
  id: string;
  sessionIds: string[];
  /** Number of sessions (k). */
  k: number;
  /** Number of rounds (r). */
  r: number;
  /** Rank of an unranked session: k + 1. */
  unrankedRank: number;
  /** Seats per round, per session. */
  capacity: Int32Array;
  /** Number of participants (all of the instance, in input order). */
  n: number;
  participantIds: string[];
  /** rank[p * k + s] ∈ 1 … k + 1. */
  rank: Int32Array;
  /** 1 when the participant ranked at least r sessions (they decide the fairness level). */
  isRanker: Uint8Array;
  /** previous[p * r + round] = session index, or -1 (none). */
  previous: Int32Array;
  /** 1 when the participant had a full previous assignment here. */
  hasPrevious: Uint8Array;
}

/** Builds the numeric problem of one choice point from a validated instance. */
export function buildProblem(instance: AssignmentInstance, cp: ChoicePointSpec): ChoicePointProblem {
  const k = cp.sessions.length;
  const r = cp.rounds ?? 1;
  const unrankedRank = k + 1;
  const sessionIndex = new Map(cp.sessions.map((s, i) => [s.id, i]));
  const participants = instance.participants;
  const n = participants.length;
  const rank = new Int32Array(n * k).fill(unrankedRank);
  const isRanker = new Uint8Array(n);
  const previous = new Int32Array(n * r).fill(-1);
  const hasPrevious = new Uint8Array(n);
  participants.forEach((p, i) => {
    const ranking = p.rankings[cp.id] ?? [];
    ranking.forEach((sessionId, position) => {
      const s = sessionIndex.get(sessionId);
      if (s !== undefined) rank[i * k + s] = position + 1;
    });
    if (ranking.length >= r) isRanker[i] = 1;
    const before = instance.previous?.[p.id]?.[cp.id];
    if (before !== undefined && before.length === r) {
      hasPrevious[i] = 1;
      before.forEach((sessionId, round) => {
        previous[i * r + round] = sessionIndex.get(sessionId) ?? -1;
      });
    }
  });
  return {
    id: cp.id,
    sessionIds: cp.sessions.map((s) => s.id),
    k,
    r,
    unrankedRank,
    capacity: Int32Array.from(cp.sessions, (s) => s.capacity),
    n,
    participantIds: participants.map((p) => p.id),
    rank,
    isRanker,
    previous,
    hasPrevious,
  };
}
