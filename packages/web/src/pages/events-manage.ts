import { locale } from '../components/labels.ts';
import { notice } from '../components/page-parts.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { programmeLinks, type ProgrammeLinksView } from './events-programme-forms.ts';

type Who = { participantId: string; name: string | null };

/** The latest assignment report, as the server presents it to organisers. */
export interface AssignmentReportView {
  runAt: string;
  waitingList: boolean;
  participants: number;
  rankHistogram: Record<string, number>;
  rankShare: Record<string, number>;
  uncapped: string[];
  choicePoints: {
    id: string;
    title: string;
    rounds: number;
    fill: { optionId: string; title: string; capacity: number | null; perRound: number[] }[];
    waiting: Who[];
    moved: (Who & { from: string[]; to: string[] })[];
  }[];
}

/** One registration in the organisers' table. */
export interface RegistrationRowView {
  id: string;
  registrationNo: number;
  name: string;
  organisation: string | null;
  cityName: string | null;
  role: string;
  languages: string[];
  accessibilityNeeds: string | null;
  rankedPoints: number;
  waiting: boolean;
}

export interface ManageView {
  event: {
    id: string;
    name: string;
    status: string;
    registrationOpen: boolean;
    choicesOpen: boolean;
    waitingList: boolean;
  };
  report: AssignmentReportView | null;
  /** Why the last run failed (e.g. not enough seats), shown above the report. */
  error: { message: string; issues: { field: string; message: string }[] } | null;
  notice: string | null;
  registrations: RegistrationRowView[];
  choicePointCount: number;
  /** Links to room sheets (rooms and sessions with assignments). */
  sheets: { href: string; label: string }[];
  /** Option id → title, to name where people moved. */
  optionTitles: Record<string, string>;
  /** Venues and sessions to change from the dashboard. */
  programme: ProgrammeLinksView;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

function settings(ctx: PageContext, v: ManageView): SafeHtml {
  const { t } = ctx;
  const box = (name: string, checked: boolean, label: string) =>
    html`<div class="choice">
      <input type="checkbox" id="s-${name}" name="${name}" value="yes" ${checked ? html`checked` : ''} /><label
        for="s-${name}"
        >${label}</label
      >
    </div>`;
  return html`<section aria-labelledby="settings-h">
    <h2 id="settings-h">${t('events.manage.settings')}</h2>
    <form method="post" action="/events/${v.event.id}/manage/settings">
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      <fieldset class="choices">
        <legend>${t('events.manage.settings')}</legend>
        ${box('published', v.event.status === 'published', t('events.manage.published'))}
        ${box('registrationOpen', v.event.registrationOpen, t('events.manage.registrationOpen'))}
        ${box('choicesOpen', v.event.choicesOpen, t('events.manage.choicesOpen'))}
        ${box('waitingList', v.event.waitingList, t('events.manage.waitingList'))}
      </fieldset>
      <p><button type="submit">${t('events.manage.saveSettings')}</button></p>
    </form>
  </section>`;
}

/** The worst choice anybody got, from the histogram ("choice 2", or a session they did not rank). */
function worstText(t: PageContext['t'], histogram: Record<string, number>): string {
  if ((histogram.unranked ?? 0) > 0) return t('events.manage.worstUnranked');
  const ranks = Object.entries(histogram)
    .filter(([k, n]) => k !== 'unranked' && n > 0)
    .map(([k]) => Number(k));
  return ranks.length ? t('events.manage.worstRank', { rank: Math.max(...ranks) }) : '';
}

function report(ctx: PageContext, v: ManageView, r: AssignmentReportView): SafeHtml {
  const { t } = ctx;
  const rankLabel = (k: string) =>
    k === 'unranked' ? t('events.manage.unranked') : t('events.manage.rankN', { n: k });
  const names = (list: string[]) =>
    list.map((id) => v.optionTitles[id] ?? id).join(', ') || t('events.manage.waitingShort');
  const moved = r.choicePoints.flatMap((c) => c.moved.map((m) => ({ ...m, choice: c.title })));
  const waiting = r.choicePoints.flatMap((c) => c.waiting.map((w) => ({ ...w, choice: c.title })));
  return html`<p>
      ${t('events.manage.lastRun', { when: new Date(r.runAt).toLocaleString(locale(ctx.lang), { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }) + ' UTC', participants: r.participants, waiting: r.waitingList ? t('events.manage.withWaitingList') : '' })}
    </p>
    <p>${worstText(t, r.rankHistogram)}</p>
    ${r.uncapped.length ? html`<p class="notice">${t('events.manage.uncapped', { count: r.uncapped.length })}</p>` : ''}
    <table class="rank-table">
      <caption>
        ${t('events.manage.rankTable')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('events.manage.rank')}</th>
          <th scope="col">${t('events.manage.placements')}</th>
          <th scope="col">${t('events.manage.share')}</th>
        </tr>
      </thead>
      <tbody>
        ${Object.entries(r.rankHistogram)
          .filter(([, n]) => n > 0)
          .map(
            ([k, n]) =>
              html`<tr>
                <th scope="row">${rankLabel(k)}</th>
                <td>${n}</td>
                <td>${percent(r.rankShare[k] ?? 0)}</td>
              </tr>`,
          )}
      </tbody>
    </table>
    ${r.choicePoints.map(
      (c) =>
        html`<table class="fill-table">
          <caption>
            ${t('events.manage.fill', { title: c.title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('events.manage.option')}</th>
              <th scope="col">${t('events.manage.capacity')}</th>
              ${c.fill[0]?.perRound.map((_, i) => html`<th scope="col">${c.rounds > 1 ? t('events.manage.round', { n: i + 1 }) : t('events.manage.taken')}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${c.fill.map(
              (f) =>
                html`<tr>
                  <th scope="row">${f.title}</th>
                  <td>${f.capacity ?? t('events.manage.unlimited')}</td>
                  ${f.perRound.map((n) => html`<td>${n}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>`,
    )}
    <h3>${t('events.manage.moved')}</h3>
    ${
      moved.length
        ? html`<ul>
            ${moved.map((m) => html`<li>${t('events.manage.movedEntry', { name: m.name ?? t('events.manage.withdrawn'), choice: m.choice, from: names(m.from), to: names(m.to) })}</li>`)}
          </ul>`
        : html`<p>${t('events.manage.movedNone')}</p>`
    }
    <h3>${t('events.manage.waiting')}</h3>
    ${
      waiting.length
        ? html`<ul>
            ${waiting.map((w) => html`<li>${w.name ?? t('events.manage.withdrawn')} (${w.choice})</li>`)}
          </ul>`
        : html`<p>${t('events.manage.waitingNone')}</p>`
    }`;
}

function registrations(ctx: PageContext, v: ManageView): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="registrations-h">
    <h2 id="registrations-h">${t('events.manage.registrations', { count: v.registrations.length })}</h2>
    ${
      v.registrations.length
        ? html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">
                ${t('events.manage.registrations', { count: v.registrations.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('events.manage.no')}</th>
                  <th scope="col">${t('events.manage.name')}</th>
                  <th scope="col">${t('events.manage.organisation')}</th>
                  <th scope="col">${t('events.manage.city')}</th>
                  <th scope="col">${t('events.manage.role')}</th>
                  <th scope="col">${t('events.manage.languages')}</th>
                  <th scope="col">${t('events.manage.accessibility')}</th>
                  <th scope="col">${t('events.manage.ranked')}</th>
                </tr>
              </thead>
              <tbody>
                ${v.registrations.map(
                  (r) =>
                    html`<tr>
                      <td>${r.registrationNo}</td>
                      <th scope="row">
                        ${r.name}${r.waiting ? html` <span class="tag">${t('events.manage.waitingShort')}</span>` : ''}
                      </th>
                      <td>${r.organisation ?? ''}</td>
                      <td>${r.cityName ?? ''}</td>
                      <td>${t(`events.participantRole.${r.role}`)}</td>
                      <td>${r.languages.join(', ')}</td>
                      <td>${r.accessibilityNeeds ?? ''}</td>
                      <td>${r.rankedPoints} / ${v.choicePointCount}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('events.manage.noRegistrations')}</p>`
    }
  </section>`;
}

/** The organisers' dashboard: settings, the programme, the assignment with its report, registrations, sheets and badges. */
export function managePage(ctx: PageContext, v: ManageView): SafeHtml {
  const { t } = ctx;
  const id = v.event.id;
  return html`<nav class="breadcrumb" aria-label="${t('events.breadcrumb')}">
      <ol>
        <li><a href="/events">${t('events.title')}</a></li>
        <li><a href="/events/${id}">${v.event.name}</a></li>
        <li aria-current="page">${t('events.action.manage')}</li>
      </ol>
    </nav>
    <h1>${t('events.manage.title', { event: v.event.name })}</h1>
    ${notice(v.notice)} ${settings(ctx, v)} ${programmeLinks(ctx, id, v.programme)}
    <section aria-labelledby="assignment-h">
      <h2 id="assignment-h">${t('events.manage.assignment')}</h2>
      <p>${t('events.manage.assignmentLead')}</p>
      ${
        v.error
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h3>${t('events.manage.failed')}</h3>
              <p>${v.error.message}</p>
              ${
                v.error.issues.length > 1
                  ? html`<ul>
                      ${v.error.issues.map((i) => html`<li>${i.message}</li>`)}
                    </ul>`
                  : ''
              }
            </div>`
          : ''
      }
      <form method="post" action="/events/${id}/manage/assign">
        <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
        <button type="submit">${t('events.manage.run')}</button>
      </form>
      ${v.report ? report(ctx, v, v.report) : html`<p>${t('events.manage.noRun')}</p>`}
    </section>
    ${registrations(ctx, v)}
    <section aria-labelledby="sheets-h">
      <h2 id="sheets-h">${t('events.manage.sheets')}</h2>
      <ul>
        <li><a href="/events/${id}/badges">${t('events.manage.badges')}</a></li>
        <li><a href="/events/${id}/check-in">${t('events.checkin.link')}</a></li>
        ${v.sheets.map((s) => html`<li><a href="${s.href}">${s.label}</a></li>`)}
      </ul>
    </section>`;
}
