import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { AppError, notFound, unauthenticated } from '../errors.ts';
import { findEvent, isOrganiser, isRapporteur, type EventRow } from './queries.ts';

/** May this user manage the event (programme, settings, registrations, assignment)? Administrators and its organisers. */
export async function canManageEvent(db: Queryable, user: User | null, eventId: string): Promise<boolean> {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return isOrganiser(db, eventId, user.id);
}

/** Throws 401 for anonymous users and 403 for users who are not organisers of the event. */
export async function assertCanManageEvent(db: Queryable, user: User | null, eventId: string, what: string): Promise<User> {
  if (!user) throw unauthenticated();
  if (!(await canManageEvent(db, user, eventId))) throw new AppError('forbidden', `You may not ${what}: only the event's organisers and administrators may`);
  return user;
}

/** Throws unless the user is an administrator. */
export function assertAdmin(user: User | null, what: string): User {
  if (!user) throw unauthenticated();
  if (user.role !== 'admin') throw new AppError('forbidden', `Only administrators may ${what}`);
  return user;
}

/** May this user record a session's key messages? Its named rapporteurs, the event's organisers and administrators. */
export async function assertCanRecordKeyMessages(db: Queryable, user: User | null, eventId: string, sessionId: string): Promise<User> {
  if (!user) throw unauthenticated();
  if (await canManageEvent(db, user, eventId)) return user;
  if (await isRapporteur(db, eventId, sessionId, user.id)) return user;
  throw new AppError('forbidden', "Only the session's rapporteurs and the event's organisers may record its key messages");
}

/** An event as its viewer may see it: drafts only for those who manage it; otherwise 404. */
export async function getVisibleEvent(db: Queryable, user: User | null, id: string): Promise<EventRow> {
  const row = await findEvent(db, id);
  if (!row || (row.status !== 'published' && !(await canManageEvent(db, user, id)))) throw notFound('Event', id);
  return row;
}
