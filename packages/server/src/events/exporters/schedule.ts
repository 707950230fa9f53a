import crypto from 'node:crypto';
import type { EventRecord, EventSession } from '@convivio/shared';
import { nameUuid, sessionGuid, type SiteIdentity } from '../calendar-identity.ts';
import { personLabel, sessionText, shortPlaceOf } from '../programme.ts';
import { sessionEnd } from '../session-end.ts';
import { hhmm, isoWithOffset, minutesBetween } from '../time.ts';

/** A session as a Frab/pretalx "talk". */
export interface ScheduleTalk {
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  description: string;
  /** Frab persons (id and public_name; no pretalx `name`, so the c3voc schema's oneOf matches one kind only). */
  persons: { id: number; guid: string; public_name: string; biography: string | null }[];
  links: { url: string; title: string }[];
}

export interface ScheduleDay {
  index: number;
  date: string;
  dayStart: string;
  dayEnd: string;
  rooms: Map<string, ScheduleTalk[]>;
}

/** The schedule model shared by the JSON and XML exports. */
export interface Schedule {
  acronym: string;
  title: string;
  start: string;
  end: string;
  timezone: string;
  baseUrl: string;
  url: string;
  version: string;
  rooms: { name: string; guid: string }[];
  days: ScheduleDay[];
}

const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest();

/** A stable positive 31-bit integer for an id (Frab clients want numeric ids; the XSD wants them positive). */
export const stableNumber = (id: string) => sha1(id).readUInt32BE(0) & 0x7fffffff || 1;

/**
 * The conference acronym: the event id without "event-", hyphens as underscores (the c3voc
 * schemas allow a hyphen only before a year suffix), and the whole id when that is shorter
 * than the four characters they require.
 */
export function acronymOf(eventId: string): string {
  const short = eventId.replace(/^event-/, '');
  return (short.length >= 4 ? short : eventId).replace(/-/g, '_');
}

/**
 * A talk's slug in the c3voc form `acronym-name`: the session id without "session-" and
 * without the event's own name in front of it (or the whole id when that leaves fewer than four characters).
 */
export function slugOf(eventId: string, sessionId: string): string {
  const rest = sessionId.replace(/^session-/, '');
  const own = rest.replace(new RegExp(`^${eventId.replace(/^event-/, '')}-`), '');
  return `${acronymOf(eventId)}-${own.length >= 4 ? own : sessionId}`;
}

/**
 * The room a session is listed under. Parallel sessions that the programme puts in
 * one venue without naming rooms get the venue plus their label, so schedule
 * clients show them side by side instead of on top of each other.
 */
export function scheduleRoom(rec: EventRecord, s: EventSession): string {
  const place = shortPlaceOf(rec, s) ?? rec.name;
  return s.choiceGroup && s.venueId && !s.roomId ? `${place} – ${s.label ?? s.title}` : place;
}

function talkOf(rec: EventRecord, s: EventSession, site: SiteIdentity): ScheduleTalk {
  const baseUrl = site.baseUrl;
  const group = rec.choiceGroups.find((g) => g.id === s.choiceGroup);
  const persons = [...s.people, ...s.presentations.flatMap((p) => p.presenters)];
  return {
    guid: sessionGuid(site.host, s.id),
    id: stableNumber(s.id),
    date: isoWithOffset(s.date, s.start, rec.timezone),
    start: s.start,
    duration: hhmm(minutesBetween(s.start, sessionEnd(rec, s))),
    room: scheduleRoom(rec, s),
    slug: slugOf(rec.id, s.id),
    url: `${baseUrl}/events/${rec.id}#${s.id}`,
    title: s.label ? `${s.label}: ${s.title}` : s.title,
    subtitle: '',
    track: group?.title ?? null,
    type: s.kind,
    language: rec.language,
    abstract: s.description ?? '',
    description: sessionText(s) ?? '',
    persons: persons.map((p) => {
      const name = p.name ?? p.organisation ?? p.position ?? p.role;
      return {
        id: stableNumber(`${name}|${p.organisation ?? ''}`),
        guid: nameUuid(`person:${name}|${p.organisation ?? ''}`),
        public_name: name,
        biography: personLabel(p),
      };
    }),
    links: s.presentations
      .filter((p) => p.practiceId)
      .map((p) => ({ url: `${baseUrl}/practices/${p.practiceId}`, title: p.title })),
  };
}

/** Builds the schedule of an event: days in order, rooms in order of first use, talks by start. */
export function buildSchedule(rec: EventRecord, site: SiteIdentity, version: number): Schedule {
  const baseUrl = site.baseUrl;
  const days: ScheduleDay[] = [];
  const roomNames: string[] = [];
  const dates = [...new Set(rec.sessions.map((s) => s.date))].sort();
  for (const [i, date] of dates.entries()) {
    const sessions = rec.sessions.filter((s) => s.date === date);
    const rooms = new Map<string, ScheduleTalk[]>();
    for (const s of sessions) {
      const talk = talkOf(rec, s, site);
      if (!rooms.has(talk.room)) rooms.set(talk.room, []);
      rooms.get(talk.room)!.push(talk);
      if (!roomNames.includes(talk.room)) roomNames.push(talk.room);
    }
    const first = sessions.map((s) => s.start).sort()[0] ?? '00:00';
    const last = sessions
      .map((s) => sessionEnd(rec, s))
      .sort()
      .at(-1)!;
    days.push({
      index: i + 1,
      date,
      dayStart: isoWithOffset(date, first, rec.timezone),
      dayEnd: isoWithOffset(date, last, rec.timezone),
      rooms,
    });
  }
  return {
    acronym: acronymOf(rec.id),
    title: rec.name,
    start: rec.startDate,
    end: rec.endDate,
    timezone: rec.timezone,
    baseUrl: `${baseUrl}/events/${rec.id}/`,
    url: `${baseUrl}/events/${rec.id}`,
    version: String(version),
    rooms: roomNames.map((name) => ({ name, guid: nameUuid(`room:${rec.id}:${name}`) })),
    days,
  };
}
