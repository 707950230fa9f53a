import type { Queryable } from '../db/database.ts';
import { FACETS } from './facets.ts';

export type SortOrder = 'relevance' | 'name' | 'updated' | 'city';

export interface SearchParams {
  q: string | null;
  filters: Record<string, string[]>;
  sort: SortOrder;
  page: number;
  pageSize: number;
  /** Visibility: 'all' (administrators), a city id whose drafts are visible too, or null (published only). */
  draftsOf: 'all' | string | null;
  status: 'published' | 'draft' | null;
}

export interface SearchRow {
  id: string; name: string; kind: string; city_id: string | null; city_name: string | null; country: string | null;
  status: string; typology: string | null; themes: string[]; excerpt: string | null; updated_at: string; rank: number;
}

export interface SearchOutcome {
  total: number;
  items: SearchRow[];
  facets: { facet: string; value: string; count: number }[];
  withoutFilter: Record<string, number>;
}

const ORDER: Record<SortOrder, string> = {
  relevance: 'rank DESC, name ASC, id ASC',
  name: 'name ASC, id ASC',
  updated: 'updated_at DESC, id ASC',
  city: 'city_name ASC NULLS LAST, name ASC, id ASC',
};

/**
 * One round trip: the page of items, the total, every facet's counts (each facet counted
 * with all filters but its own) and, per active filter, how many results dropping it gives.
 */
export async function searchPractices(db: Queryable, p: SearchParams): Promise<SearchOutcome> {
  const params: unknown[] = [];
  const param = (v: unknown) => { params.push(v); return `$${params.length}`; };
  const conditions: string[] = [];
  if (p.draftsOf === null) conditions.push(`p.status = 'published'`);
  else if (p.draftsOf !== 'all') conditions.push(`(p.status = 'published' OR p.city_id = ${param(p.draftsOf)})`);
  if (p.status) conditions.push(`p.status = ${param(p.status)}`);
  let rank = '0::real';
  let from = 'practices p';
  if (p.q) {
    const q = param(p.q);
    from = `practices p JOIN (SELECT c AS cfg, websearch_to_tsquery(c, unaccent(${q})) AS tsq
      FROM (SELECT DISTINCT search_config AS c FROM practices) d) q ON q.cfg = p.search_config`;
    conditions.push('p.search_vector @@ q.tsq');
    rank = 'ts_rank_cd(p.search_vector, q.tsq, 32)';
  }
  const active = FACETS.filter((f) => (p.filters[f.name] ?? []).length > 0);
  const flags = active.map((f) => `(${f.filter(param(p.filters[f.name]))}) AS f_${f.name}`);
  const allBut = (name: string | null) => active.filter((f) => f.name !== name).map((f) => `f_${f.name}`).join(' AND ') || 'true';
  const facetCounts = FACETS.map((f) =>
    `SELECT '${f.name}' AS facet, ${f.valueExpr} AS value, count(*)::int AS count FROM base${f.valueFrom}
     WHERE ${allBut(f.name)} AND ${f.valueExpr} IS NOT NULL GROUP BY 2`).join(' UNION ALL ');
  const without = active.map((f) => `'${f.name}', count(*) FILTER (WHERE ${allBut(f.name)})`).join(', ');
  const sql = `
    WITH matched AS (
      SELECT p.id, p.name, p.kind, p.city_id, c.name AS city_name, p.country, p.status, p.typology, p.themes,
             p.target_groups, p.action_plan_areas, p.systematized, p.ongoing, p.language, p.updated_at,
             left(p.record->>'description', 280) AS excerpt, ${rank} AS rank
      FROM ${from} LEFT JOIN cities c ON c.id = p.city_id
      WHERE ${conditions.join(' AND ') || 'true'}
    ), base AS (SELECT *${flags.length ? ', ' + flags.join(', ') : ''} FROM matched)
    SELECT
      (SELECT count(*)::int FROM base WHERE ${allBut(null)}) AS total,
      (SELECT coalesce(json_agg(x), '[]'::json) FROM (
        SELECT id, name, kind, city_id, city_name, country, status, typology, themes, excerpt, updated_at, rank
        FROM base WHERE ${allBut(null)} ORDER BY ${ORDER[p.sort]}
        LIMIT ${param(p.pageSize)} OFFSET ${param((p.page - 1) * p.pageSize)}) x) AS items,
      (SELECT coalesce(json_agg(f), '[]'::json) FROM (${facetCounts}) f) AS facets,
      ${active.length ? `(SELECT json_build_object(${without}) FROM base)` : `'{}'::json`} AS without_filter`;
  const r = await db.query<{ total: number; items: SearchRow[]; facets: SearchOutcome['facets']; without_filter: Record<string, number> | null }>(sql, params);
  const row = r.rows[0];
  return { total: row.total, items: row.items, facets: row.facets, withoutFilter: row.without_filter ?? {} };
}

/** Practice names close to the query (trigram similarity), to suggest when nothing matched. */
export async function similarNames(db: Queryable, q: string, limit = 3): Promise<{ id: string; name: string }[]> {
  const r = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM practices WHERE status = 'published' AND word_similarity($1, name) > 0.3
     ORDER BY word_similarity($1, name) DESC, name LIMIT $2`, [q, limit]);
  return r.rows;
}

/** How many visible practices the filters give without the text query. */
export async function countWithoutQuery(db: Queryable, p: SearchParams): Promise<number> {
  const r = await searchPractices(db, { ...p, q: null, page: 1, pageSize: 1 });
  return r.total;
}
