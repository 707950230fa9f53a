import '../messages/en/open-data.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

export interface OpenDataView {
  sections: readonly string[];
  /** The sections the viewer may import into (none: no import form). */
  importable: readonly string[];
  /** The section chosen in the import form and the pasted text (after a failed import). */
  section: string;
  csv: string;
  problems: string[];
  notice: string | null;
}

/** The open data page: downloads for everyone, the CSV import form for editors and administrators. */
export function openDataPage(ctx: PageContext, v: OpenDataView): SafeHtml {
  const { t } = ctx;
  const file = (key: string, ext: string, query = '') => `/api/v1/open-data/${key}.${ext}${query}`;
  return html`<h1>${t('openData.title')}</h1>
    <p>${t('openData.lead')}</p>
    ${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ''}
    <h2>${t('openData.datasets')}</h2>
    <ul class="open-data-list">
      ${v.sections.map(
        (key) =>
          html`<li>
            ${t(`openData.section.${key}`)}: <a href="${file(key, 'csv')}" download>${t('openData.csv')}</a> ·
            <a href="${file(key, 'csv', '?bom=false')}" download>${t('openData.csvNoBom')}</a> ·
            <a href="${file(key, 'json')}" download>${t('openData.json')}</a>
          </li>`,
      )}
      <li><a href="/api/v1/open-data/convivio-open-data.zip" download>${t('openData.all')}</a></li>
      <li><a href="/api/v1/catalog">${t('openData.catalog')}</a></li>
    </ul>
    <p>${t('openData.csvFormat')}</p>
    ${v.importable.length ? importForm(ctx, v) : ''}`;
}

function importForm(ctx: PageContext, v: OpenDataView): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="import-title">
    <h2 id="import-title">${t('openData.importTitle')}</h2>
    <p>${t('openData.importIntro')}</p>
    ${
      v.problems.length
        ? html`<div
            class="error-summary"
            role="alert"
            tabindex="-1"
            aria-labelledby="import-errors-h"
            data-error-summary
          >
            <h2 id="import-errors-h">${t('openData.importErrors')}</h2>
            <ul>
              ${v.problems.map((p) => html`<li>${p}</li>`)}
            </ul>
          </div>`
        : ''
    }
    <form method="post" action="/open-data/import" enctype="multipart/form-data">
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      <div class="form-field">
        <label for="f-section">${t('openData.importSection')}</label>
        <select id="f-section" name="section">
          ${v.importable.map(
            (key) =>
              html`<option value="${key}" ${key === v.section ? html`selected` : ''}>
                ${t(`openData.section.${key}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="form-field">
        <label for="f-csv-text">${t('openData.importPaste')}</label>
        <textarea
          id="f-csv-text"
          name="csv"
          rows="6"
          spellcheck="false"
          ${v.problems.length ? html`aria-invalid="true"` : ''}
        >
${v.csv}</textarea>
      </div>
      <div class="form-field">
        <label for="f-file">${t('openData.importFile')}</label>
        <input id="f-file" name="file" type="file" accept=".csv,text/csv" />
      </div>
      <p><button type="submit">${t('openData.importButton')}</button></p>
    </form>
  </section>`;
}
