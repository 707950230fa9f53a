import '../messages/en/events-attendance.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

export interface CheckInView {
  event: { id: string; name: string };
  /** The session people are checked in at; null: the event itself. */
  sessionId: string | null;
  sessions: { id: string; title: string; date: string; start: string; checkedIn: number }[];
  registered: number;
  checkedIn: number;
  /** What the last check-in did, or what went wrong. */
  result: { kind: 'done' | 'again' | 'error'; text: string } | null;
  code: string;
  query: string;
  found: { id: string; name: string; organisation: string | null; checkedInAt: string | null }[] | null;
}

const hidden = (name: string, value: string | null) =>
  value ? html`<input type="hidden" name="${name}" value="${value}" />` : '';

/** The organisers' check-in desk: badge code (typed, scanned, or read by the camera), name search, counts per session. */
export function checkInPage(ctx: PageContext, v: CheckInView): SafeHtml {
  const { t } = ctx;
  const id = v.event.id;
  const csrf = html`<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />`;
  const where = v.sessions.find((s) => s.id === v.sessionId);
  return html`<nav class="breadcrumb" aria-label="${t('events.breadcrumb')}">
      <ol>
        <li><a href="/events/${id}">${v.event.name}</a></li>
        <li><a href="/events/${id}/manage">${t('events.action.manage')}</a></li>
        <li aria-current="page">${t('events.checkin.link')}</li>
      </ol>
    </nav>
    <h1>${t('events.checkin.title', { event: v.event.name })}</h1>
    <p>${t('events.checkin.lead')}</p>
    <form method="get" action="/events/${id}/check-in" class="inline-form">
      <label for="checkin-session">${t('events.checkin.where')}</label>
      <select id="checkin-session" name="session">
        <option value="">${t('events.checkin.wholeEvent')}</option>
        ${v.sessions.map(
          (s) =>
            html`<option value="${s.id}" ${s.id === v.sessionId ? html`selected` : ''}>
              ${s.date} ${s.start} · ${s.title}
            </option>`,
        )}
      </select>
      <button type="submit" class="secondary">${t('events.checkin.change')}</button>
    </form>
    <div role="status" aria-live="polite" class="checkin-result" data-checkin-result>
      ${v.result ? html`<p class="${v.result.kind === 'error' ? 'error' : 'notice'}">${v.result.text}</p>` : ''}
    </div>
    <form method="post" action="/events/${id}/check-in" data-checkin-form>
      ${csrf}${hidden('session', v.sessionId)}
      <div class="form-field">
        <label for="checkin-code">${t('events.checkin.code')}</label>
        <p class="hint" id="checkin-code-hint">${t('events.checkin.codeHint')}</p>
        <input
          id="checkin-code"
          name="code"
          value="${v.code}"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          autofocus
          aria-describedby="checkin-code-hint"
        />
      </div>
      <button type="submit">${t('events.checkin.submit')}</button>
      <button type="button" class="secondary" data-checkin-camera hidden>${t('events.checkin.camera')}</button>
      <button type="button" class="secondary" data-checkin-camera-stop hidden>${t('events.checkin.cameraStop')}</button>
      <video data-checkin-video hidden muted playsinline aria-label="${t('events.checkin.cameraLabel')}"></video>
    </form>
    <form method="get" action="/events/${id}/check-in" role="search">
      ${hidden('session', v.sessionId)}
      <div class="form-field">
        <label for="checkin-q">${t('events.checkin.search')}</label>
        <input id="checkin-q" name="q" type="search" value="${v.query}" autocomplete="off" />
      </div>
      <button type="submit" class="secondary">${t('events.checkin.find')}</button>
    </form>
    ${
      v.found === null
        ? ''
        : v.found.length
          ? html`<h2>${t('events.checkin.results', { count: v.found.length })}</h2>
              <ul class="checkin-found">
                ${v.found.map(
                  (p) =>
                    html`<li>
                      <strong>${p.name}</strong>${p.organisation ? ` · ${p.organisation}` : ''}
                      ${
                        p.checkedInAt
                          ? html` — ${t('events.checkin.already', { time: p.checkedInAt })}`
                          : html`<form method="post" action="/events/${id}/check-in" class="inline-form">
                              ${csrf}${hidden('session', v.sessionId)}${hidden('q', v.query)}
                              <input type="hidden" name="participantId" value="${p.id}" />
                              <button type="submit">${t('events.checkin.person', { name: p.name })}</button>
                            </form>`
                      }
                    </li>`,
                )}
              </ul>`
          : html`<p>${t('events.checkin.noResults', { query: v.query })}</p>`
    }
    <section aria-labelledby="checkin-counts">
      <h2 id="checkin-counts">${t('events.checkin.counts')}</h2>
      <table class="checkin-counts">
        <thead>
          <tr>
            <th scope="col">${t('events.checkin.session')}</th>
            <th scope="col">${t('events.checkin.count')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-count-for="">
            <th scope="row">${t('events.checkin.wholeEvent')}</th>
            <td>${t('events.checkin.eventCount', { count: v.checkedIn, registered: v.registered })}</td>
          </tr>
          ${v.sessions.map(
            (s) =>
              html`<tr data-count-for="${s.id}" ${s.id === where?.id ? html`aria-current="true"` : ''}>
                <th scope="row">${s.date} ${s.start} · ${s.title}</th>
                <td>${s.checkedIn}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
}
