import { ACTION_PLAN_AREAS, PRACTICE_KINDS, TARGET_GROUPS, THEMES, TYPOLOGIES } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import {
  choiceGroup,
  errorSummary,
  formValue,
  selectField,
  textArea,
  textInput,
  validationMessages,
  yesNoGroup,
  type FormState,
} from '../components/form-fields.ts';
import { breadcrumb } from '../components/page-parts.ts';
import { quantitativeRows } from '../components/quantitative-rows.ts';
import { statusPanel } from '../components/status-panel.ts';

/** The practice form: new or existing, with the values entered and the problems found. */
export interface PracticeFormView {
  mode: 'new' | 'edit';
  /** The saved practice (edit mode). */
  saved: { id: string; name: string; status: string; version: number } | null;
  state: FormState;
  /** Cities this user may file the practice under. */
  cities: { id: string; name: string }[];
  /** Every city, for partner cities. */
  allCities: { id: string; name: string }[];
  allowNoCity: boolean;
  /** Set after a 409: the version now stored. */
  conflictVersion?: number | null;
  generalError?: string | null;
}

/** The label of a practice field by its form name, for the error summary. */
export function practiceFieldLabel(ctx: PageContext, name: string): string {
  const { t } = ctx;
  const row = /^quantitativeResults\.(\d+)\.(\w+)$/.exec(name);
  if (row) return `${t('practice.quant.row', { n: Number(row[1]) + 1 })}: ${t(`practice.quant.${row[2]}`)}`;
  const key = `practice.field.${name}`;
  const label = t(key);
  return label === key ? name : label;
}

