import type { Queryable } from '../db/database.ts';
import { anonymiseAssessor, assessmentsBy } from './cycle-queries.ts';

/** The charter entries a person last changed: their part of a personal-data export. */
export async function charterChangesBy(db: Queryable, userId: string) {
  const signatories = await db.query<{ city_id: string; updated_at: Date | string }>(
    'SELECT city_id, updated_at FROM charter_signatories WHERE updated_by_id = $1 ORDER BY city_id',
    [userId],
  );
  const commitments = await db.query<{ city_id: string; commitment_id: string; updated_at: Date | string }>(
    'SELECT city_id, commitment_id, updated_at FROM city_commitments WHERE updated_by_id = $1 ORDER BY city_id, commitment_id',
    [userId],
  );
  const iso = (d: Date | string) => new Date(d).toISOString();
  return {
    signatories: signatories.rows.map((r) => ({ cityId: r.city_id, updatedAt: iso(r.updated_at) })),
    cityCommitments: commitments.rows.map((r) => ({
      cityId: r.city_id,
      commitmentId: r.commitment_id,
      updatedAt: iso(r.updated_at),
    })),
    assessments: (await assessmentsBy(db, userId)).map((r) => ({
      cycleId: r.cycle_id,
      cityId: r.city_id,
      commitmentId: r.commitment_id,
      assessedAt: iso(r.assessed_at),
    })),
  };
}

/** A deleted account's charter changes stay, attributed to `label`. */
export async function anonymiseCharterAuthor(tx: Queryable, userId: string, label: string): Promise<void> {
  await tx.query('UPDATE charter_signatories SET updated_by_name = $2 WHERE updated_by_id = $1', [userId, label]);
  await tx.query('UPDATE city_commitments SET updated_by_name = $2 WHERE updated_by_id = $1', [userId, label]);
  await anonymiseAssessor(tx, userId, label);
}
