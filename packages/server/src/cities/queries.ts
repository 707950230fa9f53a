import type { CityRecord } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';
import { bumpIndexVersion } from '../practices/queries.ts';

export interface CityRow {
  id: string; name: string; country: string; status: 'draft' | 'published'; version: number; record: CityRecord;
  created_at: string | Date; updated_at: string | Date; practice_count?: number;
}

/** One city, or null. */
export async function findCity(db: Queryable, id: string): Promise<CityRow | null> {
  return (await db.query<CityRow>('SELECT * FROM cities WHERE id = $1', [id])).rows[0] ?? null;
}

/** Cities with their number of published practices, optionally filtered by country or name. */
export async function listCities(db: Queryable, opts: { country?: string; q?: string; includeDrafts: boolean }): Promise<CityRow[]> {
  const r = await db.query<CityRow>(
    `SELECT c.*, (SELECT count(*)::int FROM practices p WHERE p.city_id = c.id AND p.status = 'published') AS practice_count
     FROM cities c
     WHERE ($1::text IS NULL OR c.country = $1) AND ($2::text IS NULL OR unaccent(c.name) ILIKE '%' || unaccent($2) || '%')
       AND ($3 OR c.status = 'published')
     ORDER BY (c.record->>'profileComplete')::boolean DESC NULLS LAST, c.name`,
    [opts.country ?? null, opts.q ?? null, opts.includeDrafts]);
  return r.rows;
}

/** Inserts or replaces a city from a validated record, keeping its practices' country in step. */
export async function upsertCity(tx: Queryable, rec: CityRecord, status: string, version: number): Promise<void> {
  await tx.query(
    `INSERT INTO cities (id, name, country, status, record, version, updated_at) VALUES ($1,$2,$3,$4,$5,$6, now())
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, country = EXCLUDED.country, status = EXCLUDED.status,
       record = EXCLUDED.record, version = EXCLUDED.version, updated_at = now()`,
    [rec.id, rec.name, rec.country, status, JSON.stringify(rec), version]);
  await tx.query('UPDATE practices SET country = $2 WHERE city_id = $1 AND country IS DISTINCT FROM $2', [rec.id, rec.country]);
  await bumpIndexVersion(tx);
}

/** Published practices of a city, by name. */
export async function cityPractices(db: Queryable, cityId: string, includeDrafts: boolean): Promise<{ id: string; name: string; kind: string; typology: string | null; status: string; themes: string[] }[]> {
  const r = await db.query<{ id: string; name: string; kind: string; typology: string | null; status: string; themes: string[] }>(
    `SELECT id, name, kind, typology, status, themes FROM practices WHERE city_id = $1 AND ($2 OR status = 'published') ORDER BY name`,
    [cityId, includeDrafts]);
  return r.rows;
}
