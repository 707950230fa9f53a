import type { EventRecord, EventSession } from '@convivio/shared';
import { hhmm, minutesBetween } from './time.ts';

/** How long a session without a stated end lasts when nothing follows it that day (minutes). */
export const DEFAULT_OPEN_END_MINUTES = 60;

/**
 * When a session ends. The programme's end when it states one (the record's checks keep it
 * after the start); otherwise derived: the start of the next session that day, or
 * DEFAULT_OPEN_END_MINUTES after the start (at most 23:59). Calendars and schedules need an end.
 */
export function sessionEnd(rec: EventRecord, s: EventSession): string {
  if (s.end) return s.end;
  const next = rec.sessions
    .filter((x) => x.date === s.date && x.start > s.start)
    .map((x) => x.start)
    .sort()[0];
  if (next) return next;
  return hhmm(Math.min(minutesBetween('00:00', s.start) + DEFAULT_OPEN_END_MINUTES, 23 * 60 + 59));
}

/** Is the end of this session derived rather than stated by the programme? */
export const endIsDerived = (s: EventSession) => s.end === null;
