import { EVIDENCE_COMPAT, EVIDENCE_KERNELS, type EvidenceDataset, type EvidenceRun } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { runTable } from './evidence-home.ts';
import { inferenceFields } from './evidence-inference-form.ts';
import { csrfField, formatBytes, problemSummary, type ProblemView } from './evidence-parts.ts';

/** The mapping and run form's values, as text (what the user typed or chose). */
export interface MappingFormValues {
  cellId: string;
  x: string;
  y: string;
  cellSize: string;
  area: string;
  total: string;
  year: string;
  groups: string[];
  bandwidths: string;
  kernel: string;
  compat: string;
  permutations: string;
  bootstrap: string;
  spatialPermutations: string;
  seed: string;
  profile: string;
  decomposeBy: string;
  hotspots: boolean;
  runYear: string;
  public: boolean;
}

/** What a dataset's page shows. */
export interface EvidenceDatasetView {
  dataset: EvidenceDataset;
  runs: EvidenceRun[];
  /** The owner and administrators may save the mapping; anyone signed in may run. */
  canEdit: boolean;
  canRun: boolean;
  values: MappingFormValues;
  problems: ProblemView[];
  notice: string | null;
}

/** The id of the control a problem's field points at (`mapping.groups.2` → the groups fieldset). */
export function mappingFieldId(field: string): string | null {
  const [scope, name] = field.split('.');
  if (scope === 'mapping' && name) return name === 'groups' ? 'm-group-0' : `m-${name}`;
  if (scope === 'options' && name) return `o-${name}`;
  return null;
}

function columnSelect(
  ctx: PageContext,
  v: EvidenceDatasetView,
  name: 'cellId' | 'x' | 'y' | 'area' | 'total' | 'year',
  noneKey: string,
): SafeHtml {
  const { t } = ctx;
  const id = `m-${name}`;
  const problem = v.problems.find((p) => p.field === `mapping.${name}`);
  return html`<label for="${id}">${t(`evidence.mapping.${name}`)}</label>
    <select id="${id}" name="${name}" ${problem ? html`aria-invalid="true" aria-describedby="${id}-error"` : ''}>
      <option value="">${t(noneKey)}</option>
      ${v.dataset.header.map((h) => html`<option value="${h}" ${v.values[name] === h ? html`selected` : ''}>${h}</option>`)}</select
    >${problem ? html`<p class="field-error" id="${id}-error">${problem.message}</p>` : ''}`;
}

function runYearField(ctx: PageContext, v: EvidenceDatasetView): SafeHtml {
  const { t } = ctx;
  const problem = v.problems.find((p) => p.field === 'options.year');
  return html`<label for="o-year">${t('evidence.options.year')}</label>
    <p class="hint" id="o-year-hint">${t('evidence.options.yearHint')}</p>
    <input
      type="text"
      id="o-year"
      name="runYear"
      maxlength="32"
      value="${v.values.runYear}"
      aria-describedby="o-year-hint${problem ? ' o-year-error' : ''}"
      ${problem ? html`aria-invalid="true"` : ''}
    />
    ${problem ? html`<p class="field-error" id="o-year-error">${problem.message}</p>` : ''}`;
}

