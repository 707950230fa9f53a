/** The state of a practice search, as its address carries it (same parameters as GET /api/v1/practices). */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: string | null;
  page: number;
  pageSize: number;
  status: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;

/**
 * The address of a search: `/practices?q=…&country=FR,IT&page=2`. Defaults are left out
 * so equal searches share one address; filter values are comma-separated.
 */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}): string {
  const s = { ...state, ...change };
  const params = new URLSearchParams();
  if (s.q) params.set('q', s.q);
  for (const [facet, values] of Object.entries(s.filters)) if (values.length) params.set(facet, values.join(','));
  if (s.status) params.set('status', s.status);
  if (s.sort) params.set('sort', s.sort);
  if (s.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(s.pageSize));
  if (s.page > 1) params.set('page', String(s.page));
  const query = params.toString();
  return query ? `/practices?${query}` : '/practices';
}

/** The same search without one facet's filter (or without one value of it), from page 1. */
export function withoutFilter(state: SearchState, facet: string, value?: string): string {
  const rest = value === undefined ? [] : (state.filters[facet] ?? []).filter((v) => v !== value);
  return searchHref(state, { filters: { ...state.filters, [facet]: rest }, page: 1 });
}
