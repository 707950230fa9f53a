import { draftScope } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { FACET_NAMES } from './facets.ts';
import { groupFacets, presentSearchItems } from './presenter.ts';
import { searchPractices, similarNames, type SearchParams, type SortOrder } from './search-query.ts';
import { correctQuery } from './spelling.ts';

export interface SearchInput {
  q?: string;
  sort?: SortOrder;
  page: number;
  pageSize: number;
  status?: 'published' | 'draft';
  lang?: string;
  [facet: string]: string | string[] | number | undefined;
}

/** Splits `a,b` filter values into lists, dropping blanks. */
export function parseFilters(input: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of FACET_NAMES) {
    const raw = input[name];
    const list = (Array.isArray(raw) ? raw : [raw])
      .filter((v): v is string => typeof v === 'string')
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (list.length) out[name] = [...new Set(list)];
  }
  return out;
}

/**
 * Searches the practices the user may see. A word the library does not hold is corrected to
 * the closest one it does ("Did you mean"); when the query as typed finds nothing and the
 * correction finds something, the correction's results are shown. With still no hit,
 * suggests what to relax: each active filter whose removal gives results, the query itself,
 * and similarly named practices.
 */
export async function runPracticeSearch(db: Queryable, user: User | null, input: SearchInput) {
  const q = input.q?.trim() || null;
  const draftsOf = draftScope(user);
  const params: SearchParams = {
    q,
    filters: parseFilters(input),
    sort: input.sort ?? (q ? 'relevance' : 'name'),
    page: input.page,
    pageSize: input.pageSize,
    draftsOf,
    status: draftsOf ? (input.status ?? null) : null,
    lang: input.lang ?? null,
  };
  let outcome = await searchPractices(db, params);
  let correction: { q: string; total: number; applied: boolean } | null = null;
  const corrected = q ? await correctQuery(db, q) : null;
  if (corrected && outcome.total === 0) {
    const fixed = await searchPractices(db, { ...params, q: corrected });
    if (fixed.total > 0) {
      outcome = fixed;
      correction = { q: corrected, total: fixed.total, applied: true };
    }
  } else if (corrected) {
    // Offered only when it finds more than the query as typed (a plural may match by its stem already).
    const fixed = await searchPractices(db, { ...params, q: corrected, sort: 'name', page: 1, pageSize: 0 });
    if (fixed.total > outcome.total) correction = { q: corrected, total: fixed.total, applied: false };
  }
  const suggestions: {
    kind: 'remove-filter' | 'remove-query' | 'similar-name';
    facet?: string;
    id?: string;
    text: string;
    total?: number;
  }[] = [];
  if (outcome.total === 0) {
    for (const [facet, total] of Object.entries(outcome.withoutFilter)) {
      if (total > 0)
        suggestions.push({
          kind: 'remove-filter',
          facet,
          text: `Remove the ${facet} filter (${(params.filters[facet] ?? []).join(', ')})`,
          total,
        });
    }
    if (q) {
      const total = outcome.withoutQuery;
      if (total > 0) suggestions.push({ kind: 'remove-query', text: `Search without the words "${q}"`, total });
      for (const s of await similarNames(db, q)) suggestions.push({ kind: 'similar-name', id: s.id, text: s.name });
    }
  }
  return {
    items: presentSearchItems(outcome.items),
    total: outcome.total,
    page: params.page,
    pageSize: params.pageSize,
    facets: groupFacets(outcome.facets, FACET_NAMES),
    suggestions,
    correction,
    applied: { q, filters: params.filters, sort: params.sort },
  };
}
