import '../messages/en/network.ts';
import { TARGET_GROUPS, THEMES, TYPOLOGIES } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import type { Translate } from '../i18n.ts';
import { selectField } from '../components/form-fields.ts';
import { countryName, facetValueLabel } from '../components/labels.ts';
import { cityLabel, networkMapSvg, type NetworkMapView } from './network-map.ts';

export { networkMapSvg, type MapCity, type NetworkMapView } from './network-map.ts';

const FILTERS = [
  ['theme', THEMES],
  ['typology', TYPOLOGIES],
  ['targetGroup', TARGET_GROUPS],
] as const;
type FilterName = (typeof FILTERS)[number][0];

/** What the network page shows: the filters applied and their options, the map, and the cities off it. */
export interface NetworkPageView {
  filters: Record<FilterName, string | null>;
  options: Record<FilterName, { value: string; count: number }[]>;
  practiceCount: number;
  map: NetworkMapView;
  /** Cities that pass the filters but are not drawn (no coordinates, or outside the map). */
  unlocated: { id: string; name: string; country: string; practiceCount: number }[];
}

/** The practice search with the page's filters and this city. */
function practicesUrl(v: NetworkPageView, cityId: string): string {
  const q = new URLSearchParams({ city: cityId });
  for (const [name] of FILTERS) if (v.filters[name]) q.set(name, v.filters[name]);
  return `/practices?${q.toString()}`;
}

function filterForm(t: Translate, v: NetworkPageView): SafeHtml {
  const values = Object.fromEntries(FILTERS.map(([name]) => [name, v.filters[name] ?? '']));
  const state = { values, errors: {} };
  return html`<form method="get" action="/network" class="network-filters" data-network-filters>
    <fieldset>
      <legend>${t('network.filters')}</legend>
      <div class="row">
        ${FILTERS.map(([name, vocabulary]) => {
          const counts = new Map(v.options[name].map((o) => [o.value, o.count]));
          return selectField(t, state, {
            name,
            label: t(`network.filter.${name}`),
            options: [
              { value: '', label: t('network.filter.any') },
              ...vocabulary.map((value) => ({
                value,
                label: t('network.filter.option', {
                  label: facetValueLabel(t, name, value, {}),
                  count: counts.get(value) ?? 0,
                }),
              })),
            ],
          });
        })}
      </div>
      <div class="actions">
        <button type="submit">${t('network.filter.apply')}</button>
        <a href="/network">${t('network.filter.clear')}</a>
      </div>
    </fieldset>
  </form>`;
}

function cityTable(t: Translate, v: NetworkPageView): SafeHtml {
  return html`<section aria-labelledby="network-list-title" id="network-list">
    <h2 id="network-list-title">${t('network.list')}</h2>
    <div class="table-wrap" role="region" aria-labelledby="network-list-caption" tabindex="0">
      <table class="network-cities">
        <caption id="network-list-caption">
          ${t('network.list.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('network.list.city')}</th>
            <th scope="col">${t('network.list.country')}</th>
            <th scope="col" class="num">${t('network.list.practices')}</th>
          </tr>
        </thead>
        <tbody>
          ${v.map.cities.map(
            (c) =>
              html`<tr data-city="${c.id}">
                <th scope="row"><a href="/cities/${c.id}">${c.name}</a></th>
                <td>${countryName(t, c.country)}</td>
                <td class="num">
                  ${
                    c.practiceCount
                      ? html`<a
                          href="${practicesUrl(v, c.id)}"
                          aria-label="${t('network.list.practicesLink', { count: c.practiceCount, name: c.name })}"
                          >${c.practiceCount}</a
                        >`
                      : '0'
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      v.unlocated.length
        ? html`<h3>${t('network.unlocated')}</h3>
            <ul>
              ${v.unlocated.map((c) => html`<li><a href="/cities/${c.id}">${cityLabel(t, c)}</a></li>`)}
            </ul>`
        : ''
    }
  </section>`;
}

/** The part the filters change (the script swaps it in place): summary, map, list. */
function results(t: Translate, v: NetworkPageView): SafeHtml {
  const cities = v.map.cities.length;
  const summary = t(cities === 1 ? 'network.summary.one' : 'network.summary', {
    cities,
    practices: v.practiceCount,
  });
  return html`<div id="network-results" data-summary="${summary}">
    <p class="network-summary"><strong>${summary}</strong></p>
    ${cities === 0 ? html`<p class="notice">${t('network.empty')}</p>` : ''}
    <figure class="network-figure">
      <a class="skip-map" href="#network-list">${t('network.map.skip')}</a>
      ${networkMapSvg(t, v.map)}
      <figcaption class="meta">${t('network.map.source')}</figcaption>
    </figure>
    ${cityTable(t, v)}
  </div>`;
}

/** The learning network: filters (a GET form, applied as they change when scripts run), the map and the same cities as a table. */
export function networkPage(ctx: PageContext, v: NetworkPageView): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('network.title')}</h1>
    <p class="lead">${t('network.lead')}</p>
    ${filterForm(t, v)}
    <p id="network-status" class="visually-hidden" role="status" aria-live="polite"></p>
    ${results(t, v)}`;
}
