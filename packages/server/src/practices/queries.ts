import type { PracticeRecord } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';
import { searchConfigFor } from './search-config.ts';

export interface PracticeRow {
  id: string; name: string; city_id: string | null; status: 'draft' | 'published'; version: number;
  record: PracticeRecord; created_at: string | Date; updated_at: string | Date; city_name: string | null; country: string | null;
}

/** A practice with its city's name, or null. */
export async function findPractice(db: Queryable, id: string): Promise<PracticeRow | null> {
  const r = await db.query<PracticeRow>(
    `SELECT p.id, p.name, p.city_id, p.status, p.version, p.record, p.created_at, p.updated_at, c.name AS city_name, p.country
     FROM practices p LEFT JOIN cities c ON c.id = p.city_id WHERE p.id = $1`, [id]);
  return r.rows[0] ?? null;
}

/** The texts the search indexes, by weight: A the name, B what it is about, C everything else. */
function searchTexts(rec: PracticeRecord, cityName: string | null): [string, string, string] {
  const b = [rec.area, rec.challengesAddressed, rec.description, cityName, ...rec.themes, ...rec.targetGroups].filter(Boolean).join(' ');
  const c = [rec.stakeholders, rec.results, rec.communicationStrategy, rec.stakeholderInvolvement, rec.migrantInvolvement,
    rec.challengesExperienced, rec.recommendations, rec.lessonsLearned, rec.funding, rec.duration.text, rec.systematized.note,
    ...rec.quantitativeResults.map((q) => q.indicator)].filter(Boolean).join(' ');
  return [rec.name, b, c];
}

/** Inserts or replaces a practice row (facet columns, full record and search vector) from a validated record. */
export async function upsertPractice(tx: Queryable, rec: PracticeRecord, status: string, version: number): Promise<void> {
  const city = rec.cityId ? (await tx.query<{ name: string; country: string }>('SELECT name, country FROM cities WHERE id = $1', [rec.cityId])).rows[0] : undefined;
  const [a, b, c] = searchTexts(rec, city?.name ?? null);
  await tx.query(
    `INSERT INTO practices (id, name, kind, city_id, country, status, language, typology, themes, target_groups,
       action_plan_areas, systematized, ongoing, record, version, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15, now())
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, city_id = EXCLUDED.city_id,
       country = EXCLUDED.country, status = EXCLUDED.status, language = EXCLUDED.language, typology = EXCLUDED.typology,
       themes = EXCLUDED.themes, target_groups = EXCLUDED.target_groups, action_plan_areas = EXCLUDED.action_plan_areas,
       systematized = EXCLUDED.systematized, ongoing = EXCLUDED.ongoing, record = EXCLUDED.record,
       version = EXCLUDED.version, updated_at = now()`,
    [rec.id, rec.name, rec.kind, rec.cityId, city?.country ?? null, status, rec.language, rec.typology, [...new Set(rec.themes)],
      [...new Set(rec.targetGroups)], [...new Set(rec.actionPlanAreas)], rec.systematized.value, rec.duration.ongoing, JSON.stringify(rec), version],
  );
  await tx.query(
    `INSERT INTO practice_search (id, config, vector) VALUES ($1, $2::regconfig,
       setweight(to_tsvector($2::regconfig, unaccent($3)), 'A') || setweight(to_tsvector('simple', unaccent($3)), 'A')
       || setweight(to_tsvector($2::regconfig, unaccent($4)), 'B') || setweight(to_tsvector($2::regconfig, unaccent($5)), 'C'))
     ON CONFLICT (id) DO UPDATE SET config = EXCLUDED.config, vector = EXCLUDED.vector`,
    [rec.id, searchConfigFor(rec.language), a, b, c]);
  await bumpIndexVersion(tx);
}

/** Marks the practice index as changed (facet caches in every process reload on their next search). */
export async function bumpIndexVersion(tx: Queryable): Promise<void> {
  await tx.query('UPDATE practice_index_version SET version = version + 1 WHERE id = 1');
}
