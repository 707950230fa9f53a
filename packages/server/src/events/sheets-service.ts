import type { EventRecord, EventSession } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { choicePointOfSession, choicePointsOf, roundTimes } from './choice-points.ts';
import { assignmentsOf, listParticipants, type ParticipantRow } from './participant-queries.ts';
import { assertCanManageEvent } from './access.ts';
import { findEvent, type EventRow } from './queries.ts';
import { shortPlaceOf } from './programme.ts';
import { personalAgenda } from './agenda.ts';
import { ensureCheckinCodes } from './checkin-service.ts';
import QRCode from 'qrcode';

/** A participant as room sheets and badges show them. */
export interface SheetPerson {
  id: string;
  registrationNo: number;
  name: string;
  organisation: string | null;
  cityName: string | null;
  languages: string[];
  accessibilityNeeds: string | null;
}

/** One list of a room sheet: who is in a session (or in one presentation in one round). */
export interface SheetList {
  heading: string;
  time: string;
  capacity: number | null;
  people: SheetPerson[];
}

export interface RoomSheet {
  event: EventRow;
  title: string;
  place: string | null;
  lists: SheetList[];
}

const person = (p: ParticipantRow): SheetPerson => ({
  id: p.id,
  registrationNo: Number(p.registration_no),
  name: p.name,
  organisation: p.organisation,
  cityName: p.city_name,
  languages: p.languages,
  accessibilityNeeds: p.accessibility_needs,
});

function listsOf(
  rec: EventRecord,
  s: EventSession,
  people: ParticipantRow[],
  assigned: Map<string, Record<string, string[]>>,
): SheetList[] {
  const point = choicePointOfSession(choicePointsOf(rec), s.id);
  const time = (start: string, end: string | null) => `${s.date} ${start}${end ? `–${end}` : ''}`;
  if (!point)
    return [{ heading: s.title, time: time(s.start, s.end), capacity: s.capacity, people: people.map(person) }];
  if (point.kind === 'parallel') {
    const option = point.options.find((o) => o.id === s.id)!;
    return [
      {
        heading: s.label ? `${s.label}: ${s.title}` : s.title,
        time: time(s.start, s.end),
        capacity: option.capacity,
        people: people.filter((p) => assigned.get(p.id)?.[point.id]?.[0] === s.id).map(person),
      },
    ];
  }
  const times = roundTimes(s.start, s.end, s.rounds, s.roundMinutes);
  return times.flatMap((t, round) =>
    point.options.map((o) => ({
      heading: `${o.title} (round ${round + 1})`,
      time: time(t.start, t.end),
      capacity: o.capacity,
      people: people.filter((p) => assigned.get(p.id)?.[point.id]?.[round] === o.id).map(person),
    })),
  );
}

/**
 * Who is where (organisers): for a room id, every session held in it; for a session
 * id, that session. Sessions everybody attends list every participant.
 */
export async function roomSheet(
  db: Queryable,
  user: User | null,
  eventId: string,
  roomOrSessionId: string,
): Promise<RoomSheet> {
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('Event', eventId);
  await assertCanManageEvent(db, user, eventId, "see this event's participants");
  const rec = event.record;
  const room = rec.venues
    .flatMap((v) => v.rooms.map((r) => ({ ...r, venue: v.name })))
    .find((r) => r.id === roomOrSessionId);
  const sessions = room
    ? rec.sessions.filter((s) => s.roomId === room.id)
    : rec.sessions.filter((s) => s.id === roomOrSessionId);
  const [session] = sessions;
  if (!room && !session) throw notFound('Room or session', roomOrSessionId);
  const people = await listParticipants(db, eventId);
  const assigned = await assignmentsOf(db, eventId);
  return {
    event,
    title: room
      ? `${room.venue} – ${room.name}`
      : session!.label
        ? `${session!.label}: ${session!.title}`
        : session!.title,
    place: room ? `${room.venue} – ${room.name}` : shortPlaceOf(rec, session!),
    lists: sessions.flatMap((s) => listsOf(rec, s, people, assigned)),
  };
}

/** A badge: the participant, their role, where they go at each choice point and when, and their check-in code. */
export interface Badge extends SheetPerson {
  role: string;
  placements: string[];
  /** The sessions given to this person at choice points: time and place. */
  sessions: { date: string; start: string; end: string | null; title: string; place: string | null }[];
  checkinCode: string;
  /** The check-in code as a QR code: its width in modules and the dark ones, row by row. */
  qr: { size: number; dark: boolean[] };
}

/** A QR code (error correction M) of a text, as a module matrix. */
function qrOf(text: string): Badge['qr'] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: Array.from(modules.data, (v) => v === 1) };
}

/** Badges for every participant (organisers). */
export async function eventBadges(
  db: Queryable,
  user: User | null,
  eventId: string,
): Promise<{ event: EventRow; badges: Badge[] }> {
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('Event', eventId);
  await assertCanManageEvent(db, user, eventId, "print this event's badges");
  const points = choicePointsOf(event.record);
  const assigned = await assignmentsOf(db, eventId);
  const codes = await ensureCheckinCodes(db, eventId);
  const badges = (await listParticipants(db, eventId)).map((p) => ({
    ...person(p),
    role: p.role,
    sessions: personalAgenda(event.record, {}, assigned.get(p.id) ?? {})
      .filter((a) => a.status === 'assigned')
      .map((a) => ({ date: a.date, start: a.start, end: a.end, title: a.title, place: a.place })),
    checkinCode: codes.get(p.id)!,
    qr: qrOf(codes.get(p.id)!),
    placements: points.flatMap((cp) =>
      (assigned.get(p.id)?.[cp.id] ?? []).map((o) => {
        const option = cp.options.find((x) => x.id === o);
        return option?.label ?? option?.title ?? o;
      }),
    ),
  }));
  return { event, badges };
}
