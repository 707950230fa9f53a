import type { Contact, LabFrameworkRecord, PolicyLabRecord } from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { CONTACT_DIRECTORY } from '../stakeholders/service.ts';
import { onlyRow } from '../db/rows.ts';
import { writeLabThemes } from './theme-queries.ts';

export interface LabRow {
  id: string;
  city_id: string;
  name: string;
  version: number;
  record: PolicyLabRecord;
  created_at: string | Date;
  updated_at: string | Date;
  city_name: string;
}

const SELECT = `SELECT l.id, l.city_id, l.name, l.version, l.record, l.created_at, l.updated_at, c.name AS city_name
  FROM policy_labs l JOIN ${CITY_DIRECTORY} c ON c.id = l.city_id`;

/** One lab with its city's name, or null. */
export async function findLab(db: Queryable, id: string): Promise<LabRow | null> {
  return (await db.query<LabRow>(`${SELECT} WHERE l.id = $1`, [id])).rows[0] ?? null;
}

/** Labs of one city (or all when cityId is null), by city then name. */
export async function listLabRows(db: Queryable, cityId: string | null): Promise<LabRow[]> {
  return (
    await db.query<LabRow>(`${SELECT} WHERE ($1::text IS NULL OR l.city_id = $1) ORDER BY c.name, l.name`, [cityId])
  ).rows;
}

/** A city's labs with the stakeholders taking part (for the stakeholder network). */
export async function labsOfCity(
  db: Queryable,
  cityId: string,
): Promise<{ id: string; name: string; stakeholderIds: string[] }[]> {
  return (await listLabRows(db, cityId)).map((l) => ({
    id: l.id,
    name: l.name,
    stakeholderIds: l.record.participants.map((p) => p.stakeholderId),
  }));
}

/** The labs that refer to a stakeholder (as a participant or an experiment's owner), as readable labels. */
export async function labsReferring(db: Queryable, stakeholderId: string): Promise<string[]> {
  const r = await db.query<{ name: string }>(
    `SELECT name FROM policy_labs WHERE record->'participants' @> $1::jsonb OR record->'experiments' @> $2::jsonb ORDER BY name`,
    [JSON.stringify([{ stakeholderId }]), JSON.stringify([{ ownerStakeholderId: stakeholderId }])],
  );
  return r.rows.map((l) => `policy lab "${l.name}"`);
}

/** Inserts or replaces a lab from a validated record; resolves with the row (and its city's name). */
export async function upsertLab(tx: Queryable, rec: PolicyLabRecord, version: number): Promise<LabRow> {
  const r = await tx.query<LabRow>(
    `WITH written AS (INSERT INTO policy_labs (id, city_id, name, area, current_phase, record, version, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7, now())
     ON CONFLICT (id) DO UPDATE SET city_id = EXCLUDED.city_id, name = EXCLUDED.name, area = EXCLUDED.area,
       current_phase = EXCLUDED.current_phase, record = EXCLUDED.record, version = EXCLUDED.version, updated_at = now()
     RETURNING id, city_id, name, version, record, created_at, updated_at)
     SELECT l.*, c.name AS city_name FROM written l JOIN ${CITY_DIRECTORY} c ON c.id = l.city_id`,
    [rec.id, rec.cityId, rec.name, rec.area, rec.currentPhase, JSON.stringify(rec), version],
  );
  await writeLabThemes(tx, rec);
  return onlyRow(r, 'Writing a policy lab');
}

/** Deletes a lab (its person participants' links go with it). */
export async function deleteLabRow(tx: Queryable, id: string): Promise<void> {
  await tx.query('DELETE FROM policy_labs WHERE id = $1', [id]);
}

export interface LabPerson {
  contactId: string;
  name: string;
  profile: Contact['profile'];
  joined: string | null;
}

/** Persons taking part in a lab (personal data: for the city's editors and administrators). */
export async function labPeople(db: Queryable, labId: string): Promise<LabPerson[]> {
  const r = await db.query<{ contact_id: string; name: string; profile: Contact['profile']; joined: string | null }>(
    `SELECT p.contact_id, c.name, c.profile, p.joined FROM lab_people p JOIN ${CONTACT_DIRECTORY} c ON c.id = p.contact_id
     WHERE p.lab_id = $1 ORDER BY c.name`,
    [labId],
  );
  return r.rows.map((x) => ({ contactId: x.contact_id, name: x.name, profile: x.profile, joined: x.joined }));
}

/** How many persons of each profile take part in each of these labs (no names). */
export async function labPeopleCounts(db: Queryable, labIds: string[]): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>();
  if (!labIds.length) return out;
  const r = await db.query<{ lab_id: string; profile: string; n: number }>(
    `SELECT p.lab_id, c.profile, count(*)::int AS n FROM lab_people p JOIN ${CONTACT_DIRECTORY} c ON c.id = p.contact_id
     WHERE p.lab_id = ANY($1) GROUP BY p.lab_id, c.profile`,
    [labIds],
  );
  for (const row of r.rows) out.set(row.lab_id, { ...(out.get(row.lab_id) ?? {}), [row.profile]: row.n });
  return out;
}

/** Adds a person to a lab; false when they already take part. */
export async function addLabPerson(tx: Queryable, labId: string, contactId: string, joined: string): Promise<boolean> {
  const r = await tx.query(
    'INSERT INTO lab_people (lab_id, contact_id, joined) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING',
    [labId, contactId, joined],
  );
  return r.affectedRows > 0;
}

/** Removes a person from a lab; false when they were not in it. */
export async function removeLabPerson(tx: Queryable, labId: string, contactId: string): Promise<boolean> {
  return (
    (await tx.query('DELETE FROM lab_people WHERE lab_id = $1 AND contact_id = $2', [labId, contactId])).affectedRows >
    0
  );
}

/** The policy-lab methodology, or null before it is imported. */
export async function findFramework(db: Queryable): Promise<LabFrameworkRecord | null> {
  return (
    (
      await db.query<{ record: LabFrameworkRecord }>(
        "SELECT record FROM lab_framework WHERE id = 'policy-lab-framework'",
      )
    ).rows[0]?.record ?? null
  );
}

/** Stores the policy-lab methodology; says whether it was new. */
export async function upsertFramework(tx: Queryable, rec: LabFrameworkRecord): Promise<'created' | 'updated'> {
  const existed = (await findFramework(tx)) !== null;
  await tx.query(
    `INSERT INTO lab_framework (id, record, updated_at) VALUES ('policy-lab-framework', $1, now())
     ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record, updated_at = now()`,
    [JSON.stringify(rec)],
  );
  return existed ? 'updated' : 'created';
}
