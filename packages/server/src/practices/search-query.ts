import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { loadFacetIndex, type IndexedPractice } from './facet-index.ts';
import { FACETS } from './facets.ts';

export type SortOrder = 'relevance' | 'name' | 'updated' | 'city';

export interface SearchParams {
  q: string | null;
  filters: Record<string, string[]>;
  sort: SortOrder;
  page: number;
  pageSize: number;
  /** Visibility: 'all' (administrators), a city id whose drafts are visible too, or null (published only). */
  draftsOf: string | null;
  status: 'published' | 'draft' | null;
}

export interface SearchRow {
  id: string;
  name: string;
  kind: string;
  city_id: string | null;
  city_name: string | null;
  country: string | null;
  status: string;
  typology: string | null;
  themes: string[];
  excerpt: string | null;
  updated_at: string;
  rank: number;
}

export interface SearchOutcome {
  total: number;
  items: SearchRow[];
  facets: { facet: string; value: string; count: number }[];
  withoutFilter: Record<string, number>;
  /** How many results the filters give without the text query. */
  withoutQuery: number;
}

/**
 * Ids of practices matching the text query (PostgreSQL full-text search). The query is
 * parsed with the stemming of every record language in use and the parses are OR-ed,
 * so one GIN index scan finds matches in every language.
 */
async function textMatches(db: Queryable, q: string, configs: string[]): Promise<Set<string>> {
  // One row holding every id: far cheaper to transfer than one row per match.
  const r = await db.query<{ ids: string[] | null }>(
    `SELECT array_agg(s.id) AS ids FROM practice_search s
     WHERE s.vector @@ (SELECT string_agg('(' || websearch_to_tsquery(c, unaccent($1))::text || ')', ' | ')::tsquery
                        FROM unnest($2::regconfig[]) AS c WHERE websearch_to_tsquery(c, unaccent($1))::text <> '')`,
    [q, configs],
  );
  return new Set(r.rows[0]?.ids ?? []);
}

/** Marks around the matched words in an excerpt (private-use characters, removed from the text first). */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/**
 * The description's opening (no query), or its passage with the query's words between
 * MATCH_START and MATCH_END (ts_headline in the record's language).
 */
async function excerptsOf(db: Queryable, ids: string[], q: string | null): Promise<Map<string, string | null>> {
  const r = await db.query<{ id: string; excerpt: string | null }>(
    `SELECT p.id, CASE WHEN p.record->>'description' IS NULL THEN NULL
              WHEN $2::text IS NULL THEN left(p.record->>'description', 280)
              ELSE ts_headline(s.config, translate(p.record->>'description', $3 || $4, ''),
                     websearch_to_tsquery(s.config, unaccent($2)),
                     'StartSel=' || $3 || ', StopSel=' || $4 || ', MaxWords=45, MinWords=20, ShortWord=2') END AS excerpt
     FROM practices p JOIN practice_search s ON s.id = p.id WHERE p.id = ANY($1::text[])`,
    [ids, q, MATCH_START, MATCH_END],
  );
  return new Map(r.rows.map((row) => [row.id, row.excerpt]));
}

