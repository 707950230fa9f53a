import { EVENT_PERSON_ROLES, type EventRecord, type EventSession } from '@convivio/shared';
import { notice } from '../components/page-parts.ts';
import { themeLinkList } from '../components/theme-links.ts';
import { html, paragraphs, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { longDate, personText, sessionTitle, timeSpan } from './events-format.ts';
import { savedStatus, savedToggle, type SavedSessionsView } from './events-saved.ts';
import { placeLine } from './events-timetable.ts';

/** One session's page: what it is about, who speaks, what is presented, and what the viewer can do. */
export interface SessionPageView {
  record: EventRecord;
  session: EventSession;
  /** The viewer's saved sessions (null: not a registered participant). */
  saved: SavedSessionsView | null;
  /** May the viewer record this session's key messages (its rapporteurs, the organisers)? */
  canRecordKeyMessages: boolean;
  /** A key-messages form sent back with its problem and the lines entered. */
  keyMessagesError?: { sessionId: string; message: string; value: string };
  notice?: string | null;
}

function keyMessagesForm(ctx: PageContext, v: SessionPageView, s: EventSession): SafeHtml {
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
  return html`<h2>${ctx.t('events.session.people')}</h2>
    <dl class="session-people">
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

/** A session's page: time and place, the sessions at the same time, description, people, presentations, key messages. */
export function sessionPage(ctx: PageContext, v: SessionPageView): SafeHtml {
  const { t } = ctx;
  const rec = v.record;
  const s = v.session;
  const group = rec.choiceGroups.find((g) => g.id === s.choiceGroup);
  const parallel = group ? rec.sessions.filter((x) => x.choiceGroup === group.id && x.id !== s.id) : [];
  return html`<nav class="breadcrumb" aria-label="${t('events.breadcrumb')}">
      <ol>
        <li><a href="/events">${t('events.title')}</a></li>
        <li><a href="/events/${rec.id}">${rec.name}</a></li>
        <li aria-current="page">${t('events.session.breadcrumb')}</li>
      </ol>
    </nav>
    <article class="session session-page" id="${s.id}">
      <h1>${sessionTitle(s)}</h1>
      ${notice(v.notice)}
      <dl class="session-facts">
        <dt>${t('events.session.when')}</dt>
        <dd>${longDate(ctx, s.date)}, ${timeSpan(s.date, s.start, s.end)}</dd>
        <dt>${t('events.session.where')}</dt>
        <dd>${placeLine(ctx, rec, s)}</dd>
        <dt>${t('events.session.kind')}</dt>
        <dd>${t(`events.kind.${s.kind}`)}</dd>
        ${
          s.themes.length
            ? html`<dt>${t('themes.linked')}</dt>
                <dd>${themeLinkList(t, s.themes)}</dd>`
            : ''
        }
      </dl>
      ${v.saved ? html`${savedToggle(ctx, v.saved, s)}${savedStatus(ctx)}` : ''}
      ${group ? html`<p>${t('events.parallel', { group: group.title })}</p>` : ''}
      ${
        parallel.length
          ? html`<h2>${t('events.session.sameTime')}</h2>
              <ul>
                ${parallel.map((x) => html`<li><a href="/events/${rec.id}/sessions/${x.id}">${sessionTitle(x)}</a></li>`)}
              </ul>`
          : ''
      }
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
          ? html`<h2>${t('events.presentations')}</h2>
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
          ? html`<h2>${t('events.keyMessages')}</h2>
              <ul class="key-messages">
                ${s.keyMessages.map((m) => html`<li>${m}</li>`)}
              </ul>`
          : ''
      }
      ${v.canRecordKeyMessages ? keyMessagesForm(ctx, v, s) : ''}
      ${
        s.outcomes.length
          ? html`<h2>${t('events.outcomes')}</h2>
              <ul>
                ${s.outcomes.map((m) => html`<li>${m}</li>`)}
              </ul>`
          : ''
      }
    </article>`;
}
