import { fieldLabel } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import { formatNumber } from '../components/labels.ts';
import { errorSummary, type FormState } from '../components/form-fields.ts';
import { themeLinkList } from '../components/theme-links.ts';
import { labEditForms, type LabEditOptions } from './labs-forms.ts';
import { progressBar, stageText, type LabProgressView } from './labs-parts.ts';

export interface LabDetailView {
  lab: {
    id: string;
    cityId: string;
    cityName: string;
    name: string;
    topic: string;
    area: string;
    description: string | null;
    currentPhase: string | null;
    progress: LabProgressView;
    phases: {
      phase: string;
      status: string;
      startDate: string | null;
      endDate: string | null;
      summary: string | null;
      ideasCollected: number | null;
      ideasKept: number | null;
      commentsCollected: number | null;
      commentsKept: number | null;
    }[];
    sessions: {
      id: string;
      date: string;
      phase: string;
      title: string;
      location: string | null;
      participantCount: number | null;
      notes: string | null;
    }[];
    participants: { stakeholderId: string; name: string | null; group: string }[];
    people: {
      total: number;
      byProfile: Record<string, number>;
      list?: { contactId: string; name: string; profile: string; joined: string | null }[];
    };
    experiments: {
      id: string;
      title: string;
      description: string | null;
      budget: { amount: number; currency: string } | null;
      ownerStakeholderId: string | null;
      owner: string | null;
      startDate: string | null;
      endDate: string | null;
      status: string;
      result: string | null;
    }[];
    recommendations: { id: string; text: string; practices: { id: string; name: string }[] }[];
    themes: { theme: string }[];
  };
  /** Set for the city's editors and administrators: what the forms offer. */
  edit: LabEditOptions | null;
  form: FormState;
  formError: string | null;
  notice: string | null;
}

const n = (v: number | null) => (v === null ? '—' : String(v));
const money = (lang: string, b: { amount: number; currency: string } | null) =>
  b ? `${formatNumber(lang, b.amount)} ${b.currency}` : '—';

