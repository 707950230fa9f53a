import type { Queryable } from '../db/database.ts';
import { onlyRow } from '../db/rows.ts';

/** An attendance record: who was checked in where ('' for the event itself), by whom and when. */
export interface AttendanceRow {
  participant_id: string;
  session_id: string;
  checked_in_by: string | null;
  checked_in_at: string | Date;
}

/** The check-in code of each registration of an event that has one. */
export async function checkinCodes(db: Queryable, eventId: string): Promise<Map<string, string>> {
  const r = await db.query<{ participant_id: string; code: string }>(
    `SELECT c.participant_id, c.code FROM event_checkin_codes c
     JOIN event_participants p ON p.id = c.participant_id WHERE p.event_id = $1`,
    [eventId],
  );
  return new Map(r.rows.map((x) => [x.participant_id, x.code]));
}

/** Gives a registration a check-in code unless it has one (a clash of random codes leaves it without; the caller retries). */
export async function insertCheckinCode(db: Queryable, participantId: string, code: string): Promise<void> {
  await db.query(`INSERT INTO event_checkin_codes (participant_id, code) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    participantId,
    code,
  ]);
}

/** The registration of an event a check-in code belongs to, or null. */
export async function participantOfCode(db: Queryable, eventId: string, code: string): Promise<string | null> {
  const r = await db.query<{ id: string }>(
    `SELECT p.id FROM event_checkin_codes c JOIN event_participants p ON p.id = c.participant_id
     WHERE p.event_id = $1 AND c.code = $2`,
    [eventId, code],
  );
  return r.rows[0]?.id ?? null;
}

/** Records attendance once: a repeated check-in leaves the first record. Resolves with the record and whether it is new. */
export async function recordAttendance(
  tx: Queryable,
  a: { participantId: string; eventId: string; sessionId: string; by: string },
): Promise<{ row: AttendanceRow; created: boolean }> {
  const inserted = await tx.query<AttendanceRow>(
    `INSERT INTO event_attendance (participant_id, event_id, session_id, checked_in_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (participant_id, session_id) DO NOTHING RETURNING participant_id, session_id, checked_in_by, checked_in_at`,
    [a.participantId, a.eventId, a.sessionId, a.by],
  );
  if (inserted.rows[0]) return { row: inserted.rows[0], created: true };
  const existing = await tx.query<AttendanceRow>(
    `SELECT participant_id, session_id, checked_in_by, checked_in_at FROM event_attendance
     WHERE participant_id = $1 AND session_id = $2`,
    [a.participantId, a.sessionId],
  );
  return { row: onlyRow(existing, 'Reading an existing check-in'), created: false };
}

/** How many people were checked in, per session ('' for the event itself). */
export async function attendanceCounts(db: Queryable, eventId: string): Promise<Map<string, number>> {
  const r = await db.query<{ session_id: string; n: string | number }>(
    `SELECT session_id, count(*) AS n FROM event_attendance WHERE event_id = $1 GROUP BY session_id`,
    [eventId],
  );
  return new Map(r.rows.map((x) => [x.session_id, Number(x.n)]));
}

/** The registrations checked in at a session ('' for the event itself), with when. */
export async function checkedInAt(db: Queryable, eventId: string, sessionId: string): Promise<Map<string, Date>> {
  const r = await db.query<{ participant_id: string; checked_in_at: string | Date }>(
    `SELECT participant_id, checked_in_at FROM event_attendance WHERE event_id = $1 AND session_id = $2`,
    [eventId, sessionId],
  );
  return new Map(r.rows.map((x) => [x.participant_id, new Date(x.checked_in_at)]));
}
