import { EVENT_PERSON_ROLES, EVENT_SESSION_KINDS, type EventRecord, type EventSession } from '@convivio/shared';
import { notice } from '../components/page-parts.ts';
import { html, paragraphs, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { eventDates, longDate, personText, placeText, sessionTitle, timeSpan } from './events-format.ts';

/** What the public programme page shows: the record, and what the viewer can do. */
export interface ProgrammeView {
  record: EventRecord;
  status: string;
  cityName: string | null;
  /** Active filters ('' = all). */
  filters: { day: string; kind: string };
  viewer: { signedIn: boolean; registered: boolean; canManage: boolean; registrationOpen: boolean };
  /** Sessions whose key messages the viewer may record (rapporteurs, organisers). */
  keyMessageSessions?: string[];
  /** A key-messages form sent back with its problem and the lines entered. */
  keyMessagesError?: { sessionId: string; message: string; value: string };
  /** A confirmation after saving. */
  notice?: string | null;
}

function keyMessagesForm(ctx: PageContext, v: ProgrammeView, s: EventSession): SafeHtml {
  const { t } = ctx;
  const failed = v.keyMessagesError?.sessionId === s.id ? v.keyMessagesError : null;
  const id = `km-${s.id}`;
  return html`<form
    method="post"
    action="/events/${v.record.id}/programme/${s.id}/key-messages"
    class="key-messages-form"
  >
    <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
    <div class="form-field">
      <label for="${id}">${t('events.keyMessages.label')}</label>
      <p class="field-error" id="${id}-error">${failed?.message ?? ''}</p>
      <textarea
        id="${id}"
        name="keyMessages"
        rows="4"
        aria-describedby="${id}-error"
        ${failed ? html`aria-invalid="true"` : ''}
      >
${failed ? failed.value : s.keyMessages.join('\n')}</textarea>
    </div>
    <p>
      <button type="submit">${t('events.keyMessages.save')}<span class="visually-hidden">: ${s.title}</span></button>
    </p>
  </form>`;
}

function people(ctx: PageContext, s: EventSession): SafeHtml {
  const roles = EVENT_PERSON_ROLES.filter((r) => s.people.some((p) => p.role === r));
  if (!roles.length) return html``;
  return html`<dl class="session-people">
    ${roles.map(
      (r) =>
        html`<dt>${ctx.t(`events.role.${r}`)}</dt>
          <dd>
            <ul>
              ${s.people.filter((p) => p.role === r).map((p) => html`<li>${personText(ctx.t, p)}</li>`)}
            </ul>
          </dd>`,
    )}
  </dl>`;
}

function session(ctx: PageContext, v: ProgrammeView, s: EventSession): SafeHtml {
  const rec = v.record;
  const { t } = ctx;
  const group = rec.choiceGroups.find((g) => g.id === s.choiceGroup);
  const place = placeText(t, rec, s);
  return html`<article class="session" id="${s.id}">
    <h4>${timeSpan(s.date, s.start, s.end)} · ${sessionTitle(s)}</h4>
    <p class="meta"><span class="tag">${t(`events.kind.${s.kind}`)}</span> ${place ?? t('events.noPlace')}</p>
    ${group ? html`<p>${t('events.parallel', { group: group.title })}</p>` : ''}
    ${s.kind === 'projects-corner' && s.rounds > 1 ? html`<p>${s.roundMinutes ? t('events.rounds', { rounds: s.rounds, minutes: s.roundMinutes }) : t('events.roundsNoLength', { rounds: s.rounds })}</p>` : ''}
    ${paragraphs(s.description)}
    ${
      s.agenda.length
        ? html`<p class="meta">${t('events.agendaItems')}</p>
            <ul>
              ${s.agenda.map((a) => html`<li>${a}</li>`)}
            </ul>`
        : ''
    }
    ${people(ctx, s)}
    ${
      s.presentations.length
        ? html`<h5>${t('events.presentations')}</h5>
            <ul>
              ${s.presentations.map(
                (p) =>
                  html`<li>
                    <strong>${p.title}</strong> ${p.description ? html` – ${p.description}` : ''}
                    ${p.practiceId ? html` <a href="/practices/${p.practiceId}">${t('events.presentationPractice')}<span class="visually-hidden">: ${p.title}</span></a>` : ''}
                    ${p.presenters.length ? html`<br /><span class="meta">${p.presenters.map((x) => personText(t, x)).join('; ')}</span>` : ''}
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${
      s.keyMessages.length
        ? html`<h5>${t('events.keyMessages')}</h5>
            <ul class="key-messages">
              ${s.keyMessages.map((m) => html`<li>${m}</li>`)}
            </ul>`
        : ''
    }
    ${v.keyMessageSessions?.includes(s.id) ? keyMessagesForm(ctx, v, s) : ''}
    ${
      s.outcomes.length
        ? html`<h5>${t('events.outcomes')}</h5>
            <ul>
              ${s.outcomes.map((m) => html`<li>${m}</li>`)}
            </ul>`
        : ''
    }
  </article>`;
}

function filterForm(ctx: PageContext, v: ProgrammeView, days: string[]): SafeHtml {
  const { t } = ctx;
  const kinds = EVENT_SESSION_KINDS.filter((k) => v.record.sessions.some((s) => s.kind === k));
  return html`<form
    method="get"
    action="/events/${v.record.id}"
    class="programme-filter"
    aria-label="${t('events.filter')}"
  >
    <label for="f-day">${t('events.filter.day')}</label>
    <select id="f-day" name="day">
      <option value="">${t('events.filter.all')}</option>
      ${days.map((d) => html`<option value="${d}" ${d === v.filters.day ? html`selected` : ''}>${longDate(ctx, d)}</option>`)}
    </select>
    <label for="f-kind">${t('events.filter.kind')}</label>
    <select id="f-kind" name="kind">
      <option value="">${t('events.filter.all')}</option>
      ${kinds.map((k) => html`<option value="${k}" ${k === v.filters.kind ? html`selected` : ''}>${t(`events.kind.${k}`)}</option>`)}
    </select>
    <button type="submit">${t('events.filter.apply')}</button>
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
    items.push(html`<li><a class="button" href="/events/${id}/register">${t('events.action.register')}</a></li>`);
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

/** The public programme: by day, filterable by day and kind, with speakers and key messages; no participant data. */
export function programmePage(ctx: PageContext, v: ProgrammeView): SafeHtml {
  const { t } = ctx;
  const rec = v.record;
  const days = [...new Set(rec.sessions.map((s) => s.date))].sort();
  const shown = rec.sessions.filter(
    (s) => (!v.filters.day || s.date === v.filters.day) && (!v.filters.kind || s.kind === v.filters.kind),
  );
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
      ${
        shown.length
          ? days
              .filter((d) => shown.some((s) => s.date === d))
              .map(
                (d) =>
                  html`<section class="programme-day" aria-labelledby="day-${d}">
                    <h3 id="day-${d}">${longDate(ctx, d)}</h3>
                    ${shown.filter((s) => s.date === d).map((s) => session(ctx, v, s))}
                  </section>`,
              )
          : html`<p>${t('events.noSessions')}</p>`
      }
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
