import { EVENT_SESSION_KINDS, type EventRecord } from '@convivio/shared';
import { notice } from '../components/page-parts.ts';
import { html, paragraphs, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { eventDates, longDate } from './events-format.ts';
import { filterSessions, NO_ROOM, placeOptions, type ProgrammeFilters } from './events-programme-filter.ts';
import { savedStatus, type SavedSessionsView } from './events-saved.ts';
import { timetableDay } from './events-timetable.ts';

/** What the public programme page shows: the record, and what the viewer can do. */
export interface ProgrammeView {
  record: EventRecord;
  status: string;
  cityName: string | null;
  /** Active filters ('' = all). */
  filters: ProgrammeFilters;
  viewer: { signedIn: boolean; registered: boolean; canManage: boolean; registrationOpen: boolean };
  /** The viewer's saved sessions (null: not a registered participant). */
  saved: SavedSessionsView | null;
  /** A confirmation after saving. */
  notice?: string | null;
}

function filterForm(ctx: PageContext, v: ProgrammeView, days: string[]): SafeHtml {
  const { t } = ctx;
  const f = v.filters;
  const kinds = EVENT_SESSION_KINDS.filter((k) => v.record.sessions.some((s) => s.kind === k));
  const places = placeOptions(v.record);
  const option = (value: string, label: string, current: string) =>
    html`<option value="${value}" ${value === current ? html`selected` : ''}>${label}</option>`;
  return html`<form
    method="get"
    action="/events/${v.record.id}"
    class="programme-filter"
    aria-label="${t('events.filter')}"
    data-live-programme
  >
    <div class="form-field">
      <label for="f-day">${t('events.filter.day')}</label>
      <select id="f-day" name="day">
        ${option('', t('events.filter.all'), f.day)} ${days.map((d) => option(d, longDate(ctx, d), f.day))}
      </select>
    </div>
    <div class="form-field">
      <label for="f-kind">${t('events.filter.kind')}</label>
      <select id="f-kind" name="kind">
        ${option('', t('events.filter.all'), f.kind)} ${kinds.map((k) => option(k, t(`events.kind.${k}`), f.kind))}
      </select>
    </div>
    <div class="form-field">
      <label for="f-room">${t('events.filter.room')}</label>
      <select id="f-room" name="room">
        ${option('', t('events.filter.all'), f.room)} ${places.map((p) => option(p.value, p.label, f.room))}
        ${option(NO_ROOM, t('events.filter.roomNone'), f.room)}
      </select>
    </div>
    <div class="form-field">
      <label for="f-q">${t('events.filter.q')}</label>
      <input id="f-q" name="q" type="search" value="${f.q}" size="16" />
    </div>
    <p><button type="submit">${t('events.filter.apply')}</button></p>
  </form>`;
}

function actions(ctx: PageContext, v: ProgrammeView): SafeHtml {
  const { t } = ctx;
  const id = v.record.id;
  const items: SafeHtml[] = [];
  if (v.viewer.registered) {
    items.push(
      html`<li><a href="/events/${id}/me">${t('events.action.agenda')}</a></li>`,
      html`<li><a href="/events/${id}/register">${t('events.action.choices')}</a></li>`,
    );
  } else if (!v.viewer.registrationOpen) items.push(html`<li>${t('events.registrationClosed')}</li>`);
  else if (v.viewer.signedIn)
    items.push(
      html`<li><a class="button" href="/events/${id}/register">${t('events.action.register')}</a></li>`,
      html`<li class="hint">${t('events.saved.registerFirst')}</li>`,
    );
  else
    items.push(
      html`<li>
        <a href="/sign-in?next=${encodeURIComponent(`/events/${id}/register`)}">${t('events.signInToRegister')}</a>
      </li>`,
    );
  if (v.viewer.canManage) items.push(html`<li><a href="/events/${id}/manage">${t('events.action.manage')}</a></li>`);
  return html`<section aria-labelledby="take-part-h">
    <h2 id="take-part-h">${t('events.actions')}</h2>
    <ul class="event-actions">
      ${items}
    </ul>
  </section>`;
}

/** The public programme: a timetable per day, filterable by day, kind, place and words; no participant data. */
export function programmePage(ctx: PageContext, v: ProgrammeView): SafeHtml {
  const { t } = ctx;
  const rec = v.record;
  const days = [...new Set(rec.sessions.map((s) => s.date))].sort();
  const shown = filterSessions(rec, v.filters);
  return html`<h1>
      ${rec.name}${v.status === 'draft' ? html` <span class="status-draft">${t('events.draft')}</span>` : ''}
    </h1>
    ${notice(v.notice)}
    <p class="meta">
      ${eventDates(ctx, rec)}${v.cityName ? html` · ${v.cityName}` : ''}${rec.host ? html` · ${t('events.host', { host: rec.host })}` : ''}
    </p>
    ${actions(ctx, v)}
    ${
      rec.description || rec.background
        ? html`<section aria-labelledby="about-h">
            <h2 id="about-h">${t('events.about')}</h2>
            ${paragraphs(rec.description)}
            ${
              rec.background
                ? html`<h3>${t('events.background')}</h3>
                    ${paragraphs(rec.background)}`
                : ''
            }
          </section>`
        : ''
    }
    <section aria-labelledby="programme-h">
      <h2 id="programme-h">${t('events.programme')}</h2>
      <p class="hint">${t('events.timesLocal', { zone: rec.timezone })}</p>
      ${filterForm(ctx, v, days)}
      <div id="programme-results">
        <p class="result-count" id="programme-count" aria-live="polite">
          ${shown.length === 1 ? t('events.tt.countOne') : t('events.tt.count', { count: shown.length })}
        </p>
        ${
          shown.length
            ? days
                .filter((d) => shown.some((s) => s.date === d))
                .map((d) =>
                  timetableDay(
                    ctx,
                    rec,
                    d,
                    shown.filter((s) => s.date === d),
                    v.saved,
                  ),
                )
            : html`<p>${t('events.noSessions')}</p>`
        }
      </div>
      ${v.saved ? savedStatus(ctx) : ''}
    </section>
    ${
      rec.keyMessages.length
        ? html`<section aria-labelledby="event-km-h">
            <h2 id="event-km-h">${t('events.eventKeyMessages')}</h2>
            <ul class="key-messages">
              ${rec.keyMessages.map((m) => html`<li>${m}</li>`)}
            </ul>
          </section>`
        : ''
    }
    ${
      rec.venues.length
        ? html`<section aria-labelledby="venues-h">
            <h2 id="venues-h">${t('events.venues')}</h2>
            <ul>
              ${rec.venues.map(
                (venue) =>
                  html`<li>
                    <strong>${venue.name}</strong>${venue.address ? html`, <span>${venue.address}</span>` : ''}
                    ${venue.rooms.length ? html`<br /><span class="meta">${t('events.rooms')}: ${venue.rooms.map((r) => (r.capacity !== null ? t('events.roomCapacity', { name: r.name, capacity: r.capacity }) : r.name)).join(', ')}</span>` : ''}
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    <section aria-labelledby="exports-h">
      <h2 id="exports-h">${t('events.exports')}</h2>
      <ul>
        <li><a href="/events/${rec.id}/calendar.ics">${t('events.export.ics')}</a></li>
        <li><a href="/events/${rec.id}/schedule.json">${t('events.export.json')}</a></li>
        <li><a href="/events/${rec.id}/schedule.xml">${t('events.export.xml')}</a></li>
      </ul>
    </section>`;
}
