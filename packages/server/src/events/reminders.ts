import { userLanguage } from '../accounts/service.ts';
import type { AppContext } from '../context.ts';
import { sendOnce } from '../mail/service.ts';
import { agendaLines } from './event-mail.ts';
import { listParticipants } from './participant-queries.ts';
import { agendaOfParticipant } from './participant-views.ts';
import { listEvents, type EventRow } from './queries.ts';
import { zonedToUtc } from './time.ts';

/** When an event begins: its first session's start in the event's time zone (its first day at midnight without sessions). */
export function eventStart(event: EventRow): Date {
  const first = [...event.record.sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start))[0];
  return zonedToUtc(first?.date ?? event.record.startDate, first?.start ?? '00:00', event.record.timezone);
}

/**
 * Reminds every participant of each published event that begins within the next `hours`:
 * their agenda, once per participant and event (a non-essential message: it carries an
 * unsubscribe link, and those who unsubscribed get none). Returns how many were sent or queued.
 */
export async function sendEventReminders(
  ctx: AppContext,
  opts: { hours: number; baseUrl: string; now?: Date },
): Promise<{ events: number; messages: number }> {
  const now = opts.now ?? new Date();
  const until = now.getTime() + opts.hours * 3_600_000;
  const soon = (await listEvents(ctx.db, { draftsOf: [] })).filter((e) => {
    const start = eventStart(e).getTime();
    return e.status === 'published' && start > now.getTime() && start <= until;
  });
  let messages = 0;
  for (const event of soon) {
    const first = eventStart(event);
    for (const p of await listParticipants(ctx.db, event.id)) {
      const lang = await userLanguage(ctx.db, p.user_id);
      const items = await agendaOfParticipant(ctx.db, event, p);
      const result = await sendOnce(ctx, `reminder:${event.id}:${p.id}`, {
        template: 'eventReminder',
        to: p.email,
        userId: p.user_id,
        lang,
        params: {
          name: p.name,
          event: event.record.name,
          when: `${first.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
          place: event.city_name ?? event.record.venues[0]?.name ?? '',
          link: `${opts.baseUrl}/events/${event.id}/me`,
        },
        lines: agendaLines(items, lang),
        unsubscribe: { category: 'reminders', baseUrl: opts.baseUrl },
      });
      if (result.id) messages++;
    }
  }
  return { events: soon.length, messages };
}
