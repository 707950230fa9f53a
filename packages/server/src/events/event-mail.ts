import { translator } from '@convivio/web';
import type { User } from '../accounts/schema.ts';
import { userLanguage } from '../accounts/service.ts';
import type { AppContext } from '../context.ts';
import { sendMail } from '../mail/service.ts';
import type { SiteIdentity } from '../http/site-identity.ts';
import { agendaEntries, type AgendaItem } from './agenda.ts';
import { runAssignmentWithChanges } from './assignment-service.ts';
import { icsCalendar } from './exporters/ical.ts';
import { findParticipant, type ParticipantRow } from './participant-queries.ts';
import { agendaOfParticipant } from './participant-views.ts';
import { findEvent, type EventRow } from './queries.ts';

const dates = (e: EventRow) =>
  e.record.startDate === e.record.endDate ? e.record.startDate : `${e.record.startDate} – ${e.record.endDate}`;

/** A personal agenda as lines of an e-mail (seats and the sessions everybody attends; waiting lists said so). */
export function agendaLines(items: AgendaItem[], lang: string): string[] {
  const t = translator(lang);
  return items
    .filter((a) => a.status !== 'pending')
    .map((a) => {
      const line = `${a.date} ${a.start}${a.end ? `–${a.end}` : ''} ${a.title}${a.place ? ` (${a.place})` : ''}`;
      return a.status === 'waiting' ? t('mail.agenda.waiting', { line }) : line;
    });
}

/** A participant's agenda as an .ics attachment (the same builder as the agenda download). */
export function agendaAttachment(event: EventRow, items: AgendaItem[], host: string) {
  return {
    filename: `${event.record.id}-my-agenda.ics`,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: icsCalendar({
      name: `${event.record.name} – my agenda`,
      timezone: event.record.timezone,
      entries: agendaEntries(event.record, items, host),
    }),
  };
}

/** Confirms a new registration to the participant's address. */
export async function mailRegistration(ctx: AppContext, site: SiteIdentity, row: ParticipantRow): Promise<void> {
  const event = await findEvent(ctx.db, row.event_id);
  if (!event) return;
  await sendMail(ctx, {
    template: 'registrationConfirmed',
    to: row.email,
    userId: row.user_id,
    lang: await userLanguage(ctx.db, row.user_id),
    params: {
      name: row.name,
      event: event.record.name,
      dates: dates(event),
      link: `${site.baseUrl}/events/${event.id}/register`,
    },
  });
}

/** Tells each participant whose sessions changed their new agenda, with the .ics attached (published events only). */
export async function mailAssignmentResults(
  ctx: AppContext,
  site: SiteIdentity,
  eventId: string,
  participantIds: string[],
): Promise<void> {
  const event = await findEvent(ctx.db, eventId);
  if (!event || event.status !== 'published') return;
  for (const id of participantIds) {
    const row = await findParticipant(ctx.db, eventId, id);
    if (row) await mailAgenda(ctx, site, event, row);
  }
}

async function mailAgenda(ctx: AppContext, site: SiteIdentity, event: EventRow, row: ParticipantRow) {
  const items = await agendaOfParticipant(ctx.db, event, row);
  const lang = await userLanguage(ctx.db, row.user_id);
  await sendMail(ctx, {
    template: 'assignmentResult',
    to: row.email,
    userId: row.user_id,
    lang,
    params: { name: row.name, event: event.record.name, link: `${site.baseUrl}/events/${event.id}/me` },
    lines: agendaLines(items, lang),
    attachments: [agendaAttachment(event, items, site.host)],
  });
}

/** Runs the assignment (organisers) and then e-mails the participants whose sessions changed. */
export async function assignAndAnnounce(
  ctx: AppContext,
  site: SiteIdentity,
  user: User | null,
  eventId: string,
  opts: { waitingList?: boolean } = {},
) {
  const { report, changed } = await runAssignmentWithChanges(ctx.db, user, eventId, opts);
  await mailAssignmentResults(ctx, site, eventId, changed);
  return report;
}