/** Relevance (ts_rank_cd: weighted, cover density, normalised by length) of the given practices. */
async function textRanks(db: Queryable, q: string, ids: string[]): Promise<Map<string, number>> {
  const r = await db.query<{ ids: string[] | null; ranks: number[] | null }>(
    `SELECT array_agg(s.id) AS ids, array_agg(ts_rank_cd(s.vector, websearch_to_tsquery(s.config, unaccent($1)), 32)) AS ranks
     FROM practice_search s WHERE s.id = ANY($2::text[])`,
    [q, ids],
  );
  const row = r.rows[0];
  return new Map((row?.ids ?? []).map((id, i) => [id, Number(row?.ranks?.[i])]));
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
  const {
    items,
    codes: { values, offsets, codes },
  } = index;
  const n = items.length;
  let hit: Uint8Array | null = null;
  if (p.q) {
    hit = new Uint8Array(n);
    for (const id of await textMatches(db, p.q, index.searchConfigs)) {
      const x = index.byId.get(id);
      if (x) hit[x.pos] = 1;
    }
  }
  const active: number[] = [];
  const masks: (Uint8Array | null)[] = FACETS.map((f, j) => {
    const wanted = p.filters[f.name] ?? [];
    if (!wanted.length) return null;
    active.push(j);
    const facetValues = values[j] ?? [];
    const mask = new Uint8Array(facetValues.length);
    facetValues.forEach((v, code) => {
      if (wanted.includes(v)) mask[code] = 1;
    });
    return mask;
  });
  const counts = FACETS.map((_, j) => new Int32Array(values[j]?.length ?? 0));
  const without = new Int32Array(FACETS.length);
  const matched: IndexedPractice[] = [];
  let withoutQuery = 0;
  // The index holds one code list per facet (codes[j], offsets[j]) for every practice i < n.
  for (const [i, x] of items.entries()) {
    if (!(p.draftsOf === 'all' || x.status === 'published' || (p.draftsOf !== null && x.cityId === p.draftsOf)))
      continue;
    if (p.status && x.status !== p.status) continue;
    let failures = 0;
    let failed = -1;
    for (const j of active) {
      const mask = masks[j]!,
        c = codes[j]!,
        end = offsets[j]![i + 1]!;
      let ok = false;
      for (let k = offsets[j]![i]!; k < end; k++)
        if (mask[c[k]!]) {
          ok = true;
          break;
        }
      if (!ok) {
        failures += 1;
        failed = j;
      }
    }
    if (failures === 0) withoutQuery += 1;
    if ((hit && !hit[i]) || failures > 1) continue;
    if (failures === 0) {
      matched.push(x);
      for (const j of active) without[j]! += 1;
    } else without[failed]! += 1;
    for (let j = 0; j < FACETS.length; j++) {
      if (failures === 1 && failed !== j) continue;
      const c = codes[j]!,
        cnt = counts[j]!,
        end = offsets[j]![i + 1]!;
      for (let k = offsets[j]![i]!; k < end; k++) cnt[c[k]!]! += 1;
    }
  }
  const withoutFilter: Record<string, number> = Object.fromEntries(active.map((j) => [FACETS[j]!.name, without[j]!]));
  const ranks =
    p.q && p.sort === 'relevance' && matched.length
      ? await textRanks(
          db,
          p.q,
          matched.map((x) => x.id),
        )
      : null;
  const ranked: Ranked[] = matched.map((x) => ({ ...x, rank: ranks?.get(x.id) ?? 0 }));
  ranked.sort(COMPARE[p.sort]);
  const page = ranked.slice((p.page - 1) * p.pageSize, p.page * p.pageSize);
  const excerpts = page.length
    ? await excerptsOf(
        db,
        page.map((x) => x.id),
        p.q,
      )
    : new Map<string, string | null>();
  return {
    total: matched.length,
    items: page.map((x) => ({
      id: x.id,
      name: x.name,
      kind: x.kind,
      city_id: x.cityId,
      city_name: x.cityName,
      country: x.country,
      status: x.status,
      typology: x.typology,
      themes: x.themes,
      excerpt: excerpts.get(x.id) ?? null,
      updated_at: x.updatedAt,
      rank: x.rank,
    })),
    facets: FACETS.flatMap((f, j) =>
      (values[j] ?? []).flatMap((value, code) => {
        const count = counts[j]![code]!;
        return count ? [{ facet: f.name, value, count }] : [];
      }),
    ),
    withoutFilter,
    withoutQuery,
  };
}

/** Practice and city names close to the query (trigram similarity), to suggest when nothing matched. */
export async function similarNames(db: Queryable, q: string, limit = 3): Promise<{ id: string; name: string }[]> {
  const r = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM (
       SELECT id, name, word_similarity($1, name) AS s FROM practices WHERE status = 'published'
       UNION ALL SELECT id, name, word_similarity($1, name) AS s FROM ${CITY_DIRECTORY} WHERE status = 'published') x
     WHERE s > 0.3 ORDER BY s DESC, name LIMIT $2`,
    [q, limit],
  );
  return r.rows;
}
