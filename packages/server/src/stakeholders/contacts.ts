import crypto from 'node:crypto';
import { zContactInput, type Contact } from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { findStakeholder } from './queries.ts';
import { requireCity } from './service.ts';
import { onlyRow } from '../db/rows.ts';

/*
 * Contact persons are personal data. They live in their own table, are never part of a
 * stakeholder record, a revision, an export or a public answer, and only the city's
 * editors and administrators can list, add, change or remove them.
 */

interface ContactRow {
  id: string;
  city_id: string;
  stakeholder_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  position: string | null;
  profile: Contact['profile'];
  consent: boolean;
  consent_date: string;
}

const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  cityId: r.city_id,
  stakeholderId: r.stakeholder_id,
  name: r.name,
  email: r.email,
  phone: r.phone,
  position: r.position,
  profile: r.profile,
  consent: true,
  consentDate: r.consent_date,
});

const WHAT = "this city's contact persons (personal data: its editors and administrators only)";

/** A contact row regardless of who asks (for other services that check rights themselves). */
export async function findContact(db: Queryable, id: string): Promise<Contact | null> {
  const r = await db.query<ContactRow>('SELECT * FROM stakeholder_contacts WHERE id = $1', [id]);
  return r.rows[0] ? toContact(r.rows[0]) : null;
}

function parseContact(input: unknown): ReturnType<typeof zContactInput.parse> {
  return parseOrThrow(zContactInput, blanksToNull(input));
}

async function assertStakeholderOfCity(db: Queryable, stakeholderId: string | null, cityId: string): Promise<void> {
  if (!stakeholderId) return;
  const s = await findStakeholder(db, stakeholderId);
  if (!s || s.city_id !== cityId)
    throw new AppError(
      'validation_failed',
      `stakeholderId: "${stakeholderId}" is not a stakeholder of ${cityId}`,
      'stakeholderId',
    );
}

/** A city's contact persons, optionally only one stakeholder's. */
export async function listContacts(
  db: Queryable,
  user: User | null,
  cityId: string,
  stakeholderId?: string,
): Promise<Contact[]> {
  assertCan(user, 'city.edit', { cityId }, WHAT);
  await requireCity(db, cityId);
  const r = await db.query<ContactRow>(
    'SELECT * FROM stakeholder_contacts WHERE city_id = $1 AND ($2::text IS NULL OR stakeholder_id = $2) ORDER BY name, id',
    [cityId, stakeholderId ?? null],
  );
  return r.rows.map(toContact);
}

/** Records a person with their consent (consent flag and date are required). */
export async function createContact(db: Database, user: User | null, cityId: string, input: unknown): Promise<Contact> {
  assertCan(user, 'city.edit', { cityId }, WHAT);
  const c = parseContact(input);
  const id = `contact-${crypto.randomUUID()}`;
  return db.transaction(async (tx) => {
    await requireCity(tx, cityId);
    await assertStakeholderOfCity(tx, c.stakeholderId, cityId);
    const r = await tx.query<ContactRow>(
      `INSERT INTO stakeholder_contacts (id, city_id, stakeholder_id, name, email, phone, position, profile, consent, consent_date)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,true,$9) RETURNING *`,
      [id, cityId, c.stakeholderId, c.name, c.email, c.phone, c.position, c.profile, c.consentDate],
    );
    return toContact(onlyRow(r, 'Writing a contact person'));
  });
}

/** Replaces a contact person's details (consent must be restated with its date). */
export async function updateContact(db: Database, user: User | null, id: string, input: unknown): Promise<Contact> {
  const current = await findContact(db, id);
  if (!current) throw notFound('Contact', id);
  assertCan(user, 'city.edit', { cityId: current.cityId }, WHAT);
  const c = parseContact(input);
  await assertStakeholderOfCity(db, c.stakeholderId, current.cityId);
  const r = await db.query<ContactRow>(
    `UPDATE stakeholder_contacts SET stakeholder_id = $2, name = $3, email = $4, phone = $5, position = $6, profile = $7,
       consent_date = $8, updated_at = now() WHERE id = $1 RETURNING *`,
    [id, c.stakeholderId, c.name, c.email, c.phone, c.position, c.profile, c.consentDate],
  );
  if (!r.rows[0]) throw notFound('Contact', id);
  return toContact(r.rows[0]);
}

/** Deletes a contact person (for instance when they withdraw consent); they leave any lab too. */
export async function deleteContact(db: Database, user: User | null, id: string): Promise<void> {
  const current = await findContact(db, id);
  if (!current) throw notFound('Contact', id);
  assertCan(user, 'city.edit', { cityId: current.cityId }, WHAT);
  await db.query('DELETE FROM stakeholder_contacts WHERE id = $1', [id]);
}
