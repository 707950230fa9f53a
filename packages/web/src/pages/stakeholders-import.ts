import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb } from '../components/page-parts.ts';

export interface StakeholderImportView {
  city: { id: string; name: string };
  csv: string;
  /** Problems of the last attempt, each naming its line and column. */
  problems: string[];
}

/** The CSV import form: paste, import all or nothing, see every problem with its line and column. */
export function stakeholderImportPage(ctx: PageContext, v: StakeholderImportView): SafeHtml {
  const { t } = ctx;
  return html`${breadcrumb(t, [[`/cities/${v.city.id}/stakeholders`, t('stakeholders.title', { city: v.city.name })]], t('stakeholders.import'))}
    <h1>${t('stakeholders.importTitle', { city: v.city.name })}</h1>
    <p>${t('stakeholders.importIntro')}</p>
    ${
      v.problems.length
        ? html`<div
            class="error-summary"
            role="alert"
            tabindex="-1"
            aria-labelledby="import-errors-h"
            data-error-summary
          >
            <h2 id="import-errors-h">${t('stakeholders.importErrors')}</h2>
            <ul>
              ${v.problems.map((p) => html`<li>${p}</li>`)}
            </ul>
          </div>`
        : ''
    }
    <form method="post" action="/cities/${v.city.id}/stakeholders/import">
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      <div class="form-field">
        <label for="f-csv">${t('stakeholders.importField')}</label>
        <textarea
          id="f-csv"
          name="csv"
          rows="12"
          required
          spellcheck="false"
          ${v.problems.length ? html`aria-invalid="true"` : ''}
        >
${v.csv}</textarea>
      </div>
      <p><button type="submit">${t('stakeholders.importButton')}</button></p>
    </form>`;
}
