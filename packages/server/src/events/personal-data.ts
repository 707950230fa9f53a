import type { Queryable } from '../db/database.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * A person's part in events: their own registrations (with rankings, assignments, saved
 * sessions and attendance) and the events they organise or report on. Registrations they
 * made for other people are not theirs and are left out.
 */
export async function eventDataOf(db: Queryable, userId: string) {
  const regs = await db.query<{
    id: string;
    event_id: string;
    event_name: string;
    name: string;
    organisation: string | null;
    city_id: string | null;
    role: string;
    email: string;
    languages: string[];
    accessibility_needs: string | null;
    consent_at: Date | string;
    registered_at: Date | string;
  }>(
    `SELECT p.id, p.event_id, e.name AS event_name, p.name, p.organisation, p.city_id, p.role, p.email, p.languages,
       p.accessibility_needs, p.consent_at, p.registered_at
     FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.user_id = $1 ORDER BY p.registered_at, p.id`,
    [userId],
  );
  const ids = regs.rows.map((r) => r.id);
  const byParticipant = async <T extends { participant_id: string }>(sql: string) =>
    (await db.query<T>(sql, [ids])).rows;
  const rankings = await byParticipant<{ participant_id: string; choice_point_id: string; option_ids: string[] }>(
    'SELECT participant_id, choice_point_id, option_ids FROM event_rankings WHERE participant_id = ANY($1::text[])',
  );
  const assignments = await byParticipant<{ participant_id: string; choice_point_id: string; option_ids: string[] }>(
    'SELECT participant_id, choice_point_id, option_ids FROM event_assignments WHERE participant_id = ANY($1::text[])',
  );
  const saved = await byParticipant<{ participant_id: string; session_id: string; saved_at: Date | string }>(
    'SELECT participant_id, session_id, saved_at FROM event_saved_sessions WHERE participant_id = ANY($1::text[]) ORDER BY saved_at',
  );
  const attendance = await byParticipant<{ participant_id: string; session_id: string; checked_in_at: Date | string }>(
    'SELECT participant_id, session_id, checked_in_at FROM event_attendance WHERE participant_id = ANY($1::text[]) ORDER BY checked_in_at',
  );
  const organises = await db.query<{ event_id: string }>(
    'SELECT event_id FROM event_organisers WHERE user_id = $1 ORDER BY event_id',
    [userId],
  );
  const reports = await db.query<{ event_id: string; session_id: string }>(
    'SELECT event_id, session_id FROM event_rapporteurs WHERE user_id = $1 ORDER BY event_id, session_id',
    [userId],
  );
  const of = <T extends { participant_id: string }>(rows: T[], id: string) =>
    rows.filter((r) => r.participant_id === id);
  return {
    registrations: regs.rows.map((r) => ({
      id: r.id,
      eventId: r.event_id,
      eventName: r.event_name,
      name: r.name,
      organisation: r.organisation,
      cityId: r.city_id,
      role: r.role,
      email: r.email,
      languages: r.languages,
      accessibilityNeeds: r.accessibility_needs,
      consentAt: iso(r.consent_at),
      registeredAt: iso(r.registered_at),
      rankings: of(rankings, r.id).map((x) => ({ choicePointId: x.choice_point_id, optionIds: x.option_ids })),
      assignments: of(assignments, r.id).map((x) => ({ choicePointId: x.choice_point_id, optionIds: x.option_ids })),
      savedSessions: of(saved, r.id).map((x) => ({ sessionId: x.session_id, savedAt: iso(x.saved_at) })),
      attendance: of(attendance, r.id).map((x) => ({
        sessionId: x.session_id || null,
        checkedInAt: iso(x.checked_in_at),
      })),
    })),
    organiserOf: organises.rows.map((r) => r.event_id),
    rapporteurOf: reports.rows.map((r) => ({ eventId: r.event_id, sessionId: r.session_id })),
  };
}

/**
 * Erases a deleted account's personal fields from its registrations (the registration stays,
 * so counts, assignments and attendance add up, named `label`), its saved sessions and calendar
 * subscription addresses, and its organiser and rapporteur roles.
 */
export async function eraseEventData(tx: Queryable, userId: string, label: string): Promise<void> {
  const mine = '(SELECT id FROM event_participants WHERE user_id = $1)';
  await tx.query(`DELETE FROM event_saved_sessions WHERE participant_id IN ${mine}`, [userId]);
  await tx.query(`DELETE FROM event_calendar_feeds WHERE participant_id IN ${mine}`, [userId]);
  await tx.query(
    `UPDATE event_participants SET user_id = NULL, name = $2, email = '', organisation = NULL, city_id = NULL,
       languages = '{}', accessibility_needs = NULL, updated_at = now() WHERE user_id = $1`,
    [userId, label],
  );
  await tx.query('DELETE FROM event_organisers WHERE user_id = $1', [userId]);
  await tx.query('DELETE FROM event_rapporteurs WHERE user_id = $1', [userId]);
}
