import type { User } from '../accounts/schema.ts';
import { existingUserIds, USER_DIRECTORY } from '../accounts/service.ts';
import type { Database } from '../db/database.ts';
import { AppError, notFound } from '../errors.ts';
import { assertCan } from '../accounts/policy.ts';
import { assertCanManageEvent } from './access.ts';
import { findEvent } from './queries.ts';

export interface PersonRef {
  userId: string;
  name: string;
  email: string;
}

async function assertUser(db: Database, userId: string): Promise<void> {
  if (!(await existingUserIds(db, [userId])).has(userId))
    throw new AppError('validation_failed', `User "${userId}" does not exist`, 'userId');
}

async function assertEvent(db: Database, eventId: string): Promise<void> {
  if (!(await findEvent(db, eventId))) throw notFound('Event', eventId);
}

/** The event's organisers (visible to its organisers and administrators). */
export async function listOrganisers(db: Database, user: User | null, eventId: string): Promise<PersonRef[]> {
  await assertEvent(db, eventId);
  await assertCanManageEvent(db, user, eventId, "see this event's organisers");
  const r = await db.query<{ user_id: string; name: string; email: string }>(
    `SELECT o.user_id, u.name, u.email FROM event_organisers o JOIN ${USER_DIRECTORY} u ON u.id = o.user_id WHERE o.event_id = $1 ORDER BY u.name`,
    [eventId],
  );
  return r.rows.map((x) => ({ userId: x.user_id, name: x.name, email: x.email }));
}

/** Makes a user an organiser of the event (administrators). */
export async function addOrganiser(db: Database, user: User | null, eventId: string, userId: string): Promise<void> {
  assertCan(user, 'event.nameOrganisers', null, 'name event organisers');
  await assertEvent(db, eventId);
  await assertUser(db, userId);
  await db.query('INSERT INTO event_organisers (event_id, user_id) VALUES ($1,$2) ON CONFLICT DO NOTHING', [
    eventId,
    userId,
  ]);
}

/** Removes an organiser (administrators). */
export async function removeOrganiser(db: Database, user: User | null, eventId: string, userId: string): Promise<void> {
  assertCan(user, 'event.nameOrganisers', null, 'remove event organisers');
  const r = await db.query('DELETE FROM event_organisers WHERE event_id = $1 AND user_id = $2', [eventId, userId]);
  if (!r.affectedRows) throw notFound('Organiser', userId);
}

/** The accounts that may record a session's key messages. */
export async function listRapporteurs(
  db: Database,
  user: User | null,
  eventId: string,
  sessionId: string,
): Promise<PersonRef[]> {
  await assertEvent(db, eventId);
  await assertCanManageEvent(db, user, eventId, "see this event's rapporteurs");
  const r = await db.query<{ user_id: string; name: string; email: string }>(
    `SELECT x.user_id, u.name, u.email FROM event_rapporteurs x JOIN ${USER_DIRECTORY} u ON u.id = x.user_id WHERE x.event_id = $1 AND x.session_id = $2 ORDER BY u.name`,
    [eventId, sessionId],
  );
  return r.rows.map((x) => ({ userId: x.user_id, name: x.name, email: x.email }));
}

/** Names an account rapporteur of a session (organisers). */
export async function addRapporteur(
  db: Database,
  user: User | null,
  eventId: string,
  sessionId: string,
  userId: string,
): Promise<void> {
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('Event', eventId);
  await assertCanManageEvent(db, user, eventId, 'name rapporteurs');
  if (!event.record.sessions.some((s) => s.id === sessionId)) throw notFound('Session', sessionId);
  await assertUser(db, userId);
  await db.query(
    'INSERT INTO event_rapporteurs (event_id, session_id, user_id) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING',
    [eventId, sessionId, userId],
  );
}

/** Removes a rapporteur (organisers). */
export async function removeRapporteur(
  db: Database,
  user: User | null,
  eventId: string,
  sessionId: string,
  userId: string,
): Promise<void> {
  await assertEvent(db, eventId);
  await assertCanManageEvent(db, user, eventId, 'remove rapporteurs');
  const r = await db.query('DELETE FROM event_rapporteurs WHERE event_id = $1 AND session_id = $2 AND user_id = $3', [
    eventId,
    sessionId,
    userId,
  ]);
  if (!r.affectedRows) throw notFound('Rapporteur', userId);
}
