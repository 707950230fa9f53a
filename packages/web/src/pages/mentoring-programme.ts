import { MENTORING_ROLES } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import {
  choiceGroup,
  errorSummary,
  selectField,
  textArea,
  textInput,
  type FormState,
} from '../components/form-fields.ts';
import { formatDate } from '../components/labels.ts';
import { notice } from '../components/page-parts.ts';
import { sourceCitation } from '../components/record-text.ts';

interface CityRef {
  id: string;
  name: string;
}
interface PostView {
  id: string;
  themeId: string;
  city: CityRef;
  challengeId: string | null;
  note: string | null;
  capacity?: number;
  contact: { name: string; email: string | null } | null;
}

export interface MentoringProgrammePageView {
  programme: {
    id: string;
    name: string;
    description: string | null;
    coordinator: string | null;
    start: string | null;
    end: string | null;
    themes: { id: string; name: string }[];
    participants: { city: CityRef; role: string | null }[];
    partners: { name: string; role: string | null }[];
    offers: PostView[];
    requests: PostView[];
    suggestedPairs: { requestId: string; themeId: string; mentor: CityRef; mentee: CityRef; reasons: string[] }[];
    noMentor: { requestId: string; reason: string }[];
    studyVisits: {
      id: string;
      title: string;
      hostCity: CityRef | null;
      event: { id: string; name: string } | null;
      note: string | null;
    }[];
    source: { document: string; section: string | null } | null;
  };
  challenges: Map<string, string>;
  /** The cities this user may post for (empty: no form); which cities' posts they may withdraw. */
  postFor: CityRef[];
  form: FormState;
  formError: string | null;
  notice: string | null;
  /** The study-visit form (programme coordinators only; null: no form). */
  visitForm?: {
    state: FormState;
    error: string | null;
    hostCities: CityRef[];
    /** The events a visit can be held at, latest first. */
    events: { id: string; name: string; startDate: string }[];
  } | null;
  /** Whether the user may see the programme's history of changes (a link to it). */
  historyLink?: boolean;
}

const VISIT_LABELS: Record<string, string> = {
  'visit.title': 'mentoring.visitTitle',
  'visit.themeId': 'mentoring.theme',
  'visit.hostCityId': 'mentoring.hostCity',
  'visit.eventId': 'mentoring.event',
  'visit.note': 'mentoring.note',
};

function visitForm(
  ctx: PageContext,
  p: MentoringProgrammePageView['programme'],
  f: NonNullable<MentoringProgrammePageView['visitForm']>,
): SafeHtml {
  const { t } = ctx;
  const s = f.state;
  return html`<h3 id="visit-form-h">${t('mentoring.addVisit')}</h3>
    ${errorSummary(t, s, (n) => (VISIT_LABELS[n] ? t(VISIT_LABELS[n]) : n), f.error)}
    <form method="post" action="/mentoring/${p.id}/study-visits" novalidate aria-labelledby="visit-form-h">
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${textInput(t, s, { name: 'visit.title', label: t('mentoring.visitTitle'), required: true, maxlength: 300 })}
      ${selectField(t, s, {
        name: 'visit.themeId',
        label: t('mentoring.theme'),
        options: [
          { value: '', label: t('mentoring.noTheme') },
          ...p.themes.map((th) => ({ value: th.id, label: th.name })),
        ],
      })}
      ${selectField(t, s, { name: 'visit.hostCityId', label: t('mentoring.hostCity'), required: true, options: f.hostCities.map((c) => ({ value: c.id, label: c.name })) })}
      ${selectField(t, s, {
        name: 'visit.eventId',
        label: t('mentoring.event'),
        required: true,
        options: [
          { value: '', label: t('mentoring.chooseEvent') },
          ...f.events.map((e) => ({
            value: e.id,
            label: t('mentoring.eventOption', { name: e.name, date: formatDate(ctx.lang, e.startDate) }),
          })),
        ],
      })}
      ${textArea(t, s, { name: 'visit.note', label: t('mentoring.note'), rows: 3, maxlength: 2000 })}
      <button type="submit">${t('mentoring.addVisitButton')}</button>
    </form>`;
}

const POST_FIELDS = ['kind', 'themeId', 'cityId', 'capacity', 'challengeId', 'note'];

