import type { EventPerson, EventRecord, EventSession } from '@convivio/shared';
import { sessionUid } from './calendar-identity.ts';
import type { CalendarEntry } from './exporters/ical.ts';
import { sessionEnd } from './session-end.ts';

/** How a person appears on the programme: name, position, organisation; "(to be confirmed)" when not confirmed. */
export function personLabel(p: EventPerson): string {
  const who = [p.name, p.position, p.organisation].filter(Boolean).join(', ') || p.role;
  return p.confirmed ? who : `${who} (to be confirmed)`;
}

/** Where a session takes place: room and venue, the venue, or the stops of a visit; null when not stated. */
export function placeOf(rec: EventRecord, s: EventSession): string | null {
  const venue = rec.venues.find((v) => v.id === s.venueId);
  if (venue) {
    const room = venue.rooms.find((r) => r.id === s.roomId);
    const where = room ? `${room.name}, ${venue.name}` : venue.name;
    return venue.address ? `${where}, ${venue.address}` : where;
  }
  if (s.stops.length) return s.stops.map((id) => rec.venues.find((v) => v.id === id)?.name ?? id).join(' → ');
  return null;
}

/** A short place for lists and schedules: room and venue name without the address. */
export function shortPlaceOf(rec: EventRecord, s: EventSession): string | null {
  const venue = rec.venues.find((v) => v.id === s.venueId);
  if (venue) {
    const room = venue.rooms.find((r) => r.id === s.roomId);
    return room ? `${venue.name} – ${room.name}` : venue.name;
  }
  if (s.stops.length) return s.stops.map((id) => rec.venues.find((v) => v.id === id)?.name ?? id).join(' → ');
  return null;
}

/** The text of a session for calendars: description, people by role, presentations, key messages. */
export function sessionText(s: EventSession): string | null {
  const parts: string[] = [];
  if (s.description) parts.push(s.description);
  if (s.agenda.length) parts.push(s.agenda.map((a) => `• ${a}`).join('\n'));
  if (s.people.length)
    parts.push(
      s.people.map((p) => `${p.role.charAt(0).toUpperCase()}${p.role.slice(1)}: ${personLabel(p)}`).join('\n'),
    );
  if (s.presentations.length) parts.push(s.presentations.map((p) => `• ${p.title}`).join('\n'));
  if (s.keyMessages.length) parts.push(`Key messages:\n${s.keyMessages.map((m) => `• ${m}`).join('\n')}`);
  return parts.length ? parts.join('\n\n') : null;
}

/** Every session of the programme as a calendar entry (UIDs at `host`; derived ends where none is stated). */
export function programmeEntries(rec: EventRecord, host: string): CalendarEntry[] {
  return rec.sessions.map((s) => ({
    uid: sessionUid(host, s.id),
    date: s.date,
    start: s.start,
    end: sessionEnd(rec, s),
    summary: s.label ? `${s.label}: ${s.title}` : s.title,
    description: sessionText(s),
    location: placeOf(rec, s),
    categories: [s.kind],
  }));
}
