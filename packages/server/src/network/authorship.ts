import type { Queryable } from '../db/database.ts';

/** The challenge links (a practice's, a city's) a person last changed: their part of a personal-data export. */
export async function challengeLinksBy(db: Queryable, userId: string) {
  const iso = (d: Date | string) => new Date(d).toISOString();
  const practices = await db.query<{ practice_id: string; challenge_id: string; updated_at: Date | string }>(
    'SELECT practice_id, challenge_id, updated_at FROM practice_challenges WHERE updated_by_id = $1 ORDER BY 1, 2',
    [userId],
  );
  const cities = await db.query<{ city_id: string; challenge_id: string; priority: string; updated_at: Date | string }>(
    'SELECT city_id, challenge_id, priority, updated_at FROM city_challenges WHERE updated_by_id = $1 ORDER BY 1, 2',
    [userId],
  );
  return {
    practiceChallenges: practices.rows.map((r) => ({
      practiceId: r.practice_id,
      challengeId: r.challenge_id,
      updatedAt: iso(r.updated_at),
    })),
    cityChallenges: cities.rows.map((r) => ({
      cityId: r.city_id,
      challengeId: r.challenge_id,
      priority: r.priority,
      updatedAt: iso(r.updated_at),
    })),
  };
}

/** A deleted account's challenge links stay, attributed to `label`. */
export async function anonymiseChallengeAuthor(tx: Queryable, userId: string, label: string): Promise<void> {
  await tx.query('UPDATE practice_challenges SET updated_by_name = $2 WHERE updated_by_id = $1', [userId, label]);
  await tx.query('UPDATE city_challenges SET updated_by_name = $2 WHERE updated_by_id = $1', [userId, label]);
}
