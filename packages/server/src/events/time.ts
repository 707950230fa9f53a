/** Wall-clock times of an event, read in its IANA time zone. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes the zone is ahead of UTC at an instant (e.g. 60 for Rome in winter). */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The instant of a local date (`YYYY-MM-DD`) and time (`HH:MM`) in a zone. A time
 * that occurs twice (autumn change) means its first occurrence; a time skipped by
 * the spring change moves forward by the gap (02:30 becomes 03:30), as calendar
 * software does.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  const before = zoneOffsetMinutes(timeZone, wall - 86_400_000);
  const after = zoneOffsetMinutes(timeZone, wall + 86_400_000);
  const valid = [...new Set([before, after])]
    .map((o) => wall - o * 60_000)
    .filter((utc) => zoneOffsetMinutes(timeZone, utc) * 60_000 === wall - utc);
  return new Date(valid.length ? Math.min(...valid) : wall - before * 60_000);
}

/** ISO 8601 local time with the zone's offset, e.g. `2018-11-07T09:00:00+01:00`. */
export function isoWithOffset(date: string, time: string, timeZone: string): string {
  const offset = zoneOffsetMinutes(timeZone, zonedToUtc(date, time, timeZone).getTime());
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes from `start` to `end` (both `HH:MM` the same day); 0 without an end. */
export function minutesBetween(start: string, end: string | null): number {
  if (!end) return 0;
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Math.max(0, m(end) - m(start));
}

/** A duration in minutes as `HH:MM`. */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
