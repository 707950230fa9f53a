import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { unauthenticated } from '../errors.ts';
import { agendaEntries, personalAgenda, type AgendaItem } from './agenda.ts';
import { icsCalendar } from './exporters/ical.ts';
import { assignmentsOf, findParticipantOfUser, rankingsOf, type ParticipantRow } from './participant-queries.ts';
import { getVisibleEvent } from './access.ts';
import { presentParticipant } from './presenter.ts';
import type { EventRow } from './queries.ts';
import { accessibleParticipant } from './registration-service.ts';

/** A registration with its rankings and assignments, for the participant or the event's organisers. */
export async function registrationDetail(db: Queryable, user: User | null, eventId: string, participantId: string) {
  const { row } = await accessibleParticipant(db, user, eventId, participantId);
  return withChoices(db, row);
}

async function withChoices(db: Queryable, row: ParticipantRow) {
  const rankings = (await rankingsOf(db, row.event_id, row.id)).get(row.id) ?? {};
  const assignments = (await assignmentsOf(db, row.event_id, row.id)).get(row.id) ?? {};
  return presentParticipant(row, rankings, assignments);
}

/** The signed-in user's own registration for an event, or null when they have none. */
export async function myRegistration(db: Queryable, user: User | null, eventId: string) {
  if (!user) throw unauthenticated();
  await getVisibleEvent(db, user, eventId);
  const row = await findParticipantOfUser(db, eventId, user.id);
  return row ? withChoices(db, row) : null;
}

/** A participant's personal agenda (the participant or the organisers). */
export async function participantAgenda(
  db: Queryable,
  user: User | null,
  eventId: string,
  participantId: string,
): Promise<{ event: EventRow; participant: ParticipantRow; items: AgendaItem[] }> {
  const { row } = await accessibleParticipant(db, user, eventId, participantId);
  const event = await getVisibleEvent(db, user, eventId);
  return { event, participant: row, items: await agendaOfParticipant(db, event, row) };
}

/** The agenda of a registration (no authorisation: the caller has checked who may see it). */
export async function agendaOfParticipant(db: Queryable, event: EventRow, row: ParticipantRow): Promise<AgendaItem[]> {
  const rankings = (await rankingsOf(db, event.id, row.id)).get(row.id) ?? {};
  const assignments = (await assignmentsOf(db, event.id, row.id)).get(row.id) ?? {};
  return personalAgenda(event.record, rankings, assignments);
}

/** A participant's agenda as an iCalendar document. */
export async function participantCalendar(
  db: Queryable,
  user: User | null,
  eventId: string,
  participantId: string,
  host: string,
): Promise<{ filename: string; body: string }> {
  const { event, items } = await participantAgenda(db, user, eventId, participantId);
  const rec = event.record;
  return {
    filename: `${rec.id}-my-agenda.ics`,
    body: icsCalendar({
      name: `${rec.name} – my agenda`,
      timezone: rec.timezone,
      entries: agendaEntries(rec, items, host),
    }),
  };
}
