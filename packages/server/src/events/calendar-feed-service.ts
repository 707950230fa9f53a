import crypto from 'node:crypto';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { agendaEntries } from './agenda.ts';
import { icsCalendar } from './exporters/ical.ts';
import { deleteFeed, feedOwner, findFeed, upsertFeed } from './calendar-feed-queries.ts';
import { canManageEvent } from './access.ts';
import { findParticipant } from './participant-queries.ts';
import { agendaOfParticipant } from './participant-views.ts';
import { findEvent } from './queries.ts';
import { accessibleParticipant } from './registration-service.ts';

/*
 * Calendar subscriptions: a secret address per registration that calendar apps can poll
 * without a session. Only the SHA-256 hash of the secret is stored, so the address is shown
 * once, when it is made; renewing replaces it and revoking deletes it (the old one then 404s).
 */

const PREFIX = 'cvf_';
const TOKEN = /^cvf_[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** The path of a subscription address (below the site's base URL). */
export const feedPath = (token: string) => `/events/feeds/${token}/agenda.ics`;

/** Whether a registration has a subscription address, and since when. */
export async function feedStatus(db: Queryable, user: User | null, eventId: string, participantId: string) {
  const { row } = await accessibleParticipant(db, user, eventId, participantId);
  const feed = await findFeed(db, row.id);
  return { exists: feed !== null, createdAt: feed ? new Date(feed.created_at).toISOString() : null };
}

/** Makes a new subscription address for a registration (replacing any earlier one): its secret, shown only now. */
export async function renewFeed(
  db: Queryable,
  user: User | null,
  eventId: string,
  participantId: string,
): Promise<{ token: string; createdAt: string }> {
  const { row } = await accessibleParticipant(db, user, eventId, participantId);
  assertCan(user, 'event.subscribeCalendar', { self: row.user_id === user?.id }, 'create this address');
  const token = PREFIX + crypto.randomBytes(32).toString('base64url');
  const stored = await upsertFeed(db, row.id, hashOf(token));
  return { token, createdAt: new Date(stored.created_at).toISOString() };
}

/** Revokes a registration's subscription address; 404 when it has none. */
export async function revokeFeed(db: Queryable, user: User | null, eventId: string, participantId: string) {
  const { row } = await accessibleParticipant(db, user, eventId, participantId);
  const organiser = await canManageEvent(db, user, eventId);
  assertCan(user, 'event.revokeCalendar', { self: row.user_id === user?.id, organiser }, 'revoke this address');
  if (!(await deleteFeed(db, row.id))) throw notFound('Calendar subscription of registration', participantId);
}

/** The personal agenda behind a subscription secret, as iCalendar; 404 for an unknown or revoked secret. */
export async function feedCalendar(db: Queryable, token: string, host: string): Promise<{ body: string }> {
  const owner = TOKEN.test(token) ? await feedOwner(db, hashOf(token)) : null;
  const event = owner && (await findEvent(db, owner.event_id));
  const participant = owner && (await findParticipant(db, owner.event_id, owner.participant_id));
  if (!owner || !event || !participant || event.status !== 'published')
    throw notFound('Calendar subscription', 'this address');
  const items = await agendaOfParticipant(db, event, participant);
  return {
    body: icsCalendar({
      name: `${event.record.name} – my agenda`,
      timezone: event.record.timezone,
      entries: agendaEntries(event.record, items, host),
    }),
  };
}