function postForm(ctx: PageContext, v: MentoringProgrammePageView): SafeHtml {
  const { t } = ctx;
  const p = v.programme;
  return html`<section aria-labelledby="post-h">
    <h2 id="post-h">${t('mentoring.post')}</h2>
    ${errorSummary(t, v.form, (n) => (POST_FIELDS.includes(n) ? t(`mentoring.${n === 'themeId' ? 'theme' : n === 'cityId' ? 'city' : n === 'challengeId' ? 'challenge' : n}`) : n), v.formError)}
    <form method="post" action="/mentoring/${p.id}/posts" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${choiceGroup(t, v.form, {
        name: 'kind',
        legend: t('mentoring.kind'),
        type: 'radio',
        options: (['request', 'offer'] as const).map((k) => ({ value: k, label: t(`mentoring.kind.${k}`) })),
      })}
      ${selectField(t, v.form, { name: 'themeId', label: t('mentoring.theme'), required: true, options: p.themes.map((th) => ({ value: th.id, label: th.name })) })}
      ${selectField(t, v.form, { name: 'cityId', label: t('mentoring.city'), required: true, options: v.postFor.map((c) => ({ value: c.id, label: c.name })) })}
      ${selectField(t, v.form, {
        name: 'challengeId',
        label: t('mentoring.challenge'),
        options: [
          { value: '', label: t('mentoring.anyChallenge') },
          ...[...v.challenges].map(([value, label]) => ({ value, label })),
        ],
      })}
      ${textInput(t, v.form, { name: 'capacity', label: t('mentoring.capacity'), hint: t('mentoring.capacityHint'), check: 'integer', size: 'short' })}
      ${textArea(t, v.form, { name: 'note', label: t('mentoring.note'), rows: 3, maxlength: 2000 })}
      <button type="submit">${t('mentoring.postButton')}</button>
    </form>
  </section>`;
}

