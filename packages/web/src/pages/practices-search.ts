import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { activeFilters, facetFieldsets, type FacetCounts } from '../components/facets.ts';
import { countryName, facetValueLabel, labelOr } from '../components/labels.ts';
import { pagination, statusBadge } from '../components/page-parts.ts';
import { themeSearchHref } from '../components/record-text.ts';
import { searchHref, withoutFilter, type SearchState } from '../components/search-url.ts';

/** One search hit as the practice search returns it. */
export interface PracticeSummaryView {
  id: string;
  name: string;
  kind: string;
  cityId: string | null;
  cityName: string | null;
  country: string | null;
  status: string;
  typology: string | null;
  themes: string[];
  excerpt: string | null;
  /** Where the words matching the query are in the excerpt: [start, end) offsets. */
  highlights?: [number, number][];
  /** Language of the record's text (name and excerpt). */
  language?: string;
  /** Language of the excerpt when it comes from a translation into the search's language. */
  excerptLanguage?: string | null;
}

/** A way out of an empty result: drop a filter, drop the words, or a similarly named practice. */
export interface SuggestionView {
  kind: 'remove-filter' | 'remove-query' | 'similar-name';
  facet?: string;
  id?: string;
  text: string;
  total?: number;
}

export interface PracticeSearchView {
  state: SearchState;
  items: PracticeSummaryView[];
  total: number;
  facets: FacetCounts;
  facetOrder: string[];
  suggestions: SuggestionView[];
  /** "Did you mean": the corrected query; `applied` when the results shown are the correction's. */
  correction?: { q: string; total: number; applied: boolean } | null;
  cityNames: Record<string, string>;
  /** Editors and administrators also see drafts and may filter by status. */
  showStatusFilter: boolean;
  canCreate: boolean;
}

