import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import {
  choiceGroup,
  errorSummary,
  formValue,
  textArea,
  textInput,
  validationMessages,
  yesNoGroup,
  type FormState,
} from '../components/form-fields.ts';
import { breadcrumb } from '../components/page-parts.ts';
import { statusPanel } from '../components/status-panel.ts';

/** The city profile form with the values entered and the problems found. */
export interface CityFormView {
  saved: { id: string; name: string; status: string; version: number };
  state: FormState;
  conflictVersion?: number | null;
  generalError?: string | null;
}

/** The label of a city field by its form name, for the error summary. */
export function cityFieldLabel(ctx: PageContext, name: string): string {
  const key = `city.field.${name}`;
  const label = ctx.t(key);
  return label === key ? name : label;
}

function section(id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section class="form-section" aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${body}
  </section>`;
}

/** The edit form of a city profile: every profile field, lists one entry per line. */
export function cityFormPage(ctx: PageContext, v: CityFormView): SafeHtml {
  const { t } = ctx;
  const s = v.state;
  const f = (key: string) => t(`city.field.${key}`);
  const typed = formValue(s.values, 'language');
  const lang = /^[a-z]{2}$/.test(typed) ? typed : undefined;
  const base = `/cities/${v.saved.id}`;
  return html`${breadcrumb(
      t,
      [
        ['/cities', t('cities.title')],
        [base, v.saved.name],
      ],
      t('city.edit'),
    )}
    <h1>${t('city.edit.title', { name: v.saved.name })}</h1>
    ${errorSummary(t, s, (name) => cityFieldLabel(ctx, name), v.generalError)}
    ${
      v.conflictVersion
        ? html`<div class="warning" role="alert">
            <p>${t('form.conflict', { version: v.conflictVersion })}</p>
            <p><a href="${base}" target="_blank" rel="noopener">${t('form.conflictLink')}</a></p>
          </div>`
        : ''
    }
    <p class="lead">${t('city.form.intro')}</p>
    <form method="post" action="${base}/edit" class="record-form" novalidate data-validate ${validationMessages(t)}>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      <input type="hidden" name="version" value="${formValue(s.values, 'version') || String(v.saved.version)}" />
      ${section(
        'fs-identity',
        t('city.section.identity'),
        html` ${textInput(t, s, { name: 'name', label: f('name'), required: true, minlength: 1, maxlength: 200, lang })}
          <div class="row">
            ${textInput(t, s, { name: 'country', label: f('country'), hint: f('countryHint'), required: true, minlength: 2, maxlength: 2, size: 'short' })}
            ${textInput(t, s, { name: 'language', label: f('language'), hint: f('languageHint'), required: true, minlength: 2, maxlength: 2, size: 'short' })}
          </div>
          ${textInput(t, s, { name: 'region', label: f('region'), lang })}
          ${textInput(t, s, { name: 'mayor', label: f('mayor'), lang })}
          ${textInput(t, s, { name: 'areaCode', label: f('areaCode'), maxlength: 50, size: 'medium' })}
          <div class="row">
            ${textInput(t, s, { name: 'latitude', label: f('latitude'), hint: f('latitudeHint'), check: 'number', size: 'short' })}
            ${textInput(t, s, { name: 'longitude', label: f('longitude'), hint: f('longitudeHint'), check: 'number', size: 'short' })}
          </div>
          ${textInput(t, s, { name: 'locationSource', label: f('locationSource'), maxlength: 500 })}
          ${choiceGroup(t, s, { name: 'profileComplete', legend: f('profileComplete'), type: 'checkbox', options: [{ value: 'yes', label: t('form.yes') }] })}`,
      )}
      ${section(
        'fs-figures',
        t('city.section.figures'),
        html` <div class="row">
            ${textInput(t, s, { name: 'population', label: f('population'), check: 'integer', size: 'medium' })}
            ${textInput(t, s, { name: 'populationYear', label: f('populationYear'), check: 'integer', minlength: 4, maxlength: 4, size: 'short' })}
          </div>
          <div class="row">
            ${textInput(t, s, { name: 'migrantShare', label: f('migrantShare'), check: 'number', size: 'short' })}
            ${textInput(t, s, { name: 'migrantShareYear', label: f('migrantShareYear'), check: 'integer', minlength: 4, maxlength: 4, size: 'short' })}
          </div>
          ${textInput(t, s, { name: 'migrantShareDefinition', label: f('migrantShareDefinition'), lang })}
          ${textInput(t, s, { name: 'nationalitiesCount', label: f('nationalitiesCount'), check: 'integer', size: 'short' })}
          ${textArea(t, s, { name: 'mainNationalities', label: f('mainNationalities'), hint: t('form.linesHint'), rows: 3 })}`,
      )}
      ${section(
        'fs-context',
        t('city.section.context'),
        html` ${textArea(t, s, { name: 'migrationSituation', label: f('migrationSituation'), lang, rows: 8 })}
        ${textArea(t, s, { name: 'challenges', label: f('challenges'), lang })}`,
      )}
      ${section(
        'fs-approach',
        t('city.section.approach'),
        html` ${textArea(t, s, { name: 'strategy', label: f('strategy'), lang, rows: 8 })}
        ${textArea(t, s, { name: 'participatoryApproach', label: f('participatoryApproach'), lang })}`,
      )}
      ${section(
        'fs-networks',
        t('city.section.networks'),
        html` ${textArea(t, s, { name: 'networks', label: f('networks'), hint: t('form.linesHint'), rows: 3, lang })}
        ${yesNoGroup(t, s, 'charterSignatory', f('charterSignatory'))}
        ${textArea(t, s, { name: 'keyTakeaways', label: f('keyTakeaways'), hint: t('form.linesHint'), rows: 5, lang })}`,
      )}
      ${section(
        'fs-source',
        t('city.section.source'),
        html`<div class="row">
          ${textInput(t, s, { name: 'source.document', label: f('source.document'), maxlength: 200 })}
          ${textInput(t, s, { name: 'source.section', label: f('source.section'), maxlength: 500 })}
        </div>`,
      )}
      <div class="form-actions">
        <button type="submit">${t('practice.form.save')}</button> <a href="${base}">${t('form.cancel')}</a>
      </div>
    </form>
    ${statusPanel(ctx, { base, status: v.saved.status, draftText: t('city.form.statusDraft'), publishedText: t('city.form.statusPublished'), publish: t('city.publish'), unpublish: t('city.unpublish') })}`;
}
