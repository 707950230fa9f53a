import type { EventRecord, EventSession } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { longDate, sessionTitle, timeSpan } from './events-format.ts';
import { savedToggle, type SavedSessionsView } from './events-saved.ts';
import { timetableLayout, type TimetableCell } from './events-timetable-layout.ts';

/** Where a session is, for its card: room and venue, the venue with "room not given", the stops, or "to be announced". */
export function placeLine(ctx: PageContext, rec: EventRecord, s: EventSession): string {
  const { t } = ctx;
  const venue = rec.venues.find((v) => v.id === s.venueId);
  const room = venue?.rooms.find((r) => r.id === s.roomId);
  if (venue && room) return `${room.name}, ${venue.name}`;
  if (venue) return t('events.tt.placeNoRoom', { venue: venue.name });
  if (s.stops.length)
    return t('events.stops', {
      stops: s.stops.map((id) => rec.venues.find((v) => v.id === id)?.name ?? id).join(' → '),
    });
  return t('events.noPlace');
}

function card(ctx: PageContext, rec: EventRecord, cell: TimetableCell, saved: SavedSessionsView | null): SafeHtml {
  const { t } = ctx;
  const s = cell.session;
  const style = `grid-row: ${cell.row[0]} / ${cell.row[1]}; grid-column: ${cell.column[0]} / ${cell.column[1]}`;
  return html`<article
    class="session tt-session kind-${s.kind}"
    id="${s.id}"
    style="${style}"
    aria-labelledby="${s.id}-h"
  >
    <h4 id="${s.id}-h"><a href="/events/${rec.id}/sessions/${s.id}">${sessionTitle(s)}</a></h4>
    <p class="meta">${timeSpan(s.date, s.start, s.end)} · <span class="tag">${t(`events.kind.${s.kind}`)}</span></p>
    <p class="meta tt-place">${placeLine(ctx, rec, s)}</p>
    ${saved ? savedToggle(ctx, saved, s) : ''}
  </article>`;
}

/**
 * One day as a timetable: a CSS grid with rows by time and a column per room (and
 * lanes side by side for parallel sessions without a room, under "Room not given").
 * The sessions come in time order in the document, so on a phone, where the grid
 * becomes a list, and for screen readers they read as a list; the column heads and
 * time labels are visual only (every card says its time and place).
 */
export function timetableDay(
  ctx: PageContext,
  rec: EventRecord,
  date: string,
  sessions: EventSession[],
  saved: SavedSessionsView | null,
): SafeHtml {
  const { t } = ctx;
  const layout = timetableLayout(rec, sessions);
  const roomName = (id: string | null) => {
    for (const v of rec.venues) for (const r of v.rooms) if (r.id === id) return `${r.name}, ${v.name}`;
    return t('events.tt.noRoom');
  };
  const ordered = [...layout.cells].sort(
    (a, b) =>
      a.row[0] - b.row[0] || a.column[0] - b.column[0] || sessions.indexOf(a.session) - sessions.indexOf(b.session),
  );
  return html`<section class="programme-day" aria-labelledby="day-${date}">
    <h3 id="day-${date}">${longDate(ctx, date)}</h3>
    <div
      class="timetable"
      style="grid-template-columns: 4rem repeat(${layout.columns - 1}, minmax(0, 1fr)); grid-template-rows: auto repeat(${layout.times.length}, minmax(1.5rem, auto))"
    >
      ${layout.groups.map(
        (g) =>
          html`<span
            class="tt-room"
            aria-hidden="true"
            style="grid-row: 1; grid-column: ${g.column} / ${g.column + g.lanes}"
            >${roomName(g.roomId)}</span
          >`,
      )}
      ${layout.startRows.map(
        (r) =>
          html`<span class="tt-time" aria-hidden="true" style="grid-row: ${r.row}; grid-column: 1">${r.time}</span>`,
      )}
      ${ordered.map((cell) => card(ctx, rec, cell, saved))}
    </div>
  </section>`;
}