function previewTable(ctx: PageContext, d: EvidenceDataset): SafeHtml {
  const { t } = ctx;
  return html`<div class="compare" tabindex="0" role="region" aria-labelledby="preview-title">
    <table>
      <caption id="preview-title">
        ${t('evidence.dataset.previewCaption', { rows: d.preview.length })}
      </caption>
      <thead>
        <tr>
          ${d.header.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${d.preview.map(
          (row) =>
            html`<tr>
              ${d.header.map((_, i) => html`<td>${row[i] ?? ''}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function mappingForm(ctx: PageContext, v: EvidenceDatasetView): SafeHtml {
  const { t } = ctx;
  const groupProblem = v.problems.find((p) => p.field.startsWith('mapping.groups'));
  const optionProblem = (name: string) => v.problems.find((p) => p.field.startsWith(`options.${name}`));
  const bwProblem = optionProblem('bandwidths');
  return html`<form method="post" action="/evidence/datasets/${v.dataset.id}/mapping" class="evidence-mapping">
    ${csrfField(ctx.csrfToken)}
    <fieldset>
      <legend>${t('evidence.mapping.placeLegend')}</legend>
      <p class="hint">${t('evidence.mapping.placeHint')}</p>
      ${columnSelect(ctx, v, 'cellId', 'evidence.mapping.noneXy')} ${columnSelect(ctx, v, 'x', 'evidence.mapping.none')}
      ${columnSelect(ctx, v, 'y', 'evidence.mapping.none')}
      <label for="m-cellSize">${t('evidence.mapping.cellSize')}</label>
      <input
        type="number"
        id="m-cellSize"
        name="cellSize"
        min="0"
        step="any"
        inputmode="decimal"
        value="${v.values.cellSize}"
      />
    </fieldset>
    <fieldset ${groupProblem ? html`aria-describedby="m-groups-error"` : ''}>
      <legend>${t('evidence.mapping.groups')}</legend>
      <p class="hint">${t('evidence.mapping.groupsHint')}</p>
      ${v.dataset.header.map(
        (h, i) =>
          html`<div>
            <input
              type="checkbox"
              id="m-group-${i}"
              name="groups"
              value="${h}"
              ${v.values.groups.includes(h) ? html`checked` : ''}
            />
            <label for="m-group-${i}" class="inline-label">${h}</label>
          </div>`,
      )}
      ${groupProblem ? html`<p class="field-error" id="m-groups-error">${groupProblem.message}</p>` : ''}
    </fieldset>
    ${columnSelect(ctx, v, 'area', 'evidence.mapping.noArea')}
    ${columnSelect(ctx, v, 'total', 'evidence.mapping.noTotal')}
    ${columnSelect(ctx, v, 'year', 'evidence.mapping.noYear')}
    <fieldset>
      <legend>${t('evidence.options.legend')}</legend>
      ${runYearField(ctx, v)}
      <label for="o-bandwidths">${t('evidence.options.bandwidths')}</label>
      <p class="hint" id="o-bandwidths-hint">${t('evidence.options.bandwidthsHint')}</p>
      <input
        type="text"
        id="o-bandwidths"
        name="bandwidths"
        value="${v.values.bandwidths}"
        aria-describedby="o-bandwidths-hint${bwProblem ? ' o-bandwidths-error' : ''}"
        ${bwProblem ? html`aria-invalid="true"` : ''}
      />
      ${bwProblem ? html`<p class="field-error" id="o-bandwidths-error">${bwProblem.message}</p>` : ''}
      <label for="o-kernel">${t('evidence.options.kernel')}</label>
      <select id="o-kernel" name="kernel">
        ${EVIDENCE_KERNELS.map((k) => html`<option value="${k}" ${v.values.kernel === k ? html`selected` : ''}>${t(`evidence.kernel.${k}`)}</option>`)}
      </select>
      <label for="o-compat">${t('evidence.options.compat')}</label>
      <select id="o-compat" name="compat" aria-describedby="o-compat-hint">
        ${EVIDENCE_COMPAT.map((c) => html`<option value="${c}" ${v.values.compat === c ? html`selected` : ''}>${t(`evidence.compat.${c}`)}</option>`)}
      </select>
      <p class="hint" id="o-compat-hint">${t('evidence.options.compatHint')}</p>
      ${inferenceFields(ctx, v)}
      <p>
        <input type="checkbox" id="o-public" name="public" value="true" ${v.values.public ? html`checked` : ''} />
        <label for="o-public" class="inline-label">${t('evidence.options.public')}</label>
      </p>
    </fieldset>
    <p>
      ${v.canRun ? html`<button type="submit" name="action" value="run">${t('evidence.mapping.run')}</button>` : ''}
      ${v.canEdit ? html`<button type="submit" name="action" value="save" class="secondary">${t('evidence.mapping.save')}</button>` : ''}
    </p>
  </form>`;
}

/** A dataset's page: detected header and first rows, the column mapping and run form, its runs. */
export function evidenceDatasetPage(ctx: PageContext, v: EvidenceDatasetView): SafeHtml {
  const { t, lang } = ctx;
  const d = v.dataset;
  return html`<nav class="breadcrumb" aria-label="${t('evidence.breadcrumb')}">
      <ol>
        <li><a href="/evidence">${t('nav.evidence')}</a></li>
        <li aria-current="page">${d.name}</li>
      </ol>
    </nav>
    <h1>${d.name}</h1>
    <p class="meta">
      ${d.fileName} · ${d.format} ·
      ${formatBytes(lang, d.sizeBytes)}${d.ownerName ? ` · ${t('evidence.dataset.owner', { name: d.ownerName })}` : ''}${d.public ? ` · ${t('evidence.public')}` : ''}
    </p>
    ${v.notice ? html`<div class="notice" role="status">${v.notice}</div>` : ''}
    ${problemSummary(t, v.problems, mappingFieldId)}
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t('evidence.dataset.previewTitle')}</h2>
      <p>${t('evidence.dataset.header', { count: d.header.length })}</p>
      ${previewTable(ctx, d)}
    </section>
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">${t('evidence.mapping.title')}</h2>
      ${v.canRun ? mappingForm(ctx, v) : html`<p class="notice">${t('evidence.dataset.signInToRun')} <a href="/sign-in?next=/evidence/datasets/${d.id}">${t('nav.signIn')}</a></p>`}
    </section>
    <section aria-labelledby="dataset-runs">
      <h2 id="dataset-runs">${t('evidence.runs.title')}</h2>
      ${runTable(ctx, v.runs)}
    </section>`;
}
