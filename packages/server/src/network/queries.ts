import type { ChallengesRecord, Priority, Source, Theme } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';

export interface ChallengeRow {
  id: string;
  name: string;
  description: string | null;
  origin: ChallengesRecord['taxonomy'][number]['origin'];
  themes: Theme[];
  sources: Source[];
}

export interface PracticeTagRow {
  practice_id: string;
  challenge_id: string;
  basis: string | null;
  source: Source | null;
  updated_by_name: string | null;
}

export interface CityTagRow {
  city_id: string;
  challenge_id: string;
  priority: Priority;
  basis: string | null;
  source: Source | null;
  updated_by_name: string | null;
}

type By = { id: string; name: string } | null;

/** The taxonomy in its order. */
export async function listChallenges(db: Queryable): Promise<ChallengeRow[]> {
  return (
    await db.query<ChallengeRow>(
      'SELECT id, name, description, origin, themes, sources FROM challenges ORDER BY position',
    )
  ).rows;
}

/** Every practice's tags (or one practice's), by practice then challenge order. */
export async function listPracticeTags(db: Queryable, practiceId: string | null = null): Promise<PracticeTagRow[]> {
  return (
    await db.query<PracticeTagRow>(
      `SELECT t.practice_id, t.challenge_id, t.basis, t.source, t.updated_by_name FROM practice_challenges t
       JOIN challenges c ON c.id = t.challenge_id
       WHERE $1::text IS NULL OR t.practice_id = $1 ORDER BY t.practice_id, c.position`,
      [practiceId],
    )
  ).rows;
}

/** Every city's challenges (or one city's), by city then challenge order. */
export async function listCityTags(db: Queryable, cityId: string | null = null): Promise<CityTagRow[]> {
  return (
    await db.query<CityTagRow>(
      `SELECT t.city_id, t.challenge_id, t.priority, t.basis, t.source, t.updated_by_name FROM city_challenges t
       JOIN challenges c ON c.id = t.challenge_id
       WHERE $1::text IS NULL OR t.city_id = $1 ORDER BY t.city_id, c.position`,
      [cityId],
    )
  ).rows;
}

/** Challenge ids that practices or cities are tagged with. */
export async function challengeIdsInUse(db: Queryable): Promise<string[]> {
  return (
    await db.query<{ id: string }>(
      'SELECT challenge_id AS id FROM practice_challenges UNION SELECT challenge_id FROM city_challenges ORDER BY id',
    )
  ).rows.map((r) => r.id);
}

/** Which of these ids are challenges of the taxonomy. */
export async function existingChallengeIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const r = await db.query<{ id: string }>('SELECT id FROM challenges WHERE id = ANY($1::text[])', [ids]);
  return new Set(r.rows.map((x) => x.id));
}

/** Replaces a practice's tags. */
export async function replacePracticeTags(
  tx: Queryable,
  practiceId: string,
  tags: { challengeId: string; basis: string | null; source: Source | null }[],
  by: By,
): Promise<void> {
  await tx.query('DELETE FROM practice_challenges WHERE practice_id = $1', [practiceId]);
  for (const t of tags)
    await tx.query(
      `INSERT INTO practice_challenges (practice_id, challenge_id, basis, source, updated_by_id, updated_by_name)
       VALUES ($1,$2,$3,$4,$5,$6)`,
      [
        practiceId,
        t.challengeId,
        t.basis,
        t.source ? JSON.stringify(t.source) : null,
        by?.id ?? null,
        by?.name ?? 'import',
      ],
    );
}

/** Replaces a city's challenges. */
export async function replaceCityTags(
  tx: Queryable,
  cityId: string,
  tags: { challengeId: string; priority: Priority; basis: string | null; source: Source | null }[],
  by: By,
): Promise<void> {
  await tx.query('DELETE FROM city_challenges WHERE city_id = $1', [cityId]);
  for (const t of tags)
    await tx.query(
      `INSERT INTO city_challenges (city_id, challenge_id, priority, basis, source, updated_by_id, updated_by_name)
       VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [
        cityId,
        t.challengeId,
        t.priority,
        t.basis,
        t.source ? JSON.stringify(t.source) : null,
        by?.id ?? null,
        by?.name ?? 'import',
      ],
    );
}

/** Stores the whole section: the taxonomy (in order), then exactly the listed practices' and cities' tags. */
export async function writeChallengesRecord(tx: Queryable, rec: ChallengesRecord): Promise<'created' | 'updated'> {
  const existed = (await tx.query('SELECT 1 FROM challenges LIMIT 1')).rows.length > 0;
  await tx.query('DELETE FROM practice_challenges');
  await tx.query('DELETE FROM city_challenges');
  await tx.query('DELETE FROM challenges WHERE NOT (id = ANY($1::text[]))', [rec.taxonomy.map((c) => c.id)]);
  for (const [position, c] of rec.taxonomy.entries())
    await tx.query(
      `INSERT INTO challenges (id, position, name, description, origin, themes, sources) VALUES ($1,$2,$3,$4,$5,$6::text[],$7)
       ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, name = EXCLUDED.name, description = EXCLUDED.description,
         origin = EXCLUDED.origin, themes = EXCLUDED.themes, sources = EXCLUDED.sources`,
      [c.id, position, c.name, c.description, c.origin, c.themes, JSON.stringify(c.sources)],
    );
  for (const p of rec.practiceChallenges)
    await replacePracticeTags(
      tx,
      p.practiceId,
      p.challengeIds.map((challengeId) => ({ challengeId, basis: p.basis, source: p.source })),
      null,
    );
  for (const c of rec.cityChallenges)
    await replaceCityTags(
      tx,
      c.cityId,
      c.challenges.map((x) => ({ ...x, source: c.source })),
      null,
    );
  return existed ? 'updated' : 'created';
}
