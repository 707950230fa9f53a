import type { EvidenceDataset, EvidenceRun } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { csrfField, formatBytes, formatDate, problemSummary, runStatus, type ProblemView } from './evidence-parts.ts';
import { seriesSection, type SeriesListView } from './evidence-series-list.ts';

/** What the evidence start page shows. */
export interface EvidenceHomeView {
  datasets: EvidenceDataset[];
  runs: EvidenceRun[];
  sampleAvailable: boolean;
  maxUploadMb: number;
  problems: ProblemView[];
  values: { name: string; public: boolean };
  /** Change over time: the series and the form to start one. */
  series: SeriesListView;
}

const UPLOAD_FIELDS: Record<string, string> = { file: 'ev-file', name: 'ev-name' };

function uploadForms(ctx: PageContext, v: EvidenceHomeView): SafeHtml {
  const { t } = ctx;
  if (!ctx.user) {
    return html`<p class="notice">
      ${t('evidence.home.signInToUpload')} <a href="/sign-in?next=/evidence">${t('nav.signIn')}</a>
    </p>`;
  }
  const fileError = v.problems.find((p) => p.field === 'file');
  return html`<section aria-labelledby="add-title">
    <h2 id="add-title">${t('evidence.home.addTitle')}</h2>
    ${problemSummary(t, v.problems, (f) => UPLOAD_FIELDS[f] ?? null)}
    <form method="post" action="/evidence/datasets" enctype="multipart/form-data" class="evidence-upload">
      ${csrfField(ctx.csrfToken)}
      <label for="ev-file">${t('evidence.upload.file')}</label>
      <p class="hint" id="ev-file-hint">${t('evidence.upload.fileHint', { mb: v.maxUploadMb })}</p>
      <input
        type="file"
        id="ev-file"
        name="file"
        required
        accept=".csv,.gz,.csv.gz,.tsv,.txt,.parquet"
        aria-describedby="ev-file-hint${fileError ? ' ev-file-error' : ''}"
        ${fileError ? html`aria-invalid="true"` : ''}
      />
      ${fileError ? html`<p class="field-error" id="ev-file-error">${fileError.message}</p>` : ''}
      <label for="ev-name"
        >${t('evidence.upload.name')} <span class="hint">${t('evidence.upload.optional')}</span></label
      >
      <input type="text" id="ev-name" name="name" maxlength="200" value="${v.values.name}" />
      <p>
        <input type="checkbox" id="ev-public" name="public" value="true" ${v.values.public ? html`checked` : ''} />
        <label for="ev-public" class="inline-label">${t('evidence.upload.public')}</label>
      </p>
      <p><button type="submit">${t('evidence.upload.submit')}</button></p>
    </form>
    ${
      v.sampleAvailable
        ? html`<form method="post" action="/evidence/datasets" class="evidence-sample">
            ${csrfField(ctx.csrfToken)}<input type="hidden" name="sample" value="true" />
            <p>
              ${t('evidence.sample.text')}
              <button type="submit" class="secondary">${t('evidence.sample.submit')}</button>
            </p>
          </form>`
        : ''
    }
  </section>`;
}

/** The datasets table (also used on other evidence pages). */
export function datasetTable(ctx: PageContext, datasets: EvidenceDataset[]): SafeHtml {
  const { t, lang } = ctx;
  if (!datasets.length) return html`<p>${t('evidence.datasets.none')}</p>`;
  return html`<table>
    <caption class="visually-hidden">
      ${t('evidence.datasets.title')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('evidence.datasets.name')}</th>
        <th scope="col">${t('evidence.datasets.file')}</th>
        <th scope="col">${t('evidence.datasets.size')}</th>
        <th scope="col">${t('evidence.datasets.owner')}</th>
        <th scope="col">${t('evidence.datasets.mapped')}</th>
        <th scope="col">${t('evidence.datasets.created')}</th>
      </tr>
    </thead>
    <tbody>
      ${datasets.map(
        (d) =>
          html`<tr>
            <th scope="row">
              <a href="/evidence/datasets/${d.id}">${d.name}</a
              >${d.public ? html` <span class="tag">${t('evidence.public')}</span>` : ''}${
                d.source === 'sample' ? html` <span class="tag">${t('evidence.synthetic')}</span>` : ''
              }
            </th>
            <td>${d.fileName} <span class="meta">(${d.format})</span></td>
            <td>${formatBytes(lang, d.sizeBytes)}</td>
            <td>${d.ownerName ?? '–'}</td>
            <td>${d.mapping ? t('evidence.yes') : t('evidence.no')}</td>
            <td>${formatDate(lang, d.createdAt)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The runs table (also used on a dataset's page). */
export function runTable(ctx: PageContext, runs: EvidenceRun[]): SafeHtml {
  const { t, lang } = ctx;
  if (!runs.length) return html`<p>${t('evidence.runs.none')}</p>`;
  return html`<table>
    <caption class="visually-hidden">
      ${t('evidence.runs.title')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('evidence.runs.run')}</th>
        <th scope="col">${t('evidence.runs.dataset')}</th>
        <th scope="col">${t('evidence.runs.status')}</th>
        <th scope="col">${t('evidence.runs.owner')}</th>
        <th scope="col">${t('evidence.runs.created')}</th>
      </tr>
    </thead>
    <tbody>
      ${runs.map(
        (r) =>
          html`<tr>
            <th scope="row">
              <a href="/evidence/runs/${r.id}"
                >${t('evidence.runs.label', { bandwidths: r.options.bandwidths.join(', ') || '–', kernel: r.options.kernel, compat: r.options.compat })}</a
              >${r.public ? html` <span class="tag">${t('evidence.public')}</span>` : ''}
            </th>
            <td>
              ${r.datasetName}${r.options.year ? html` <span class="tag">${t('evidence.runs.year', { year: r.options.year })}</span>` : ''}
            </td>
            <td>${runStatus(t, r.status)}${r.status === 'running' ? ` (${Math.round(r.progress * 100)} %)` : ''}</td>
            <td>${r.ownerName ?? '–'}</td>
            <td>${formatDate(lang, r.createdAt)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The evidence start page: what it is for, add a grid (or the sample), datasets and runs. */
export function evidenceHomePage(ctx: PageContext, v: EvidenceHomeView): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('evidence.home.title')}</h1>
    <p>${t('evidence.home.intro')}</p>
    ${uploadForms(ctx, v)}
    <section aria-labelledby="datasets-title">
      <h2 id="datasets-title">${t('evidence.datasets.title')}</h2>
      ${datasetTable(ctx, v.datasets)}
    </section>
    <section aria-labelledby="runs-title">
      <h2 id="runs-title">${t('evidence.runs.title')}</h2>
      ${runTable(ctx, v.runs)}
    </section>
    ${seriesSection(ctx, v.series)}`;
}