function section(id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section class="form-section" aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${body}
  </section>`;
}

/** The add/edit form for a practice: every template field, client- and server-side validated. */
export function practiceFormPage(ctx: PageContext, v: PracticeFormView): SafeHtml {
  const { t } = ctx;
  const s = v.state;
  const f = (key: string) => t(`practice.field.${key}`);
  const typed = formValue(s.values, 'language');
  const lang = /^[a-z]{2}$/.test(typed) ? typed : undefined;
  const opts = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const title = v.mode === 'new' ? t('practice.new.title') : t('practice.edit.title', { name: v.saved?.name ?? '' });
  const action = v.mode === 'new' ? '/practices/new' : `/practices/${v.saved!.id}/edit`;
  const trail: [string, string][] = v.saved
    ? [
        ['/practices', t('practice.breadcrumb')],
        [`/practices/${v.saved.id}`, v.saved.name],
      ]
    : [['/practices', t('practice.breadcrumb')]];
  const cityOptions = [
    ...(v.allowNoCity ? [{ value: '', label: t('practice.form.noCity') }] : []),
    ...v.cities.map((c) => ({ value: c.id, label: c.name })),
  ];
  return html`${breadcrumb(t, trail, v.mode === 'new' ? t('practice.new.title') : t('practice.edit'))}
    <h1>${title}</h1>
    ${errorSummary(t, s, (name) => practiceFieldLabel(ctx, name), v.generalError)}
    ${
      v.conflictVersion
        ? html`<div class="warning" role="alert">
            <p>${t('form.conflict', { version: v.conflictVersion })}</p>
            <p>
              <a href="/practices/${v.saved?.id ?? ''}" target="_blank" rel="noopener">${t('form.conflictLink')}</a>
            </p>
          </div>`
        : ''
    }
    <p class="lead">${t('practice.form.intro')}</p>
    <form method="post" action="${action}" class="record-form" novalidate data-validate ${validationMessages(t)}>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${v.saved ? html`<input type="hidden" name="version" value="${formValue(s.values, 'version') || String(v.saved.version)}" />` : ''}
      ${section(
        'fs-library',
        t('practice.section.library'),
        html` ${textInput(t, s, { name: 'name', label: f('name'), required: true, minlength: 2, maxlength: 500, lang })}
          ${v.mode === 'new' ? textInput(t, s, { name: 'id', label: f('id'), hint: t('practice.form.idHint'), maxlength: 120, size: 'medium' }) : ''}
          ${selectField(t, s, { name: 'kind', label: f('kind'), required: true, options: opts(PRACTICE_KINDS, 'kind') })}
          ${selectField(t, s, { name: 'cityId', label: f('cityId'), options: cityOptions })}
          ${textInput(t, s, { name: 'language', label: f('language'), hint: t('city.field.languageHint'), required: true, minlength: 2, maxlength: 2, size: 'short' })}
          <details class="form-more">
            <summary>${f('partnerCityIds')}</summary>
            ${choiceGroup(t, s, { name: 'partnerCityIds', legend: f('partnerCityIds'), type: 'checkbox', columns: true, options: v.allCities.map((c) => ({ value: c.id, label: c.name })) })}
          </details>`,
      )}
      ${section(
        'fs-identification',
        t('practice.section.identification'),
        html` ${textInput(t, s, { name: 'area', label: f('area'), lang })}
          ${textArea(t, s, { name: 'links', label: f('links'), hint: t('practice.form.linksHint'), check: 'url-lines', rows: 3 })}
          ${textArea(t, s, { name: 'challengesAddressed', label: f('challengesAddressed'), lang })}
          <fieldset class="group">
            <legend>${f('duration')}</legend>
            ${textInput(t, s, { name: 'duration.text', label: f('duration.text'), lang })}
            <div class="row">
              ${textInput(t, s, { name: 'duration.start', label: f('duration.start'), hint: t('practice.form.dateHint'), check: 'partial-date', size: 'short' })}
              ${textInput(t, s, { name: 'duration.end', label: f('duration.end'), hint: t('practice.form.dateHint'), check: 'partial-date', size: 'short' })}
            </div>
            ${yesNoGroup(t, s, 'duration.ongoing', f('duration.ongoing'))}
          </fieldset>
          ${textArea(t, s, { name: 'stakeholders', label: f('stakeholders'), lang })}
          ${textArea(t, s, { name: 'description', label: f('description'), lang, rows: 8 })}
          ${yesNoGroup(t, s, 'systematized.value', f('systematized.value'))}
          ${textInput(t, s, { name: 'systematized.note', label: f('systematized.note'), lang })}`,
      )}
      ${section(
        'fs-results',
        t('practice.section.results'),
        html` ${textArea(t, s, { name: 'results', label: f('results'), lang, rows: 6 })} ${quantitativeRows(t, s, lang)}`,
      )}
      ${section(
        'fs-communication',
        t('practice.section.communication'),
        html` ${textArea(t, s, { name: 'communicationStrategy', label: f('communicationStrategy'), lang })}
        ${textArea(t, s, { name: 'stakeholderInvolvement', label: f('stakeholderInvolvement'), lang })}
        ${textArea(t, s, { name: 'migrantInvolvement', label: f('migrantInvolvement'), lang })}`,
      )}
      ${section(
        'fs-lessons',
        `${t('practice.section.challengesExperienced')}, ${t('practice.section.recommendations').toLowerCase()}, ${t('practice.section.lessonsLearned').toLowerCase()}`,
        html` ${textArea(t, s, { name: 'challengesExperienced', label: f('challengesExperienced'), lang })}
        ${textArea(t, s, { name: 'recommendations', label: f('recommendations'), lang })}
        ${textArea(t, s, { name: 'lessonsLearned', label: f('lessonsLearned'), lang })}`,
      )}
      ${section(
        'fs-classification',
        t('practice.section.classification'),
        html` ${choiceGroup(t, s, { name: 'themes', legend: f('themes'), type: 'checkbox', columns: true, options: opts(THEMES, 'theme') })}
        ${choiceGroup(t, s, { name: 'targetGroups', legend: f('targetGroups'), type: 'checkbox', columns: true, options: opts(TARGET_GROUPS, 'targetGroup') })}
        ${choiceGroup(t, s, { name: 'typology', legend: f('typology'), type: 'radio', options: [...opts(TYPOLOGIES, 'typology'), { value: '', label: t('practice.form.noTypology') }] })}
        ${choiceGroup(t, s, { name: 'actionPlanAreas', legend: f('actionPlanAreas'), type: 'checkbox', options: opts(ACTION_PLAN_AREAS, 'actionPlanArea') })}`,
      )}
      ${section(
        'fs-funding',
        t('practice.section.fundingSource'),
        html` ${textArea(t, s, { name: 'funding', label: f('funding'), lang, rows: 3 })}
          <div class="row">
            ${textInput(t, s, { name: 'source.document', label: f('source.document'), maxlength: 200 })}
            ${textInput(t, s, { name: 'source.section', label: f('source.section'), maxlength: 500 })}
          </div>`,
      )}
      <div class="form-actions">
        <button type="submit">${v.mode === 'new' ? t('practice.form.saveDraft') : t('practice.form.save')}</button>
        <a href="${v.saved ? `/practices/${v.saved.id}` : '/practices'}">${t('form.cancel')}</a>
      </div>
    </form>
    ${v.saved ? statusPanel(ctx, { base: `/practices/${v.saved.id}`, status: v.saved.status, draftText: t('practice.form.statusDraft'), publishedText: t('practice.form.statusPublished'), publish: t('practice.publish'), unpublish: t('practice.unpublish') }) : ''}`;
}
