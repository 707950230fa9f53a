import { fieldLabel, LAB_AREAS } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { notice } from '../components/page-parts.ts';
import { errorSummary, selectField, textArea, textInput, type FormState } from '../components/form-fields.ts';
import { progressBar, stageText, type LabProgressView } from './labs-parts.ts';

export interface LabSummaryView {
  id: string;
  name: string;
  cityName: string;
  topic: string;
  area: string;
  progress: LabProgressView;
}

export interface LabsPageView {
  labs: LabSummaryView[];
  framework: {
    description: string | null;
    areas: { id: string; name: string }[];
    phases: { id: string; name: string; description: string | null }[];
    longTermImpacts: string[];
    cityNotes: { cityName: string | null; text: string }[];
  } | null;
  /** Cities the viewer may start a lab in (empty: no form). */
  cities: { id: string; name: string }[];
  form: FormState;
  formError: string | null;
  notice: string | null;
}

const paras = (s: string | null) =>
  (s ?? '')
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);

/** The labs page: every lab with where it stands, the method, and (for editors) a form to start one. */
export function labsPage(ctx: PageContext, v: LabsPageView): SafeHtml {
  const { t } = ctx;
  const f = v.framework;
  return html`<h1>${t('labs.title')}</h1>
    ${notice(v.notice)}
    <p class="lead">${t('labs.lead')}</p>
    ${
      v.labs.length
        ? html`<div class="table-wrap">
            <table>
              <caption>
                ${t('labs.listCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('labs.lab')}</th>
                  <th scope="col">${t('labs.city')}</th>
                  <th scope="col">${t('labs.topic')}</th>
                  <th scope="col">${t('labs.area')}</th>
                  <th scope="col">${t('labs.stage')}</th>
                  <th scope="col">${t('labs.progress')}</th>
                </tr>
              </thead>
              <tbody>
                ${v.labs.map(
                  (l, i) =>
                    html`<tr>
                      <th scope="row"><a href="/labs/${l.id}">${l.name}</a></th>
                      <td>${l.cityName}</td>
                      <td>${l.topic}</td>
                      <td>${t(`labs.area.${l.area}`)}</td>
                      <td>${stageText(t, l.progress)}</td>
                      <td>${progressBar(t, l.progress, `lab-progress-${i}`)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('labs.none')}</p>`
    }
    ${
      v.cities.length
        ? html`<section aria-labelledby="create-h">
            <h2 id="create-h">${t('labs.create')}</h2>
            ${errorSummary(t, v.form, fieldLabel, v.formError)}
            <form method="post" action="/labs" novalidate>
              <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
              ${selectField(t, v.form, { name: 'cityId', label: t('labs.city'), required: true, options: v.cities.map((c) => ({ value: c.id, label: c.name })) })}
              ${textInput(t, v.form, { name: 'name', label: t('labs.name'), required: true, minlength: 2, size: 'long' })}
              ${textInput(t, v.form, { name: 'topic', label: t('labs.topic'), required: true, minlength: 2, size: 'long' })}
              ${selectField(t, v.form, { name: 'area', label: t('labs.area'), required: true, options: LAB_AREAS.map((a) => ({ value: a, label: t(`labs.area.${a}`) })) })}
              ${textArea(t, v.form, { name: 'description', label: t('labs.description'), rows: 3 })}
              <p><button type="submit">${t('labs.create')}</button></p>
            </form>
          </section>`
        : ''
    }
    ${
      f
        ? html`<section aria-labelledby="method-h">
            <h2 id="method-h">${t('labs.method')}</h2>
            ${paras(f.description)}
            <h3>${t('labs.areas')}</h3>
            <ul>
              ${f.areas.map((a) => html`<li>${a.name}</li>`)}
            </ul>
            <h3>${t('labs.phases')}</h3>
            <ol>
              ${f.phases.map((p) => html`<li><strong>${p.name}</strong>${p.description ? html`: ${p.description}` : ''}</li>`)}
            </ol>
            <h3>${t('labs.impacts')}</h3>
            <ul>
              ${f.longTermImpacts.map((i) => html`<li>${i}</li>`)}
            </ul>
            ${
              f.cityNotes.length
                ? html`<h3>${t('labs.cityNotes')}</h3>
                    <ul>
                      ${f.cityNotes.map((n) => html`<li>${n.cityName ? html`<strong>${n.cityName}</strong>: ` : ''}${n.text}</li>`)}
                    </ul>`
                : ''
            }
          </section>`
        : ''
    }`;
}
