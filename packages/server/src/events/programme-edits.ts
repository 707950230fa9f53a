import type { EventRecord, EventSession, EventVenue } from '@convivio/shared';
import { AppError, notFound } from '../errors.ts';
import { slugId } from '../records/normalize.ts';
import { eventSlug, nestedIds } from './consistency.ts';

type Raw = Record<string, unknown>;

/**
 * Pure edits of an event record for the programme API: each takes the current
 * record and the raw input and returns the changed record (validated afterwards
 * as a whole). New nested ids are made from the name when none is given.
 */

/** A fresh nested id `<kind>-<event slug>-<name slug>`, numbered when taken. */
export function newNestedId(rec: EventRecord, kind: string, name: unknown): string {
  const base = slugId(`${kind}-${eventSlug(rec.id)}`, typeof name === 'string' ? name : kind);
  const taken = new Set(nestedIds(rec).map((i) => i.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function venueOf(rec: EventRecord, venueId: string): EventVenue {
  const venue = rec.venues.find((v) => v.id === venueId);
  if (!venue) throw notFound('Venue', venueId);
  return venue;
}

function sessionOf(rec: EventRecord, sessionId: string): EventSession {
  const session = rec.sessions.find((s) => s.id === sessionId);
  if (!session) throw notFound('Session', sessionId);
  return session;
}

const inUse = (what: string, id: string, by: string[]) =>
  new AppError(
    'conflict',
    `${what} "${id}" is still used by ${by.slice(0, 5).join(', ')}${by.length > 5 ? ` and ${by.length - 5} more` : ''}: change those first`,
    'id',
  );

export function addVenue(rec: EventRecord, input: Raw): EventRecord {
  const id = (input.id as string | undefined) ?? newNestedId(rec, 'venue', input.name);
  rec.venues.push({ rooms: [], ...input, id } as unknown as EventVenue);
  return rec;
}

export function updateVenue(rec: EventRecord, venueId: string, input: Raw): EventRecord {
  const venue = venueOf(rec, venueId);
  Object.assign(venue, input, { id: venueId, rooms: input.rooms ?? venue.rooms });
  return rec;
}

export function deleteVenue(rec: EventRecord, venueId: string): EventRecord {
  venueOf(rec, venueId);
  const users = rec.sessions.filter((s) => s.venueId === venueId || s.stops.includes(venueId)).map((s) => s.id);
  if (users.length) throw inUse('Venue', venueId, users);
  rec.venues = rec.venues.filter((v) => v.id !== venueId);
  return rec;
}

export function addRoom(rec: EventRecord, venueId: string, input: Raw): EventRecord {
  const venue = venueOf(rec, venueId);
  const id =
    (input.id as string | undefined) ??
    newNestedId(
      rec,
      'room',
      `${venueId.slice(`venue-${eventSlug(rec.id)}-`.length)} ${typeof input.name === 'string' ? input.name : ''}`,
    );
  venue.rooms.push({ ...input, id } as EventVenue['rooms'][number]);
  return rec;
}

function findRoom(rec: EventRecord, roomId: string) {
  for (const venue of rec.venues) {
    const room = venue.rooms.find((r) => r.id === roomId);
    if (room) return { venue, room };
  }
  throw notFound('Room', roomId);
}

export function updateRoom(rec: EventRecord, roomId: string, input: Raw): EventRecord {
  const { room } = findRoom(rec, roomId);
  Object.assign(room, input, { id: roomId });
  return rec;
}

export function deleteRoom(rec: EventRecord, roomId: string): EventRecord {
  const { venue } = findRoom(rec, roomId);
  const users = rec.sessions.filter((s) => s.roomId === roomId).map((s) => s.id);
  if (users.length) throw inUse('Room', roomId, users);
  venue.rooms = venue.rooms.filter((r) => r.id !== roomId);
  return rec;
}

export function addChoiceGroup(rec: EventRecord, input: Raw): EventRecord {
  const id = (input.id as string | undefined) ?? newNestedId(rec, 'choice', input.title);
  rec.choiceGroups.push({ ...input, id } as EventRecord['choiceGroups'][number]);
  return rec;
}

export function updateChoiceGroup(rec: EventRecord, groupId: string, input: Raw): EventRecord {
  const group = rec.choiceGroups.find((g) => g.id === groupId);
  if (!group) throw notFound('Choice group', groupId);
  Object.assign(group, input, { id: groupId });
  return rec;
}

export function deleteChoiceGroup(rec: EventRecord, groupId: string): EventRecord {
  if (!rec.choiceGroups.some((g) => g.id === groupId)) throw notFound('Choice group', groupId);
  const users = rec.sessions.filter((s) => s.choiceGroup === groupId).map((s) => s.id);
  if (users.length) throw inUse('Choice group', groupId, users);
  rec.choiceGroups = rec.choiceGroups.filter((g) => g.id !== groupId);
  return rec;
}

/** Adds a session, kept in programme order (by date and start; parallel sessions in the order added). */
export function addSession(rec: EventRecord, input: Raw): EventRecord {
  const day = typeof input.date === 'string' && input.date >= rec.startDate ? dayNumber(rec, input.date) : 1;
  const id =
    (input.id as string | undefined) ??
    newNestedId(rec, 'session', `d${day} ${typeof input.title === 'string' ? input.title : ''}`);
  const presentations = Array.isArray(input.presentations)
    ? (input.presentations as Raw[]).map((p) => ({
        ...p,
        id: (p.id as string | undefined) ?? newNestedId(rec, 'presentation', p.title),
      }))
    : [];
  rec.sessions.push({ ...input, id, presentations } as EventSession);
  rec.sessions.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  return rec;
}

function dayNumber(rec: EventRecord, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${rec.startDate}T00:00:00Z`)) / 86_400_000) + 1;
}

export function updateSession(rec: EventRecord, sessionId: string, input: Raw): EventRecord {
  const session = sessionOf(rec, sessionId);
  const presentations = Array.isArray(input.presentations)
    ? (input.presentations as Raw[]).map((p) => ({
        ...p,
        id: (p.id as string | undefined) ?? newNestedId(rec, 'presentation', p.title),
      }))
    : session.presentations;
  Object.assign(session, input, { id: sessionId, presentations });
  rec.sessions.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  return rec;
}

export function deleteSession(rec: EventRecord, sessionId: string): EventRecord {
  sessionOf(rec, sessionId);
  rec.sessions = rec.sessions.filter((s) => s.id !== sessionId);
  return rec;
}

/** Replaces the people of a session (speakers, moderators, facilitators, rapporteurs, …). */
export function setSessionPeople(rec: EventRecord, sessionId: string, people: unknown[]): EventRecord {
  sessionOf(rec, sessionId).people = people as EventSession['people'];
  return rec;
}

/** Replaces the key messages of a session. */
export function setSessionKeyMessages(rec: EventRecord, sessionId: string, messages: string[]): EventRecord {
  sessionOf(rec, sessionId).keyMessages = messages;
  return rec;
}
