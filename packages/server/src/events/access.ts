import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { findEvent, isOrganiser, isRapporteur, listEvents, organisedEventIds, type EventRow } from './queries.ts';

/*
 * The facts the policy (accounts/policy.ts) needs about events: whether the user organises
 * the event, or reports on a session. The rules themselves are the policy's.
 */

/** Does this user organise the event? */
const organises = async (db: Queryable, user: User | null, eventId: string): Promise<boolean> =>
  user !== null && isOrganiser(db, eventId, user.id);

/** May this user manage the event (programme, settings, registrations, assignment)? Administrators and its organisers. */
export async function canManageEvent(db: Queryable, user: User | null, eventId: string): Promise<boolean> {
  return can(user, 'event.manage', { organiser: await organises(db, user, eventId) });
}

/** Throws 401 for anonymous users and 403 for users who are not organisers of the event. */
export async function assertCanManageEvent(
  db: Queryable,
  user: User | null,
  eventId: string,
  what: string,
): Promise<User> {
  return assertCan(user, 'event.manage', { organiser: await organises(db, user, eventId) }, what);
}

/** May this user record a session's key messages? Its named rapporteurs, the event's organisers and administrators. */
export async function assertCanRecordKeyMessages(
  db: Queryable,
  user: User | null,
  eventId: string,
  sessionId: string,
): Promise<User> {
  const rapporteur = user !== null && (await isRapporteur(db, eventId, sessionId, user.id));
  return assertCan(user, 'event.recordKeyMessages', { organiser: await organises(db, user, eventId), rapporteur });
}

/** An event as its viewer may see it: drafts only for those who manage it; otherwise 404. */
export async function getVisibleEvent(db: Queryable, user: User | null, id: string): Promise<EventRow> {
  const row = await findEvent(db, id);
  if (!row || (row.status !== 'published' && !(await canManageEvent(db, user, id)))) throw notFound('Event', id);
  return row;
}

/** Every event the user may see, latest first: the published ones, and drafts for those who manage them. */
export async function visibleEvents(db: Queryable, user: User | null): Promise<EventRow[]> {
  const draftsOf = can(user, 'events.seeAllDrafts', null) ? null : user ? await organisedEventIds(db, user.id) : [];
  return listEvents(db, { draftsOf });
}

/** May this user check people in and see attendance? The event's organisers and administrators (401/403 otherwise). */
export async function assertCanCheckIn(db: Queryable, user: User | null, eventId: string): Promise<User> {
  return assertCan(
    user,
    'event.checkIn',
    { organiser: await organises(db, user, eventId) },
    "check in this event's participants",
  );
}
