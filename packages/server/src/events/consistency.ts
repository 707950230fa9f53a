import type { EventRecord } from '@convivio/shared';
import type { FieldIssue } from '../errors.ts';

/** The event's slug: its id without `event-`; nested ids start with `<kind>-<slug>-`. */
export const eventSlug = (eventId: string) => eventId.replace(/^event-/, '');

/** Every nested id of an event with its kind and path, in record order. */
export function nestedIds(
  rec: EventRecord,
): { id: string; kind: string; field: string; sessionId: string | null; practiceId: string | null }[] {
  const out: { id: string; kind: string; field: string; sessionId: string | null; practiceId: string | null }[] = [];
  rec.venues.forEach((v, i) => {
    out.push({ id: v.id, kind: 'venue', field: `venues.${i}.id`, sessionId: null, practiceId: null });
    v.rooms.forEach((r, j) =>
      out.push({ id: r.id, kind: 'room', field: `venues.${i}.rooms.${j}.id`, sessionId: null, practiceId: null }),
    );
  });
  rec.choiceGroups.forEach((g, i) =>
    out.push({ id: g.id, kind: 'choice', field: `choiceGroups.${i}.id`, sessionId: null, practiceId: null }),
  );
  rec.sessions.forEach((s, i) => {
    out.push({ id: s.id, kind: 'session', field: `sessions.${i}.id`, sessionId: s.id, practiceId: null });
    s.presentations.forEach((p, j) =>
      out.push({
        id: p.id,
        kind: 'presentation',
        field: `sessions.${i}.presentations.${j}.id`,
        sessionId: s.id,
        practiceId: p.practiceId,
      }),
    );
  });
  return out;
}

function checkIds(rec: EventRecord, issues: FieldIssue[]): void {
  const slug = eventSlug(rec.id);
  const seen = new Map<string, string>();
  for (const item of nestedIds(rec)) {
    if (!item.id.startsWith(`${item.kind}-${slug}-`))
      issues.push({ field: item.field, message: `must start with "${item.kind}-${slug}-" (the event's slug)` });
    const earlier = seen.get(item.id);
    if (earlier) issues.push({ field: item.field, message: `duplicate id "${item.id}" (also at ${earlier})` });
    else seen.set(item.id, item.field);
  }
}

function checkSessions(rec: EventRecord, issues: FieldIssue[]): void {
  const venues = new Map(rec.venues.map((v) => [v.id, v]));
  const groups = new Set(rec.choiceGroups.map((g) => g.id));
  rec.sessions.forEach((s, i) => {
    const at = `sessions.${i}`;
    if (s.date < rec.startDate || s.date > rec.endDate)
      issues.push({
        field: `${at}.date`,
        message: `${s.date} is outside the event's dates (${rec.startDate} to ${rec.endDate})`,
      });
    if (s.end !== null && s.end <= s.start)
      issues.push({ field: `${at}.end`, message: `must be after the start (${s.start})` });
    const venue = s.venueId ? venues.get(s.venueId) : undefined;
    if (s.venueId && !venue)
      issues.push({ field: `${at}.venueId`, message: `venue "${s.venueId}" is not one of this event's venues` });
    if (s.roomId && !s.venueId)
      issues.push({ field: `${at}.roomId`, message: 'a room needs its venue: set venueId too' });
    if (s.roomId && venue && !venue.rooms.some((r) => r.id === s.roomId))
      issues.push({ field: `${at}.roomId`, message: `room "${s.roomId}" is not a room of venue "${venue.id}"` });
    s.stops.forEach((v, j) => {
      if (!venues.has(v))
        issues.push({ field: `${at}.stops.${j}`, message: `venue "${v}" is not one of this event's venues` });
    });
    if (s.choiceGroup && !groups.has(s.choiceGroup))
      issues.push({
        field: `${at}.choiceGroup`,
        message: `choice group "${s.choiceGroup}" is not one of this event's choice groups`,
      });
    if (s.choiceGroup && s.kind === 'projects-corner')
      issues.push({
        field: `${at}.choiceGroup`,
        message: 'a projects corner is its own choice point (by rounds); it cannot also be in a choice group',
      });
    if (s.rounds > 1 && s.kind !== 'projects-corner')
      issues.push({ field: `${at}.rounds`, message: 'only a projects corner runs in several rounds' });
    if (s.kind === 'projects-corner' && s.presentations.length > 0 && s.rounds > s.presentations.length) {
      issues.push({
        field: `${at}.rounds`,
        message: `${s.rounds} rounds need at least ${s.rounds} presentations (a participant never hears the same one twice); there are ${s.presentations.length}`,
      });
    }
    if (s.presentations.length > 0 && s.kind !== 'projects-corner')
      issues.push({ field: `${at}.presentations`, message: 'only a projects corner has presentations' });
  });
}

function checkGroups(rec: EventRecord, issues: FieldIssue[]): void {
  rec.choiceGroups.forEach((g) => {
    const members = rec.sessions.filter((s) => s.choiceGroup === g.id);
    const [first, ...others] = members;
    if (!first) return;
    for (const s of others) {
      if (s.date !== first.date || s.start !== first.start || s.end !== first.end) {
        const at = rec.sessions.indexOf(s);
        issues.push({
          field: `sessions.${at}.start`,
          message: `sessions of choice group "${g.id}" run at the same time: ${first.date} ${first.start}–${first.end ?? '?'} (as "${first.id}"), not ${s.date} ${s.start}–${s.end ?? '?'}`,
        });
      }
    }
  });
}

/**
 * Checks what the schema alone cannot: dates in range, references between the
 * nested parts, id prefixes and uniqueness, choice groups that run together.
 * The same rules hold for the API and the importer. A choice group may have fewer
 * than two sessions (a programme is built one session at a time): with none it is
 * no choice point, with one its only option.
 */
export function checkEventConsistency(rec: EventRecord): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (rec.endDate < rec.startDate)
    issues.push({ field: 'endDate', message: `must not be before startDate (${rec.startDate})` });
  checkIds(rec, issues);
  checkSessions(rec, issues);
  checkGroups(rec, issues);
  return issues;
}
