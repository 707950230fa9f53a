import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { eventDates } from './events-format.ts';

/** One event in the list. */
export interface EventListItemView {
  id: string;
  name: string;
  cityName: string | null;
  host: string | null;
  startDate: string;
  endDate: string;
  status: string;
  venues: string[];
  sessions: number;
}

/** The events page: every event the viewer may see, latest first. */
export function eventListPage(ctx: PageContext, items: EventListItemView[]): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('events.title')}</h1>
    <p class="lead">${t('events.lead')}</p>
    ${
      items.length
        ? html`<ul class="result-list">
            ${items.map(
              (e) =>
                html`<li>
                  <h2>
                    <a href="/events/${e.id}">${e.name}</a
                    >${e.status === 'draft' ? html` <span class="status-draft">${t('events.draft')}</span>` : ''}
                  </h2>
                  <p class="meta">
                    ${eventDates(ctx, e)}${e.cityName ? html` · ${e.cityName}` : ''}${e.host ? html` · ${t('events.host', { host: e.host })}` : ''}
                  </p>
                  ${e.venues.length ? html`<p class="meta">${t('events.venues')}: ${e.venues.join(', ')}</p>` : ''}
                </li>`,
            )}
          </ul>`
        : html`<p>${t('events.none')}</p>`
    }`;
}
