import type { FastifyRequest } from 'fastify';
import type { SearchState } from '@convivio/web';
import { parseOrThrow } from '../errors.ts';
import { FACET_NAMES } from './facets.ts';
import { zSearchQuery } from './schema.ts';
import type { SearchInput } from './search-service.ts';
import { queryList, queryText } from '../web/page-helpers.ts';

/**
 * Reads a search page address with the parameters of GET /api/v1/practices (filters as
 * comma-separated values or repeated parameters), validated by the same schema.
 */
export function searchFromQuery(request: FastifyRequest, lang?: string): { input: SearchInput; state: SearchState } {
  const raw: Record<string, string> = {};
  for (const name of ['q', 'sort', 'page', 'pageSize', 'status']) {
    const v = queryText(request, name);
    if (v !== '') raw[name] = v;
  }
  for (const facet of FACET_NAMES) {
    const values = queryList(request, facet);
    if (values.length) raw[facet] = [...new Set(values)].join(',');
  }
  const input: SearchInput = parseOrThrow(zSearchQuery, lang ? { ...raw, lang } : raw);
  const filters = Object.fromEntries(FACET_NAMES.flatMap((f) => (raw[f] ? [[f, raw[f].split(',')]] : [])));
  const state: SearchState = {
    q: input.q ?? '',
    filters,
    sort: input.sort ?? null,
    page: input.page,
    pageSize: input.pageSize,
    status: input.status ?? null,
  };
  return { input, state };
}
