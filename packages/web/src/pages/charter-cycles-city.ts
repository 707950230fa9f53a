import { ASSESSMENT_STATUSES } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import {
  choiceGroup,
  errorSummary,
  selectField,
  textArea,
  validationMessages,
  type FormState,
} from '../components/form-fields.ts';
import { formatDateTime } from '../components/labels.ts';
import { cyclePeriod, type CycleView } from './charter-cycles-list.ts';

export interface AssessmentView {
  commitment: { id: string; role: string; text: string };
  status: string | null;
  evidence: string | null;
  evidenceLinks: string[];
  practices: { id: string; name: string }[];
  assessedBy: string | null;
  assessedAt: string | null;
}

export interface CityHelpView {
  status: 'ok' | 'not-enough-data';
  items: {
    commitment: { id: string; role: string; text: string };
    status: string;
    practices: { id: string; name: string; cityName: string; status: string }[];
    challenges: {
      challenge: { id: string; name: string };
      practices: { id: string; name: string; cityName: string }[];
      mentors: { id: string; name: string; url: string | null }[];
    }[];
  }[];
}

export interface CityAssessmentsPageView {
  cycle: CycleView;
  city: { id: string; name: string };
  signatory: boolean;
  items: AssessmentView[];
  help: CityHelpView;
  /** Set when the user may assess now: the practices the form offers. */
  edit: { practices: { id: string; name: string }[] } | null;
  formFor: string | null;
  form: FormState;
  formError: string | null;
  notice: string | null;
}

/** The name of an assessment form's field (`charter-integrating-cities-buyer.status`): unique on the page. */
export const assessmentField = (commitmentId: string, field: string) => `${commitmentId}.${field}`;

function assessmentForm(ctx: PageContext, v: CityAssessmentsPageView, item: AssessmentView): SafeHtml {
  const { t } = ctx;
  const id = item.commitment.id;
  const f = (name: string) => assessmentField(id, name);
  const role = t(`charter.roleShort.${item.commitment.role}`);
  const mine = v.formFor === id;
  const state: FormState = mine
    ? v.form
    : {
        values: {
          [f('status')]: item.status ?? 'not-started',
          [f('evidence')]: item.evidence ?? '',
          [f('evidenceLinks')]: item.evidenceLinks.join('\n'),
          [f('practiceIds')]: item.practices.map((p) => p.id),
        },
        errors: {},
      };
  const offered = v.edit?.practices ?? [];
  const options = [...offered, ...item.practices.filter((p) => !offered.some((o) => o.id === p.id))];
  return html`<details ${mine ? html`open` : ''}>
    <summary>${t('cycles.assessOne', { role })}</summary>
    <p class="hint">${item.commitment.text}</p>
    <form
      method="post"
      action="/charter/cycles/${v.cycle.id}/cities/${v.city.id}/assessments/${id}"
      novalidate
      data-validate
      ${validationMessages(t)}
    >
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${selectField(t, state, { name: f('status'), label: t('cycles.status'), required: true, options: ASSESSMENT_STATUSES.map((s) => ({ value: s, label: t(`cycles.status.${s}`) })) })}
      ${textArea(t, state, { name: f('evidence'), label: t('cycles.evidence'), rows: 3, maxlength: 5000 })}
      ${textArea(t, state, { name: f('evidenceLinks'), label: t('cycles.evidenceLinks'), hint: t('cycles.evidenceHint'), check: 'url-lines', rows: 3 })}
      ${options.length ? choiceGroup(t, state, { name: f('practiceIds'), legend: t('cycles.practices'), type: 'checkbox', options: options.map((p) => ({ value: p.id, label: p.name })) }) : ''}
      <p><button type="submit">${t('cycles.save', { role })}</button></p>
    </form>
  </details>`;
}

