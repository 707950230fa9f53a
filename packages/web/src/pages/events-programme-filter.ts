import type { EventRecord, EventSession } from '@convivio/shared';

/** The programme's filters ('' = all): day, kind of session, place (a venue, a room, or `none` = room not given), words. */
export interface ProgrammeFilters {
  day: string;
  kind: string;
  room: string;
  q: string;
}

/** The value of the place filter for sessions whose room the programme does not give. */
export const NO_ROOM = 'none';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Everything a search matches in a session: label, title, description, agenda, people, presentations. */
function searchText(s: EventSession): string {
  const people = (list: EventSession['people']) =>
    list.flatMap((p) => [p.name, p.position, p.organisation]).filter(Boolean);
  return fold(
    [
      s.label,
      s.title,
      s.description,
      ...s.agenda,
      ...people(s.people),
      ...s.presentations.flatMap((p) => [p.title, p.description, ...people(p.presenters)]),
    ]
      .filter(Boolean)
      .join(' '),
  );
}

function inPlace(s: EventSession, room: string): boolean {
  if (!room) return true;
  if (room === NO_ROOM) return s.roomId === null;
  return s.roomId === room || s.venueId === room || s.stops.includes(room);
}

/** The sessions the filters let through, in programme order; every word of `q` must occur (accents and case ignored). */
export function filterSessions(rec: EventRecord, f: ProgrammeFilters): EventSession[] {
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  return rec.sessions.filter(
    (s) =>
      (!f.day || s.date === f.day) &&
      (!f.kind || s.kind === f.kind) &&
      inPlace(s, f.room) &&
      (!words.length || words.every((w) => searchText(s).includes(w))),
  );
}

/** The places the place filter offers: every venue a session is at or visits, every room a session uses. */
export function placeOptions(rec: EventRecord): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (const v of rec.venues) {
    if (rec.sessions.some((s) => s.venueId === v.id || s.stops.includes(v.id)))
      out.push({ value: v.id, label: v.name });
    for (const r of v.rooms)
      if (rec.sessions.some((s) => s.roomId === r.id)) out.push({ value: r.id, label: `${v.name} – ${r.name}` });
  }
  return out;
}