/** The excerpt, the words matching the query in <mark> (each piece escaped); a cut opening ends with "…". */
function excerptText(item: PracticeSummaryView): SafeHtml | string {
  const text = item.excerpt ?? '';
  const marks = item.highlights ?? [];
  if (!marks.length) return text.length >= 280 ? `${text.replace(/\s+\S*$/, '')}…` : text;
  const parts: (SafeHtml | string)[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

/** "Did you mean": a link to the corrected search, or the note that its results are shown. */
export function correctionNote(ctx: PageContext, v: PracticeSearchView): SafeHtml {
  const c = v.correction;
  if (!c) return html``;
  const { t } = ctx;
  const link = html`<a href="${searchHref(v.state, { q: c.q, page: 1 })}"><strong>${c.q}</strong></a>`;
  return c.applied
    ? html`<p class="correction" id="correction">
        ${t('practices.correction.showing')} ${link}. ${t('practices.correction.none', { q: v.state.q })}
      </p>`
    : html`<p class="correction" id="correction">${t('practices.correction.didYouMean')} ${link}</p>`;
}

function resultItem(ctx: PageContext, item: PracticeSummaryView): SafeHtml {
  const { t } = ctx;
  const place = item.cityName
    ? [item.cityName, countryName(t, item.country)].filter(Boolean).join(', ')
    : t('practices.item.noCity');
  const meta = [place, t(`kind.${item.kind}`), item.typology ? t(`typology.${item.typology}`) : null]
    .filter(Boolean)
    .join(' · ');
  return html`<li class="result">
    <h3>
      <a href="/practices/${item.id}" ${item.language ? html`lang="${item.language}"` : ''}>${item.name}</a>
      ${statusBadge(t, item.status)}
    </h3>
    <p class="meta">${meta}</p>
    ${item.excerpt ? html`<p class="excerpt" ${(item.excerptLanguage ?? item.language) ? html`lang="${item.excerptLanguage ?? item.language}"` : ''}>${excerptText(item)}</p>` : ''}
    ${
      item.themes.length
        ? html`<ul class="tags" aria-label="${t('practices.item.themes')}">
            ${item.themes.map((th) => html`<li class="tag"><a href="${themeSearchHref(th)}">${labelOr(t, `theme.${th}`, th)}</a></li>`)}
          </ul>`
        : ''
    }
  </li>`;
}

function suggestionLink(ctx: PageContext, v: PracticeSearchView, s: SuggestionView): SafeHtml {
  const { t } = ctx;
  if (s.kind === 'remove-filter' && s.facet) {
    const values = (v.state.filters[s.facet] ?? [])
      .map((val) => facetValueLabel(t, s.facet!, val, v.cityNames))
      .join(', ');
    return html`<li>
      <a href="${withoutFilter(v.state, s.facet)}"
        >${t('practices.suggest.removeFilter', { facet: t(`facet.${s.facet}`), values, count: s.total ?? 0 })}</a
      >
    </li>`;
  }
  if (s.kind === 'remove-query')
    return html`<li>
      <a href="${searchHref(v.state, { q: '', page: 1 })}"
        >${t('practices.suggest.removeQuery', { q: v.state.q, count: s.total ?? 0 })}</a
      >
    </li>`;
  return html`<li><a href="/practices/${s.id ?? ''}">${t('practices.suggest.similar', { name: s.text })}</a></li>`;
}

/** The results block: the list and its pagination, or the empty state with suggestions. */
export function practiceResults(ctx: PageContext, v: PracticeSearchView): SafeHtml {
  const { t } = ctx;
  if (!v.items.length) {
    return html`<div class="no-results">
      <p><strong>${t('practices.results.none')}</strong></p>
      ${
        v.suggestions.length
          ? html`<p>${t('practices.results.tryInstead')}</p>
              <ul class="suggestions">
                ${v.suggestions.map((s) => suggestionLink(ctx, v, s))}
              </ul>`
          : html`<p>${t('practices.results.noSuggestion')}</p>`
      }
    </div>`;
  }
  return html`<ol class="result-list" start="${(v.state.page - 1) * v.state.pageSize + 1}">
      ${v.items.map((i) => resultItem(ctx, i))}
    </ol>
    ${pagination(t, v.state.page, v.state.pageSize, v.total, (page) => searchHref(v.state, { page }))}`;
}

/** The words announcing how many practices match. */
export const resultCount = (ctx: PageContext, total: number): string =>
  total === 1 ? ctx.t('practices.results.countOne') : ctx.t('practices.results.count', { count: total });

function sortSelect(ctx: PageContext, v: PracticeSearchView): SafeHtml {
  const { t } = ctx;
  const current = v.state.sort ?? 'relevance';
  const options = ['relevance', 'name', 'updated', 'city'];
  return html`<div class="form-field">
    <label for="sort">${t('practices.sort.label')}</label>
    <select id="sort" name="sort" data-default="relevance">
      ${options.map((o) => html`<option value="${o}" ${o === current ? html`selected` : ''}>${t(`practices.sort.${o}`)}</option>`)}
    </select>
  </div>`;
}

function statusSelect(ctx: PageContext, v: PracticeSearchView): SafeHtml {
  const { t } = ctx;
  const options: [string, string][] = [
    ['', 'practices.status.all'],
    ['published', 'practices.status.published'],
    ['draft', 'practices.status.draft'],
  ];
  return html`<div class="form-field">
    <label for="status">${t('practices.status.label')}</label>
    <select id="status" name="status">
      ${options.map(([value, key]) => html`<option value="${value}" ${value === (v.state.status ?? '') ? html`selected` : ''}>${t(key)}</option>`)}
    </select>
  </div>`;
}

/**
 * The search page: one GET form (so every search has a shareable address) holding the
 * search box, sorting, facet checkboxes with counts, the announced result count and the results.
 */
export function practiceSearchPage(ctx: PageContext, v: PracticeSearchView): SafeHtml {
  const { t } = ctx;
  const active = Object.values(v.state.filters).reduce((n, values) => n + values.length, v.state.status ? 1 : 0);
  return html`<div class="page-head">
      <h1>${t('practices.title')}</h1>
      ${v.canCreate ? html`<a class="button secondary" href="/practices/new">${t('practices.new')}</a>` : ''}
    </div>
    <p class="lead">${t('practices.intro')}</p>
    <form id="practice-search" method="get" action="/practices" data-live-search>
      <div class="search-bar" role="search">
        <div class="form-field grow">
          <label for="q">${t('practices.search.label')}</label>
          <p class="hint" id="q-hint">${t('practices.search.hint')}</p>
          <input type="search" id="q" name="q" value="${v.state.q}" aria-describedby="q-hint" autocomplete="off" />
        </div>
        ${sortSelect(ctx, v)} ${v.showStatusFilter ? statusSelect(ctx, v) : ''}
        ${v.state.pageSize !== 20 ? html`<input type="hidden" name="pageSize" value="${v.state.pageSize}" />` : ''}
        <button type="submit">${t('practices.search.button')}</button>
      </div>
      <p class="skip-results"><a href="#results-title">${t('practices.results.skip')}</a></p>
      <p id="result-count" class="result-count" role="status" aria-live="polite" aria-atomic="true">
        ${resultCount(ctx, v.total)}
      </p>
      <div class="layout-2col">
        <details class="filters-panel" id="filters-panel" open>
          <summary>
            ${t(active === 1 ? 'practices.filters.toggleOne' : 'practices.filters.toggle', { count: active })}
          </summary>
          <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title">${t('practices.filters.title')}</h2>
            <div id="facet-groups">${facetFieldsets(t, v.facets, v.facetOrder, v.state, v.cityNames)}</div>
            <div class="filter-actions">
              <button type="submit" class="secondary" data-apply-filters>${t('practices.filters.apply')}</button>
              <a href="/practices">${t('practices.filters.clear')}</a>
            </div>
          </section>
        </details>
        <section class="results" aria-labelledby="results-title">
          <h2 id="results-title" class="visually-hidden">${t('practices.results.title')}</h2>
          <div id="results">
            ${correctionNote(ctx, v)}${activeFilters(t, v.state, v.cityNames)}${practiceResults(ctx, v)}
          </div>
        </section>
      </div>
    </form>`;
}