function helpSection(ctx: PageContext, v: CityAssessmentsPageView): SafeHtml {
  const { t } = ctx;
  const city = v.city.name;
  const body =
    v.help.status === 'not-enough-data'
      ? html`<p>${t('cycles.notEnoughData', { city })}</p>`
      : !v.help.items.length
        ? html`<p>${t('cycles.allAchieved', { city })}</p>`
        : v.help.items.map(
            (i) =>
              html`<h3>${t(`charter.roleShort.${i.commitment.role}`)} · ${t(`cycles.status.${i.status}`)}</h3>
                <h4>${t('cycles.implementing')}</h4>
                ${
                  i.practices.length
                    ? html`<ul>
                        ${i.practices.map((p) => html`<li><a href="/practices/${p.id}">${t('cycles.inCity', { practice: p.name, city: p.cityName, status: t(`cycles.status.${p.status}`) })}</a></li>`)}
                      </ul>`
                    : html`<p>${t('cycles.noImplementing')}</p>`
                }
                ${
                  i.challenges.length
                    ? i.challenges.map(
                        (c) =>
                          html`<h4>${t('cycles.related', { challenge: c.challenge.name })}</h4>
                            ${
                              c.practices.length
                                ? html`<p>${t('cycles.relatedPractices')}:</p>
                                    <ul>
                                      ${c.practices.map((p) => html`<li><a href="/practices/${p.id}">${p.name}</a> (${p.cityName})</li>`)}
                                    </ul>`
                                : ''
                            }
                            ${
                              c.mentors.length
                                ? html`<p>${t('cycles.mentors')}:</p>
                                    <ul>
                                      ${c.mentors.map((m) => html`<li>${m.url ? html`<a href="${m.url}">${m.name}</a>` : m.name}</li>`)}
                                    </ul>`
                                : html`<p>${t('cycles.noMentors')}</p>`
                            }`,
                      )
                    : html`<p>${t('cycles.noRelated')}</p>`
                }`,
          );
  return html`<section aria-labelledby="help-h">
    <h2 id="help-h">${t('cycles.help')}</h2>
    <p>${t('cycles.helpLead', { city })}</p>
    ${body}
  </section>`;
}

/** /charter/cycles/{cycle}/cities/{city}: a city's assessments in one cycle, the forms, and where help could come from. */
export function cityAssessmentsPage(ctx: PageContext, v: CityAssessmentsPageView): SafeHtml {
  const { t } = ctx;
  const city = v.city.name;
  const title = t('cycles.cityTitle', { city, cycle: v.cycle.name });
  const labelFor = (name: string) => {
    const field = name.split('.').pop() ?? name;
    return (
      (
        {
          status: t('cycles.status'),
          evidence: t('cycles.evidence'),
          evidenceLinks: t('cycles.evidenceLinks'),
          practiceIds: t('cycles.practices'),
        } as Record<string, string>
      )[field] ?? field
    );
  };
  return html`${breadcrumb(
      t,
      [
        ['/charter/cycles', t('cycles.backToCycles')],
        [`/charter/cycles/${v.cycle.id}`, v.cycle.name],
      ],
      city,
    )}
    <h1>${title}</h1>
    ${notice(v.notice)}
    <p class="lead">${cyclePeriod(ctx, v.cycle)} · ${t(`cycles.state.${v.cycle.state}`)}</p>
    ${!v.signatory ? html`<p>${t('cycles.notSignatory', { city })}</p>` : ''}
    ${v.cycle.state === 'closed' ? html`<p>${t('cycles.closedNote')}</p>` : ''}
    ${errorSummary(t, v.form, labelFor, v.formError)}
    <div class="table-wrap" role="region" aria-labelledby="assessments-caption" tabindex="0">
      <table>
        <caption id="assessments-caption">
          ${title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('charter.role')}</th>
            <th scope="col">${t('cycles.status')}</th>
            <th scope="col">${t('cycles.evidence')}</th>
            <th scope="col">${t('cycles.practices')}</th>
            <th scope="col">${t('cycles.assessed')}</th>
          </tr>
        </thead>
        <tbody>
          ${v.items.map(
            (i) =>
              html`<tr>
                <th scope="row">${t(`charter.roleShort.${i.commitment.role}`)}</th>
                <td>${t(`cycles.status.${i.status ?? 'none'}`)}</td>
                <td>
                  ${i.evidence ?? ''}
                  ${
                    i.evidenceLinks.length
                      ? html`<ul>
                          ${i.evidenceLinks.map((l) => html`<li><a href="${l}">${l}</a></li>`)}
                        </ul>`
                      : ''
                  }
                </td>
                <td>
                  ${
                    i.practices.length
                      ? html`<ul>
                          ${i.practices.map((p) => html`<li><a href="/practices/${p.id}">${p.name}</a></li>`)}
                        </ul>`
                      : ''
                  }
                </td>
                <td>
                  ${i.assessedAt ? (i.assessedBy ? t('cycles.assessedBy', { date: formatDateTime(ctx.lang, i.assessedAt), name: i.assessedBy }) : formatDateTime(ctx.lang, i.assessedAt)) : ''}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${v.edit ? v.items.map((i) => assessmentForm(ctx, v, i)) : ''} ${helpSection(ctx, v)}`;
}
