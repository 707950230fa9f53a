import type { AssessmentStatus } from '@convivio/shared';

/*
 * A city's weakest commitments in a cycle: the commitments it assessed as not started, then
 * in progress (charter order breaks ties). Commitments it did not assess, or assessed as not
 * applicable, say nothing about its weakness. Pure (no I/O), tested on hand-made cases.
 */

/** How far a status has come: the lower, the weaker (not applicable has no rank). */
export const STATUS_RANK: Record<AssessmentStatus, number | null> = {
  'not-started': 0,
  'in-progress': 1,
  achieved: 2,
  'not-applicable': null,
};

export interface WeakCommitment<C> {
  commitment: C;
  status: AssessmentStatus;
}

/** `not-enough-data`: the city assessed no commitment that applies to it; else its weak commitments, weakest first (none when all are achieved). */
export type WeakestCommitments<C> =
  | { status: 'not-enough-data' }
  | { status: 'ok'; assessed: number; items: WeakCommitment<C>[] };

export function weakestCommitments<C extends { id: string }>(
  commitments: C[],
  assessments: { commitmentId: string; status: AssessmentStatus }[],
  limit = Infinity,
): WeakestCommitments<C> {
  const statusOf = new Map(assessments.map((a) => [a.commitmentId, a.status]));
  const ranked = commitments.flatMap((commitment, position) => {
    const status = statusOf.get(commitment.id);
    const rank = status ? STATUS_RANK[status] : null;
    return status && rank !== null ? [{ commitment, status, rank, position }] : [];
  });
  if (!ranked.length) return { status: 'not-enough-data' };
  const items = ranked
    .filter((r) => r.rank < STATUS_RANK.achieved!)
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .slice(0, limit)
    .map(({ commitment, status }) => ({ commitment, status }));
  return { status: 'ok', assessed: ranked.length, items };
}

/**
 * Practices that implement a commitment elsewhere: from other cities' assessments of it, those
 * that achieved it first, then those that are working on it; each practice once, `exclude`
 * (the city's own practices) left out.
 */
export function implementingPractices(
  cityId: string,
  commitmentId: string,
  assessments: { cityId: string; commitmentId: string; status: AssessmentStatus; practiceIds: string[] }[],
): { practiceId: string; cityId: string; status: AssessmentStatus }[] {
  const rows = assessments
    .filter((a) => a.commitmentId === commitmentId && a.cityId !== cityId && a.practiceIds.length)
    .filter((a) => a.status === 'achieved' || a.status === 'in-progress')
    .sort((a, b) => STATUS_RANK[b.status]! - STATUS_RANK[a.status]! || a.cityId.localeCompare(b.cityId));
  const seen = new Set<string>();
  return rows.flatMap((a) =>
    a.practiceIds.flatMap((practiceId) => {
      if (seen.has(practiceId)) return [];
      seen.add(practiceId);
      return [{ practiceId, cityId: a.cityId, status: a.status }];
    }),
  );
}
