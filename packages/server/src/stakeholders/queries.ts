import type { StakeholderRecord } from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { batches, multiRowValues } from '../db/multi-row.ts';
import { onlyRow } from '../db/rows.ts';

export interface StakeholderRow {
  id: string;
  city_id: string;
  name: string;
  version: number;
  record: StakeholderRecord;
  created_at: string | Date;
  updated_at: string | Date;
  city_name?: string;
}

/** One stakeholder with its city's name, or null. */
export async function findStakeholder(db: Queryable, id: string): Promise<StakeholderRow | null> {
  const r = await db.query<StakeholderRow>(
    `SELECT s.id, s.city_id, s.name, s.version, s.record, s.created_at, s.updated_at, c.name AS city_name
     FROM stakeholders s JOIN ${CITY_DIRECTORY} c ON c.id = s.city_id WHERE s.id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}

/** A city's stakeholders, by area then name. */
export async function listCityStakeholders(db: Queryable, cityId: string): Promise<StakeholderRow[]> {
  const r = await db.query<StakeholderRow>(
    `SELECT id, city_id, name, version, record, created_at, updated_at FROM stakeholders WHERE city_id = $1
     ORDER BY array_position(ARRAY['public-administration','migrant-communities','education','civil-society','economy'], area), name`,
    [cityId],
  );
  return r.rows;
}

/** Stakeholders of several cities (for cross-city reports), by city then name. */
export async function listStakeholdersOfCities(db: Queryable, cityIds: string[]): Promise<StakeholderRow[]> {
  const r = await db.query<StakeholderRow>(
    'SELECT id, city_id, name, version, record, created_at, updated_at FROM stakeholders WHERE city_id = ANY($1) ORDER BY city_id, name',
    [cityIds],
  );
  return r.rows;
}

/** Stakeholders taking part in a practice, with their city's name. */
export async function listPracticeStakeholders(db: Queryable, practiceId: string): Promise<StakeholderRow[]> {
  const r = await db.query<StakeholderRow>(
    `SELECT s.id, s.city_id, s.name, s.version, s.record, s.created_at, s.updated_at, c.name AS city_name
     FROM stakeholders s JOIN ${CITY_DIRECTORY} c ON c.id = s.city_id WHERE $1 = ANY(s.practice_ids) ORDER BY s.name`,
    [practiceId],
  );
  return r.rows;
}

/** Inserts or replaces a stakeholder from a validated record; resolves with the row (and its city's name). */
export async function upsertStakeholder(
  tx: Queryable,
  rec: StakeholderRecord,
  version: number,
): Promise<StakeholderRow> {
  const r = await tx.query<StakeholderRow>(
    `WITH written AS (INSERT INTO stakeholders (id, city_id, name, area, influence, interest, engagement_status, practice_ids, record, version, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10, now())
     ON CONFLICT (id) DO UPDATE SET city_id = EXCLUDED.city_id, name = EXCLUDED.name, area = EXCLUDED.area,
       influence = EXCLUDED.influence, interest = EXCLUDED.interest, engagement_status = EXCLUDED.engagement_status,
       practice_ids = EXCLUDED.practice_ids, record = EXCLUDED.record, version = EXCLUDED.version, updated_at = now()
     RETURNING id, city_id, name, version, record, created_at, updated_at)
     SELECT w.*, c.name AS city_name FROM written w JOIN ${CITY_DIRECTORY} c ON c.id = w.city_id`,
    [
      rec.id,
      rec.cityId,
      rec.name,
      rec.area,
      rec.influence,
      rec.interest,
      rec.engagementStatus,
      rec.practiceIds,
      JSON.stringify(rec),
      version,
    ],
  );
  return onlyRow(r, 'Writing a stakeholder');
}

/** The current version and record of each of these stakeholders that exists, their rows locked until the transaction ends. */
export async function lockStakeholders(
  tx: Queryable,
  ids: string[],
): Promise<Map<string, { version: number; record: StakeholderRecord }>> {
  if (!ids.length) return new Map();
  const r = await tx.query<{ id: string; version: number; record: StakeholderRecord }>(
    'SELECT id, version, record FROM stakeholders WHERE id = ANY($1) ORDER BY id FOR UPDATE',
    [ids],
  );
  return new Map(r.rows.map((x) => [x.id, { version: x.version, record: x.record }]));
}

/** Inserts or replaces many stakeholders with multi-row INSERTs (INSERT_BATCH rows to a statement). */
export async function upsertStakeholders(
  tx: Queryable,
  rows: { rec: StakeholderRecord; version: number }[],
): Promise<void> {
  for (const batch of batches(rows)) {
    const { values, params } = multiRowValues(
      batch.map(({ rec, version }) => [
        rec.id,
        rec.cityId,
        rec.name,
        rec.area,
        rec.influence,
        rec.interest,
        rec.engagementStatus,
        rec.practiceIds,
        JSON.stringify(rec),
        version,
      ]),
      'now()',
    );
    await tx.query(
      `INSERT INTO stakeholders (id, city_id, name, area, influence, interest, engagement_status, practice_ids, record, version, updated_at)
       VALUES ${values}
       ON CONFLICT (id) DO UPDATE SET city_id = EXCLUDED.city_id, name = EXCLUDED.name, area = EXCLUDED.area,
         influence = EXCLUDED.influence, interest = EXCLUDED.interest, engagement_status = EXCLUDED.engagement_status,
         practice_ids = EXCLUDED.practice_ids, record = EXCLUDED.record, version = EXCLUDED.version, updated_at = now()`,
      params,
    );
  }
}

/** How many contact persons are recorded for a stakeholder. */
export async function contactCount(db: Queryable, stakeholderId: string): Promise<number> {
  const r = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM stakeholder_contacts WHERE stakeholder_id = $1',
    [stakeholderId],
  );
  return r.rows[0]?.n ?? 0;
}

/** Deletes a stakeholder (its contact persons go with it). */
export async function deleteStakeholderRow(tx: Queryable, id: string): Promise<void> {
  await tx.query('DELETE FROM stakeholders WHERE id = $1', [id]);
}

/** Which of these ids are existing stakeholders, and of which city. */
export async function stakeholderCities(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const r = await db.query<{ id: string; city_id: string }>('SELECT id, city_id FROM stakeholders WHERE id = ANY($1)', [
    ids,
  ]);
  return new Map(r.rows.map((x) => [x.id, x.city_id]));
}

/** Which of these ids are existing stakeholders. */
export async function existingStakeholderIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  return new Set((await stakeholderCities(db, ids)).keys());
}

/** Names of the stakeholders with these ids. */
export async function stakeholderNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const r = await db.query<{ id: string; name: string }>('SELECT id, name FROM stakeholders WHERE id = ANY($1)', [ids]);
  return new Map(r.rows.map((x) => [x.id, x.name]));
}
