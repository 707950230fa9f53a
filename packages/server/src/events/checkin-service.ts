import crypto from 'node:crypto';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound } from '../errors.ts';
import { assertCanCheckIn } from './access.ts';
import {
  attendanceCounts,
  checkedInAt,
  checkinCodes,
  insertCheckinCode,
  participantOfCode,
  recordAttendance,
} from './checkin-queries.ts';
import { findParticipant, listParticipants, type ParticipantRow } from './participant-queries.ts';
import { findEvent, type EventRow } from './queries.ts';

/*
 * Check-in: badges carry a random code (as a QR code) that an organiser's scanner reads;
 * attendance is recorded once per person and event, and optionally per session, with who
 * recorded it and when. Only the event's organisers and administrators may check people in
 * or see attendance (it is personal data).
 */

/** A new check-in code: 128 random bits as 32 upper-case hex digits (compact in a QR code's alphanumeric mode). */
const newCode = () => crypto.randomBytes(16).toString('hex').toUpperCase();

/** The event, when the user may check people in at it; 404 for an unknown event, 401/403 otherwise. */
export async function loadCheckInEvent(db: Queryable, user: User | null, eventId: string): Promise<EventRow> {
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('Event', eventId);
  await assertCanCheckIn(db, user, eventId);
  return event;
}

/** The check-in code of every registration, made for those that have none yet. */
export async function ensureCheckinCodes(db: Queryable, eventId: string): Promise<Map<string, string>> {
  const people = await listParticipants(db, eventId);
  let codes = await checkinCodes(db, eventId);
  for (let attempt = 0; attempt < 3 && people.some((p) => !codes.has(p.id)); attempt++) {
    for (const p of people.filter((x) => !codes.has(x.id))) await insertCheckinCode(db, p.id, newCode());
    codes = await checkinCodes(db, eventId);
  }
  return codes;
}

export interface CheckInResult {
  participant: { id: string; name: string; organisation: string | null; role: string };
  sessionId: string | null;
  checkedInAt: string;
  checkedInBy: string | null;
  alreadyCheckedIn: boolean;
}

/** The session a check-in is for (null: the event itself); refuses an id that is not one of the event's sessions. */
function sessionOf(event: EventRow, sessionId: string | null | undefined): string | null {
  if (!sessionId) return null;
  if (!event.record.sessions.some((s) => s.id === sessionId))
    throw new AppError('validation_failed', `"${sessionId}" is not a session of this event`, 'sessionId');
  return sessionId;
}

/**
 * Checks a person in at the event or one of its sessions, by the code on their badge or by
 * their registration id. Idempotent: checking in again answers the first record.
 */
export async function checkIn(
  db: Database,
  user: User | null,
  eventId: string,
  input: { code?: string; participantId?: string; sessionId?: string | null },
): Promise<CheckInResult> {
  const event = await loadCheckInEvent(db, user, eventId);
  const sessionId = sessionOf(event, input.sessionId);
  const code = input.code?.trim().toUpperCase();
  let participant: ParticipantRow | null = null;
  if (code) {
    const id = await participantOfCode(db, eventId, code);
    if (!id) throw new AppError('not_found', 'No registration of this event has this check-in code', 'code');
    participant = await findParticipant(db, eventId, id);
  } else if (input.participantId) {
    participant = await findParticipant(db, eventId, input.participantId);
    if (!participant) throw notFound('Registration', input.participantId);
  }
  if (!participant) throw new AppError('validation_failed', 'Give the check-in code or the registration', 'code');
  const found = participant;
  const { row, created } = await db.transaction((tx) =>
    recordAttendance(tx, { participantId: found.id, eventId, sessionId: sessionId ?? '', by: user!.id }),
  );
  return {
    participant: { id: found.id, name: found.name, organisation: found.organisation, role: found.role },
    sessionId,
    checkedInAt: new Date(row.checked_in_at).toISOString(),
    checkedInBy: row.checked_in_by,
    alreadyCheckedIn: !created,
  };
}

export interface Attendance {
  registered: number;
  checkedIn: number;
  sessions: { sessionId: string; title: string; date: string; start: string; checkedIn: number }[];
}

/** How many were checked in at the event and at each session. */
export async function attendance(db: Queryable, user: User | null, eventId: string): Promise<Attendance> {
  return attendanceOf(db, await loadCheckInEvent(db, user, eventId));
}

/** The attendance of an event the caller has authorised (see loadCheckInEvent). */
export async function attendanceOf(db: Queryable, event: EventRow): Promise<Attendance> {
  const counts = await attendanceCounts(db, event.id);
  return {
    registered: (await listParticipants(db, event.id)).length,
    checkedIn: counts.get('') ?? 0,
    sessions: event.record.sessions.map((s) => ({
      sessionId: s.id,
      title: s.label ? `${s.label}: ${s.title}` : s.title,
      date: s.date,
      start: s.start,
      checkedIn: counts.get(s.id) ?? 0,
    })),
  };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Registrations whose name or organisation contains the query (accents and case ignored), with their check-in time there. */
export async function searchForCheckIn(
  db: Queryable,
  user: User | null,
  eventId: string,
  query: string,
  sessionId: string | null,
): Promise<{ id: string; name: string; organisation: string | null; role: string; checkedInAt: Date | null }[]> {
  const event = await loadCheckInEvent(db, user, eventId);
  const q = fold(query.trim());
  if (!q) return [];
  const at = await checkedInAt(db, eventId, sessionOf(event, sessionId) ?? '');
  return (await listParticipants(db, eventId))
    .filter((p) => fold(`${p.name} ${p.organisation ?? ''}`).includes(q))
    .slice(0, 50)
    .map((p) => ({
      id: p.id,
      name: p.name,
      organisation: p.organisation,
      role: p.role,
      checkedInAt: at.get(p.id) ?? null,
    }));
}
