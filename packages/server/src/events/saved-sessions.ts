import type { User } from '../accounts/schema.ts';
import { assertCan } from '../accounts/policy.ts';
import type { Database, Queryable } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { getVisibleEvent } from './access.ts';
import { accessibleParticipant } from './registration-service.ts';
import { savedSessionIds, writeSavedSession } from './saved-session-queries.ts';

/** The participant themselves, with the event: someone else's registration is not found, an organiser is refused. */
async function ownParticipant(db: Queryable, user: User | null, eventId: string, participantId: string) {
  const { row } = await accessibleParticipant(db, user, eventId, participantId);
  assertCan(user, 'event.savedSessions', { self: row.user_id === user?.id }, "this participant's agenda");
  return { row, event: await getVisibleEvent(db, user, eventId) };
}

/** The sessions a participant added to their agenda, in programme order (the participant only). */
export async function listSavedSessions(
  db: Queryable,
  user: User | null,
  eventId: string,
  participantId: string,
): Promise<string[]> {
  const { event } = await ownParticipant(db, user, eventId, participantId);
  const saved = new Set(await savedSessionIds(db, participantId));
  return event.record.sessions.filter((s) => saved.has(s.id)).map((s) => s.id);
}

/** Adds a session to a participant's agenda or removes it (either is idempotent); the participant only. */
export async function setSessionSaved(
  db: Database,
  user: User | null,
  eventId: string,
  participantId: string,
  sessionId: string,
  saved: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { event } = await ownParticipant(tx, user, eventId, participantId);
    if (!event.record.sessions.some((s) => s.id === sessionId)) throw notFound('Session', sessionId);
    await writeSavedSession(tx, participantId, sessionId, saved);
  });
}
