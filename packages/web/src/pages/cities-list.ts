import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { countryName, formatNumber } from '../components/labels.ts';
import { statusBadge } from '../components/page-parts.ts';

/** A city in the list. */
export interface CitySummaryView {
  id: string;
  name: string;
  country: string;
  status: string;
  population: number | null;
  migrantShare: number | null;
  profileComplete: boolean;
  practiceCount: number;
}

export interface CityListView {
  cities: CitySummaryView[];
  filter: { q: string; country: string };
  /** Countries present, for the filter. */
  countries: string[];
  /** Cities ticked for comparison (kept after an error). */
  selected: string[];
  compareError?: string | null;
}

function filterForm(ctx: PageContext, v: CityListView): SafeHtml {
  const { t } = ctx;
  const countries = [...v.countries].sort((a, b) => countryName(t, a).localeCompare(countryName(t, b)));
  return html`<form
    method="get"
    action="/cities"
    class="filter-bar"
    role="search"
    aria-label="${t('cities.filter.button')}"
  >
    <div class="form-field">
      <label for="city-q">${t('cities.filter.q')}</label
      ><input type="search" id="city-q" name="q" value="${v.filter.q}" />
    </div>
    <div class="form-field">
      <label for="city-country">${t('cities.filter.country')}</label>
      <select id="city-country" name="country">
        <option value="">${t('cities.filter.anyCountry')}</option>
        ${countries.map((c) => html`<option value="${c}" ${c === v.filter.country ? html`selected` : ''}>${countryName(t, c)}</option>`)}
      </select>
    </div>
    <button type="submit" class="secondary">${t('cities.filter.button')}</button>
  </form>`;
}

/** The list of cities with their key figures, and a form to compare two or more of them. */
export function cityListPage(ctx: PageContext, v: CityListView): SafeHtml {
  const { t } = ctx;
  const selected = new Set(v.selected);
  return html`<h1>${t('cities.title')}</h1>
    <p class="lead">${t('cities.intro')}</p>
    <p><a href="/charter">${t('charter.citiesLink')}</a></p>
    ${filterForm(ctx, v)}
    ${
      v.compareError
        ? html`<div class="error-summary" role="alert" tabindex="-1" data-error-summary>
            <h2>${t('form.errorSummary')}</h2>
            <p><a href="#compare-${v.cities[0]?.id ?? ''}">${v.compareError}</a></p>
          </div>`
        : ''
    }
    <form method="get" action="/cities/compare" class="compare-form">
      <div class="table-wrap" role="region" aria-labelledby="cities-caption" tabindex="0">
        <table class="cities">
          <caption id="cities-caption">
            ${t('cities.table.caption')} · ${t('cities.count', { count: v.cities.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('cities.table.compare')}</th>
              <th scope="col">${t('cities.table.name')}</th>
              <th scope="col">${t('cities.table.country')}</th>
              <th scope="col" class="num">${t('cities.table.population')}</th>
              <th scope="col" class="num">${t('cities.table.migrantShare')}</th>
              <th scope="col" class="num">${t('cities.table.practices')}</th>
              <th scope="col">${t('cities.table.profile')}</th>
            </tr>
          </thead>
          <tbody>
            ${v.cities.map(
              (c) =>
                html`<tr>
                  <td>
                    <input
                      type="checkbox"
                      name="ids"
                      value="${c.id}"
                      id="compare-${c.id}"
                      ${selected.has(c.id) ? html`checked` : ''}
                    />
                    <label for="compare-${c.id}" class="visually-hidden"
                      >${t('cities.table.compareCity', { name: c.name })}</label
                    >
                  </td>
                  <th scope="row"><a href="/cities/${c.id}">${c.name}</a> ${statusBadge(t, c.status)}</th>
                  <td>${countryName(t, c.country)}</td>
                  <td class="num">${c.population === null ? '—' : formatNumber(ctx.lang, c.population)}</td>
                  <td class="num">${c.migrantShare === null ? '—' : `${formatNumber(ctx.lang, c.migrantShare)} %`}</td>
                  <td class="num">${c.practiceCount}</td>
                  <td>
                    ${c.profileComplete ? t('cities.table.fullProfile') : html`<span class="meta">${t('cities.table.shortProfile')}</span>`}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="form-actions"><button type="submit">${t('cities.compare.button')}</button></div>
    </form>`;
}
