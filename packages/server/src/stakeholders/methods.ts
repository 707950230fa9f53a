import { zParticipatoryMethodRecord, type ParticipatoryMethodRecord } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';
import { parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { onlyRow } from '../db/rows.ts';

/** Validates a participatory method record. */
export function parseParticipatoryMethod(input: unknown): ParticipatoryMethodRecord {
  return parseOrThrow(zParticipatoryMethodRecord, blanksToNull(input));
}

/** Participatory methods of some cities (all when cityIds is null), by city then name. */
export async function listParticipatoryMethods(
  db: Queryable,
  cityIds: string[] | null,
): Promise<ParticipatoryMethodRecord[]> {
  const r = await db.query<{ record: ParticipatoryMethodRecord }>(
    'SELECT record FROM participatory_methods WHERE $1::text[] IS NULL OR city_id = ANY($1) ORDER BY city_id NULLS FIRST, name',
    [cityIds],
  );
  return r.rows.map((x) => x.record);
}

/** Inserts or replaces a participatory method; says which. */
export async function upsertParticipatoryMethod(
  tx: Queryable,
  rec: ParticipatoryMethodRecord,
): Promise<'created' | 'updated'> {
  const r = await tx.query<{ inserted: boolean }>(
    `INSERT INTO participatory_methods (id, city_id, name, record, updated_at) VALUES ($1,$2,$3,$4, now())
     ON CONFLICT (id) DO UPDATE SET city_id = EXCLUDED.city_id, name = EXCLUDED.name, record = EXCLUDED.record, updated_at = now()
     RETURNING (xmax = 0) AS inserted`,
    [rec.id, rec.cityId, rec.name, JSON.stringify(rec)],
  );
  return onlyRow(r, 'Writing a participatory method').inserted ? 'created' : 'updated';
}
