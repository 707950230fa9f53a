import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { sessionTitle } from './events-format.ts';

/** What the "add to my agenda" buttons need: the viewer's registration and the sessions they added. */
export interface SavedSessionsView {
  eventId: string;
  participantId: string;
  saved: string[];
  /** Where the form returns to (the page it is on). */
  back: string;
}

/**
 * The "add to my agenda" / "remove" button of one session: a form that posts without
 * script; with it, the saved-sessions script calls the API and updates it in place.
 */
export function savedToggle(
  ctx: PageContext,
  v: SavedSessionsView,
  s: { id: string; label: string | null; title: string },
): SafeHtml {
  const { t } = ctx;
  const on = v.saved.includes(s.id);
  const title = sessionTitle(s);
  return html`<form
    method="post"
    action="/events/${v.eventId}/sessions/${s.id}/saved"
    class="saved-toggle"
    data-saved-toggle
    data-api="/api/v1/events/${v.eventId}/registrations/${v.participantId}/saved-sessions/${s.id}"
    data-title="${title}"
  >
    <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
    <input type="hidden" name="back" value="${v.back}" />
    <input type="hidden" name="saved" value="${on ? 'no' : 'yes'}" />
    <span class="saved-state" ${on ? '' : html`hidden`}>✓ ${t('events.saved.in')}</span>
    <button type="submit" class="secondary">
      <span class="saved-label">${on ? t('events.saved.remove') : t('events.saved.add')}</span
      ><span class="visually-hidden">: ${title}</span>
    </button>
  </form>`;
}

/** The messages of the saved-sessions script and its live region (once per page). */
export function savedStatus(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  return html`<p
    class="visually-hidden"
    aria-live="polite"
    id="saved-status"
    data-msg-add="${t('events.saved.add')}"
    data-msg-remove="${t('events.saved.remove')}"
    data-msg-added="${t('events.saved.added', { title: '{title}' })}"
    data-msg-removed="${t('events.saved.removed', { title: '{title}' })}"
    data-msg-failed="${t('events.saved.failed')}"
  ></p>`;
}
