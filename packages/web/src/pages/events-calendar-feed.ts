import '../messages/en/events-attendance.ts';
import { actionButton, notice } from '../components/page-parts.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

export interface CalendarFeedView {
  event: { id: string; name: string };
  /** When the current address was made (ISO date), or null when there is none. */
  createdAt: string | null;
  /** The address just made: shown only in the answer that made it. */
  newUrl: string | null;
  notice: string | null;
}

/** A participant's secret calendar subscription address: make, renew (copy it once), revoke. */
export function calendarFeedPage(ctx: PageContext, v: CalendarFeedView): SafeHtml {
  const { t } = ctx;
  const id = v.event.id;
  const has = v.createdAt !== null || v.newUrl !== null;
  return html`<nav class="breadcrumb" aria-label="${t('events.breadcrumb')}">
      <ol>
        <li><a href="/events/${id}">${v.event.name}</a></li>
        <li><a href="/events/${id}/me">${t('events.action.agenda')}</a></li>
        <li aria-current="page">${t('events.feed.link')}</li>
      </ol>
    </nav>
    <h1>${t('events.feed.title', { event: v.event.name })}</h1>
    ${notice(v.notice)}
    <p>${t('events.feed.lead')}</p>
    ${
      v.newUrl
        ? html`<div class="form-field">
            <p>${t('events.feed.created')}</p>
            <label for="feed-url">${t('events.feed.address')}</label>
            <input id="feed-url" readonly value="${v.newUrl}" data-copy-source />
            <button type="button" class="secondary" data-copy="feed-url" hidden>${t('events.feed.copy')}</button>
            <span role="status" data-copy-done="${t('events.feed.copied')}"></span>
          </div>`
        : html`<p>
            ${v.createdAt ? t('events.feed.exists', { date: v.createdAt.slice(0, 10) }) : t('events.feed.none')}
          </p>`
    }
    ${actionButton(`/events/${id}/me/calendar-feed`, ctx.csrfToken, has ? t('events.feed.renew') : t('events.feed.create'))}
    ${has ? actionButton(`/events/${id}/me/calendar-feed/revoke`, ctx.csrfToken, t('events.feed.revoke'), { secondary: true }) : ''}`;
}
