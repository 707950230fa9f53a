import type { EvidenceRun, EvidenceSeriesListItem } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { csrfField, formatDate, problemSummary, runStatus, type ProblemView } from './evidence-parts.ts';

/** The start page's part on change over time: the series one may see and the form to start one. */
export interface SeriesListView {
  series: EvidenceSeriesListItem[];
  /** Finished runs with a year, which a series may compare. */
  yearRuns: EvidenceRun[];
  problems: ProblemView[];
  values: { name: string; runs: string[]; permutations: string; seed: string; public: boolean };
}

const FIELD_IDS: Record<string, string> = {
  name: 'series-name',
  runs: 'series-run-0',
  permutations: 'series-permutations',
  seed: 'series-seed',
  public: 'series-public',
};

const fieldId = (field: string) => FIELD_IDS[field.split('.')[0] ?? ''] ?? null;

function seriesTable(ctx: PageContext, list: EvidenceSeriesListItem[]): SafeHtml {
  const { t, lang } = ctx;
  if (!list.length) return html`<p>${t('evidence.series.none')}</p>`;
  return html`<table>
    <caption class="visually-hidden">
      ${t('evidence.series.listCaption')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('evidence.series.name')}</th>
        <th scope="col">${t('evidence.series.yearsCol')}</th>
        <th scope="col">${t('evidence.series.status')}</th>
        <th scope="col">${t('evidence.series.created')}</th>
      </tr>
    </thead>
    <tbody>
      ${list.map(
        (s) =>
          html`<tr>
            <th scope="row">
              <a href="/evidence/series/${s.id}">${s.name}</a>${
                s.public ? html` <span class="tag">${t('evidence.public')}</span>` : ''
              }
            </th>
            <td>${s.years.map((y) => y.year).join(', ')}</td>
            <td>${runStatus(t, s.status)}</td>
            <td>${formatDate(lang, s.createdAt)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function createForm(ctx: PageContext, v: SeriesListView): SafeHtml {
  const { t, lang } = ctx;
  if (!ctx.user) return html``;
  if (v.yearRuns.length < 2) return html`<p class="hint">${t('evidence.series.noYearRuns')}</p>`;
  const problem = (field: string) => v.problems.find((p) => p.field.split('.')[0] === field);
  const error = (field: string, id: string) => {
    const p = problem(field);
    return p ? html`<p class="field-error" id="${id}-error">${p.message}</p>` : '';
  };
  const invalid = (field: string, id: string) =>
    problem(field) ? html`aria-invalid="true" aria-describedby="${id}-error"` : '';
  return html`<h3 id="series-create-title">${t('evidence.series.createTitle')}</h3>
    ${problemSummary(t, v.problems, fieldId)}
    <form method="post" action="/evidence/series" aria-labelledby="series-create-title">
      ${csrfField(ctx.csrfToken)}
      <label for="series-name">${t('evidence.series.name')}</label>
      <input
        type="text"
        id="series-name"
        name="name"
        required
        maxlength="200"
        value="${v.values.name}"
        ${invalid('name', 'series-name')}
      />
      ${error('name', 'series-name')}
      <fieldset ${problem('runs') ? html`aria-describedby="series-run-0-error"` : ''}>
        <legend>${t('evidence.series.runs')}</legend>
        ${v.yearRuns.map(
          (r, i) =>
            html`<div>
              <input
                type="checkbox"
                id="series-run-${i}"
                name="runs"
                value="${r.id}"
                ${v.values.runs.includes(r.id) ? html`checked` : ''}
              />
              <label for="series-run-${i}" class="inline-label"
                >${t('evidence.series.runLabel', { year: r.options.year ?? '–', dataset: r.datasetName, created: formatDate(lang, r.createdAt) })}</label
              >
            </div>`,
        )}
        ${error('runs', 'series-run-0')}
      </fieldset>
      <label for="series-permutations">${t('evidence.series.permutations')}</label>
      <input
        type="number"
        id="series-permutations"
        name="permutations"
        min="19"
        max="9999"
        step="1"
        value="${v.values.permutations}"
        ${invalid('permutations', 'series-permutations')}
      />
      ${error('permutations', 'series-permutations')}
      <label for="series-seed">${t('evidence.series.seed')}</label>
      <input
        type="number"
        id="series-seed"
        name="seed"
        min="0"
        step="1"
        value="${v.values.seed}"
        ${invalid('seed', 'series-seed')}
      />
      ${error('seed', 'series-seed')}
      <p>
        <input
          type="checkbox"
          id="series-public"
          name="public"
          value="true"
          ${v.values.public ? html`checked` : ''}
          ${invalid('public', 'series-public')}
        />
        <label for="series-public" class="inline-label">${t('evidence.series.public')}</label>
      </p>
      ${error('public', 'series-public')}
      <p><button type="submit">${t('evidence.series.start')}</button></p>
    </form>`;
}

/** The series section of the evidence start page. */
export function seriesSection(ctx: PageContext, v: SeriesListView): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="series-title">
    <h2 id="series-title">${t('evidence.series.title')}</h2>
    <p>${t('evidence.series.intro')}</p>
    ${seriesTable(ctx, v.series)} ${createForm(ctx, v)}
  </section>`;
}
