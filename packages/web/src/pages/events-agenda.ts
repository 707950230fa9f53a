import { notice } from '../components/page-parts.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { longDate, sessionTitle, timeSpan } from './events-format.ts';
import { savedStatus, savedToggle, type SavedSessionsView } from './events-saved.ts';

/** One line of a personal agenda (see the server's agenda items). */
export interface AgendaItemView {
  sessionId: string;
  date: string;
  start: string;
  end: string | null;
  kind: string;
  title: string;
  place: string | null;
  status: 'all' | 'assigned' | 'waiting' | 'pending';
  ranking: string[];
}

export interface AgendaView {
  event: { id: string; name: string; timezone: string };
  /** The sessions the participant added from the programme, in programme order, with their places. */
  savedSessions: {
    session: { id: string; label: string | null; title: string; date: string; start: string; end: string | null };
    place: string;
  }[];
  /** The add/remove buttons' state (null when not registered). */
  saved: SavedSessionsView | null;
  /** null when the viewer is not registered. */
  items: AgendaItemView[] | null;
  notice: string | null;
}

function savedSection(ctx: PageContext, v: AgendaView): SafeHtml {
  const { t } = ctx;
  const saved = v.saved;
  if (!saved) return html``;
  return html`<section aria-labelledby="saved-h">
    <h2 id="saved-h">${t('events.saved.title')}</h2>
    <p>${t('events.saved.lead')}</p>
    ${
      v.savedSessions.length
        ? html`<ul class="saved-sessions">
            ${v.savedSessions.map(
              ({ session: s, place }) =>
                html`<li id="${s.id}">
                  <a href="/events/${v.event.id}/sessions/${s.id}">${sessionTitle(s)}</a>
                  <span class="meta">${longDate(ctx, s.date)}, ${timeSpan(s.date, s.start, s.end)} · ${place}</span>
                  ${savedToggle(ctx, saved, s)}
                </li>`,
            )}
          </ul>`
        : html`<p>${t('events.saved.none')}</p>`
    }
    ${savedStatus(ctx)}
  </section>`;
}

/** The participant's own agenda, day by day, with the iCalendar download and the sessions they added. */
export function agendaPage(ctx: PageContext, v: AgendaView): SafeHtml {
  const { t } = ctx;
  const id = v.event.id;
  const crumbs = html`<nav class="breadcrumb" aria-label="${t('events.breadcrumb')}">
    <ol>
      <li><a href="/events">${t('events.title')}</a></li>
      <li><a href="/events/${id}">${v.event.name}</a></li>
      <li aria-current="page">${t('events.action.agenda')}</li>
    </ol>
  </nav>`;
  if (!v.items) {
    return html`${crumbs}
      <h1>${t('events.agenda.title', { event: v.event.name })}</h1>
      <p>${t('events.agenda.notRegistered')}</p>
      <p><a class="button" href="/events/${id}/register">${t('events.action.register')}</a></p>`;
  }
  const items = v.items;
  const days = [...new Set(items.map((i) => i.date))].sort();
  return html`${crumbs}
    <h1>${t('events.agenda.title', { event: v.event.name })}</h1>
    ${notice(v.notice)}
    <p>${t('events.agenda.lead')} ${t('events.timesLocal', { zone: v.event.timezone })}</p>
    <p>
      <a href="/events/${id}/me/calendar.ics">${t('events.agenda.download')}</a> ·
      <a href="/events/${id}/me/calendar-feed">${t('events.feed.link')}</a> ·
      <a href="/events/${id}/register">${t('events.agenda.change')}</a>
    </p>
    ${savedSection(ctx, v)}
    ${days.map(
      (d, i) =>
        html`<section aria-labelledby="agenda-day-${i}">
          <h2 id="agenda-day-${i}">${longDate(ctx, d)}</h2>
          <table class="agenda">
            <caption class="visually-hidden">
              ${longDate(ctx, d)}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t('events.agenda.time')}</th>
                <th scope="col">${t('events.agenda.session')}</th>
                <th scope="col">${t('events.agenda.place')}</th>
                <th scope="col">${t('events.agenda.status')}</th>
              </tr>
            </thead>
            <tbody>
              ${items
                .filter((x) => x.date === d)
                .map(
                  (x) =>
                    html`<tr class="agenda-${x.status}">
                      <td>${timeSpan(x.date, x.start, x.end)}</td>
                      <th scope="row">
                        ${x.title}${x.status === 'pending' ? html`<br /><span class="meta">${x.ranking.length ? t('events.agenda.yourRanking', { ranking: x.ranking.join(' › ') }) : t('events.agenda.noRanking')}</span>` : ''}
                      </th>
                      <td>${x.place ?? ''}</td>
                      <td>${t(`events.agenda.status.${x.status}`)}</td>
                    </tr>`,
                )}
            </tbody>
          </table>
        </section>`,
    )}`;
}
