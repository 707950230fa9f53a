import type { EventPerson, EventRecord, EventSession } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import type { Translate } from '../i18n.ts';
import { locale } from '../components/labels.ts';

/** A calendar date written out in the page's language ("Wednesday 7 November 2018"). */
export function longDate(ctx: PageContext, date: string): string {
  return new Intl.DateTimeFormat(locale(ctx.lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The event's dates ("7 November 2018 to 8 November 2018", or one date). */
export function eventDates(ctx: PageContext, e: { startDate: string; endDate: string }): string {
  const fmt = (d: string) =>
    new Intl.DateTimeFormat(locale(ctx.lang), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${d}T12:00:00Z`));
  return e.startDate === e.endDate
    ? ctx.t('events.oneDay', { date: fmt(e.startDate) })
    : ctx.t('events.dates', { start: fmt(e.startDate), end: fmt(e.endDate) });
}

/** A time span "10:30–12:30" in a <time> element pair, or just the start. */
export function timeSpan(date: string, start: string, end: string | null): SafeHtml {
  return html`<time datetime="${date}T${start}">${start}</time
    >${end ? html`–<time datetime="${date}T${end}">${end}</time>` : ''}`;
}

/** How a person appears on the programme. */
export function personText(t: Translate, p: EventPerson): string {
  const who = [p.name, p.position, p.organisation].filter(Boolean).join(', ') || t(`events.role.${p.role}`);
  return p.confirmed ? who : t('events.person.tbc', { who });
}

/** Where a session is: room and venue, the venue, or a visit's stops (null when not stated). */
export function placeText(t: Translate, rec: EventRecord, s: EventSession): string | null {
  const venue = rec.venues.find((v) => v.id === s.venueId);
  if (venue) {
    const room = venue.rooms.find((r) => r.id === s.roomId);
    return room ? `${room.name}, ${venue.name}` : venue.name;
  }
  if (s.stops.length)
    return t('events.stops', {
      stops: s.stops.map((id) => rec.venues.find((v) => v.id === id)?.name ?? id).join(' → '),
    });
  return null;
}

/** A session's title with its programme label ("Workshop 3: …"). */
export const sessionTitle = (s: { label: string | null; title: string }) =>
  s.label ? `${s.label}: ${s.title}` : s.title;

/** The styles of the printable pages (badges, room sheets): screen layout plus print rules. */
export const PRINT_STYLE = html`<style>
  .sheet-list {
    break-inside: avoid;
    margin-bottom: 1.5rem;
  }
  .badges {
    display: grid;
    grid-template-columns: repeat(auto-fill, 10.5cm);
    gap: 0.5cm;
    list-style: none;
    padding: 0;
  }
  .badge-card {
    width: 10.5cm;
    height: 14.8cm;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    border: 1px solid #50505a;
    border-radius: 6px;
    padding: 0.4cm;
    break-inside: avoid;
    overflow: hidden;
  }
  .badge-card .badge-name {
    font-size: 1.35rem;
    font-weight: 700;
    margin: 0;
  }
  .badge-card .badge-org {
    margin: 0.15cm 0;
  }
  .badge-card .badge-event {
    font-size: 0.8rem;
    color: #50505a;
    margin: 0;
  }
  .badge-card .badge-role {
    font-weight: 600;
    margin: 0 0 0.2cm;
  }
  .badge-card .badge-sessions {
    font-size: 0.8rem;
    margin: 0;
    padding-left: 1em;
  }
  .badge-card .badge-code {
    margin-top: auto;
    display: flex;
    align-items: flex-end;
    gap: 0.3cm;
    font-size: 0.6rem;
    word-break: break-all;
  }
  .badge-card .badge-places {
    font-size: 0.8rem;
    margin: 0.15cm 0 0;
  }
  @media print {
    .site-header,
    .site-footer,
    .skip-link,
    .no-print,
    .breadcrumb {
      display: none !important;
    }
    main {
      max-width: none;
      padding: 0;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    .badges {
      gap: 0;
    }
    .badge-card {
      border-color: #000;
    }
  }
</style>`;
