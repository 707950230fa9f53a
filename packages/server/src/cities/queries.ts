import type { CityRecord } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';
import { cityWritten } from './listeners.ts';
import { onlyRow } from '../db/rows.ts';

export interface CityRow {
  id: string;
  name: string;
  country: string;
  status: 'draft' | 'published';
  version: number;
  record: CityRecord;
  latitude: number | null;
  longitude: number | null;
  created_at: string | Date;
  updated_at: string | Date;
}

/** One city, or null. */
export async function findCity(db: Queryable, id: string): Promise<CityRow | null> {
  return (await db.query<CityRow>('SELECT * FROM cities WHERE id = $1', [id])).rows[0] ?? null;
}

/** Cities, optionally filtered by country or name (the name or its name in any translation). */
export async function listCities(
  db: Queryable,
  opts: { country?: string; q?: string; includeDrafts: boolean },
): Promise<CityRow[]> {
  const r = await db.query<CityRow>(
    `SELECT c.* FROM cities c
     WHERE ($1::text IS NULL OR c.country = $1)
       AND ($2::text IS NULL OR unaccent(c.name) ILIKE '%' || unaccent($2) || '%'
         OR EXISTS (SELECT 1 FROM city_translations t WHERE t.city_id = c.id
                    AND unaccent(t.fields->>'name') ILIKE '%' || unaccent($2) || '%'))
       AND ($3 OR c.status = 'published')
     ORDER BY (c.record->>'profileComplete')::boolean DESC NULLS LAST, c.name`,
    [opts.country ?? null, opts.q ?? null, opts.includeDrafts],
  );
  return r.rows;
}

/** Inserts or replaces a city from a validated record; the domains that keep facts of it refresh them (listeners.ts). */
export async function upsertCity(tx: Queryable, rec: CityRecord, status: string, version: number): Promise<CityRow> {
  const before =
    (await tx.query<{ name: string; country: string }>('SELECT name, country FROM cities WHERE id = $1', [rec.id]))
      .rows[0] ?? null;
  const r = await tx.query<CityRow>(
    `INSERT INTO cities (id, name, country, status, record, version, latitude, longitude, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8, now())
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, country = EXCLUDED.country, status = EXCLUDED.status,
       record = EXCLUDED.record, version = EXCLUDED.version, latitude = EXCLUDED.latitude,
       longitude = EXCLUDED.longitude, updated_at = now()
     RETURNING *`,
    [rec.id, rec.name, rec.country, status, JSON.stringify(rec), version, rec.latitude, rec.longitude],
  );
  await cityWritten(tx, rec, before);
  return onlyRow(r, 'Writing a city');
}

/** Published cities with these ids, in the order given; unknown ids are returned separately. */
export async function publishedCities(
  db: Queryable,
  ids: string[],
): Promise<{ found: { record: CityRecord }[]; missing: string[] }> {
  const r = await db.query<{ id: string; record: CityRecord }>(
    "SELECT id, record FROM cities WHERE id = ANY($1) AND status = 'published'",
    [ids],
  );
  const byId = new Map(r.rows.map((x) => [x.id, x]));
  return {
    found: ids.filter((id) => byId.has(id)).map((id) => byId.get(id)!),
    missing: ids.filter((id) => !byId.has(id)),
  };
}

/** Which of these ids are existing cities (any status). */
export async function existingCityIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const r = await db.query<{ id: string }>('SELECT id FROM cities WHERE id = ANY($1::text[])', [ids]);
  return new Set(r.rows.map((x) => x.id));
}