function phasesTable(ctx: PageContext, v: LabDetailView): SafeHtml {
  const { t } = ctx;
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${t('labs.phasesCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('labs.phase')}</th>
          <th scope="col">${t('labs.status')}</th>
          <th scope="col">${t('labs.start')}</th>
          <th scope="col">${t('labs.end')}</th>
          <th scope="col" class="num">${t('labs.ideasCollected')}</th>
          <th scope="col" class="num">${t('labs.ideasKept')}</th>
          <th scope="col" class="num">${t('labs.commentsCollected')}</th>
          <th scope="col" class="num">${t('labs.commentsKept')}</th>
          <th scope="col">${t('labs.summary')}</th>
        </tr>
      </thead>
      <tbody>
        ${v.lab.phases.map(
          (p, i) =>
            html`<tr>
              <th scope="row">
                ${i + 1}.
                ${t(`labs.phase.${p.phase}`)}${p.phase === v.lab.currentPhase ? html` <span class="badge badge-draft">${t('labs.current')}</span>` : ''}
              </th>
              <td>${t(`labs.phaseStatus.${p.status}`)}</td>
              <td>${p.startDate ?? '—'}</td>
              <td>${p.endDate ?? '—'}</td>
              <td class="num">${n(p.ideasCollected)}</td>
              <td class="num">${n(p.ideasKept)}</td>
              <td class="num">${n(p.commentsCollected)}</td>
              <td class="num">${n(p.commentsKept)}</td>
              <td>${p.summary ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function participants(ctx: PageContext, v: LabDetailView): SafeHtml {
  const { t } = ctx;
  const l = v.lab;
  const byProfile = Object.entries(l.people.byProfile)
    .map(([p, c]) => `${t(`stakeholders.profile.${p}`)}: ${c}`)
    .join(', ');
  return html`<h3>${t('labs.organisations')}</h3>
    ${
      l.participants.length
        ? html`<ul>
            ${l.participants.map((p) => html`<li><a href="/stakeholders/${p.stakeholderId}">${p.name ?? p.stakeholderId}</a> · ${t(`labs.group.${p.group}`)}</li>`)}
          </ul>`
        : html`<p>${t('labs.noOrganisations')}</p>`
    }
    <p>
      ${t('labs.people', { total: l.people.total })}${byProfile ? ` (${byProfile})` : ''}.
      <span class="meta">${t('labs.peoplePrivate')}</span>
    </p>
    ${
      l.people.list?.length
        ? html`<h3>${t('labs.peopleList')}</h3>
            <ul>
              ${l.people.list.map((p) => html`<li>${p.name} · ${t(`stakeholders.profile.${p.profile}`)}${p.joined ? ` · ${p.joined}` : ''}</li>`)}
            </ul>`
        : ''
    }`;
}

/** One lab: where it stands, its phases, sessions, participants, micro-experiments and recommendations. */
export function labDetailPage(ctx: PageContext, v: LabDetailView): SafeHtml {
  const { t } = ctx;
  const l = v.lab;
  return html`${breadcrumb(t, [['/labs', t('labs.title')]], l.name)}
    <h1>${l.name}</h1>
    ${notice(v.notice)}
    <p class="lead">${l.topic}</p>
    <p>${l.cityName} · ${t(`labs.area.${l.area}`)}</p>
    ${l.themes.length ? html`<p>${t('themes.linked')}: ${themeLinkList(t, l.themes)}</p>` : ''}
    ${l.description ? html`<p>${l.description}</p>` : ''}
    <section aria-labelledby="stands-h" class="notice">
      <h2 id="stands-h">${t('labs.stage')}</h2>
      <p><strong>${stageText(t, l.progress)}</strong></p>
      <p>${progressBar(t, l.progress, 'lab-progress')}</p>
      <p>${t('labs.ideasText', { kept: l.progress.ideasKept, collected: l.progress.ideasCollected })}</p>
    </section>
    <section aria-labelledby="phases-h">
      <h2 id="phases-h">${t('labs.phases')}</h2>
      ${phasesTable(ctx, v)}
    </section>
    <section aria-labelledby="sessions-h">
      <h2 id="sessions-h">${t('labs.sessions')}</h2>
      ${
        l.sessions.length
          ? html`<div class="table-wrap">
              <table>
                <caption>
                  ${t('labs.sessionsCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('labs.date')}</th>
                    <th scope="col">${t('labs.sessionTitle')}</th>
                    <th scope="col">${t('labs.phase')}</th>
                    <th scope="col">${t('labs.location')}</th>
                    <th scope="col" class="num">${t('labs.participantCount')}</th>
                    <th scope="col">${t('labs.notes')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${l.sessions.map(
                    (s) =>
                      html`<tr>
                        <th scope="row">${s.date}</th>
                        <td>${s.title}</td>
                        <td>${t(`labs.phase.${s.phase}`)}</td>
                        <td>${s.location ?? ''}</td>
                        <td class="num">${n(s.participantCount)}</td>
                        <td>${s.notes ?? ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${t('labs.noSessions')}</p>`
      }
    </section>
    <section aria-labelledby="participants-h">
      <h2 id="participants-h">${t('labs.participants')}</h2>
      ${participants(ctx, v)}
    </section>
    <section aria-labelledby="experiments-h">
      <h2 id="experiments-h">${t('labs.experiments')}</h2>
      ${
        l.experiments.length
          ? html`<div class="table-wrap">
              <table>
                <caption>
                  ${t('labs.experimentsCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('labs.experiment')}</th>
                    <th scope="col">${t('labs.budget')}</th>
                    <th scope="col">${t('labs.owner')}</th>
                    <th scope="col">${t('labs.start')}</th>
                    <th scope="col">${t('labs.end')}</th>
                    <th scope="col">${t('labs.status')}</th>
                    <th scope="col">${t('labs.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${l.experiments.map(
                    (e) =>
                      html`<tr>
                        <th scope="row">
                          ${e.title}${e.description ? html`<br /><span class="meta">${e.description}</span>` : ''}
                        </th>
                        <td>${money(ctx.lang, e.budget)}</td>
                        <td>${e.owner ?? ''}</td>
                        <td>${e.startDate ?? '—'}</td>
                        <td>${e.endDate ?? '—'}</td>
                        <td>${t(`labs.experimentStatus.${e.status}`)}</td>
                        <td>${e.result ?? ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${t('labs.noExperiments')}</p>`
      }
    </section>
    <section aria-labelledby="recommendations-h">
      <h2 id="recommendations-h">${t('labs.recommendations')}</h2>
      ${
        l.recommendations.length
          ? html`<ol>
              ${l.recommendations.map(
                (r) =>
                  html`<li>
                    <p>${r.text}</p>
                    ${r.practices.length ? html`<p class="meta">${t('labs.cites')}: ${r.practices.map((p, i) => html`${i ? ', ' : ''}<a href="/practices/${p.id}">${p.name}</a>`)}</p>` : ''}
                  </li>`,
              )}
            </ol>`
          : html`<p>${t('labs.noRecommendations')}</p>`
      }
    </section>
    ${v.edit ? html`${errorSummary(t, v.form, fieldLabel, v.formError)}${labEditForms(ctx, v.lab, v.edit, v.form)}` : ''}`;
}
