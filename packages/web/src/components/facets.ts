import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { fieldId } from './form-fields.ts';
import { facetValueLabel } from './labels.ts';
import type { SearchState } from './search-url.ts';
import { withoutFilter } from './search-url.ts';

/** Facet counts as the search returns them. */
export type FacetCounts = Record<string, { value: string; count: number }[]>;

const SHOWN = 8;

function checkbox(
  t: Translate,
  facet: string,
  value: string,
  count: number,
  checked: boolean,
  cityNames: Record<string, string>,
): SafeHtml {
  const id = fieldId(`facet-${facet}-${value}`);
  const label = facetValueLabel(t, facet, value, cityNames);
  return html`<div class="choice">
    <input type="checkbox" id="${id}" name="${facet}" value="${value}" ${checked ? html`checked` : ''} />
    <label for="${id}">${label} <span class="count">(${count})</span></label>
  </div>`;
}

/**
 * One fieldset of checkboxes per facet, each value with its count. Selected values stay
 * listed (count 0 when nothing matches) so they can be unticked; long lists fold after 8.
 */
export function facetFieldsets(
  t: Translate,
  facets: FacetCounts,
  order: string[],
  state: SearchState,
  cityNames: Record<string, string>,
): SafeHtml {
  return html`${order.map((facet) => {
    const selected = state.filters[facet] ?? [];
    const counts = [...(facets[facet] ?? [])];
    for (const v of selected) if (!counts.some((c) => c.value === v)) counts.push({ value: v, count: 0 });
    if (!counts.length) return html``;
    const first = counts.filter((c, i) => i < SHOWN || selected.includes(c.value));
    const rest = counts.filter((c, i) => i >= SHOWN && !selected.includes(c.value));
    const box = (c: { value: string; count: number }) =>
      checkbox(t, facet, c.value, c.count, selected.includes(c.value), cityNames);
    return html`<fieldset class="facet" id="facet-${facet}">
      <legend>${t(`facet.${facet}`)}</legend>
      ${first.map(box)}
      ${
        rest.length
          ? html`<details>
              <summary>${t('practices.filters.more', { count: rest.length })}</summary>
              ${rest.map(box)}
            </details>`
          : ''
      }
    </fieldset>`;
  })}`;
}

/** The active filters as links that remove them one by one. */
export function activeFilters(t: Translate, state: SearchState, cityNames: Record<string, string>): SafeHtml {
  const chips = Object.entries(state.filters).flatMap(([facet, values]) =>
    values.map((value) => {
      const label = facetValueLabel(t, facet, value, cityNames);
      return html`<li>
        <a
          class="chip"
          href="${withoutFilter(state, facet, value)}"
          aria-label="${t('practices.filters.remove', { facet: t(`facet.${facet}`), value: label })}"
          >${label} <span aria-hidden="true">×</span></a
        >
      </li>`;
    }),
  );
  if (!chips.length) return html``;
  return html`<div class="active-filters">
    <h3 class="visually-hidden" id="active-filters-title">${t('practices.filters.active')}</h3>
    <ul aria-labelledby="active-filters-title">
      ${chips}
    </ul>
  </div>`;
}
