import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

export interface ReportsPageView {
  cities: { id: string; name: string; country: string; mustALab: boolean }[];
  /** The cities ticked (empty: the seven MUST-a-Lab cities). */
  chosen: string[];
  /** Names of the cities the download links cover. */
  coveredNames: string[];
  /** The API address of the report without its format (…?cities=… or no query). */
  reportPath: string;
}

function cityBoxes(cities: ReportsPageView['cities'], chosen: Set<string>, legend: string, idPrefix: string): SafeHtml {
  if (!cities.length) return html``;
  return html`<fieldset class="choices">
    <legend>${legend}</legend>
    <div class="choice-list columns">
      ${cities.map(
        (c, i) =>
          html`<div class="choice">
            <input
              type="checkbox"
              id="${idPrefix}-${i}"
              name="cities"
              value="${c.id}"
              ${chosen.has(c.id) ? html`checked` : ''}
            />
            <label for="${idPrefix}-${i}">${c.name} (${c.country})</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** The reports page: pick cities, then download the State-of-the-Art report in three formats. */
export function reportsPage(ctx: PageContext, v: ReportsPageView): SafeHtml {
  const { t } = ctx;
  const chosen = new Set(v.chosen);
  const sep = v.reportPath.includes('?') ? '&' : '?';
  const link = (format: string, label: string) =>
    html`<li>
      <a href="${v.reportPath}${sep}format=${format}" ${format === 'html' ? '' : html`download`}>${label}</a>
    </li>`;
  return html`<h1>${t('report.title')}</h1>
    <p>${t('reports.intro')}</p>
    <form method="get" action="/reports" class="report-picker">
      <h2>${t('reports.pickCities')}</h2>
      <p class="hint">${t('reports.pickHint')}</p>
      ${cityBoxes(
        v.cities.filter((c) => c.mustALab),
        chosen,
        t('reports.mustALab'),
        'city-m',
      )}
      ${cityBoxes(
        v.cities.filter((c) => !c.mustALab),
        chosen,
        t('reports.otherCities'),
        'city-o',
      )}
      <p><button type="submit">${t('reports.choose')}</button></p>
    </form>
    <section aria-labelledby="downloads">
      <h2 id="downloads">${t('reports.formats', { cities: v.coveredNames.join(', ') })}</h2>
      <ul class="report-formats">
        ${link('html', t('reports.formatHtml'))}${link('pdf', t('reports.formatPdf'))}${link('docx', t('reports.formatDocx'))}
      </ul>
    </section>
    <p><a href="/labs">${t('reports.labsLink')}</a></p>`;
}
