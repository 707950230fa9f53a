import type { AreaResult, RunOptions } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { formatDate, formatNumber, labelOr } from './evidence-parts.ts';

/** A city's indicators as the city page shows them. */
export interface CityIndicatorsView {
  areaCode: string | null;
  run: { id: string; finishedAt: string; datasetName: string; options: RunOptions } | null;
  area: AreaResult | null;
}

/** The multigroup indices shown on a city page, in this order. */
const CITY_INDICES = [
  'information_theory',
  'dissimilarity',
  'diversity_normalized',
  'simpson_interaction',
  'normalized_exposure',
];

/**
 * The "Segregation and diversity" section of a city page: the latest run's results for the
 * city's area code, or a short note when none exist. Nothing when the city has no area code.
 */
export function cityIndicatorsSection(ctx: PageContext, v: CityIndicatorsView): SafeHtml {
  const { t, lang } = ctx;
  if (!v.areaCode) return html``;
  const heading = html`<h2 id="city-indicators-title">${t('evidence.city.title')}</h2>`;
  if (!v.area || !v.run) {
    return html`<section aria-labelledby="city-indicators-title">
      ${heading}
      <p>${t('evidence.city.none', { code: v.areaCode })}</p>
    </section>`;
  }
  const a = v.area;
  const rows = CITY_INDICES.filter((k) => k in a.multigroup);
  return html`<section aria-labelledby="city-indicators-title" class="city-indicators">
    ${heading}
    <p>
      ${t('evidence.city.source', { code: v.areaCode, dataset: v.run.datasetName, when: formatDate(lang, v.run.finishedAt) })}
    </p>
    <table>
      <caption class="visually-hidden">
        ${t('evidence.city.caption', { code: v.areaCode })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('evidence.city.indicator')}</th>
          <th scope="col">${t('evidence.city.value')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${t('evidence.ranking.population')}</th>
          <td>${formatNumber(lang, a.population)}</td>
        </tr>
        <tr>
          <th scope="row">${t('evidence.ranking.cells')}</th>
          <td>${formatNumber(lang, a.cells)}</td>
        </tr>
        ${rows.map(
          (k) =>
            html`<tr>
              <th scope="row">${labelOr(t, `evidence.index.${k}`, k)}</th>
              <td>${formatNumber(lang, a.multigroup[k])}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p><a href="/evidence/runs/${v.run.id}">${t('evidence.city.more')}</a></p>
  </section>`;
}