function postsTable(ctx: PageContext, v: MentoringProgrammePageView): SafeHtml {
  const { t } = ctx;
  const p = v.programme;
  const themeName = new Map(p.themes.map((th) => [th.id, th.name]));
  const mayWithdraw = new Set(v.postFor.map((c) => c.id));
  const rows = [
    ...p.offers.map((x) => ({ ...x, kind: 'offer' as const })),
    ...p.requests.map((x) => ({ ...x, kind: 'request' as const })),
  ];
  if (!rows.length) return html`<p>${t('mentoring.noPosts')}</p>`;
  const showContacts = rows.some((r) => r.contact);
  return html`<div class="table-wrap" role="region" aria-labelledby="posts-h" tabindex="0">
    <table>
      <thead>
        <tr>
          <th scope="col">${t('mentoring.city')}</th>
          <th scope="col">${t('mentoring.kind')}</th>
          <th scope="col">${t('mentoring.theme')}</th>
          <th scope="col">${t('mentoring.challenge')}</th>
          <th scope="col" class="num">${t('mentoring.capacity')}</th>
          <th scope="col">${t('mentoring.note')}</th>
          ${showContacts ? html`<th scope="col">${t('mentoring.contact')}</th>` : ''}
          ${mayWithdraw.size ? html`<td></td>` : ''}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr id="${r.id}">
              <th scope="row"><a href="/cities/${r.city.id}">${r.city.name}</a></th>
              <td>${t(`mentoring.kind.${r.kind}`)}</td>
              <td>${themeName.get(r.themeId) ?? r.themeId}</td>
              <td>${r.challengeId ? (v.challenges.get(r.challengeId) ?? r.challengeId) : ''}</td>
              <td class="num">${r.capacity ?? ''}</td>
              <td>${r.note ?? ''}</td>
              ${showContacts ? html`<td>${r.contact ? `${r.contact.name}${r.contact.email ? ` <${r.contact.email}>` : ''}` : ''}</td>` : ''}
              ${
                mayWithdraw.size
                  ? html`<td>
                      ${
                        mayWithdraw.has(r.city.id)
                          ? html`<form method="post" action="/mentoring/${p.id}/posts/${r.id}/withdraw">
                                <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
                                <button
                                  type="submit"
                                  class="secondary"
                                  aria-label="${t('mentoring.withdrawLabel', { kind: t(`mentoring.kind.${r.kind}`), city: r.city.name, theme: themeName.get(r.themeId) ?? r.themeId })}"
                                >
                                  ${t('mentoring.withdraw')}
                                </button>
                              </form>
                              <a
                                href="/mentoring/${p.id}/posts/${r.id}/contact"
                                aria-label="${t('mentoring.contactOf', { city: r.city.name, theme: themeName.get(r.themeId) ?? r.themeId })}"
                                >${t('mentoring.contact')}</a
                              >`
                          : ''
                      }
                    </td>`
                  : ''
              }
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function pairsSection(ctx: PageContext, v: MentoringProgrammePageView): SafeHtml {
  const { t } = ctx;
  const p = v.programme;
  const themeName = new Map(p.themes.map((th) => [th.id, th.name]));
  const request = new Map(p.requests.map((r) => [r.id, r]));
  return html`<section aria-labelledby="pairs-h">
    <h2 id="pairs-h">${t('mentoring.pairs')}</h2>
    <p class="hint">${t('mentoring.pairsLead')}</p>
    ${
      p.suggestedPairs.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="pairs-h" tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('mentoring.mentee')}</th>
                  <th scope="col">${t('mentoring.mentor')}</th>
                  <th scope="col">${t('mentoring.theme')}</th>
                  <th scope="col">${t('mentoring.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                ${p.suggestedPairs.map(
                  (s) =>
                    html`<tr>
                      <th scope="row">${s.mentee.name}</th>
                      <td><a href="/cities/${s.mentor.id}">${s.mentor.name}</a></td>
                      <td>${themeName.get(s.themeId) ?? s.themeId}</td>
                      <td>${s.reasons.map((r) => t(`mentoring.reason.${r}`)).join(', ')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('mentoring.noPairs')}</p>`
    }
    ${
      p.noMentor.length
        ? html`<ul>
            ${p.noMentor.map((n) => {
              const r = request.get(n.requestId);
              return html`<li>
                ${t('mentoring.noMentor', {
                  city: r?.city.name ?? '',
                  theme: themeName.get(r?.themeId ?? '') ?? '',
                  reason: t(`mentoring.noMentor.${n.reason}`),
                })}
              </li>`;
            })}
          </ul>`
        : ''
    }
  </section>`;
}

/** A programme: themes, cities by role, partners, offers and requests, suggested pairs, study visits, plans. */
export function mentoringProgrammePage(ctx: PageContext, v: MentoringProgrammePageView): SafeHtml {
  const { t } = ctx;
  const p = v.programme;
  const byRole = (role: string | null) => p.participants.filter((x) => x.role === role);
  const groups = [...MENTORING_ROLES, null].map((r) => ({ role: r, cities: byRole(r) })).filter((g) => g.cities.length);
  return html`<h1>${p.name}</h1>
    ${notice(v.notice)} ${p.start && p.end ? html`<p>${t('mentoring.period', { start: p.start, end: p.end })}</p>` : ''}
    ${p.coordinator ? html`<p>${t('mentoring.coordinator', { name: p.coordinator })}</p>` : ''}
    ${p.description ? html`<p>${p.description}</p>` : ''} ${sourceCitation(t, p.source)}
    ${v.historyLink ? html`<p><a href="/mentoring/${p.id}/history">${t('mentoring.historyLink')}</a></p>` : ''}
    <section aria-labelledby="themes-h">
      <h2 id="themes-h">${t('mentoring.themes')}</h2>
      <ul>
        ${p.themes.map(
          (th) =>
            html`<li>
              ${th.name} ·
              <a href="/mentoring/${p.id}/themes/${th.id}">${t('mentoring.toolkitLink', { theme: th.name })}</a>
            </li>`,
        )}
      </ul>
    </section>
    <section aria-labelledby="cities-h">
      <h2 id="cities-h">${t('mentoring.cities')}</h2>
      ${groups.map(
        (g) =>
          html`<h3>${t(g.role ? `mentoring.role.${g.role}` : 'mentoring.role.none')}</h3>
            <ul class="inline-list">
              ${g.cities.map(
                (c) =>
                  html`<li>
                    <a href="/cities/${c.city.id}">${c.city.name}</a>
                    (<a href="/mentoring/${p.id}/plans/${c.city.id}">${t('mentoring.planOf', { city: c.city.name })}</a
                    >)
                  </li>`,
              )}
            </ul>`,
      )}
      ${
        p.partners.length
          ? html`<h3>${t('mentoring.partners')}</h3>
              <ul>
                ${p.partners.map((x) => html`<li>${x.name}${x.role ? ` (${x.role})` : ''}</li>`)}
              </ul>`
          : ''
      }
    </section>
    <section aria-labelledby="posts-h">
      <h2 id="posts-h">${t('mentoring.posts')}</h2>
      ${postsTable(ctx, v)}
    </section>
    ${v.postFor.length ? postForm(ctx, v) : ''} ${pairsSection(ctx, v)}
    <section aria-labelledby="visits-h">
      <h2 id="visits-h">${t('mentoring.visits')}</h2>
      ${
        p.studyVisits.length
          ? html`<ul>
              ${p.studyVisits.map(
                (s) =>
                  html`<li id="${s.id}">
                    ${s.event ? html`<a href="/events/${s.event.id}">${s.title}</a>` : s.title}
                    ${s.hostCity && s.event ? `(${t('mentoring.visitAt', { city: s.hostCity.name, event: s.event.name })})` : ''}
                  </li>`,
              )}
            </ul>`
          : html`<p>${t('mentoring.noVisits')}</p>`
      }
      ${v.visitForm ? visitForm(ctx, p, v.visitForm) : ''}
    </section>`;
}
