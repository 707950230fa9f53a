import type { ReferenceGroupRecord } from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { onlyRow } from '../db/rows.ts';

export interface ReferenceGroupRow {
  id: string;
  kind: 'local' | 'international';
  city_id: string | null;
  name: string;
  version: number;
  record: ReferenceGroupRecord;
  updated_at: string | Date;
  city_name: string | null;
}

const SELECT = `SELECT g.id, g.kind, g.city_id, g.name, g.version, g.record, g.updated_at, c.name AS city_name
  FROM reference_groups g LEFT JOIN ${CITY_DIRECTORY} c ON c.id = g.city_id`;

/** One reference group, or null. */
export async function findReferenceGroup(db: Queryable, id: string): Promise<ReferenceGroupRow | null> {
  return (await db.query<ReferenceGroupRow>(`${SELECT} WHERE g.id = $1`, [id])).rows[0] ?? null;
}

/** Reference groups: the international one first, then local groups by city; optionally one city's only. */
export async function listReferenceGroups(db: Queryable, cityId: string | null): Promise<ReferenceGroupRow[]> {
  const r = await db.query<ReferenceGroupRow>(
    `${SELECT} WHERE ($1::text IS NULL OR g.city_id = $1) ORDER BY (g.kind = 'international') DESC, c.name, g.name`,
    [cityId],
  );
  return r.rows;
}

/** Inserts or replaces a reference group from a validated record; resolves with the row (and its city's name). */
export async function upsertReferenceGroup(
  tx: Queryable,
  rec: ReferenceGroupRecord,
  version: number,
): Promise<ReferenceGroupRow> {
  const r = await tx.query<ReferenceGroupRow>(
    `WITH written AS (INSERT INTO reference_groups (id, kind, city_id, name, record, version, updated_at) VALUES ($1,$2,$3,$4,$5,$6, now())
     ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, city_id = EXCLUDED.city_id, name = EXCLUDED.name,
       record = EXCLUDED.record, version = EXCLUDED.version, updated_at = now()
     RETURNING id, kind, city_id, name, version, record, updated_at)
     SELECT g.*, c.name AS city_name FROM written g LEFT JOIN ${CITY_DIRECTORY} c ON c.id = g.city_id`,
    [rec.id, rec.kind, rec.cityId, rec.name, JSON.stringify(rec), version],
  );
  return onlyRow(r, 'Writing a reference group');
}

/** Deletes a reference group. */
export async function deleteReferenceGroupRow(tx: Queryable, id: string): Promise<void> {
  await tx.query('DELETE FROM reference_groups WHERE id = $1', [id]);
}
