import type { Queryable } from '../db/database.ts';

/** A translation a person wrote, as their personal-data export lists it. */
export interface WrittenTranslation {
  record: 'practice' | 'city';
  id: string;
  language: string;
  kind: string;
  source: string | null;
  note: string | null;
  updatedAt: string;
}

/**
 * The practice and city translations a person wrote (their part of a personal-data export).
 * When the account is deleted they stay, still linked to the emptied account, so they read as
 * written by "a former member" like the person's other records.
 */
export async function translationsBy(db: Queryable, userId: string): Promise<WrittenTranslation[]> {
  const r = await db.query<{
    record: 'practice' | 'city';
    id: string;
    language: string;
    kind: string;
    source: string | null;
    note: string | null;
    updated_at: Date | string;
  }>(
    `SELECT 'practice' AS record, practice_id AS id, language, kind, source, note, updated_at
       FROM practice_translations WHERE translator_id = $1
     UNION ALL
     SELECT 'city' AS record, city_id AS id, language, kind, source, note, updated_at
       FROM city_translations WHERE translator_id = $1
     ORDER BY record DESC, id, language`,
    [userId],
  );
  return r.rows.map((x) => ({
    record: x.record,
    id: x.id,
    language: x.language,
    kind: x.kind,
    source: x.source,
    note: x.note,
    updatedAt: new Date(x.updated_at).toISOString(),
  }));
}
