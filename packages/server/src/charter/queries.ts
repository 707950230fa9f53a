import type { CharterCommitment, CharterRecord, CityCommitmentWrite, CommitmentStatus, Source } from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';

interface CharterRow {
  id: CharterRecord['id'];
  name: string;
  description: string | null;
  signatory_count: number | null;
  source: Source | null;
  updated_at: string | Date;
}

export interface SignatoryRow {
  city_id: string;
  city_name: string;
  country: string;
  city_status: string;
  signed_on: string | null;
}

export interface CityCommitmentRow {
  city_id: string;
  commitment_id: string;
  status: CommitmentStatus;
  note: string | null;
  evidence_links: string[];
  practice_ids: string[];
  version: number;
  updated_by_name: string | null;
  created_at: string | Date;
  updated_at: string | Date;
}

/** The charter's commitments in charter order. */
export async function listCommitments(db: Queryable): Promise<CharterCommitment[]> {
  return (await db.query<CharterCommitment>('SELECT id, role, text FROM charter_commitments ORDER BY position')).rows;
}

/** Every city recorded as a signatory, by name (drafts included: callers filter). */
export async function listSignatories(db: Queryable): Promise<SignatoryRow[]> {
  return (
    await db.query<SignatoryRow>(
      `SELECT s.city_id, c.name AS city_name, c.country, c.status AS city_status, s.signed_on::text AS signed_on
     FROM charter_signatories s JOIN ${CITY_DIRECTORY} c ON c.id = s.city_id ORDER BY c.name`,
    )
  ).rows;
}

/** The charter as the data set holds it (signatories from their table), or null before it is imported. */
export async function findCharter(db: Queryable): Promise<(CharterRecord & { updatedAt: string }) | null> {
  const row = (await db.query<CharterRow>('SELECT * FROM charter LIMIT 1')).rows[0];
  if (!row) return null;
  const signatories = (await db.query<{ city_id: string }>('SELECT city_id FROM charter_signatories ORDER BY city_id'))
    .rows;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    signatoryCount: row.signatory_count,
    signatoryCityIds: signatories.map((s) => s.city_id),
    commitments: await listCommitments(db),
    source: row.source,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * Stores the charter: its text, its commitments (removing those no longer listed) and its
 * signatories (exactly the listed cities; dates already recorded for them are kept).
 */
export async function upsertCharter(tx: Queryable, rec: CharterRecord): Promise<'created' | 'updated'> {
  const existed = (await tx.query('SELECT 1 FROM charter WHERE id = $1', [rec.id])).rows.length > 0;
  await tx.query(
    `INSERT INTO charter (id, name, description, signatory_count, source, updated_at) VALUES ($1,$2,$3,$4,$5, now())
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
       signatory_count = EXCLUDED.signatory_count, source = EXCLUDED.source, updated_at = now()`,
    [rec.id, rec.name, rec.description, rec.signatoryCount, rec.source ? JSON.stringify(rec.source) : null],
  );
  const ids = rec.commitments.map((c) => c.id);
  await tx.query('DELETE FROM charter_commitments WHERE NOT (id = ANY($1::text[]))', [ids]);
  for (const [position, c] of rec.commitments.entries()) {
    await tx.query(
      `INSERT INTO charter_commitments (id, charter_id, position, role, text) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, role = EXCLUDED.role, text = EXCLUDED.text`,
      [c.id, rec.id, position, c.role, c.text],
    );
  }
  await tx.query('DELETE FROM charter_signatories WHERE NOT (city_id = ANY($1::text[]))', [rec.signatoryCityIds]);
  for (const cityId of rec.signatoryCityIds) {
    await tx.query(
      'INSERT INTO charter_signatories (city_id, updated_by_name) VALUES ($1, $2) ON CONFLICT (city_id) DO NOTHING',
      [cityId, 'import'],
    );
  }
  return existed ? 'updated' : 'created';
}

/** Commitment ids that cities have recorded a status for or assessed in a cycle (they cannot leave the charter). */
export async function commitmentIdsInUse(db: Queryable): Promise<string[]> {
  return (
    await db.query<{ commitment_id: string }>(
      `SELECT commitment_id FROM city_commitments UNION SELECT commitment_id FROM charter_assessments
       ORDER BY commitment_id`,
    )
  ).rows.map((r) => r.commitment_id);
}

/** A city's signatory entry, or null when it is not recorded as a signatory. */
export async function findSignatory(db: Queryable, cityId: string): Promise<{ signedOn: string | null } | null> {
  const row = (
    await db.query<{ signed_on: string | null }>(
      'SELECT signed_on::text AS signed_on FROM charter_signatories WHERE city_id = $1',
      [cityId],
    )
  ).rows[0];
  return row ? { signedOn: row.signed_on } : null;
}

/** Records a city as a signatory (with its date when known), or removes it. */
export async function writeSignatory(
  tx: Queryable,
  cityId: string,
  signed: boolean,
  signedOn: string | null,
  by: { id: string; name: string },
): Promise<void> {
  if (!signed) {
    await tx.query('DELETE FROM charter_signatories WHERE city_id = $1', [cityId]);
    return;
  }
  await tx.query(
    `INSERT INTO charter_signatories (city_id, signed_on, updated_by_id, updated_by_name, updated_at) VALUES ($1, $2::date, $3, $4, now())
     ON CONFLICT (city_id) DO UPDATE SET signed_on = EXCLUDED.signed_on, updated_by_id = EXCLUDED.updated_by_id,
       updated_by_name = EXCLUDED.updated_by_name, updated_at = now()`,
    [cityId, signedOn, by.id, by.name],
  );
}

/** What a city has recorded for each commitment (only those it has recorded). */
export async function listCityCommitmentRows(db: Queryable, cityId: string): Promise<CityCommitmentRow[]> {
  return (await db.query<CityCommitmentRow>('SELECT * FROM city_commitments WHERE city_id = $1', [cityId])).rows;
}

/** One city's entry for one commitment, or null. */
export async function findCityCommitment(
  db: Queryable,
  cityId: string,
  commitmentId: string,
): Promise<CityCommitmentRow | null> {
  return (
    (
      await db.query<CityCommitmentRow>('SELECT * FROM city_commitments WHERE city_id = $1 AND commitment_id = $2', [
        cityId,
        commitmentId,
      ])
    ).rows[0] ?? null
  );
}

/** Inserts or replaces a city's entry for one commitment at the given version. */
export async function upsertCityCommitment(
  tx: Queryable,
  cityId: string,
  commitmentId: string,
  w: CityCommitmentWrite,
  version: number,
  by: { id: string; name: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO city_commitments (city_id, commitment_id, status, note, evidence_links, practice_ids, version, updated_by_id, updated_by_name, updated_at)
     VALUES ($1,$2,$3,$4,$5::text[],$6::text[],$7,$8,$9, now())
     ON CONFLICT (city_id, commitment_id) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note,
       evidence_links = EXCLUDED.evidence_links, practice_ids = EXCLUDED.practice_ids, version = EXCLUDED.version,
       updated_by_id = EXCLUDED.updated_by_id, updated_by_name = EXCLUDED.updated_by_name, updated_at = now()`,
    [cityId, commitmentId, w.status, w.note, w.evidenceLinks, w.practiceIds, version, by.id, by.name],
  );
}
