import type { CityRecord, PracticeRecord } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';

/*
 * The report is a read model over several domains; it reads published records only,
 * so nothing in draft and nothing personal can reach it.
 */

export interface ReportPracticeRow { record: PracticeRecord; city_name: string | null }

/** Published practices of these cities, by name. */
export async function publishedPracticesOfCities(db: Queryable, cityIds: string[]): Promise<ReportPracticeRow[]> {
  const r = await db.query<ReportPracticeRow>(
    `SELECT p.record, c.name AS city_name FROM practices p LEFT JOIN cities c ON c.id = p.city_id
     WHERE p.status = 'published' AND p.city_id = ANY($1) ORDER BY p.name`, [cityIds]);
  return r.rows;
}

/** Published practices without a typology that come from these source documents (the "other practices known"). */
export async function unclassifiedPracticesFromSources(db: Queryable, documents: string[]): Promise<ReportPracticeRow[]> {
  if (!documents.length) return [];
  const r = await db.query<ReportPracticeRow>(
    `SELECT p.record, c.name AS city_name FROM practices p LEFT JOIN cities c ON c.id = p.city_id
     WHERE p.status = 'published' AND p.typology IS NULL AND p.record->'source'->>'document' = ANY($1)
     ORDER BY p.name`, [documents]);
  return r.rows;
}

/** Published cities with these ids, in the order given; unknown ids are returned separately. */
export async function publishedCities(db: Queryable, ids: string[]): Promise<{ found: { record: CityRecord }[]; missing: string[] }> {
  const r = await db.query<{ id: string; record: CityRecord }>("SELECT id, record FROM cities WHERE id = ANY($1) AND status = 'published'", [ids]);
  const byId = new Map(r.rows.map((x) => [x.id, x]));
  return { found: ids.filter((id) => byId.has(id)).map((id) => byId.get(id)!), missing: ids.filter((id) => !byId.has(id)) };
}
