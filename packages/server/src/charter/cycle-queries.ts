import type {
  AssessmentRecord,
  AssessmentStatus,
  AssessmentWrite,
  CharterCycleRecord,
  CycleStatus,
  CycleWrite,
  Source,
} from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';

export interface CycleRow {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  status: CycleStatus;
  source: Source | null;
  updated_at: string | Date;
}

export interface AssessmentRow {
  cycle_id: string;
  city_id: string;
  commitment_id: string;
  status: AssessmentStatus;
  evidence: string | null;
  evidence_links: string[];
  practice_ids: string[];
  source: Source | null;
  version: number;
  assessed_by_name: string | null;
  assessed_at: string | Date;
}

const CYCLE_COLUMNS = 'id, name, starts_on::text AS starts_on, ends_on::text AS ends_on, status, source, updated_at';

/** Every cycle, the latest first. */
export async function listCycles(db: Queryable): Promise<CycleRow[]> {
  return (await db.query<CycleRow>(`SELECT ${CYCLE_COLUMNS} FROM charter_cycles ORDER BY starts_on DESC, id`)).rows;
}

/** One cycle, or null. */
export async function findCycle(db: Queryable, id: string, lock = false): Promise<CycleRow | null> {
  return (
    (
      await db.query<CycleRow>(
        `SELECT ${CYCLE_COLUMNS} FROM charter_cycles WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
        [id],
      )
    ).rows[0] ?? null
  );
}

/** Inserts or replaces a cycle's name, dates and status (its assessments stay). */
export async function upsertCycle(
  tx: Queryable,
  id: string,
  w: CycleWrite,
  source: Source | null = null,
): Promise<'created' | 'updated'> {
  const existed = (await tx.query('SELECT 1 FROM charter_cycles WHERE id = $1', [id])).rows.length > 0;
  await tx.query(
    `INSERT INTO charter_cycles (id, name, starts_on, ends_on, status, source) VALUES ($1,$2,$3::date,$4::date,$5,$6)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on,
       status = EXCLUDED.status, source = COALESCE(EXCLUDED.source, charter_cycles.source), updated_at = now()`,
    [id, w.name, w.startsOn, w.endsOn, w.state, source ? JSON.stringify(source) : null],
  );
  return existed ? 'updated' : 'created';
}

/** The assessments of a cycle (every city, or one). */
export async function listAssessments(
  db: Queryable,
  cycleId: string,
  cityId: string | null = null,
): Promise<AssessmentRow[]> {
  return (
    await db.query<AssessmentRow>(
      `SELECT * FROM charter_assessments WHERE cycle_id = $1 AND ($2::text IS NULL OR city_id = $2)
       ORDER BY city_id, commitment_id`,
      [cycleId, cityId],
    )
  ).rows;
}

/** One assessment, or null. */
export async function findAssessment(
  db: Queryable,
  cycleId: string,
  cityId: string,
  commitmentId: string,
): Promise<AssessmentRow | null> {
  return (
    (
      await db.query<AssessmentRow>(
        'SELECT * FROM charter_assessments WHERE cycle_id = $1 AND city_id = $2 AND commitment_id = $3 FOR UPDATE',
        [cycleId, cityId, commitmentId],
      )
    ).rows[0] ?? null
  );
}

/** Inserts or replaces one assessment at the given version. */
export async function upsertAssessment(
  tx: Queryable,
  key: { cycleId: string; cityId: string; commitmentId: string },
  w: AssessmentWrite & { source?: Source | null },
  version: number,
  by: { id: string | null; name: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO charter_assessments (cycle_id, city_id, commitment_id, status, evidence, evidence_links, practice_ids,
       source, version, assessed_by_id, assessed_by_name, assessed_at)
     VALUES ($1,$2,$3,$4,$5,$6::text[],$7::text[],$8,$9,$10,$11, now())
     ON CONFLICT (cycle_id, city_id, commitment_id) DO UPDATE SET status = EXCLUDED.status, evidence = EXCLUDED.evidence,
       evidence_links = EXCLUDED.evidence_links, practice_ids = EXCLUDED.practice_ids, source = EXCLUDED.source,
       version = EXCLUDED.version, assessed_by_id = EXCLUDED.assessed_by_id, assessed_by_name = EXCLUDED.assessed_by_name,
       assessed_at = now()`,
    [
      key.cycleId,
      key.cityId,
      key.commitmentId,
      w.status,
      w.evidence,
      w.evidenceLinks,
      w.practiceIds,
      w.source ? JSON.stringify(w.source) : null,
      version,
      by.id,
      by.name,
    ],
  );
}

/** Removes a cycle's assessments other than those listed (`cityId commitmentId` keys). */
export async function deleteOtherAssessments(tx: Queryable, cycleId: string, keep: string[]): Promise<void> {
  await tx.query(
    `DELETE FROM charter_assessments WHERE cycle_id = $1 AND NOT ((city_id || ' ' || commitment_id) = ANY($2::text[]))`,
    [cycleId, keep],
  );
}

/** Assessments made or changed since a moment, in published cities only is the caller's filter. */
export async function assessmentsSince(db: Queryable, cityIds: string[], since: Date): Promise<AssessmentRow[]> {
  return (
    await db.query<AssessmentRow>(
      'SELECT * FROM charter_assessments WHERE city_id = ANY($1::text[]) AND assessed_at > $2 ORDER BY assessed_at',
      [cityIds, since],
    )
  ).rows;
}

/** Every cycle with its assessments, as the data set holds them. */
export async function readCycleRecords(db: Queryable): Promise<CharterCycleRecord[]> {
  const out: CharterCycleRecord[] = [];
  for (const c of [...(await listCycles(db))].reverse()) {
    const assessments: AssessmentRecord[] = (await listAssessments(db, c.id)).map((a) => ({
      cityId: a.city_id,
      commitmentId: a.commitment_id,
      status: a.status,
      evidence: a.evidence,
      evidenceLinks: a.evidence_links,
      practiceIds: a.practice_ids,
      source: a.source,
    }));
    out.push({
      id: c.id,
      name: c.name,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      state: c.status,
      assessments,
      source: c.source,
    });
  }
  return out;
}

/** A person's assessments (their part of a personal-data export). */
export async function assessmentsBy(db: Queryable, userId: string) {
  return (
    await db.query<{ cycle_id: string; city_id: string; commitment_id: string; assessed_at: Date | string }>(
      `SELECT cycle_id, city_id, commitment_id, assessed_at FROM charter_assessments WHERE assessed_by_id = $1
       ORDER BY cycle_id, city_id, commitment_id`,
      [userId],
    )
  ).rows;
}

/** A deleted account's assessments stay, attributed to `label`. */
export async function anonymiseAssessor(tx: Queryable, userId: string, label: string): Promise<void> {
  await tx.query('UPDATE charter_assessments SET assessed_by_name = $2 WHERE assessed_by_id = $1', [userId, label]);
}

/** Names of the published cities among these ids. */
export async function publishedCityNames(db: Queryable, ids: string[]): Promise<{ id: string; name: string }[]> {
  return (
    await db.query<{ id: string; name: string }>(
      `SELECT id, name FROM ${CITY_DIRECTORY} WHERE status = 'published' AND id = ANY($1::text[])`,
      [ids],
    )
  ).rows;
}
