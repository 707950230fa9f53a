import type { Queryable } from '../db/database.ts';
import { loadFacetIndex, type IndexedPractice } from './facet-index.ts';
import { FACETS, type FacetDefinition } from './facets.ts';

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
  /** How many results the filters give without the text query. */
  withoutQuery: number;
}

/** Ids of practices matching the text query (PostgreSQL full-text search; parsed once per record language). */
async function textMatches(db: Queryable, q: string, configs: string[]): Promise<Set<string>> {
  const r = await db.query<{ id: string }>(
    `SELECT s.id FROM practice_search s
     JOIN (SELECT c AS cfg, websearch_to_tsquery(c, unaccent($1)) AS tsq FROM unnest($2::regconfig[]) AS c) q ON q.cfg = s.config
     WHERE s.vector @@ q.tsq`, [q, configs]);
  return new Set(r.rows.map((x) => x.id));
}

/** Relevance (ts_rank_cd: weighted, cover density, normalised by length) of the given practices. */
async function textRanks(db: Queryable, q: string, ids: string[]): Promise<Map<string, number>> {
  const r = await db.query<{ id: string; rank: number }>(
    `SELECT s.id, ts_rank_cd(s.vector, websearch_to_tsquery(s.config, unaccent($1)), 32) AS rank
     FROM practice_search s WHERE s.id = ANY($2::text[])`, [q, ids]);
  return new Map(r.rows.map((x) => [x.id, Number(x.rank)]));
}

type Ranked = IndexedPractice & { rank: number };

const COMPARE: Record<SortOrder, (a: Ranked, b: Ranked) => number> = {
  relevance: (a, b) => b.rank - a.rank || a.nameOrder - b.nameOrder,
  name: (a, b) => a.nameOrder - b.nameOrder,
  updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.nameOrder - b.nameOrder),
  city: (a, b) => a.cityOrder - b.cityOrder,
};

/**
 * Searches practices: text matching in PostgreSQL; facet counts (each facet counted with
 * every filter but its own), filtering, sorting and paging over the cached facet index;
 * relevance ranks and excerpts from the database for what is left.
 */
export async function searchPractices(db: Queryable, p: SearchParams): Promise<SearchOutcome> {
  const index = await loadFacetIndex(db);
  const hits = p.q ? await textMatches(db, p.q, index.searchConfigs) : null;
  const active = FACETS.filter((f) => (p.filters[f.name] ?? []).length > 0).map((f) => ({ f, wanted: new Set(p.filters[f.name]) }));
  const counts = new Map<string, Map<string, number>>(FACETS.map((f) => [f.name, new Map()]));
  const withoutFilter: Record<string, number> = Object.fromEntries(active.map((a) => [a.f.name, 0]));
  const matched: IndexedPractice[] = [];
  let withoutQuery = 0;
  for (const x of index.items) {
    if (!(p.draftsOf === 'all' || x.status === 'published' || (p.draftsOf !== null && x.cityId === p.draftsOf))) continue;
    if (p.status && x.status !== p.status) continue;
    let failures = 0;
    let failed: FacetDefinition | null = null;
    for (const a of active) {
      if (!a.f.values(x).some((v) => v !== null && a.wanted.has(v))) { failures += 1; failed = a.f; }
    }
    if (failures === 0) withoutQuery += 1;
    if (hits && !hits.has(x.id)) continue;
    if (failures > 1) continue;
    if (failures === 0) {
      matched.push(x);
      for (const a of active) withoutFilter[a.f.name] += 1;
    } else withoutFilter[failed!.name] += 1;
    for (const f of FACETS) {
      if (failures === 1 && failed !== f) continue;
      const c = counts.get(f.name)!;
      for (const v of f.values(x)) if (v !== null) c.set(v, (c.get(v) ?? 0) + 1);
    }
  }
  const ranks = p.q && p.sort === 'relevance' && matched.length ? await textRanks(db, p.q, matched.map((x) => x.id)) : null;
  const ranked: Ranked[] = matched.map((x) => ({ ...x, rank: ranks?.get(x.id) ?? 0 }));
  ranked.sort(COMPARE[p.sort]);
  const page = ranked.slice((p.page - 1) * p.pageSize, p.page * p.pageSize);
  const excerpts = page.length
    ? new Map((await db.query<{ id: string; excerpt: string | null }>(
      `SELECT id, left(record->>'description', 280) AS excerpt FROM practices WHERE id = ANY($1::text[])`, [page.map((x) => x.id)])).rows.map((r) => [r.id, r.excerpt]))
    : new Map<string, string | null>();
  return {
    total: matched.length,
    items: page.map((x) => ({
      id: x.id, name: x.name, kind: x.kind, city_id: x.cityId, city_name: x.cityName, country: x.country, status: x.status,
      typology: x.typology, themes: x.themes, excerpt: excerpts.get(x.id) ?? null, updated_at: x.updatedAt, rank: x.rank,
    })),
    facets: [...counts].flatMap(([facet, values]) => [...values].map(([value, count]) => ({ facet, value, count }))),
    withoutFilter,
    withoutQuery,
  };
}

/** Practice and city names close to the query (trigram similarity), to suggest when nothing matched. */
export async function similarNames(db: Queryable, q: string, limit = 3): Promise<{ id: string; name: string }[]> {
  const r = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM (
       SELECT id, name, word_similarity($1, name) AS s FROM practices WHERE status = 'published'
       UNION ALL SELECT id, name, word_similarity($1, name) AS s FROM cities WHERE status = 'published') x
     WHERE s > 0.3 ORDER BY s DESC, name LIMIT $2`, [q, limit]);
  return r.rows;
}
