/** Reads an iCalendar document with ical.js (an independent RFC 5545 parser), for the tests. */
import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  summary: string;
  /** Start and end as UTC instants (ISO 8601), as the parser understands them. */
  start: string;
  end: string | null;
  /** The zone the parser read DTSTART in ("UTC" for `Z` times, "floating" without one). */
  zone: string;
}

/** The VEVENTs of a calendar as ical.js reads them; throws when it cannot parse the text. */
export function readIcs(text: string): { name: string | null; events: ReadEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  if (cal.name !== 'vcalendar') throw new Error(`not a VCALENDAR but ${cal.name}`);
  const events = cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate().toISOString(),
      end: c.hasProperty('dtend') ? e.endDate.toJSDate().toISOString() : null,
      zone: e.startDate.zone?.tzid ?? 'floating',
    };
  });
  return { name: (cal.getFirstPropertyValue('x-wr-calname') as string | null) ?? null, events };
}
