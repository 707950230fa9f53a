import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { frabJson } from './exporters/frab-json.ts';
import { frabXml } from './exporters/frab-xml.ts';
import { icsCalendar } from './exporters/ical.ts';
import { buildSchedule } from './exporters/schedule.ts';
import type { SiteIdentity } from './calendar-identity.ts';
import { getVisibleEvent } from './access.ts';
import { programmeEntries } from './programme.ts';
import { findEvent, presentationsOfPractice } from './queries.ts';

/** The whole programme as an iCalendar document (public for published events). */
export async function eventCalendar(
  db: Queryable,
  user: User | null,
  eventId: string,
  site: SiteIdentity,
): Promise<{ filename: string; body: string }> {
  const rec = (await getVisibleEvent(db, user, eventId)).record;
  return {
    filename: `${rec.id}.ics`,
    body: icsCalendar({ name: rec.name, timezone: rec.timezone, entries: programmeEntries(rec, site.host) }),
  };
}

/** The programme as Frab/pretalx schedule JSON. */
export async function eventScheduleJson(
  db: Queryable,
  user: User | null,
  eventId: string,
  site: SiteIdentity,
): Promise<Record<string, unknown>> {
  const row = await getVisibleEvent(db, user, eventId);
  return frabJson(buildSchedule(row.record, site, row.version));
}

/** The programme as Frab schedule.xml. */
export async function eventScheduleXml(
  db: Queryable,
  user: User | null,
  eventId: string,
  site: SiteIdentity,
): Promise<string> {
  const row = await getVisibleEvent(db, user, eventId);
  return frabXml(buildSchedule(row.record, site, row.version));
}

/** The published events where a practice was presented, with the session and presentation. */
export async function eventsOfPractice(db: Queryable, practiceId: string) {
  const items = [];
  for (const p of await presentationsOfPractice(db, practiceId)) {
    const event = await findEvent(db, p.event_id);
    const session = event?.record.sessions.find((s) => s.id === p.session_id);
    const presentation = session?.presentations.find((x) => x.id === p.presentation_id);
    if (!event || !session || !presentation) continue;
    items.push({
      eventId: event.id,
      eventName: event.record.name,
      startDate: event.record.startDate,
      sessionId: session.id,
      sessionTitle: session.title,
      presentationId: presentation.id,
      presentationTitle: presentation.title,
    });
  }
  return items;
}
