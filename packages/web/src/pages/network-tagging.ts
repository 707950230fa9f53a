import { PRIORITIES } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import { choiceGroup, errorSummary, selectField, type FormState } from '../components/form-fields.ts';

export interface TaggingPageView {
  city: { id: string; name: string };
  taxonomy: { id: string; name: string }[];
  /** The city's challenges by id, with their priority. */
  cityChallenges: Record<string, string>;
  practices: { id: string; name: string; challengeIds: string[] }[];
  canEdit: boolean;
  /** The form whose values and errors `form` holds: `city` or a practice id. */
  formFor: string | null;
  form: FormState;
  formError: string | null;
  notice: string | null;
}

/** The name of the city form's priority field for a challenge. */
export const priorityField = (challengeId: string) => `priority.${challengeId}`;

function cityForm(ctx: PageContext, v: TaggingPageView): SafeHtml {
  const { t } = ctx;
  const state: FormState =
    v.formFor === 'city'
      ? v.form
      : {
          values: Object.fromEntries(v.taxonomy.map((c) => [priorityField(c.id), v.cityChallenges[c.id] ?? ''])),
          errors: {},
        };
  const options = [
    { value: '', label: t('network.edit.notFaced') },
    ...PRIORITIES.map((p) => ({ value: p, label: t(`network.priority.${p}`) })),
  ];
  return html`<section aria-labelledby="city-form-h">
    <h2 id="city-form-h">${t('network.edit.cityForm')}</h2>
    <form method="post" action="/cities/${v.city.id}/challenges" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${v.taxonomy.map((c) =>
        selectField(t, state, {
          name: priorityField(c.id),
          label: t('network.edit.priorityOf', { challenge: c.name }),
          options,
        }),
      )}
      <p><button type="submit">${t('network.edit.saveCity')}</button></p>
    </form>
  </section>`;
}

function practiceForm(ctx: PageContext, v: TaggingPageView, p: TaggingPageView['practices'][number]): SafeHtml {
  const { t } = ctx;
  const name = `${p.id}.challengeIds`;
  const state: FormState = v.formFor === p.id ? v.form : { values: { [name]: p.challengeIds }, errors: {} };
  return html`<form method="post" action="/practices/${p.id}/challenges" novalidate>
    <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
    ${choiceGroup(t, state, {
      name,
      legend: t('network.edit.practiceLegend', { practice: p.name }),
      type: 'checkbox',
      columns: true,
      options: v.taxonomy.map((c) => ({ value: c.id, label: c.name })),
    })}
    <p><button type="submit">${t('network.edit.savePractice', { practice: p.name })}</button></p>
  </form>`;
}

/** A city's challenges and its practices' challenges, with the forms for those allowed to change them. */
export function taggingPage(ctx: PageContext, v: TaggingPageView): SafeHtml {
  const { t } = ctx;
  const city = v.city.name;
  const title = t('network.edit.title', { city });
  const names = new Map(v.taxonomy.map((c) => [c.id, c.name]));
  const labelFor = (field: string) => {
    const id = field.startsWith('priority.') ? field.slice('priority.'.length) : null;
    return id ? t('network.edit.priorityOf', { challenge: names.get(id) ?? id }) : t('network.challenges.name');
  };
  return html`${breadcrumb(
      t,
      [
        ['/cities', t('nav.cities')],
        [`/cities/${v.city.id}`, city],
        [`/cities/${v.city.id}/needs`, t('network.needs.title', { city })],
      ],
      title,
    )}
    <h1>${title}</h1>
    ${notice(v.notice)}
    <p class="lead">${t('network.edit.lead', { city })}</p>
    ${errorSummary(t, v.form, labelFor, v.formError)}
    ${
      v.canEdit
        ? html`${cityForm(ctx, v)}
            <section aria-labelledby="practices-h">
              <h2 id="practices-h">${t('network.edit.practices')}</h2>
              ${v.practices.length ? v.practices.map((p) => practiceForm(ctx, v, p)) : html`<p>${t('network.edit.noPractices')}</p>`}
            </section>`
        : html`<p>${t('network.edit.readOnly')}</p>
            <ul>
              ${Object.entries(v.cityChallenges).map(
                ([id, priority]) => html`<li>${names.get(id) ?? id} (${t(`network.priorityShort.${priority}`)})</li>`,
              )}
            </ul>`
    }`;
}
