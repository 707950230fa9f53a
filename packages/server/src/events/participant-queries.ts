import type { RegistrationInput } from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { onlyRow } from '../db/rows.ts';

export interface ParticipantRow {
  id: string;
  event_id: string;
  user_id: string | null;
  registration_no: string | number;
  name: string;
  organisation: string | null;
  city_id: string | null;
  city_name: string | null;
  role: string;
  email: string;
  languages: string[];
  accessibility_needs: string | null;
  consent_at: string | Date;
  registered_at: string | Date;
  updated_at: string | Date;
}

const SELECT = `SELECT p.*, c.name AS city_name FROM event_participants p LEFT JOIN ${CITY_DIRECTORY} c ON c.id = p.city_id`;

/** The registrations a write returned (`written`), with their city's name: what SELECT gives for them. */
const WITH_CITY = `SELECT p.*, c.name AS city_name FROM written p LEFT JOIN ${CITY_DIRECTORY} c ON c.id = p.city_id`;

/** One registration, or null. */
export async function findParticipant(db: Queryable, eventId: string, id: string): Promise<ParticipantRow | null> {
  const r = await db.query<ParticipantRow>(`${SELECT} WHERE p.event_id = $1 AND p.id = $2`, [eventId, id]);
  return r.rows[0] ?? null;
}

/** The registration of a user for an event, or null. */
export async function findParticipantOfUser(
  db: Queryable,
  eventId: string,
  userId: string,
): Promise<ParticipantRow | null> {
  const r = await db.query<ParticipantRow>(`${SELECT} WHERE p.event_id = $1 AND p.user_id = $2`, [eventId, userId]);
  return r.rows[0] ?? null;
}

/** Every registration of an event in registration order. */
export async function listParticipants(db: Queryable, eventId: string): Promise<ParticipantRow[]> {
  const r = await db.query<ParticipantRow>(`${SELECT} WHERE p.event_id = $1 ORDER BY p.registration_no`, [eventId]);
  return r.rows;
}

/** Stores a new registration; resolves with it. */
export async function insertParticipant(
  tx: Queryable,
  p: { id: string; eventId: string; userId: string | null; registeredBy: string },
  input: RegistrationInput,
): Promise<ParticipantRow> {
  const r = await tx.query<ParticipantRow>(
    `WITH written AS (INSERT INTO event_participants (id, event_id, user_id, name, organisation, city_id, role, email, languages, accessibility_needs, consent_at, registered_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10, now(), $11) RETURNING *) ${WITH_CITY}`,
    [
      p.id,
      p.eventId,
      p.userId,
      input.name,
      input.organisation,
      input.cityId,
      input.role,
      input.email,
      input.languages,
      input.accessibilityNeeds,
      p.registeredBy,
    ],
  );
  return onlyRow(r, 'Writing an event registration');
}

/** Replaces a registration's details (consent is renewed); resolves with it. */
export async function updateParticipant(tx: Queryable, id: string, input: RegistrationInput): Promise<ParticipantRow> {
  const r = await tx.query<ParticipantRow>(
    `WITH written AS (UPDATE event_participants SET name = $2, organisation = $3, city_id = $4, role = $5, email = $6, languages = $7,
       accessibility_needs = $8, consent_at = now(), updated_at = now() WHERE id = $1 RETURNING *) ${WITH_CITY}`,
    [
      id,
      input.name,
      input.organisation,
      input.cityId,
      input.role,
      input.email,
      input.languages,
      input.accessibilityNeeds,
    ],
  );
  return onlyRow(r, 'Writing an event registration');
}

/** Erases a registration: the row, its rankings and its assignments (cascade). */
export async function deleteParticipant(tx: Queryable, id: string): Promise<void> {
  await tx.query('DELETE FROM event_participants WHERE id = $1', [id]);
}

/** Choice point id → option ids, for the given participants (all of an event's when `eventId` is used). */
export async function rankingsOf(
  db: Queryable,
  eventId: string,
  participantId?: string,
): Promise<Map<string, Record<string, string[]>>> {
  return readChoices(db, 'event_rankings', eventId, participantId);
}

/** Choice point id → assigned option per round, for the given participants. */
export async function assignmentsOf(
  db: Queryable,
  eventId: string,
  participantId?: string,
): Promise<Map<string, Record<string, string[]>>> {
  return readChoices(db, 'event_assignments', eventId, participantId);
}

async function readChoices(
  db: Queryable,
  table: 'event_rankings' | 'event_assignments',
  eventId: string,
  participantId?: string,
): Promise<Map<string, Record<string, string[]>>> {
  const r = await db.query<{ participant_id: string; choice_point_id: string; option_ids: string[] }>(
    `SELECT x.participant_id, x.choice_point_id, x.option_ids FROM ${table} x JOIN event_participants p ON p.id = x.participant_id
     WHERE p.event_id = $1 ${participantId ? 'AND p.id = $2' : ''}`,
    participantId ? [eventId, participantId] : [eventId],
  );
  const out = new Map<string, Record<string, string[]>>();
  for (const row of r.rows) {
    const byPoint = out.get(row.participant_id) ?? {};
    byPoint[row.choice_point_id] = row.option_ids;
    out.set(row.participant_id, byPoint);
  }
  return out;
}

/** Sets (or with `[]` clears) a participant's ranking for one choice point. */
export async function saveRanking(
  tx: Queryable,
  participantId: string,
  choicePointId: string,
  optionIds: string[],
): Promise<void> {
  if (!optionIds.length) {
    await tx.query('DELETE FROM event_rankings WHERE participant_id = $1 AND choice_point_id = $2', [
      participantId,
      choicePointId,
    ]);
    return;
  }
  await tx.query(
    `INSERT INTO event_rankings (participant_id, choice_point_id, option_ids) VALUES ($1,$2,$3)
     ON CONFLICT (participant_id, choice_point_id) DO UPDATE SET option_ids = EXCLUDED.option_ids, updated_at = now()`,
    [participantId, choicePointId, optionIds],
  );
}

/** Replaces every assignment of an event's participants. */
export async function replaceAssignments(
  tx: Queryable,
  eventId: string,
  rows: { participantId: string; choicePointId: string; optionIds: string[] }[],
): Promise<void> {
  await tx.query(
    'DELETE FROM event_assignments WHERE participant_id IN (SELECT id FROM event_participants WHERE event_id = $1)',
    [eventId],
  );
  if (!rows.length) return;
  await tx.query(
    `INSERT INTO event_assignments (participant_id, choice_point_id, option_ids)
     SELECT participant_id, choice_point_id, string_to_array(option_ids, ' ')
     FROM unnest($1::text[], $2::text[], $3::text[]) AS t(participant_id, choice_point_id, option_ids)`,
    [rows.map((r) => r.participantId), rows.map((r) => r.choicePointId), rows.map((r) => r.optionIds.join(' '))],
  );
}
